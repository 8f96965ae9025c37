/**
 * The caller's own openapi-fetch middleware (`client.use`, per-call
 * `middleware`) around the signed transport: it sees real Requests and the
 * verified Response, once per call; what it changes is signed; it cannot
 * supply or replace an answer. The server checks every signature with
 * node:crypto.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { Middleware } from "../../src/client/index.ts";
import { ConfigError, SignatureVerificationError, WechatPayError } from "../../src/errors.ts";
import type { PlatformServer } from "./support/platform-server.ts";
import { CANCEL_BODY, CANCEL_PATH, ORDER, ORDER_PATH, QUERY, usePlatformServer } from "./support/client-setup.ts";
import { rejection } from "./support/rejection.ts";

const platform = usePlatformServer();
let server: PlatformServer;
beforeEach(() => {
  server = platform.current();
});
const clientFor = () => platform.clientFor();

const getOrder = (client: Awaited<ReturnType<typeof clientFor>>) => client.GET(ORDER_PATH, { params: { query: QUERY } });

describe("client.use", () => {
  it("runs onRequest before signing and onResponse with the verified answer, once per call in openapi-fetch's order", async () => {
    const client = await clientFor();
    const seen: string[] = [];
    const tracing = (name: string): Middleware => ({
      onRequest({ request }) {
        seen.push(`${name}:request ${request.method} ${new URL(request.url).pathname}`);
        request.headers.set("X-Trace", name);
      },
      async onResponse({ response }) {
        seen.push(`${name}:response ${response.status} ${JSON.parse(await response.clone().text()).out_order_no}`);
      },
    });
    client.use(tracing("a"), tracing("b"));
    server.handle((_request, index) => (index === 0 ? { status: 503, body: { code: "SYSTEM_ERROR", message: "busy" } } : { body: ORDER }));
    const { data } = await getOrder(client);
    expect(data).toEqual(ORDER);
    // One call, two attempts (a retry after 503): the hooks ran once, the transport signed twice.
    expect(seen).toEqual([`a:request GET ${ORDER_PATH}`, `b:request GET ${ORDER_PATH}`, `b:response 200 ${ORDER.out_order_no}`, `a:response 200 ${ORDER.out_order_no}`]);
    expect(server.requests).toHaveLength(2);
    expect(server.requests.every((r) => r.signatureValid && r.headers["x-trace"] === "b")).toBe(true);
    expect(new Set(server.requests.map((r) => r.auth!.nonce_str)).size).toBe(2);
  });

  it("signs the body a middleware's new Request carries", async () => {
    server.handle(() => ({ status: 204 }));
    const client = await clientFor();
    const changed = JSON.stringify({ ...CANCEL_BODY, reason: "changed by middleware" });
    client.use({ onRequest: ({ request }) => new Request(request, { body: changed }) });
    await client.POST(CANCEL_PATH, { params: { path: { out_order_no: "1234323JKHDFE1243252" } }, body: CANCEL_BODY });
    const [request] = server.requests;
    expect(request!.body).toBe(changed);
    expect(request!.signatureValid).toBe(true);
  });

  it("hands onError the typed error, and lets it swap in another Error", async () => {
    server.handle(() => ({ status: 400, body: { code: "PARAM_ERROR", message: "bad" } }));
    const client = await clientFor();
    const errors: unknown[] = [];
    client.use({ onError: ({ error }) => void errors.push(error) });
    const error = await rejection(getOrder(client));
    expect(error).toBeInstanceOf(WechatPayError);
    expect(errors).toEqual([error]);

    class Wrapped extends Error {}
    client.use({ onError: ({ error }) => new Wrapped("wrapped", { cause: error }) });
    const wrapped = await rejection(getOrder(client));
    expect(wrapped).toBeInstanceOf(Wrapped);
    expect((wrapped as Error).cause).toBeInstanceOf(WechatPayError);
  });

  it("onError sees a forged answer's SignatureVerificationError, and the data never arrives", async () => {
    server.handle(() => ({ body: ORDER, signWith: "attacker" }));
    const client = await clientFor();
    const seen: unknown[] = [];
    client.use({ onError: ({ error }) => void seen.push(error), onResponse: () => void seen.push("response") });
    const error = await rejection(getOrder(client));
    expect(error).toBeInstanceOf(SignatureVerificationError);
    expect(seen).toEqual([error]);
  });

  it("eject removes what use added; adding the same middleware twice runs it once", async () => {
    const client = await clientFor();
    let runs = 0;
    const counting: Middleware = { onRequest: () => void runs++ };
    client.use(counting, counting);
    await getOrder(client);
    expect(runs).toBe(1);
    client.eject(counting);
    await getOrder(client);
    expect(runs).toBe(1);
  });

  it("also takes middleware for one call, after the global ones", async () => {
    const client = await clientFor();
    const order: string[] = [];
    client.use({ onRequest: () => void order.push("global") });
    await client.GET(ORDER_PATH, { params: { query: QUERY }, middleware: [{ onRequest: () => void order.push("call") }] });
    await getOrder(client);
    expect(order).toEqual(["global", "call", "global"]);
  });
});

describe("middleware cannot supply or replace an answer", () => {
  it("refuses a Response from onRequest before anything is sent", async () => {
    const client = await clientFor();
    client.use({ onRequest: () => new Response(JSON.stringify(ORDER), { status: 200 }) });
    const error = await rejection(getOrder(client));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/onRequest returned a Response/);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a replacement Response from onResponse (returning the same one is fine)", async () => {
    const client = await clientFor();
    client.use({ onResponse: ({ response }) => response });
    expect((await getOrder(client)).data).toEqual(ORDER);
    client.use({ onResponse: () => new Response(JSON.stringify({ ...ORDER, out_order_no: "FORGED" }), { status: 200 }) });
    server.handle(() => ({ body: ORDER, headers: { "Request-ID": "REQ-MIDDLEWARE-1" } }));
    const error = await rejection(getOrder(client));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/onResponse returned another Response.* \(Request-ID REQ-MIDDLEWARE-1\)$/);
    // Raised after the answer arrived, so it names that exchange.
    expect(error).toMatchObject({ requestId: "REQ-MIDDLEWARE-1", status: 200 });
  });

  it("refuses a Response from onError (a failure cannot become an unverified answer)", async () => {
    server.handle(() => ({ status: 400, body: { code: "PARAM_ERROR", message: "bad" } }));
    const client = await clientFor();
    client.use({ onError: () => new Response(JSON.stringify(ORDER), { status: 200 }) });
    const error = await rejection(getOrder(client));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/onError returned a Response/);
  });

  it("refuses middleware without any hook, and a per-call middleware that is not an array", async () => {
    const client = await clientFor();
    expect(() => client.use({} as Middleware)).toThrow(ConfigError);
    expect(() => client.GET(ORDER_PATH, { params: { query: QUERY }, middleware: {} as never })).toThrow(ConfigError);
  });
});
