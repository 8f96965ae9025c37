import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Clock } from "../../src/clock.ts";
import { ConfigError, SignatureVerificationError } from "../../src/errors.ts";
import {
  MemoryNotificationStore,
  NotificationConflictError,
  NotificationStoreError,
  createNotificationHandler,
  handleNotification,
  isValidReplyBody,
  type Claim,
  type ClaimResult,
  type HandledNotification,
  type Notification,
  type NotificationHandlerOptions,
  type NotificationStore,
} from "../../src/notification/index.ts";
import { APIV3_KEY } from "../fixtures/keys.ts";
import type { PayScoreWarning } from "../../src/warning.ts";
import { clock, delivery, keySet, samplePlaintext, signHeaders } from "./notification-fixtures.ts";

const REQUEST_ID = signHeaders("")["Request-ID"];

/** A store wrapper that counts claims and renewals and can be told to fail. */
class SpyStore implements NotificationStore {
  readonly inner: MemoryNotificationStore;
  claims: ClaimResult[] = [];
  renewals = 0;
  fail: Partial<Record<"claim" | "renew" | "markDone" | "release", boolean>> = {};
  onClaim?: () => void;

  constructor(inner = new MemoryNotificationStore()) {
    this.inner = inner;
  }

  async claim(id: string, owner: string, leaseMs: number, digest: string): Promise<Claim> {
    if (this.fail.claim) throw new Error("store down");
    const claim = await this.inner.claim(id, owner, leaseMs, digest);
    this.claims.push(claim.result);
    this.onClaim?.();
    return claim;
  }

  async renew(id: string, owner: string, leaseMs: number): Promise<boolean> {
    this.renewals++;
    if (this.fail.renew) throw new Error("store down");
    return this.inner.renew(id, owner, leaseMs);
  }

  async markDone(id: string, owner: string): Promise<boolean> {
    if (this.fail.markDone) throw new Error("store down");
    return this.inner.markDone(id, owner);
  }

  async release(id: string, owner: string): Promise<boolean> {
    if (this.fail.release) throw new Error("store down");
    return this.inner.release(id, owner);
  }
}

function gate(): { promise: Promise<void>; open(): void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

async function base(overrides: Partial<NotificationHandlerOptions> = {}): Promise<NotificationHandlerOptions> {
  return { keys: await keySet(), apiV3Key: APIV3_KEY, clock, store: new SpyStore(), handle: () => undefined, ...overrides };
}

function expectReplyShape(reply: HandledNotification): void {
  if (reply.status === 200 || reply.status === 204) {
    expect(reply.body).toBe("");
  } else {
    expect(isValidReplyBody(JSON.parse(reply.body))).toBe(true);
  }
}

describe("handleNotification", () => {
  it("runs the handler once and answers 204", async () => {
    const seen: Notification[] = [];
    const reply = await handleNotification(delivery("PAYSCORE.USER_PAID"), await base({ handle: (n) => void seen.push(n) }));
    expect(reply).toMatchObject({ status: 204, body: "", outcome: "handled" });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.eventType).toBe("PAYSCORE.USER_PAID");
    expect(reply.notification?.id).toBe(seen[0]!.id);
  });

  it("processes a notification delivered 10 times at once exactly once; later retries are acknowledged without re-running", async () => {
    const store = new SpyStore();
    const release = gate();
    const handle = vi.fn(async () => release.promise);
    // The handler is held until every delivery has claimed, so all 10 really overlap.
    store.onClaim = () => store.claims.length === 10 && release.open();
    const options = await base({ store, handle });
    const request = delivery("PAYSCORE.USER_CONFIRM", { id: "EV-parallel" });
    const replies = await Promise.all(Array.from({ length: 10 }, () => handleNotification(request, options)));
    expect(handle).toHaveBeenCalledTimes(1);
    expect(replies.filter((r) => r.outcome === "handled")).toHaveLength(1);
    expect(replies.filter((r) => r.outcome === "in-progress")).toHaveLength(9);
    for (const reply of replies) expectReplyShape(reply);
    expect(replies.find((r) => r.outcome === "in-progress")!.status).toBe(503);

    const retry = await handleNotification(request, options);
    expect(retry).toMatchObject({ status: 204, outcome: "duplicate" });
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it("identifies duplicates by notification id, not by signature: a re-signed retry is a duplicate", async () => {
    const handle = vi.fn();
    const options = await base({ handle });
    await handleNotification(delivery("PAYSCORE.USER_PAID", { id: "EV-resigned" }), options);
    const again = await handleNotification(delivery("PAYSCORE.USER_PAID", { id: "EV-resigned", sign: { nonce: "another-nonce-for-the-retry" } }), options);
    expect(again.outcome).toBe("duplicate");
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it("when the handler throws: 500, the claim is released, and the next delivery runs it again", async () => {
    let attempts = 0;
    const options = await base({
      handle: () => {
        attempts++;
        if (attempts === 1) throw new Error("database down: secret connection string");
      },
    });
    const request = delivery("PAYSCORE.USER_PAID", { id: "EV-retry" });
    const first = await handleNotification(request, options);
    expect(first).toMatchObject({ status: 500, outcome: "failed" });
    expect(first.body).not.toContain("secret");
    expectReplyShape(first);
    const second = await handleNotification(request, options);
    expect(second).toMatchObject({ status: 204, outcome: "handled" });
    expect(attempts).toBe(2);
  });

  it("a handler error is always the institution's 500, even when it is a signature error from a call it made", async () => {
    const reply = await handleNotification(
      delivery("PAYSCORE.USER_PAID", { id: "EV-handler-sig" }),
      await base({ handle: () => { throw new SignatureVerificationError("bad-signature", "API response did not verify"); } }),
    );
    expect(reply).toMatchObject({ status: 500, outcome: "failed" });
    expect(JSON.parse(reply.body)).toEqual({ code: "FAIL", message: "notification handling failed" });
  });

  it("a worker that died holding the claim blocks retries only until its lease expires", async () => {
    let now = clock.now();
    const movable: Clock = { now: () => now };
    const store = new SpyStore(new MemoryNotificationStore({ clock: movable }));
    const handle = vi.fn();
    const options = await base({ store, handle, leaseMs: 30_000 });
    const request = delivery("PAYSCORE.USER_PAID", { id: "EV-crash" });
    expect((await store.claim("EV-crash", "dead-worker", 30_000, "digest")).result).toBe("first");
    expect((await handleNotification(request, options)).outcome).toBe("in-progress");
    now += 30_000;
    expect((await handleNotification(request, options)).outcome).toBe("handled");
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it("rejects a bad notification without claiming it or running the handler, and reports the error", async () => {
    const store = new SpyStore();
    const handle = vi.fn();
    const onError = vi.fn();
    const request = delivery("PAYSCORE.USER_PAID", { sign: { signature: "WECHATPAY/SIGNTEST/cHJvYmU=" } });
    const reply = await handleNotification(request, await base({ store, handle, onError }));
    expect(reply).toMatchObject({ status: 401, outcome: "rejected" });
    expect(reply.error).toBeInstanceOf(SignatureVerificationError);
    expect(JSON.parse(reply.body)).toEqual({ code: "FAIL", message: "signature verification failed: probe-signature" });
    expect(store.claims).toEqual([]);
    expect(handle).not.toHaveBeenCalled();
    // The context names the delivery for WeChat Pay support: its Request-ID and the id its body claims.
    expect(onError).toHaveBeenCalledWith(reply.error, { outcome: "rejected", id: JSON.parse(request.body).id, requestId: request.headers["Request-ID"] });
  });

  it("handles a notification with a key the spec does not list exactly once, answers 2xx and warns with the pointer", async () => {
    const store = new SpyStore();
    const handled: Notification[] = [];
    const warnings: PayScoreWarning[] = [];
    const onError = vi.fn();
    const plaintext = { ...samplePlaintext("PAYSCORE.USER_PAID"), device: { start_device_id: "HG123" } };
    const request = delivery("PAYSCORE.USER_PAID", { id: "EV-drift", plaintext });
    const handler = createNotificationHandler({
      ...(await base({ store, onError })),
      handle: (n) => void handled.push(n),
      onWarning: (w) => warnings.push(w),
    });
    const first = await handler(request);
    const again = await handler(request);
    expect(first).toMatchObject({ status: 204, outcome: "handled" });
    expect(again).toMatchObject({ status: 204, outcome: "duplicate" });
    expect(handled).toHaveLength(1);
    expect(handled[0]!.resource).toEqual(plaintext);
    expect(onError).not.toHaveBeenCalled();
    expect(warnings[0]).toMatchObject({ kind: "schema", part: "resource", eventType: "PAYSCORE.USER_PAID", notificationId: "EV-drift" });
    expect(warnings[0]!.differences).toEqual([expect.objectContaining({ pointer: "/device", keyword: "additionalProperties", severity: "drift" })]);
  });

  it("answers 500 when the store cannot claim, and success when only markDone fails (the work is done)", async () => {
    const store = new SpyStore();
    const handle = vi.fn();
    const onError = vi.fn();
    const options = await base({ store, handle, onError });
    store.fail.claim = true;
    const down = await handleNotification(delivery("PAYSCORE.USER_PAID", { id: "EV-store-1" }), options);
    expect(down).toMatchObject({ status: 500, outcome: "failed" });
    expect(down.error).toBeInstanceOf(NotificationStoreError);
    expect(down.error).toMatchObject({ reason: "unavailable", operation: "claim", id: "EV-store-1", requestId: REQUEST_ID });
    expect((down.error as Error).cause).toEqual(new Error("store down"));
    expect(handle).not.toHaveBeenCalled();
    store.fail = { markDone: true };
    const done = await handleNotification(delivery("PAYSCORE.USER_PAID", { id: "EV-store-2" }), options);
    expect(done).toMatchObject({ status: 204, outcome: "handled" });
    expect(done.error).toMatchObject({ name: "NotificationStoreError", reason: "unavailable", operation: "markDone" });
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it("a throwing onError does not change the reply", async () => {
    const reply = await handleNotification(
      delivery("PAYSCORE.USER_PAID", { sign: { signature: "WECHATPAY/SIGNTEST/cHJvYmU=" } }),
      await base({ onError: () => { throw new Error("logger broken"); } }),
    );
    expect(reply.status).toBe(401);
  });

  it("answers 200 when asked; createNotificationHandler refuses bad configuration up front", async () => {
    const reply = await handleNotification(delivery("PAYSCORE.USER_PAID", { id: "EV-200" }), await base({ successStatus: 200 }));
    expect(reply).toMatchObject({ status: 200, body: "" });
    expect(() => createNotificationHandler({ ...clockless(), apiV3Key: "0123456789abcdef" })).toThrow(ConfigError);
    expect(() => createNotificationHandler({ ...clockless(), successStatus: 202 as never })).toThrow(ConfigError);
  });

  it("handleNotification with a 16-byte key answers 500 and reports ConfigError (it never throws)", async () => {
    const onError = vi.fn();
    const reply = await handleNotification(delivery("PAYSCORE.USER_PAID"), await base({ apiV3Key: "0123456789abcdef", onError }));
    expect(reply).toMatchObject({ status: 500, outcome: "rejected" });
    expect(reply.error).toBeInstanceOf(ConfigError);
  });
});

describe("exactly once while the handler runs longer than its lease", () => {
  afterEach(() => void vi.useRealTimers());

  it("leaseMs 100 and a 400 ms handler: the lease is renewed, every redelivery meanwhile is in-progress, handle runs once", async () => {
    const store = new SpyStore();
    let finished = false;
    const handle = vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 400)); // the handler's own work
      finished = true;
    });
    const options = await base({ store, handle, leaseMs: 100 });
    const request = delivery("PAYSCORE.USER_PAID", { id: "EV-slow-100" });
    const first = handleNotification(request, options);
    const meanwhile: string[] = [];
    while (!finished) meanwhile.push((await handleNotification(request, options)).outcome);
    expect((await first).outcome).toBe("handled");
    // Never a second run: in-progress while it runs (a last one may land after it finished: duplicate).
    expect(meanwhile.filter((outcome) => outcome !== "in-progress" && outcome !== "duplicate")).toEqual([]);
    expect(meanwhile.filter((outcome) => outcome === "in-progress").length).toBeGreaterThan(0);
    expect(store.renewals).toBeGreaterThanOrEqual(3);
    expect((await handleNotification(request, options)).outcome).toBe("duplicate");
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it("the default 60 s lease with the store's clock 61 s later: still in-progress, because the lease was renewed", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const release = gate();
    const handle = vi.fn(() => release.promise);
    // The store reads Date.now (faked); signatures are checked against the fixtures' fixed clock.
    const options = await base({ store: new SpyStore(new MemoryNotificationStore()), handle });
    const request = delivery("PAYSCORE.USER_CONFIRM", { id: "EV-slow-61s" });
    const first = handleNotification(request, options);
    await vi.waitFor(() => expect(handle).toHaveBeenCalledTimes(1));
    await vi.advanceTimersByTimeAsync(61_000);
    expect((await handleNotification(request, options)).outcome).toBe("in-progress");
    release.open();
    expect((await first).outcome).toBe("handled");
    expect((await handleNotification(request, options)).outcome).toBe("duplicate");
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it("a renewal that fails stops the renewals, aborts the handler's signal and is reported; the lapsed claim is not marked done", async () => {
    const store = new SpyStore();
    const onError = vi.fn();
    let signal: AbortSignal | undefined;
    const handle = vi.fn(async (_n: Notification, context: { signal: AbortSignal }) => {
      signal = context.signal;
      store.fail.renew = true;
      await new Promise((resolve) => context.signal.addEventListener("abort", resolve, { once: true }));
      store.fail.renew = false;
      await new Promise((resolve) => setTimeout(resolve, 200)); // this handler ignores the signal and works on for 200 ms
    });
    const reply = await handleNotification(delivery("PAYSCORE.USER_PAID", { id: "EV-renew-down" }), await base({ store, handle, onError, leaseMs: 60 }));
    expect(signal?.aborted).toBe(true);
    expect(signal?.reason).toMatchObject({ name: "NotificationStoreError", reason: "unavailable", operation: "renew", id: "EV-renew-down" });
    expect(store.renewals).toBe(1); // none after the failure, though the handler ran on for more than three leases
    expect(onError).toHaveBeenCalledWith(signal?.reason, { outcome: "failed", id: "EV-renew-down", eventType: "PAYSCORE.USER_PAID", requestId: REQUEST_ID });
    // The handler returned normally, so its work is done and WeChat is told so; its claim had lapsed, so markDone wrote nothing.
    expect(reply).toMatchObject({ status: 204, outcome: "handled" });
    expect(reply.error).toMatchObject({ reason: "lease-lost", operation: "markDone" });
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it("a renewal that finds another owner aborts with lease-lost, and the late worker cannot mark the taker's claim done", async () => {
    let now = clock.now();
    const store = new SpyStore(new MemoryNotificationStore({ clock: { now: () => now } }));
    const onError = vi.fn();
    const request = delivery("PAYSCORE.USER_PAID", { id: "EV-taken-over" });
    let taker: Promise<HandledNotification> | undefined;
    const takerRunning = gate();
    const takerDone = gate();
    let runs = 0;
    const options = await base({
      store,
      onError,
      leaseMs: 60,
      handle: async (_n, { signal }) => {
        if (++runs === 2) {
          takerRunning.open();
          return takerDone.promise;
        }
        // The first run's lease runs out (the store's clock jumps) and another delivery takes over.
        now += 61;
        taker = handleNotification(request, options);
        await takerRunning.promise;
        await new Promise((resolve) => signal.addEventListener("abort", resolve, { once: true }));
        expect(signal.reason).toMatchObject({ reason: "lease-lost", operation: "renew" });
      },
    });
    const late = await handleNotification(request, options);
    expect(late).toMatchObject({ status: 204, outcome: "handled" });
    expect(late.error).toMatchObject({ reason: "lease-lost", operation: "markDone" });
    expect((await handleNotification(request, options)).outcome).toBe("in-progress");
    takerDone.open();
    expect((await taker!).outcome).toBe("handled");
    expect((await handleNotification(request, options)).outcome).toBe("duplicate");
    expect(onError.mock.calls.map(([error]) => (error as NotificationStoreError).reason)).toEqual(["lease-lost", "lease-lost"]);
  });
});

describe("fails closed on a store that misbehaves", () => {
  for (const [label, value] of [
    ["undefined (an adapter that forgot a return)", undefined],
    ["null", null],
    ['the bare string "first"', "first"],
    ["an unknown result", { result: "maybe" }],
    ["an object without a result", {}],
  ] as const) {
    it(`claim resolving ${label}: 500, handle not run, reported as invalid-claim`, async () => {
      const store = new SpyStore();
      store.claim = async () => value as unknown as Claim;
      const handle = vi.fn();
      const onError = vi.fn();
      const reply = await handleNotification(delivery("PAYSCORE.USER_PAID", { id: "EV-invalid-claim" }), await base({ store, handle, onError }));
      expect(reply).toMatchObject({ status: 500, outcome: "failed" });
      expectReplyShape(reply);
      expect(handle).not.toHaveBeenCalled();
      expect(reply.error).toBeInstanceOf(NotificationStoreError);
      expect(reply.error).toMatchObject({ reason: "invalid-claim", operation: "claim", id: "EV-invalid-claim", requestId: REQUEST_ID });
      expect(onError).toHaveBeenCalledWith(reply.error, { outcome: "failed", id: "EV-invalid-claim", eventType: "PAYSCORE.USER_PAID", requestId: REQUEST_ID });
    });
  }
});

describe("same id, different content", () => {
  it("is answered as a duplicate (the delivery is authentic) and reported as a conflict; the same content in another key order is not", async () => {
    const handle = vi.fn();
    const onError = vi.fn();
    const options = await base({ handle, onError });
    const paid = samplePlaintext("PAYSCORE.USER_PAID");
    await handleNotification(delivery("PAYSCORE.USER_PAID", { id: "EV-conflict", plaintext: paid }), options);

    const reordered = Object.fromEntries(Object.entries(paid).reverse());
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(paid));
    const same = await handleNotification(delivery("PAYSCORE.USER_PAID", { id: "EV-conflict", plaintext: reordered }), options);
    expect(same).toMatchObject({ status: 204, outcome: "duplicate" });
    expect(same.error).toBeUndefined();
    expect(onError).not.toHaveBeenCalled();

    const other = await handleNotification(
      delivery("PAYSCORE.USER_PAID", { id: "EV-conflict", plaintext: { ...paid, out_order_no: "ANOTHER-ORDER-0001" } }),
      options,
    );
    expect(other).toMatchObject({ status: 204, outcome: "duplicate" });
    expect(other.error).toBeInstanceOf(NotificationConflictError);
    expect(other.error).toMatchObject({ id: "EV-conflict", eventType: "PAYSCORE.USER_PAID", requestId: REQUEST_ID });
    expect((other.error as Error).message).not.toContain("ANOTHER-ORDER-0001");
    expect(onError).toHaveBeenCalledWith(other.error, { outcome: "duplicate", id: "EV-conflict", eventType: "PAYSCORE.USER_PAID", requestId: REQUEST_ID });
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it("while the first is still running: 503 and reported", async () => {
    const release = gate();
    const onError = vi.fn();
    const handle = vi.fn(() => release.promise);
    const options = await base({ handle, onError });
    const paid = samplePlaintext("PAYSCORE.USER_PAID");
    const first = handleNotification(delivery("PAYSCORE.USER_PAID", { id: "EV-conflict-running", plaintext: paid }), options);
    await vi.waitFor(() => expect(handle).toHaveBeenCalledTimes(1));
    const other = await handleNotification(
      delivery("PAYSCORE.USER_PAID", { id: "EV-conflict-running", plaintext: { ...paid, out_order_no: "ANOTHER-ORDER-0002" } }),
      options,
    );
    release.open();
    expect(other).toMatchObject({ status: 503, outcome: "in-progress" });
    expect(other.error).toBeInstanceOf(NotificationConflictError);
    expect(onError).toHaveBeenCalledTimes(1);
    expect((await first).outcome).toBe("handled");
  });
});

function clockless(): NotificationHandlerOptions {
  return { keys: { resolve: async () => undefined }, apiV3Key: APIV3_KEY, handle: () => undefined };
}

describe("createNotificationHandler behind a real HTTP server", () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  it("five concurrent POSTs of one notification: one 204, four 503; the retry gets 204 without re-running", async () => {
    const store = new SpyStore();
    const release = gate();
    store.onClaim = () => store.claims.length === 5 && release.open();
    const handled: string[] = [];
    const handler = createNotificationHandler({
      keys: await keySet(),
      apiV3Key: APIV3_KEY,
      clock,
      store,
      handle: async (n) => {
        await release.promise;
        handled.push(n.id);
      },
    });
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", async () => {
        // The raw bytes as received: the signature covers exactly these.
        const reply = await handler({ headers: req.headers as Record<string, string>, body: new Uint8Array(Buffer.concat(chunks)) });
        res.writeHead(reply.status, reply.headers).end(reply.body);
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`;
    const request = delivery("PAYSCORE.USER_OPEN_SERVICE", { id: "EV-http" });
    const post = () => fetch(url, { method: "POST", headers: request.headers, body: request.body });

    const responses = await Promise.all(Array.from({ length: 5 }, post));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([204, 503, 503, 503, 503]);
    for (const response of responses.filter((r) => r.status === 503)) {
      expect(isValidReplyBody(await response.json())).toBe(true);
    }
    expect(handled).toEqual(["EV-http"]);

    const retry = await post();
    expect(retry.status).toBe(204);
    expect(await retry.text()).toBe("");
    expect(handled).toEqual(["EV-http"]);

    const forged = await fetch(url, { method: "POST", headers: request.headers, body: request.body.replace("EV-http", "EV-fake") });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({ code: "FAIL", message: "signature verification failed: bad-signature" });
  });
});
