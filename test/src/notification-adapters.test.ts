/**
 * The two ready-made endpoints: the fetch-style handler (called with real
 * `Request` objects, as Workers, Deno.serve, Bun.serve, Hono and Next.js do)
 * and the node:http listener (behind a real server on loopback). Both must
 * hand the raw bytes to the handler once, and stop reading at the body limit.
 */
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  MemoryNotificationStore,
  NotificationError,
  createNotificationFetchHandler,
  createNotificationNodeListener,
  isValidReplyBody,
  type NotificationHandlerOptions,
} from "../../src/notification/index.ts";
import { APIV3_KEY } from "../fixtures/keys.ts";
import { clock, delivery, keySet } from "./notification-fixtures.ts";

/** Small, so that going past it is quick; a real delivery here is about 1 KiB. */
const MAX_BODY = 4096;

async function options(overrides: Partial<NotificationHandlerOptions> = {}): Promise<NotificationHandlerOptions> {
  return { keys: await keySet(), apiV3Key: APIV3_KEY, clock, store: new MemoryNotificationStore(), maxBodyBytes: MAX_BODY, handle: () => undefined, ...overrides };
}

/** A body stream that counts how many chunks were pulled from it, endless unless `chunks` is given. */
function countingStream(chunkBytes: number, chunks = Infinity): { stream: ReadableStream<Uint8Array>; pulled(): number; cancelled(): boolean } {
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulled: () => pulled, cancelled: () => cancelled };
}

describe("createNotificationFetchHandler: (request: Request) => Promise<Response>", () => {
  it("handles a signed delivery from its raw body (204, no body) and acknowledges the redelivery without running again", async () => {
    const handle = vi.fn();
    const fetchHandler = createNotificationFetchHandler(await options({ handle }));
    const sent = delivery("PAYSCORE.USER_PAID", { id: "EV-fetch-1" });
    const post = () => fetchHandler(new Request("https://merchant.example/notify", { method: "POST", headers: sent.headers, body: sent.body }));
    const first = await post();
    expect(first.status).toBe(204);
    expect(await first.text()).toBe("");
    expect((await post()).status).toBe(204);
    expect(handle).toHaveBeenCalledTimes(1);
    expect(handle.mock.calls[0]![0]).toMatchObject({ id: "EV-fetch-1", eventType: "PAYSCORE.USER_PAID" });
  });

  it("a tampered body: 401 with the spec's failure body", async () => {
    const fetchHandler = createNotificationFetchHandler(await options());
    const sent = delivery("PAYSCORE.USER_PAID", { id: "EV-fetch-2" });
    const response = await fetchHandler(new Request("https://merchant.example/notify", { method: "POST", headers: sent.headers, body: sent.body.replace("EV-fetch-2", "EV-fetch-X") }));
    expect(response.status).toBe(401);
    expect(isValidReplyBody(await response.json())).toBe(true);
  });

  it("a declared Content-Length past the limit: 413 before a byte is read, reported as rejected", async () => {
    const onError = vi.fn();
    const fetchHandler = createNotificationFetchHandler(await options({ onError }));
    const body = countingStream(1024);
    const response = await fetchHandler(
      new Request("https://merchant.example/notify", { method: "POST", body: body.stream, duplex: "half", headers: { "content-length": String(MAX_BODY + 1) } } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: "FAIL", message: "notification body too large" });
    expect(body.pulled()).toBeLessThanOrEqual(1); // a stream may pre-fill one chunk; the handler read none
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(NotificationError);
    expect(onError.mock.calls[0]![0]).toMatchObject({ reason: "too-large" });
    expect(onError.mock.calls[0]![1]).toEqual({ outcome: "rejected" });
  });

  it("an endless body without Content-Length: reading stops just past the limit and the stream is cancelled", async () => {
    const fetchHandler = createNotificationFetchHandler(await options());
    const body = countingStream(1024);
    const response = await fetchHandler(new Request("https://merchant.example/notify", { method: "POST", body: body.stream, duplex: "half" } as RequestInit));
    expect(response.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(MAX_BODY / 1024 + 2);
    await vi.waitFor(() => expect(body.cancelled()).toBe(true));
  });

  it("a body already read by other middleware: 500 not-raw-body, never a parsed object", async () => {
    const onError = vi.fn();
    const fetchHandler = createNotificationFetchHandler(await options({ onError }));
    const sent = delivery("PAYSCORE.USER_PAID");
    const request = new Request("https://merchant.example/notify", { method: "POST", headers: sent.headers, body: sent.body });
    await request.json();
    const response = await fetchHandler(request);
    expect(response.status).toBe(500);
    expect(onError.mock.calls[0]![0]).toMatchObject({ name: "NotificationError", reason: "not-raw-body" });
  });
});

describe("createNotificationNodeListener behind a real node:http server", () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  async function listen(handler: Parameters<typeof createServer>[1]): Promise<number> {
    server = createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return (server.address() as AddressInfo).port;
  }

  it("handles a signed delivery (204) and acknowledges the redelivery without running again", async () => {
    const handle = vi.fn();
    const listener = createNotificationNodeListener(await options({ handle }));
    const port = await listen((req, res) => void listener(req, res));
    const sent = delivery("PAYSCORE.USER_CONFIRM", { id: "EV-node-1" });
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`http://127.0.0.1:${port}/notify`, { method: "POST", headers: sent.headers, body: sent.body });
      expect(response.status).toBe(204);
      expect(await response.text()).toBe("");
    }
    expect(handle).toHaveBeenCalledTimes(1);
  });

  /** Sends headers and the first `firstBytes` of a body, then more chunks only while no answer has come; resolves with the answer. */
  function partialPost(port: number, headers: Record<string, string | number>, firstBytes: number, moreChunks: number): Promise<{ status: number; connection: string | undefined; body: string; sentBytes: number }> {
    return new Promise((resolve, reject) => {
      let sentBytes = 0;
      let answered = false;
      const req = httpRequest({ host: "127.0.0.1", port, method: "POST", path: "/notify", headers }, (res) => {
        answered = true;
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
        res.on("end", () => resolve({ status: res.statusCode!, connection: res.headers.connection, body, sentBytes }));
      });
      req.on("error", (error) => (answered ? undefined : reject(error)));
      const write = (bytes: number) => {
        sentBytes += bytes;
        req.write(Buffer.alloc(bytes, 0x20));
      };
      write(firstBytes);
      let left = moreChunks;
      const pump = () => {
        if (answered || left-- <= 0) return;
        write(1024);
        setImmediate(pump);
      };
      pump();
    });
  }

  it("a declared Content-Length past the limit: 413 with Connection: close while the client has sent almost nothing", async () => {
    const onError = vi.fn();
    const listener = createNotificationNodeListener(await options({ onError }));
    const port = await listen((req, res) => void listener(req, res));
    const answer = await partialPost(port, { "Content-Length": 10 * MAX_BODY, "Content-Type": "application/json" }, 16, 0);
    expect(answer.status).toBe(413);
    expect(answer.connection).toBe("close");
    expect(JSON.parse(answer.body)).toEqual({ code: "FAIL", message: "notification body too large" });
    expect(answer.sentBytes).toBe(16);
    expect(onError.mock.calls[0]![0]).toMatchObject({ reason: "too-large" });
  });

  it("a chunked body that goes on past the limit: 413 as soon as it passes it", async () => {
    const listener = createNotificationNodeListener(await options());
    const port = await listen((req, res) => void listener(req, res));
    const answer = await partialPost(port, { "Transfer-Encoding": "chunked" }, 1024, 200);
    expect(answer.status).toBe(413);
    expect(answer.connection).toBe("close");
    expect(answer.sentBytes).toBeLessThan(200 * 1024); // it did not wait for the (never-ending) rest
  });

  it("a body already consumed (a JSON body parser mounted first, as in Express): 500 not-raw-body", async () => {
    const onError = vi.fn();
    const listener = createNotificationNodeListener(await options({ onError }));
    const port = await listen(async (req, res) => {
      for await (const _chunk of req) void _chunk; // another middleware read it
      await listener(req, res);
    });
    const sent = delivery("PAYSCORE.USER_PAID");
    const response = await fetch(`http://127.0.0.1:${port}/notify`, { method: "POST", headers: sent.headers, body: sent.body });
    expect(response.status).toBe(500);
    expect(isValidReplyBody(await response.json())).toBe(true);
    expect(onError.mock.calls[0]![0]).toMatchObject({ reason: "not-raw-body" });
  });
});
