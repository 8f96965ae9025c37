/**
 * createPayScoreClient against a real loopback server (test/src/support/platform-server.ts)
 * that checks every request signature with node:crypto and signs every
 * answer with node:crypto: signing, verification, errors and validation.
 * Retries, timeouts and failover are in client-retry.test.ts; certificate
 * handling in certificates.test.ts.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { PayScoreClientOptions, PayScoreWarning } from "../../src/client/index.ts";
import {
  ConfigError,
  InvalidResponseError,
  SignatureVerificationError,
  WechatPayError,
} from "../../src/errors.ts";
import { fixedClock } from "../../src/clock.ts";
import { MCHID, MERCHANT_SERIAL, PUB_KEY_ID, fixturePath, pem, pemBody } from "../fixtures/keys.ts";
import { opensslVerify } from "./support/openssl.ts";
import { type PlatformServer, type Reply, nowSeconds } from "./support/platform-server.ts";
import { CANCEL_BODY, CANCEL_PATH, ORDER, ORDER_PATH, QUERY, usePlatformServer } from "./support/client-setup.ts";
import { rejection } from "./support/rejection.ts";

const platform = usePlatformServer();
let server: PlatformServer;
beforeEach(() => {
  server = platform.current();
});
const clientFor = platform.clientFor;

const getOrder = async (overrides: Partial<PayScoreClientOptions> = {}) =>
  (await clientFor(overrides)).GET(ORDER_PATH, { params: { query: QUERY } });


describe("request signing (checked by the server with node:crypto)", () => {
  it("signs a GET over METHOD, path?query, timestamp, nonce and an empty body line", async () => {
    const now = Date.now();
    const client = await clientFor({ clock: fixedClock(now), userAgent: "bank-x/1.0" });
    const { data } = await client.GET(ORDER_PATH, { params: { query: QUERY } });
    expect(data).toEqual(ORDER);
    const [request] = server.requests;
    expect(request!.signatureValid).toBe(true);
    expect(request!.url).toBe(`${ORDER_PATH}?sub_mchid=10000000&channel_id=12121212&out_order_no=1234323JKHDFE1243252`);
    expect(request!.message).toBe(`GET\n${request!.url}\n${request!.auth!.timestamp}\n${request!.auth!.nonce_str}\n\n`);
    expect(request!.auth).toMatchObject({ mchid: MCHID, serial_no: MERCHANT_SERIAL });
    expect(request!.auth!.nonce_str).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(request!.auth!.timestamp).toBe(String(Math.floor(now / 1000)));
    expect(request!.headers).toMatchObject({ accept: "application/json", "user-agent": "bank-x/1.0", "wechatpay-serial": PUB_KEY_ID });
    expect(request!.headers["content-type"]).toBeUndefined();
    expect(request!.headers.authorization).toMatch(/^WECHATPAY2-SHA256-RSA2048 mchid="/);
  });

  it("signs the exact UTF-8 body bytes of a POST, also per the openssl CLI", async () => {
    server.handle(() => ({ status: 204 }));
    const client = await clientFor();
    const result = await client.POST(CANCEL_PATH, { params: { path: { out_order_no: "1234323JKHDFE1243252" } }, body: CANCEL_BODY });
    expect(result.data).toBeUndefined();
    const [request] = server.requests;
    expect(request!.body).toBe(JSON.stringify(CANCEL_BODY));
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(request!.signatureValid).toBe(true);
    const openssl = opensslVerify(fixturePath("merchantPub"), request!.message, request!.auth!.signature);
    expect(openssl).toEqual({ status: 0, output: "Verified OK" });
    const tampered = opensslVerify(fixturePath("merchantPub"), request!.message.replace("user", "User"), request!.auth!.signature);
    expect(tampered.status).toBe(1);
  });

  it("signs the path as sent when baseUrl has a path prefix", async () => {
    const { data } = await getOrder({ baseUrl: `${server.url}/gateway/wx/` });
    expect(data).toEqual(ORDER);
    expect(server.requests[0]!.url.startsWith(`/gateway/wx${ORDER_PATH}?`)).toBe(true);
    expect(server.requests[0]!.signatureValid).toBe(true);
  });

  it("gives byte-identical signatures for PKCS#8 and PKCS#1 private keys (fixed clock and nonce)", async () => {
    const pinned = { clock: fixedClock(Date.now()), nonce: () => "N".repeat(32) };
    await getOrder({ ...pinned, merchantPrivateKey: pem.merchantKey });
    await getOrder({ ...pinned, merchantPrivateKey: pem.merchantKeyPkcs1 });
    const [pkcs8, pkcs1] = server.requests;
    expect(pkcs1!.signatureValid).toBe(true);
    expect(pkcs1!.auth!.signature).toBe(pkcs8!.auth!.signature);
  });
});

describe("how a call's request is built (openapi-fetch's serializers, then the signed transport)", () => {
  it("percent-encodes path parameters as openapi-fetch does, signs the path as sent and validates against the called template", async () => {
    server.handle(() => ({ body: {} }));
    const warnings: PayScoreWarning[] = [];
    const client = await clientFor({ validate: "warn", onWarning: (w) => warnings.push(w) });
    await client.POST(CANCEL_PATH, { params: { path: { out_order_no: "A B/1" } }, body: CANCEL_BODY });
    const [request] = server.requests;
    expect(request!.url).toBe("/v3/payscore/acquiringbank/serviceorder/A%20B%2F1/cancel");
    expect(request!.signatureValid).toBe(true);
    // Cancel documents 204 only: the 200 is reported against the operation of the template called.
    expect(warnings).toEqual([expect.objectContaining({ kind: "undocumented-status", operationId: "cancelServiceOrder", status: 200 })]);
  });

  it('parseAs "text" returns the verified text, and a forged answer is still refused', async () => {
    const client = await clientFor();
    const { data } = await client.GET(ORDER_PATH, { params: { query: QUERY }, parseAs: "text" });
    expect(data).toBe(JSON.stringify(ORDER));
    expect(server.requests[0]!.signatureValid).toBe(true);
    server.handle(() => ({ body: ORDER, signWith: "attacker" }));
    await expect(client.GET(ORDER_PATH, { params: { query: QUERY }, parseAs: "text" })).rejects.toBeInstanceOf(SignatureVerificationError);
  });

  it("signs the query a custom querySerializer writes, and the body a custom bodySerializer writes", async () => {
    const client = await clientFor();
    const { data } = await client.GET(ORDER_PATH, { params: { query: QUERY }, querySerializer: () => "out_order_no=1234323JKHDFE1243252&sub_mchid=10000000" });
    expect(data).toEqual(ORDER);
    server.handle(() => ({ status: 204 }));
    await client.POST(CANCEL_PATH, {
      params: { path: { out_order_no: "X1" } },
      body: CANCEL_BODY,
      bodySerializer: (body) => JSON.stringify(body, null, 2),
    });
    const [get, post] = server.requests;
    expect(get!.url).toBe(`${ORDER_PATH}?out_order_no=1234323JKHDFE1243252&sub_mchid=10000000`);
    expect(post!.body).toBe(JSON.stringify(CANCEL_BODY, null, 2));
    expect([get!.signatureValid, post!.signatureValid]).toEqual([true, true]);
  });
});

describe("response verification", () => {
  const refused = async (reply: Parameters<PlatformServer["handle"]>[0]) => {
    server.handle(reply);
    const error = await rejection(getOrder());
    expect(error).toBeInstanceOf(SignatureVerificationError);
    expect(server.requests).toHaveLength(1); // never retried
    return error as SignatureVerificationError;
  };

  it("accepts a response signed with the WeChat Pay public key", async () => {
    const { data, response } = await getOrder();
    expect(data).toEqual(ORDER);
    expect(response.status).toBe(200);
  });

  it("refuses a tampered body", async () => {
    const error = await refused(() => ({ body: { ...ORDER, state: "DONE" }, signedBody: JSON.stringify(ORDER) }));
    expect(error).toMatchObject({ reason: "bad-signature", header: "Wechatpay-Signature" });
  });

  it("refuses a signature made with another key", async () => {
    const error = await refused(() => ({ body: ORDER, signWith: "attacker" }));
    expect(error.reason).toBe("bad-signature");
  });

  it("refuses a stale timestamp (more than 300 s old)", async () => {
    expect((await refused(() => ({ body: ORDER, timestamp: nowSeconds() - 400 }))).reason).toBe("stale-timestamp");
  });

  it("refuses a future timestamp (more than 300 s ahead)", async () => {
    expect((await refused(() => ({ body: ORDER, timestamp: nowSeconds() + 400 }))).reason).toBe("stale-timestamp");
  });

  for (const header of ["Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature", "Wechatpay-Serial"]) {
    it(`refuses a 2xx without ${header}`, async () => {
      const error = await refused(() => ({ body: ORDER, omit: [header] }));
      expect(error).toMatchObject({ reason: "missing-header", header });
    });
  }

  it("refuses an unsigned 2xx", async () => {
    expect((await refused(() => ({ body: ORDER, signWith: "none" }))).reason).toBe("missing-header");
  });

  it("refuses a WECHATPAY/SIGNTEST/ probe signature", async () => {
    const error = await refused(() => ({ body: ORDER, signature: "WECHATPAY/SIGNTEST/c2lnbmF0dXJl" }));
    expect(error.reason).toBe("probe-signature");
  });

  it("refuses an unknown serial without downloading when no APIv3 key is configured", async () => {
    const error = await refused(() => ({ body: ORDER, signWith: "platform" }));
    expect(error).toMatchObject({ reason: "unknown-serial", header: "Wechatpay-Serial" });
    expect(server.requests.map((r) => r.url)).not.toContain("/v3/certificates");
  });

  it("verifies a 204 over an empty body", async () => {
    server.handle(() => ({ status: 204, signedBody: "x" }));
    const client = await clientFor();
    const call = client.POST(CANCEL_PATH, { params: { path: { out_order_no: "1234323JKHDFE1243252" } }, body: CANCEL_BODY });
    expect(await rejection(call)).toMatchObject({ reason: "bad-signature" });
  });
});

describe("bad response bodies", () => {
  it("refuses an oversized body before reading it all", async () => {
    server.handle(() => ({ body: { ...ORDER, attach: "x".repeat(5000) } }));
    const error = await rejection(getOrder({ maxResponseBytes: 1024 }));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ reason: "too-large", status: 200 });
  });

  it("refuses a correctly signed 2xx that is not JSON", async () => {
    server.handle(() => ({ body: "<html>garbage</html>" }));
    expect(await rejection(getOrder())).toMatchObject({ name: "InvalidResponseError", reason: "malformed" });
  });

  it("refuses a body that is not UTF-8", async () => {
    // An injected fetch, because the loopback server's handler only sends text.
    const client = await clientFor({
      fetch: async () => new Response(new Uint8Array([0x7b, 0xff, 0x7d]), { status: 200 }),
    });
    expect(await rejection(client.GET(ORDER_PATH, { params: { query: QUERY } }))).toMatchObject({ reason: "malformed" });
  });
});

describe("every failure names the exchange: Request-ID and status, also in the message", () => {
  const REQUEST_ID = "08F4B2C1A0061098B4A2E2AC0B10D2E301-0";
  const failure = async (reply: Reply, overrides: Partial<PayScoreClientOptions> = {}) => {
    server.handle(() => ({ ...reply, headers: { "Request-ID": REQUEST_ID, ...reply.headers } }));
    const error = (await rejection(getOrder({ retry: { maxAttempts: 1 }, ...overrides }))) as Error & { requestId?: string; status?: number };
    expect(error.message).toContain(`(Request-ID ${REQUEST_ID})`);
    expect(String(error.stack).split("\n")[0]).toContain(REQUEST_ID);
    return error;
  };
  const cases: [string, Reply, Partial<PayScoreClientOptions>, Record<string, unknown>][] = [
    ["a tampered answer", { body: { ...ORDER, state: "DONE" }, signedBody: JSON.stringify(ORDER) }, {}, { name: "SignatureVerificationError", reason: "bad-signature" }],
    ["a stale answer", { body: ORDER, timestamp: nowSeconds() - 400 }, {}, { name: "SignatureVerificationError", reason: "stale-timestamp" }],
    ["an answer with an unknown serial", { body: ORDER, signWith: "platform" }, {}, { name: "SignatureVerificationError", reason: "unknown-serial" }],
    ["an unsigned 2xx", { body: ORDER, signWith: "none" }, {}, { name: "SignatureVerificationError", reason: "missing-header" }],
    ["a forged error answer", { status: 404, body: { code: "ORDER_NOT_EXIST", message: "x" }, signWith: "attacker" }, {}, { name: "SignatureVerificationError", reason: "bad-signature" }],
    ["an oversized body", { body: { ...ORDER, attach: "x".repeat(5000) } }, { maxResponseBytes: 1024 }, { name: "InvalidResponseError", reason: "too-large" }],
    ["a signed 2xx that is not JSON", { body: "<html>garbage</html>" }, {}, { name: "InvalidResponseError", reason: "malformed" }],
    ['a 2xx breaking the spec under "strict"', { body: { ...ORDER, state: 42 } }, { validate: "strict" }, { name: "InvalidResponseError", reason: "schema" }],
    ["an answer whose body is cut off", { body: ORDER, truncate: true }, {}, { name: "RequestFailedError", reason: "network" }],
    ["an error answer", { status: 404, body: { code: "ORDER_NOT_EXIST", message: "订单不存在" } }, {}, { name: "WechatPayError", code: "ORDER_NOT_EXIST" }],
  ];
  for (const [what, reply, overrides, expected] of cases) {
    it(what, async () => {
      const error = await failure(reply, overrides);
      expect(error).toMatchObject({ ...expected, requestId: REQUEST_ID, status: reply.status ?? 200 });
    });
  }

  it("names the Request-ID once, even when the throwing layer already knew it", async () => {
    const error = (await failure({ body: "<html>garbage</html>" })) as Error;
    expect(error.message.split(REQUEST_ID)).toHaveLength(2);
  });

  it("shows only a printable Request-ID in the message", async () => {
    const long = "R".repeat(200);
    server.handle(() => ({ body: ORDER, signWith: "attacker", headers: { "Request-ID": long } }));
    const error = (await rejection(getOrder())) as SignatureVerificationError;
    expect(error.requestId).toBe(long);
    expect(error.message).toContain("(Request-ID (unprintable value))");
  });

  it("says nothing about a Request-ID when the answer had none", async () => {
    const client = await clientFor({ fetch: async () => new Response(JSON.stringify(ORDER), { status: 200 }) });
    const error = (await rejection(client.GET(ORDER_PATH, { params: { query: QUERY } }))) as SignatureVerificationError;
    expect(error).toMatchObject({ name: "SignatureVerificationError", status: 200 });
    expect("requestId" in error).toBe(false);
    expect(error.message).not.toContain("Request-ID");
  });
});

describe("binding each answer to its request (the signature covers only timestamp, nonce and body)", () => {
  const ORDER_B = { ...QUERY, out_order_no: "ORDER-B-0001" };

  it("refuses a validly signed answer for order A served to a query for order B, naming out_order_no", async () => {
    server.handle(() => ({ body: ORDER, headers: { "Request-ID": "REQ-A-FOR-B" } }));
    const client = await clientFor();
    const error = (await rejection(client.GET(ORDER_PATH, { params: { query: ORDER_B } }))) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ reason: "mismatched", field: "out_order_no", status: 200, requestId: "REQ-A-FOR-B" });
    expect(error.message).toContain("out_order_no");
    expect(error.message).not.toContain(ORDER.out_order_no);
    expect(server.requests).toHaveLength(1); // not retried
    // The same through openapi-fetch's own path (parseAs "text").
    await expect(client.GET(ORDER_PATH, { params: { query: ORDER_B }, parseAs: "text" })).rejects.toMatchObject({ reason: "mismatched", field: "out_order_no" });
  });

  it("compares path parameters and JSON body fields too", async () => {
    const code = "AUTH-CODE-B";
    server.handle(() => ({ body: { authorization_code: "AUTH-CODE-A", service_id: "500001", sub_mchid: "10000000", channel_id: "12121212", authorization_state: "AVAILABLE" } }));
    const client = await clientFor();
    const permissions = client.GET("/v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}", {
      params: { path: { authorization_code: code }, query: { service_id: "500001", sub_mchid: "10000000", channel_id: "12121212" } },
    });
    await expect(permissions).rejects.toMatchObject({ name: "InvalidResponseError", reason: "mismatched", field: "authorization_code" });

    // A create whose JSON body names service 500002, answered with service 500001's order.
    const create = { ...ORDER, service_id: "500002" } as Record<string, unknown>;
    const error = await rejection(client.POST(ORDER_PATH, { body: create as never }));
    expect(error).toMatchObject({ name: "InvalidResponseError", reason: "mismatched", field: "service_id" });
  });

  it("returns an answer whose echoed fields match, and one that leaves them out", async () => {
    const client = await clientFor();
    expect((await client.GET(ORDER_PATH, { params: { query: QUERY } })).data).toEqual(ORDER);
    const { out_order_no: _omitted, ...withoutOrderNo } = ORDER;
    server.handle(() => ({ body: withoutOrderNo }));
    expect((await client.GET(ORDER_PATH, { params: { query: ORDER_B } })).data).toEqual(withoutOrderNo);
  });

  it("refuses the same signed answer served twice (reason replayed), per client", async () => {
    const timestamp = nowSeconds();
    server.handle(() => ({ body: ORDER, timestamp, nonce: "REPLAYED-NONCE-0001" }));
    const client = await clientFor();
    expect((await client.GET(ORDER_PATH, { params: { query: QUERY } })).data).toEqual(ORDER);
    const first = server.requests.length;
    const error = (await rejection(client.GET(ORDER_PATH, { params: { query: QUERY } }))) as SignatureVerificationError;
    expect(error).toBeInstanceOf(SignatureVerificationError);
    expect(error).toMatchObject({ reason: "replayed", header: "Wechatpay-Nonce", status: 200 });
    expect(server.requests).toHaveLength(first + 1); // not retried
    // A signed error answer served again is refused as well.
    server.handle(() => ({ status: 404, body: { code: "ORDER_NOT_EXIST", message: "x" }, timestamp, nonce: "REPLAYED-NONCE-0002" }));
    expect(await rejection(client.GET(ORDER_PATH, { params: { query: QUERY } }))).toMatchObject({ name: "WechatPayError" });
    expect(await rejection(client.GET(ORDER_PATH, { params: { query: QUERY } }))).toMatchObject({ reason: "replayed" });
    // Another client has its own memory: it sees the answer for the first time.
    server.handle(() => ({ body: ORDER, timestamp, nonce: "REPLAYED-NONCE-0001" }));
    expect((await (await clientFor()).GET(ORDER_PATH, { params: { query: QUERY } })).data).toEqual(ORDER);
  });
});

describe("error answers become WechatPayError", () => {
  it("types an unsigned error and does not retry a 4xx", async () => {
    server.handle(() => ({
      status: 400,
      signWith: "none",
      headers: { "Request-ID": "08F1A2B3" },
      body: { code: "PARAM_ERROR", message: "参数错误", detail: { field: "/out_order_no", issue: "too long", location: "query" } },
    }));
    const error = (await rejection(getOrder())) as WechatPayError;
    expect(error).toBeInstanceOf(WechatPayError);
    expect(error).toMatchObject({
      status: 400,
      code: "PARAM_ERROR",
      platformMessage: "参数错误",
      detail: { field: "/out_order_no", issue: "too long", location: "query" },
      requestId: "08F1A2B3",
      signed: false,
    });
    expect(error.message).toContain("[unsigned]");
    expect(server.requests).toHaveLength(1);
  });

  it("bounds an unsigned error body's detail (150k levels deep) so JSON.stringify(error) does not throw", async () => {
    const depth = 150_000;
    server.handle(() => ({ status: 400, signWith: "none", body: `{"code":"PARAM_ERROR","detail":${'{"detail":'.repeat(depth)}1${"}".repeat(depth)}}` }));
    const error = (await rejection(getOrder({ maxResponseBytes: 4 * 1024 * 1024 }))) as WechatPayError;
    expect(error).toMatchObject({ name: "WechatPayError", code: "PARAM_ERROR", signed: false });
    expect(() => JSON.stringify(error)).not.toThrow();
    expect(JSON.stringify(error).length).toBeLessThan(20_000);
  });

  it("verifies a signed error and says so", async () => {
    server.handle(() => ({ status: 404, body: { code: "ORDER_NOT_EXIST", message: "订单不存在" } }));
    expect(await rejection(getOrder())).toMatchObject({ name: "WechatPayError", status: 404, code: "ORDER_NOT_EXIST", signed: true });
  });

  it("refuses an error whose signature headers do not verify", async () => {
    server.handle(() => ({ status: 404, body: { code: "ORDER_NOT_EXIST", message: "x" }, signWith: "attacker" }));
    expect(await rejection(getOrder())).toMatchObject({ name: "SignatureVerificationError", reason: "bad-signature" });
  });

  it("types an error without an APIv3 body (a proxy's HTML page)", async () => {
    server.handle(() => ({ status: 502, signWith: "none", body: "<html>Bad Gateway</html>", headers: { "Content-Type": "text/html" } }));
    const error = await rejection(getOrder({ retry: { maxAttempts: 1 } }));
    expect(error).toMatchObject({ name: "WechatPayError", status: 502, code: undefined, signed: false });
  });
});

describe("validate", () => {
  // A wrong type: something the client relies on (the reader view refuses it too).
  const broken = { ...ORDER, state: 42 };

  it('"strict" refuses a 2xx that breaks the spec, naming the pointer', async () => {
    server.handle(() => ({ body: broken }));
    const error = (await rejection(getOrder({ validate: "strict" }))) as InvalidResponseError;
    expect(error).toMatchObject({ name: "InvalidResponseError", reason: "schema", status: 200 });
    expect(error.violations.some((line) => line.startsWith("/state "))).toBe(true);
    expect(error.message).toContain("getServiceOrder");
  });

  it('"warn" returns the data and reports through onWarning', async () => {
    server.handle(() => ({ body: broken }));
    const warnings: unknown[] = [];
    const { data } = await getOrder({ validate: "warn", onWarning: (warning) => warnings.push(warning) });
    expect(data).toEqual(broken);
    expect(warnings).toEqual([expect.objectContaining({ kind: "schema", operationId: "getServiceOrder", status: 200 })]);
  });

  it("a refused body's warning and strict error name the field: differences with pointer, rule, severity and value", async () => {
    server.handle(() => ({ body: broken }));
    const warnings: PayScoreWarning[] = [];
    await getOrder({ validate: "warn", onWarning: (warning) => warnings.push(warning) });
    expect(warnings[0]!.differences).toEqual([{ pointer: "/state", keyword: "type", message: expect.any(String), severity: "violation", value: "42" }]);
    expect(warnings[0]!.message).toContain("/state type");
    const error = (await rejection(getOrder({ validate: "strict" }))) as InvalidResponseError;
    expect(error.message).toContain("/state type");
  });

  it('"off" does not look, and a conforming body passes "strict"', async () => {
    server.handle(() => ({ body: broken }));
    await expect(getOrder({ validate: "off" })).resolves.toMatchObject({ data: broken });
    server.handle(() => ({ body: ORDER }));
    await expect(getOrder({ validate: "strict" })).resolves.toMatchObject({ data: ORDER });
  });

  it('"strict" returns an answer with an unknown key and an unknown enum value, and warns with each pointer', async () => {
    const drifted = { ...ORDER, state: "PAUSED", device: { start_device_id: "HG123" } };
    server.handle(() => ({ body: drifted }));
    const warnings: PayScoreWarning[] = [];
    const { data } = await getOrder({ validate: "strict", onWarning: (w) => warnings.push(w) });
    expect(data).toEqual(drifted);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ kind: "schema", operationId: "getServiceOrder", status: 200 });
    expect(warnings[0]!.differences).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: "/device", keyword: "additionalProperties", severity: "drift", value: '{"start_device_id":"HG123"}' }),
        expect.objectContaining({ pointer: "/state", keyword: "enum", severity: "drift", value: '"PAUSED"' }),
      ]),
    );
    expect(warnings[0]!.differences).toHaveLength(2);
  });

  it('"strict" returns a value over a documented length (a violation, but nothing the client relies on) and warns', async () => {
    const long = { ...ORDER, attach: "x".repeat(300) };
    server.handle(() => ({ body: long }));
    const warnings: PayScoreWarning[] = [];
    await expect(getOrder({ validate: "strict", onWarning: (w) => warnings.push(w) })).resolves.toMatchObject({ data: long });
    expect(warnings[0]!.differences).toEqual([expect.objectContaining({ pointer: "/attach", keyword: "maxLength", severity: "violation" })]);
  });

  it('"strict" reports an error body that breaks the spec but still throws the WechatPayError', async () => {
    server.handle(() => ({ status: 404, body: { code: "NOT_A_CODE", message: "x" } }));
    const warnings: { kind: string }[] = [];
    const error = await rejection(getOrder({ validate: "strict", onWarning: (w) => warnings.push(w) }));
    expect(error).toMatchObject({ name: "WechatPayError", code: "NOT_A_CODE" });
    expect(warnings.map((w) => w.kind)).toEqual(["schema"]);
  });
});

describe("configuration", () => {
  it("needs a way to verify responses", async () => {
    await expect(clientFor({ wechatpayPublicKey: undefined })).rejects.toBeInstanceOf(ConfigError);
  });

  it("refuses a bad private key without echoing it", async () => {
    const error = await rejection(clientFor({ merchantPrivateKey: pem.merchantPub }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).not.toContain(pemBody(pem.merchantPub).slice(0, 40));
  });

  it("refuses per-call fetch and baseUrl (they would bypass signing or failover)", async () => {
    const client = await clientFor();
    const bypass = { params: { query: QUERY }, fetch: async () => new Response("{}") };
    expect(() => client.GET(ORDER_PATH, bypass)).toThrow(ConfigError);
    expect(() => client.GET(ORDER_PATH, { params: { query: QUERY }, baseUrl: "http://elsewhere.invalid" })).toThrow(ConfigError);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses an unknown validate mode and a baseUrl with a query", async () => {
    await expect(clientFor({ validate: "loud" as never })).rejects.toBeInstanceOf(ConfigError);
    await expect(clientFor({ baseUrl: `${server.url}/?x=1` })).rejects.toBeInstanceOf(ConfigError);
  });

  it("refuses a userAgent that is not a plain header value at creation, not as a failed call", async () => {
    for (const userAgent of ["bank\r\nX-Injected: 1", "bank-x ", "", "银行/1.0"]) {
      await expect(clientFor({ userAgent })).rejects.toBeInstanceOf(ConfigError);
    }
    expect(server.requests).toHaveLength(0);
    await expect(clientFor({ userAgent: "bank-x/1.0 (payscore)" })).resolves.toBeDefined();
  });
});
