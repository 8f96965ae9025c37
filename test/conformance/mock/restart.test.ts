// Persistence (state + pending notifications survive a restart with a state file) and the CLI
// (mockCommand starting a server, and driving a running mock through its HTTP control API).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MOCK_USAGE, mockCommand } from "../../../conformance/cli/mock.ts";
import { startMock } from "../../../conformance/mock/server.ts";
import { IDS, ORDER_PATH, PERMISSIONS_PATH, call, createOrderBody, nodeDecrypt, nodeVerify, startNotifyServer, uniqueId } from "./support.ts";

const dir = mkdtempSync(join(tmpdir(), "payscore-mock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("state file", () => {
  it("keeps authorizations, orders and undelivered notifications across a restart", async () => {
    const stateFile = join(dir, "state.json");
    const notify = await startNotifyServer();
    const code = uniqueId("R");
    const no = uniqueId("R");
    // First life: the merchant's endpoint is down (every delivery fails), the schedule is slow.
    const first = await startMock({ stateFile, notifyCompression: 1 });
    notify.answers.push(503);
    await call(first.url, "POST", PERMISSIONS_PATH, { ...IDS, authorization_code: code, notify_url: notify.url });
    await call(first.url, "POST", ORDER_PATH, createOrderBody(no, notify.url));
    await first.control.authorize(code);
    await first.control.confirm(no);
    await notify.waitFor(2);
    await first.control.settled();
    const pending = first.control.notifications({ state: "pending" });
    expect(pending.length).toBeGreaterThanOrEqual(1); // the 503 one waits 15 s for its retry
    await first.close();
    expect(existsSync(stateFile)).toBe(true);

    // Second life, same file: everything is still there and the pending notification is retried.
    const second = await startMock({ stateFile, notifyCompression: 1000 });
    try {
      const order = await call(second.url, "GET", `${ORDER_PATH}?sub_mchid=${IDS.sub_mchid}&channel_id=${IDS.channel_id}&out_order_no=${no}`);
      expect(order.body).toMatchObject({ out_order_no: no, state: "DOING", state_description: "USER_CONFIRM" });
      const auth = await call(second.url, "GET",
        `${PERMISSIONS_PATH}/authorization-code/${code}?service_id=${IDS.service_id}&channel_id=${IDS.channel_id}&sub_mchid=${IDS.sub_mchid}`);
      expect(auth.body.authorization_state).toBe("AVAILABLE");
      const before = notify.received.length;
      await second.control.flushNotifications();
      await notify.waitFor(before + pending.length);
      const redelivered = notify.received.slice(before);
      expect(redelivered.map((r) => r.body.id).sort()).toEqual(pending.map((p) => p.id).sort());
      for (const r of redelivered) {
        expect(nodeVerify(r.headers, r.text)).toBe(true);
        expect(JSON.parse(nodeDecrypt(r.body.resource))).toBeTruthy();
      }
      expect(second.control.notifications({ state: "pending" })).toEqual([]);
      // Idempotency still holds after the restart.
      expect((await call(second.url, "POST", ORDER_PATH, createOrderBody(no, notify.url))).status).toBe(200);
    } finally {
      await second.close();
      await notify.close();
    }
  });

  it("writes a JSON snapshot after each change, through a temp file in the same folder renamed over the old one", async () => {
    const folder = mkdtempSync(join(dir, "snapshot-"));
    const stateFile = join(folder, "state.json");
    const no = uniqueId("J");
    const mock = await startMock({ stateFile, autoDeliver: false });
    try {
      await call(mock.url, "POST", ORDER_PATH, createOrderBody(no, "https://example.com/n"));
      // Written before the answer, not at close: a mock that is killed keeps what it answered.
      const snapshot = JSON.parse(readFileSync(stateFile, "utf8"));
      expect(snapshot.orders.map((record: { out_order_no: string }) => record.out_order_no)).toEqual([no]);
      expect(readdirSync(folder).sort()).toEqual(["state.json", "state.json.lock"]); // no temp file left behind; the lock while running
    } finally {
      await mock.close();
    }
    expect(readdirSync(folder)).toEqual(["state.json"]);
  });

  it("refuses a state file of the earlier SQLite format, naming it (no migration)", async () => {
    const stateFile = join(dir, "old.sqlite");
    writeFileSync(stateFile, Buffer.concat([Buffer.from("SQLite format 3\u0000", "latin1"), Buffer.alloc(84)]));
    await expect(startMock({ stateFile })).rejects.toThrow(/old\.sqlite.*SQLite.*not migrated/);
    writeFileSync(stateFile, "not a snapshot");
    await expect(startMock({ stateFile })).rejects.toThrow(/not a mock state snapshot/);
  });

  it("the in-memory default forgets", async () => {
    const no = uniqueId("M");
    const first = await startMock();
    await call(first.url, "POST", ORDER_PATH, createOrderBody(no, "https://example.com/n"));
    await first.close();
    const second = await startMock();
    try {
      const order = await call(second.url, "GET", `${ORDER_PATH}?sub_mchid=${IDS.sub_mchid}&channel_id=${IDS.channel_id}&out_order_no=${no}`);
      expect(order.status).toBe(404);
    } finally {
      await second.close();
    }
  });
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
}

describe("payscore mock (CLI)", () => {
  it("starts a server, prints its URL, and stops", async () => {
    const { out, io } = capture();
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = mockCommand(["--port", "0", "--notify-compress", "60"], { ...io, untilStopped: () => stopped });
    for (let i = 0; i < 200 && out.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    const url = /listening on (http:\/\/\S+)/.exec(out[0] ?? "")?.[1];
    expect(url).toBeDefined();
    expect((await call(url!, "POST", PERMISSIONS_PATH, { ...IDS, authorization_code: uniqueId("C") })).status).toBe(200);
    stop();
    expect(await running).toBe(0);
  });

  it("--initial-order-state takes CREATED or DOING only (the new-order states the spec allows)", async () => {
    const { err, io } = capture();
    expect(await mockCommand(["--initial-order-state", "DONE"], io)).toBe(2);
    expect(err.join("\n")).toContain("--initial-order-state must be CREATED or DOING");
  });

  it("drives a running mock through the control API", async () => {
    const mock = await startMock({ autoDeliver: false });
    try {
      const code = uniqueId("C");
      const no = uniqueId("C");
      await call(mock.url, "POST", PERMISSIONS_PATH, { ...IDS, authorization_code: code, notify_url: "https://example.com/n" });
      await call(mock.url, "POST", ORDER_PATH, createOrderBody(no, "https://example.com/n"));
      const run = async (...argv: string[]) => {
        const c = capture();
        const code = await mockCommand([...argv, "--url", mock.url], c.io);
        return { code, out: c.out.join("\n"), err: c.err.join("\n") };
      };
      expect((await run("authorize", code, "--openid", "oUser1")).out).toContain('"authorization_state": "AVAILABLE"');
      expect((await run("confirm", no)).out).toContain('"query_id"');
      expect((await run("order", no)).out).toContain('"state": "DOING"');
      const log = JSON.parse((await run("notifications", "--state", "pending")).out);
      expect(log.map((n: { event_type: string }) => n.event_type)).toEqual(["PAYSCORE.USER_OPEN_SERVICE", "PAYSCORE.USER_CONFIRM"]);
      expect((await run("fault", "status", "--status", "503", "--operation", "getServiceOrder", "--times", "2")).code).toBe(0);
      expect(JSON.parse((await run("faults")).out)).toMatchObject([{ kind: "status", status: 503, times: 2 }]);
      // -1 (until cleared) is written --times=-1: parseArgs takes no value starting with "-" after a space.
      expect((await run("fault", "latency", "--times=-1", "--delay-ms", "5", "--operation", "PAYSCORE.USER_CONFIRM")).code).toBe(0);
      expect(JSON.parse((await run("faults")).out)).toMatchObject([{ kind: "status" }, { kind: "latency", times: -1, delayMs: 5, operation: "PAYSCORE.USER_CONFIRM" }]);
      expect((await run("faults", "--clear")).code).toBe(0);
      expect(mock.control.faults()).toEqual([]);
      const refused = await run("revoke", "NOSUCHCODE");
      expect(refused.code).toBe(1);
      expect(refused.err).toContain("404");
      const usage = await run("nonsense");
      expect(usage.code).toBe(2);
      // One line naming the problem and a pointer to --help, not the whole usage text.
      expect(usage.err).toBe("payscore mock: unknown action 'nonsense'; actions: start, authorize, revoke, confirm, pay, prepay, deduct, expire, order, authorization, notifications, flush, fault, faults\nRun 'payscore mock --help' for usage.");
      expect(usage.err).not.toContain(MOCK_USAGE.split("\n")[0]);
    } finally {
      await mock.close();
    }
  });
});
