// Fault injection, each kind: on responses (status, latency, drop, bad signature, stale timestamp, unknown
// serial) and on notifications (retry schedule with compression, give-up, duplicates, reordering, signature
// faults). Signatures are judged with node:crypto; schedules through the delivery log, never by timing.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startMock, type MockPlatform } from "../../../conformance/mock/server.ts";
import { retrySchedule } from "../../../conformance/mock/spec.ts";
import { IDS, ORDER_PATH, PERMISSIONS_PATH, PUB_KEY_ID, call, createOrderBody, nodeVerify, startNotifyServer, uniqueId, type NotifyServer } from "./support.ts";

let mock: MockPlatform;
let notify: NotifyServer;
const COMPRESSION = 1000;

beforeAll(async () => {
  notify = await startNotifyServer();
  mock = await startMock({ notifyCompression: COMPRESSION });
});
afterAll(async () => {
  await mock.close();
  await notify.close();
});
afterEach(() => mock.control.clearFaults());

const apply = (options = {}) => call(mock.url, "POST", PERMISSIONS_PATH, { ...IDS, authorization_code: uniqueId("F") }, options);

describe("response faults", () => {
  for (const [status, code] of [[500, "SYSTEM_ERROR"], [502, "SERVICE_UNAVAILABLE"], [503, "SERVICE_UNAVAILABLE"], [429, "FREQUENCY_LIMITED"]] as const) {
    it(`status ${status} answers ${code} (from the spec) once, then normal service`, async () => {
      mock.control.addFault({ kind: "status", status, operation: "applyPermissions" });
      const faulty = await apply();
      expect({ status: faulty.status, code: faulty.body.code }).toEqual({ status, code });
      expect(mock.contract.checkResponse("applyPermissions", { status, headers: faulty.headers, body: faulty.body })).toEqual([]);
      expect((await apply()).status).toBe(200);
    });
  }

  it("matches by operation and is consumed N times", async () => {
    mock.control.addFault({ kind: "status", status: 500, operation: "getServiceOrder", times: 2 });
    expect((await apply()).status).toBe(200); // another operation: untouched
    const query = `${ORDER_PATH}?sub_mchid=1&channel_id=2&out_order_no=X`;
    expect((await call(mock.url, "GET", query)).status).toBe(500);
    expect(mock.control.faults()).toMatchObject([{ kind: "status", times: 1, applied: 1 }]);
    expect((await call(mock.url, "GET", query)).status).toBe(500);
    expect((await call(mock.url, "GET", query)).status).toBe(404);
    expect(mock.control.faults()).toEqual([]);
  });

  it("latency delays the answer, which is otherwise normal", async () => {
    mock.control.addFault({ kind: "latency", delayMs: 50 });
    const response = await apply();
    expect(response.status).toBe(200);
    expect(nodeVerify(response.headers, response.text)).toBe(true);
    expect(mock.control.faults()).toEqual([]);
  });

  it("drop closes the connection after the operation ran; the idempotent retry gets the same order", async () => {
    const body = createOrderBody(uniqueId("DROP"), notify.url);
    mock.control.addFault({ kind: "drop", operation: "createServiceOrder" });
    await expect(call(mock.url, "POST", ORDER_PATH, body)).rejects.toThrow();
    const retry = await call(mock.url, "POST", ORDER_PATH, body);
    expect(retry.status).toBe(200);
    expect(retry.body.out_order_no).toBe(body.out_order_no);
  });

  it("bad-signature: the answer does not verify", async () => {
    mock.control.addFault({ kind: "bad-signature" });
    const response = await apply();
    expect(response.status).toBe(200);
    expect(nodeVerify(response.headers, response.text)).toBe(false);
    const next = await apply(); // consumed: the next answer is clean
    expect(nodeVerify(next.headers, next.text)).toBe(true);
  });

  it("stale-timestamp: a valid signature over a timestamp more than 5 minutes old", async () => {
    mock.control.addFault({ kind: "stale-timestamp" });
    const response = await apply();
    expect(nodeVerify(response.headers, response.text)).toBe(true);
    expect(Math.floor(Date.now() / 1000) - Number(response.headers.get("Wechatpay-Timestamp"))).toBeGreaterThan(300);
  });

  it("unknown-serial: names a key nobody has", async () => {
    mock.control.addFault({ kind: "unknown-serial" });
    const response = await apply();
    expect(response.headers.get("Wechatpay-Serial")).not.toBe(PUB_KEY_ID);
    expect(nodeVerify(response.headers, response.text)).toBe(false);
    expect(mock.contract.checkResponse("applyPermissions", { status: 200, headers: response.headers, body: response.body })).toEqual([]);
  });

  it("refuses a fault it cannot apply", () => {
    expect(() => mock.control.addFault({ kind: "status", status: 404 })).toThrow(/429 or 5xx/);
    expect(() => mock.control.addFault({ kind: "nonsense" as never })).toThrow(/unknown fault kind/);
  });
});

/** An order whose confirmation sends PAYSCORE.USER_CONFIRM to `url`. */
async function confirmOrder(url: string): Promise<string> {
  const no = uniqueId("N");
  await call(mock.url, "POST", ORDER_PATH, createOrderBody(no, url));
  await mock.control.confirm(no);
  return no;
}

async function waitForState(subject: string, state: string) {
  for (let i = 0; i < 400; i++) {
    const [record] = mock.control.notifications({ subject });
    if (record?.state === state) return record;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`notification for ${subject} never reached ${state}`);
}

describe("notification delivery", () => {
  it("retries on the event's documented schedule divided by the compression factor until 200/204", async () => {
    notify.answers.push(500, 503, 400);
    const start = notify.received.length;
    const no = await confirmOrder(notify.url);
    const record = await waitForState(no, "delivered");
    expect(record.attempts.map((a) => a.status)).toEqual([500, 503, 400, 204]);
    const delays = retrySchedule("PAYSCORE.USER_CONFIRM").delaysSeconds;
    expect(record.attempts.slice(0, 3).map((a) => a.retry_in_ms)).toEqual(delays.slice(0, 3).map((s) => (s * 1000) / COMPRESSION));
    // Every attempt is the same notification (same id and ciphertext), signed afresh.
    const received = notify.received.slice(start);
    expect(new Set(received.map((r) => r.text)).size).toBe(1);
    expect(new Set(received.map((r) => r.headers["wechatpay-nonce"])).size).toBe(4);
    expect(received.every((r) => nodeVerify(r.headers, r.text))).toBe(true);
  });

  /** Starts a mock that retries very fast, and waits until the notification about `subject` is given up. */
  async function givenUp(start: (m: MockPlatform, notifyUrl: string) => Promise<string>) {
    const giveUp = await startMock({ notifyCompression: 1e6 });
    try {
      const subject = await start(giveUp, "http://127.0.0.1:1/closed");
      let record;
      for (let i = 0; i < 1000 && record?.state !== "failed"; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        [record] = giveUp.control.notifications({ subject });
      }
      expect(record?.state).toBe("failed");
      expect(record!.attempts.every((a) => a.error !== undefined && a.status === undefined)).toBe(true);
      return record!;
    } finally {
      await giveUp.close();
    }
  }

  it("gives up after the last documented delay (order notifications)", async () => {
    const record = await givenUp(async (m, notifyUrl) => {
      const no = uniqueId("G");
      await call(m.url, "POST", ORDER_PATH, createOrderBody(no, notifyUrl));
      await m.control.confirm(no);
      return no;
    });
    expect(record.attempts).toHaveLength(retrySchedule("PAYSCORE.USER_CONFIRM").delaysSeconds.length + 1);
  });

  it("authorization notifications go on hourly after the listed delays and stop 3 days after the first attempt (seed 000)", async () => {
    const record = await givenUp(async (m, notifyUrl) => {
      const code = uniqueId("GA");
      await call(m.url, "POST", PERMISSIONS_PATH, { ...IDS, authorization_code: code, notify_url: notifyUrl });
      await m.control.authorize(code);
      return code;
    });
    // 1 delivery + 9 listed retries (11 040 s) + 68 hourly ones (≤ 259 200 s) = 78 attempts.
    expect(record.attempts).toHaveLength(78);
    const delays = record.attempts.slice(0, -1).map((a) => (a.retry_in_ms! * 1e6) / 1000);
    expect(delays.slice(0, 9)).toEqual([15, 15, 30, 180, 1800, 1800, 1800, 1800, 3600]);
    expect(delays.slice(9).every((delay) => delay === 3600)).toBe(true);
    expect(delays.reduce((sum, delay) => sum + delay, 0)).toBeLessThanOrEqual(3 * 24 * 3600);
    expect(record.attempts.at(-1)!.retry_in_ms).toBeUndefined();
  });

  it("duplicate-notification delivers the same notification twice", async () => {
    mock.control.addFault({ kind: "duplicate-notification", operation: "PAYSCORE.USER_CONFIRM" });
    const start = notify.received.length;
    const no = await confirmOrder(notify.url);
    await waitForState(no, "delivered");
    await notify.waitFor(start + 2);
    const [first, second] = notify.received.slice(start);
    expect(second!.body.id).toBe(first!.body.id);
    expect(nodeVerify(second!.headers, second!.text)).toBe(true);
  });

  it("reorder-notifications releases the next ones newest first", async () => {
    mock.control.addFault({ kind: "reorder-notifications", count: 2 });
    const start = notify.received.length;
    const first = await confirmOrder(notify.url);
    expect(mock.control.notifications({ subject: first })[0]!.state).toBe("held");
    const second = await confirmOrder(notify.url);
    await notify.waitFor(start + 2);
    const order = notify.received.slice(start).map((r) => r.body.id);
    const ids = [first, second].map((no) => mock.control.notifications({ subject: no })[0]!.id);
    expect(order).toEqual([ids[1], ids[0]]);
  });

  for (const kind of ["bad-signature", "stale-timestamp", "unknown-serial"] as const) {
    it(`${kind} on a notification: the merchant refuses it, the retry is clean`, async () => {
      mock.control.addFault({ kind, operation: "PAYSCORE.USER_CONFIRM" });
      notify.answers.push(401); // our receiver does not verify: answer the first delivery as a verifying merchant would
      const start = notify.received.length;
      const no = await confirmOrder(notify.url);
      const record = await waitForState(no, "delivered");
      expect(record.attempts.map((a) => [a.fault, a.status])).toEqual([[kind, 401], [undefined, 204]]);
      const [first, retry] = notify.received.slice(start);
      const fresh = (r: typeof first) => Math.abs(Math.floor(Date.now() / 1000) - Number(r!.headers["wechatpay-timestamp"])) <= 300;
      expect(nodeVerify(first!.headers, first!.text) && fresh(first)).toBe(false);
      expect(nodeVerify(retry!.headers, retry!.text) && fresh(retry)).toBe(true);
    });
  }
});
