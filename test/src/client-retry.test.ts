/**
 * Retries, backoff, Retry-After, deadline, per-attempt timeout, caller abort
 * and failover, against real loopback servers. Sleep, jitter and the clock
 * are injected, so no test waits for a backoff and none asserts timing.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPayScoreClient, type PayScoreClientOptions } from "../../src/client/index.ts";
import { RequestFailedError, WechatPayError } from "../../src/errors.ts";
import { MCHID, MERCHANT_SERIAL, PUB_KEY_ID, pem } from "../fixtures/keys.ts";
import { type PlatformServer, type Reply, startPlatformServer } from "./support/platform-server.ts";
import { rejection } from "./support/rejection.ts";

const CANCEL_PATH = "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel";
const CANCEL = {
  params: { path: { out_order_no: "1234323JKHDFE1243252" } },
  body: { sub_mchid: "10000000", service_id: "500001", channel_id: "12121212", reason: "重试 retry" },
};
const ERROR_500 = { status: 500, signWith: "none", body: { code: "SYSTEM_ERROR", message: "系统错误" } } as const;

let server: PlatformServer;
beforeEach(async () => {
  server = await startPlatformServer();
});
afterEach(async () => {
  await server.close();
});

/** A clock that only moves when the client sleeps (plus 1 s per sleep, so timestamps differ). */
function steppingClock() {
  let now = Date.now();
  const sleeps: number[] = [];
  return {
    sleeps,
    clock: { now: () => now },
    seconds: () => Math.floor(now / 1000),
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms + 1000;
    },
  };
}

function clientFor(overrides: Partial<PayScoreClientOptions> = {}) {
  return createPayScoreClient({
    mchid: MCHID,
    merchantSerialNo: MERCHANT_SERIAL,
    merchantPrivateKey: pem.merchantKey,
    wechatpayPublicKey: { id: PUB_KEY_ID, key: pem.wechatpayPubKey },
    baseUrl: server.url,
    ...overrides,
  });
}

const answers = (...replies: Reply[]) => (_: unknown, index: number) => replies[Math.min(index, replies.length - 1)]!;


describe("retries", () => {
  it("re-signs every attempt: fresh nonce and timestamp, identical body, capped exponential backoff with jitter", async () => {
    const time = steppingClock();
    server.handle((_, index) => (index < 2 ? ERROR_500 : { status: 204, timestamp: time.seconds() }));
    const client = await clientFor({ clock: time.clock, retry: { sleep: time.sleep, random: () => 0.5, baseDelayMs: 200, maxDelayMs: 300 } });
    const result = await client.POST(CANCEL_PATH, CANCEL);
    expect(result.response.status).toBe(204);
    const requests = server.requests;
    expect(requests).toHaveLength(3);
    expect(requests.every((r) => r.signatureValid)).toBe(true);
    expect(new Set(requests.map((r) => r.auth!.nonce_str)).size).toBe(3);
    expect(new Set(requests.map((r) => r.auth!.timestamp)).size).toBe(3);
    expect(new Set(requests.map((r) => r.body))).toEqual(new Set([JSON.stringify(CANCEL.body)]));
    // 0.5 × min(300, 200·2^(n−1)): 100, then 150 (capped).
    expect(time.sleeps).toEqual([100, 150]);
  });

  it("honours Retry-After on 429 (seconds and HTTP-date)", async () => {
    const time = steppingClock();
    const date = new Date(time.clock.now() + 7_000).toUTCString();
    server.handle(
      answers(
        { status: 429, signWith: "none", headers: { "Retry-After": "3" }, body: { code: "FREQUENCY_LIMITED", message: "频率超限" } },
        { status: 429, signWith: "none", headers: { "Retry-After": date }, body: { code: "FREQUENCY_LIMITED", message: "频率超限" } },
        { status: 204 },
      ),
    );
    const client = await clientFor({ clock: time.clock, retry: { sleep: time.sleep, random: () => 0, maxAttempts: 3 } });
    // The third answer is signed with the server's real clock: the stepping clock is ~11 s ahead, well within 300 s.
    await client.POST(CANCEL_PATH, CANCEL);
    expect(time.sleeps[0]).toBe(3000);
    // HTTP-dates have whole seconds: 7 s minus what the first sleep moved the clock (4 s), up to 1 s less.
    expect(time.sleeps[1]).toBeGreaterThan(1000);
    expect(time.sleeps[1]).toBeLessThanOrEqual(3000);
  });

  it("retries a dropped connection", async () => {
    server.handle(answers({ destroy: true }, { status: 204 }));
    const client = await clientFor({ retry: { sleep: async () => undefined } });
    await client.POST(CANCEL_PATH, CANCEL);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]!.auth!.nonce_str).not.toBe(server.requests[1]!.auth!.nonce_str);
  });

  it("gives up after maxAttempts with the last answer", async () => {
    server.handle(() => ({ status: 503, signWith: "none", body: { code: "SERVICE_UNAVAILABLE", message: "服务不可用" } }));
    const client = await clientFor({ retry: { sleep: async () => undefined, maxAttempts: 4 } });
    const error = await rejection(client.POST(CANCEL_PATH, CANCEL));
    expect(error).toBeInstanceOf(WechatPayError);
    expect(error).toMatchObject({ status: 503, code: "SERVICE_UNAVAILABLE", signed: false });
    expect(server.requests).toHaveLength(4);
  });

  it("reports network failures as RequestFailedError after the attempts", async () => {
    server.handle(() => ({ destroy: true }));
    const client = await clientFor({ retry: { sleep: async () => undefined, maxAttempts: 2 } });
    const error = await rejection(client.POST(CANCEL_PATH, CANCEL));
    expect(error).toBeInstanceOf(RequestFailedError);
    expect(error).toMatchObject({ reason: "network", attempts: 2 });
  });
});

describe("after retries, the error says whether an earlier attempt may have succeeded", () => {
  const SYNC_PATH = "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/sync";
  const SYNC = {
    params: { path: { out_order_no: "1234323JKHDFE1243252" } },
    body: { service_id: "500001", sub_mchid: "10000000", channel_id: "12121212", type: "Order_Paid", detail: { paid_time: "20250101120000" } },
  } as const;
  const ORDER_DONE: Reply = { status: 400, headers: { "Request-ID": "REQ-ORDER-DONE" }, body: { code: "ORDER_DONE", message: "订单已完成" } };
  const FREQUENCY_LIMITED: Reply = { status: 429, signWith: "none", body: { code: "FREQUENCY_LIMITED", message: "频率超限" } };
  const QUERY = { sub_mchid: "10000000", channel_id: "12121212", out_order_no: "1234323JKHDFE1243252" };

  /** A platform that acts on the first sync (the order becomes DONE) and then loses the answer. */
  function syncLostOnce(): { state: () => string } {
    let state = "DOING";
    server.handle((request) => {
      if (state === "DOING") {
        state = "DONE"; // processed: the request was received whole
        return { destroy: true };
      }
      return request.method === "POST" ? ORDER_DONE : { status: 400, body: { code: "INVALID_REQUEST", message: "x" } };
    });
    return { state: () => state };
  }

  it("a POST whose answer was lost, then 400 ORDER_DONE: attempts 2, flag set, and the message says so", async () => {
    const platform = syncLostOnce();
    const client = await clientFor({ retry: { sleep: async () => undefined } });
    const error = (await rejection(client.POST(SYNC_PATH, SYNC))) as WechatPayError;
    expect(platform.state()).toBe("DONE");
    expect(error).toBeInstanceOf(WechatPayError);
    expect(error).toMatchObject({ status: 400, code: "ORDER_DONE", signed: true, requestId: "REQ-ORDER-DONE", attempts: 2, earlierAttemptMayHaveSucceeded: true });
    expect(error.message).toContain("an earlier attempt may have succeeded");
    expect(server.requests).toHaveLength(2);
  });

  it("a GET in the same situation: attempts 2, flag false (reading twice changes nothing)", async () => {
    syncLostOnce();
    const client = await clientFor({ retry: { sleep: async () => undefined } });
    const error = await rejection(client.GET("/v3/payscore/acquiringbank/serviceorder", { params: { query: QUERY } }));
    expect(error).toMatchObject({ name: "WechatPayError", status: 400, attempts: 2, earlierAttemptMayHaveSucceeded: false });
    expect((error as Error).message).not.toContain("earlier attempt");
  });

  it("a POST whose first attempt got 429: attempts 2, flag false (the rate limiter turned it away)", async () => {
    server.handle(answers(FREQUENCY_LIMITED, ORDER_DONE));
    const client = await clientFor({ retry: { sleep: async () => undefined } });
    const error = await rejection(client.POST(SYNC_PATH, SYNC));
    expect(error).toMatchObject({ name: "WechatPayError", code: "ORDER_DONE", attempts: 2, earlierAttemptMayHaveSucceeded: false });
  });

  it("a POST whose first attempt got a 5xx or timed out: flag set", async () => {
    server.handle(answers(ERROR_500, ORDER_DONE));
    const client = await clientFor({ retry: { sleep: async () => undefined } });
    expect(await rejection(client.POST(SYNC_PATH, SYNC))).toMatchObject({ attempts: 2, earlierAttemptMayHaveSucceeded: true });

    server.requests.length = 0;
    server.handle(answers({ hang: true }, ORDER_DONE));
    const timing = await clientFor({ timeoutMs: 150, retry: { sleep: async () => undefined } });
    expect(await rejection(timing.POST(SYNC_PATH, SYNC))).toMatchObject({ code: "ORDER_DONE", attempts: 2, earlierAttemptMayHaveSucceeded: true });
  });

  it("a POST whose first attempt was refused before sending (nothing listening): flag false", async () => {
    const dead = await startPlatformServer();
    const deadUrl = dead.url;
    await dead.close();
    server.handle(() => ORDER_DONE);
    const client = await clientFor({ baseUrl: deadUrl, failover: server.url, retry: { sleep: async () => undefined } });
    const error = await rejection(client.POST(SYNC_PATH, SYNC));
    expect(error).toMatchObject({ code: "ORDER_DONE", attempts: 2, earlierAttemptMayHaveSucceeded: false });
  });

  it("the last attempt's own failure is not an earlier one: one attempt, or only the last ambiguous, leaves the flag false", async () => {
    server.handle(() => ERROR_500);
    const once = await clientFor({ retry: { maxAttempts: 1 } });
    expect(await rejection(once.POST(SYNC_PATH, SYNC))).toMatchObject({ status: 500, attempts: 1, earlierAttemptMayHaveSucceeded: false });

    server.requests.length = 0;
    server.handle(answers(FREQUENCY_LIMITED, { destroy: true }));
    const twice = await clientFor({ retry: { sleep: async () => undefined, maxAttempts: 2 } });
    expect(await rejection(twice.POST(SYNC_PATH, SYNC))).toMatchObject({ name: "RequestFailedError", attempts: 2, earlierAttemptMayHaveSucceeded: false });
  });

  it("a POST lost every time ends in RequestFailedError with the flag set", async () => {
    server.handle(() => ({ destroy: true }));
    const client = await clientFor({ retry: { sleep: async () => undefined, maxAttempts: 3 } });
    const error = await rejection(client.POST(SYNC_PATH, SYNC));
    expect(error).toMatchObject({ name: "RequestFailedError", reason: "network", attempts: 3, earlierAttemptMayHaveSucceeded: true });
  });
});

describe("deadline, timeout and abort", () => {
  it("stops retrying when the next backoff would pass the deadline", async () => {
    const time = steppingClock();
    server.handle(() => ERROR_500);
    const client = await clientFor({
      clock: time.clock,
      deadlineMs: 2_000,
      retry: { sleep: time.sleep, random: () => 0.99, baseDelayMs: 400, maxAttempts: 10 },
    });
    const error = await rejection(client.POST(CANCEL_PATH, CANCEL));
    expect(error).toMatchObject({ name: "WechatPayError", status: 500 });
    // Sleep 1 (396 ms) moves the clock 1.396 s; sleep 2 (792 ms) would end past 2 s.
    expect(time.sleeps).toEqual([396]);
    expect(server.requests).toHaveLength(2);
  });

  it("cuts an attempt that hangs past the deadline", async () => {
    server.handle(() => ({ hang: true }));
    const client = await clientFor({ deadlineMs: 150, timeoutMs: 10_000 });
    const error = await rejection(client.POST(CANCEL_PATH, CANCEL));
    expect(error).toBeInstanceOf(RequestFailedError);
    expect(error).toMatchObject({ reason: "deadline-exceeded", attempts: 1 });
  });

  it("times out one attempt and retries", async () => {
    server.handle(answers({ hang: true }, { status: 204 }));
    const client = await clientFor({ timeoutMs: 150, retry: { sleep: async () => undefined } });
    await client.POST(CANCEL_PATH, CANCEL);
    expect(server.requests).toHaveLength(2);
  });

  it("reports a timeout when no attempt is left", async () => {
    server.handle(() => ({ hang: true }));
    const client = await clientFor({ timeoutMs: 150, retry: { maxAttempts: 1 } });
    expect(await rejection(client.POST(CANCEL_PATH, CANCEL))).toMatchObject({ name: "RequestFailedError", reason: "timeout" });
  });

  it("rejects with the caller's abort reason and does not retry", async () => {
    const controller = new AbortController();
    const reason = new Error("caller gave up");
    server.handle(() => {
      controller.abort(reason);
      return { hang: true };
    });
    const client = await clientFor({ retry: { sleep: async () => undefined } });
    const error = await rejection(client.POST(CANCEL_PATH, { ...CANCEL, signal: controller.signal }));
    expect(error).toBe(reason);
    expect(server.requests).toHaveLength(1);
  });
});

describe("failover", () => {
  it("sends the next attempt to the backup host after a network failure, re-signed for it", async () => {
    const dead = await startPlatformServer();
    const deadUrl = dead.url;
    await dead.close(); // nothing listens there any more: connection refused
    server.handle(() => ({ status: 204 }));
    const client = await clientFor({ baseUrl: `${deadUrl}/`, failover: server.url, retry: { sleep: async () => undefined } });
    await client.POST(CANCEL_PATH, CANCEL);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.url).toBe("/v3/payscore/acquiringbank/serviceorder/1234323JKHDFE1243252/cancel");
    expect(server.requests[0]!.signatureValid).toBe(true);
  });

  it("stays on the primary for HTTP errors", async () => {
    const backup = await startPlatformServer(() => ({ status: 204 }));
    try {
      server.handle(answers(ERROR_500, { status: 204 }));
      const client = await clientFor({ failover: backup.url, retry: { sleep: async () => undefined } });
      await client.POST(CANCEL_PATH, CANCEL);
      expect(server.requests).toHaveLength(2);
      expect(backup.requests).toHaveLength(0);
    } finally {
      await backup.close();
    }
  });
});
