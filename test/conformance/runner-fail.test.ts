// Proof it can fail (issue 4 §5): the runner against mock variants that break the contract — a field over
// its maxLength, a missing required field, an unknown enum value, an undocumented status, a bad response
// signature, a notification with a bad GCM tag — each must be reported on the step where it happened,
// with the right operation/event, JSON pointer and rule, and make the run (and the CLI) fail.
import bundled from "../../generated/openapi.json" with { type: "json" };
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureCredentials } from "../../conformance/runner/fixture-credentials.ts";
import { applyPatch, FaultQueue, type FaultRule } from "../../conformance/mock/faults.ts";
import { startMock, type MockPlatform } from "../../conformance/mock/server.ts";
import { reportFailed, type RunReport } from "../../conformance/report/model.ts";
import { conformCommand } from "../../conformance/cli/conform.ts";
import { runConformance } from "../../conformance/runner/run.ts";
import { controlUser } from "../../conformance/runner/user.ts";
import { APIV3_KEY, MCHID, MERCHANT_SERIAL, PUB_KEY_ID, fixturePath } from "../fixtures/keys.ts";

const schemas = (bundled as unknown as { components: { schemas: Record<string, { maxLength?: number; enum?: string[] }> } }).components.schemas;
/** From the spec, so the variant breaks the rule whatever the spec says today. */
const MAX_INTRODUCTION = schemas["ServiceIntroduction"]!.maxLength!;

let mock: MockPlatform;

beforeAll(async () => {
  mock = await startMock({ notifyCompression: 1000 });
});
afterAll(() => mock.close());

/** Runs "order to payment" with one fault queued; returns the report and its failed step. */
async function runWith(fault: FaultRule): Promise<{ report: RunReport; failed: RunReport["cases"] }> {
  mock.control.clearFaults();
  mock.control.addFault(fault);
  const report = await runConformance({ ...fixtureCredentials(mock.url), user: controlUser(mock.control), only: ["order-to-payment"] });
  mock.control.clearFaults();
  return { report, failed: report.cases.filter((c) => c.status === "failed") };
}

function essentials(report: RunReport) {
  return report.cases.flatMap((c) => c.violations.map((v) => ({ step: c.name, subject: v.subject, part: v.part, status: v.status, pointer: v.pointer, rule: v.rule })));
}

describe("each contract break is reported with the right pointer and rule", () => {
  it("a field over its maxLength (getServiceOrder /body/service_introduction)", async () => {
    const long = "长".repeat(MAX_INTRODUCTION + 1);
    const { report, failed } = await runWith({ kind: "mutate-response", operation: "getServiceOrder", patch: [{ op: "replace", path: "/service_introduction", value: long }] });
    expect(reportFailed(report)).toBe(true);
    expect(failed.map((c) => c.name)).toEqual(["query by out_order_no and by query_id: DOING/USER_CONFIRM"]);
    expect(essentials(report)).toEqual([
      { step: failed[0]!.name, subject: "getServiceOrder", part: "response", status: 200, pointer: "/body/service_introduction", rule: "maxLength" },
    ]);
    expect(failed[0]!.violations[0]!.value).toBe(long);
    // The rest of the scenario is skipped, saying why.
    expect(report.cases.filter((c) => c.status === "skipped").every((c) => c.skipReason === "an earlier step failed")).toBe(true);
  });

  it("a missing required field (createServiceOrder /body/order_id)", async () => {
    const { report, failed } = await runWith({ kind: "mutate-response", operation: "createServiceOrder", patch: [{ op: "remove", path: "/order_id" }] });
    expect(failed.map((c) => c.name)).toEqual(["create the order → CREATED or DOING, not yet confirmed"]);
    expect(essentials(report)).toEqual([
      { step: "create the order → CREATED or DOING, not yet confirmed", subject: "createServiceOrder", part: "response", status: 200, pointer: "/body/order_id", rule: "required" },
    ]);
    expect(failed[0]!.violations[0]).not.toHaveProperty("value");
  });

  it("an unknown enum value (getServiceOrder /body/state)", async () => {
    expect(schemas["OrderState"]!.enum).not.toContain("PAUSED");
    const { report, failed } = await runWith({ kind: "mutate-response", operation: "getServiceOrder", patch: [{ op: "replace", path: "/state", value: "PAUSED" }] });
    expect(essentials(report)).toEqual([
      { step: failed[0]!.name, subject: "getServiceOrder", part: "response", status: 200, pointer: "/body/state", rule: "enum" },
    ]);
    // The documented behaviour failed too: the step says what it expected.
    expect(failed[0]!.error).toBe("the order is DOING/USER_CONFIRM (got PAUSED/USER_CONFIRM)");
  });

  it("an undocumented status (completeServiceOrder answers 200 instead of 204)", async () => {
    const { report, failed } = await runWith({ kind: "mutate-response", operation: "completeServiceOrder", status: 200 });
    expect(essentials(report)).toEqual([
      { step: "complete with total_amount 3900 → 204", subject: "completeServiceOrder", part: "response", status: 200, pointer: "/status", rule: "status" },
    ]);
    expect(failed[0]!.error).toBe("complete answers 204 (got 200)");
  });

  it("a bad response signature (getServiceOrder): the client refuses it and the runner names the header", async () => {
    const { report, failed } = await runWith({ kind: "bad-signature", operation: "getServiceOrder" });
    expect(essentials(report)).toEqual([
      { step: failed[0]!.name, subject: "getServiceOrder", part: "response", status: 200, pointer: "/headers/Wechatpay-Signature", rule: "signature" },
    ]);
    expect(failed[0]!.violations[0]!.message).toMatch(/^bad-signature: /);
  });

  it("a notification with a bad GCM tag (PAYSCORE.USER_CONFIRM): reported on the step, answered as a failure, the retry is read", async () => {
    const { report, failed } = await runWith({ kind: "bad-tag", operation: "PAYSCORE.USER_CONFIRM" });
    expect(essentials(report)).toEqual([
      { step: "the user confirms → PAYSCORE.USER_CONFIRM", subject: "PAYSCORE.USER_CONFIRM", part: "notification", status: undefined, pointer: "/body/resource/ciphertext", rule: "decrypt" },
    ]);
    expect(failed[0]!.violations[0]!.message).toMatch(/^authentication-failed: /);
    await mock.control.settled();
    const confirm = mock.control.notifications({ eventType: "PAYSCORE.USER_CONFIRM" }).at(-1)!;
    // The platform got a failure answer (so it retried) and then our success for the intact retry.
    expect(confirm.attempts.map((a) => [a.fault ?? "", a.status])).toEqual([["bad-tag", 500], ["", 204]]);
  });

  it("a stale notification signature (PAYSCORE.USER_PAID, 10 minutes old): named by its header", async () => {
    const { report, failed } = await runWith({ kind: "stale-timestamp", operation: "PAYSCORE.USER_PAID" });
    expect(essentials(report)).toEqual([
      { step: failed[0]!.name, subject: "PAYSCORE.USER_PAID", part: "notification", status: undefined, pointer: "/headers/Wechatpay-Timestamp", rule: "signature" },
    ]);
  });

  it("the same break through the command line and the HTTP control API: exit 1, the finding in every report", async () => {
    const dir = await mkdtemp(join(tmpdir(), "payscore-runner-fail-"));
    try {
      await writeFile(join(dir, "apiv3.txt"), APIV3_KEY);
      const fault = await fetch(`${mock.url}/mock/faults`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ kind: "mutate-response", operation: "getDeductInfo", patch: [{ op: "remove", path: "/out_trade_no" }] }),
      });
      expect(fault.status).toBe(200);
      const out: string[] = [];
      const code = await conformCommand([
        "--base-url", mock.url, "--mchid", MCHID, "--serial-no", MERCHANT_SERIAL, "--private-key", fixturePath("merchantKey"),
        "--public-key-id", PUB_KEY_ID, "--public-key", fixturePath("wechatpayPubKey"), "--apiv3-key-file", join(dir, "apiv3.txt"),
        "--mock-control", `${mock.url}/mock`, "--only", "order-to-payment", "--out", dir,
      ], { out: (t) => void out.push(t), err: (t) => void out.push(t), color: false });
      expect(code).toBe(1);
      const line = "getDeductInfo response 200 /body/out_trade_no required: must have required property 'out_trade_no'";
      expect(out.join("\n")).toContain(`Failures:\n  order to payment › query the deduction (getDeductInfo)\n      error: out_trade_no is`);
      expect(out.join("\n")).toContain(`• ${line}`);
      expect(await readFile(join(dir, "junit.xml"), "utf8")).toContain(line.replace(/'/g, "&apos;"));
      expect(await readFile(join(dir, "report.html"), "utf8")).toContain("/body/out_trade_no");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("drift: a platform that adds a key the spec does not list", () => {
  it("is reported as one drift finding and exits 0; with --fail-on-drift it exits 1", async () => {
    const dir = await mkdtemp(join(tmpdir(), "payscore-runner-drift-"));
    try {
      await writeFile(join(dir, "apiv3.txt"), APIV3_KEY);
      const run = async (extra: string[]) => {
        mock.control.clearFaults();
        mock.control.addFault({ kind: "mutate-response", operation: "getServiceOrder", patch: [{ op: "add", path: "/device", value: { start_device_id: "HG123" } }] });
        const out: string[] = [];
        const code = await conformCommand([
          "--base-url", mock.url, "--mchid", MCHID, "--serial-no", MERCHANT_SERIAL, "--private-key", fixturePath("merchantKey"),
          "--public-key-id", PUB_KEY_ID, "--public-key", fixturePath("wechatpayPubKey"), "--apiv3-key-file", join(dir, "apiv3.txt"),
          "--mock-control", `${mock.url}/mock`, "--only", "order-to-payment", "--out", dir, ...extra,
        ], { out: (t) => void out.push(t), err: (t) => void out.push(t), color: false });
        const report = JSON.parse(await readFile(join(dir, "report.json"), "utf8")) as RunReport;
        return { code, text: out.join("\n"), findings: report.cases.flatMap((c) => c.violations) };
      };
      const tolerant = await run([]);
      expect(tolerant.findings).toEqual([expect.objectContaining({ subject: "getServiceOrder", pointer: "/body/device", rule: "additionalProperties", severity: "drift" })]);
      expect(tolerant.code).toBe(0);
      expect(tolerant.text).toContain("[drift] getServiceOrder response 200 /body/device additionalProperties");
      expect(tolerant.text).toMatch(/\(0 violations, 1 drift\)/);
      const strict = await run(["--fail-on-drift"]);
      expect(strict.findings).toHaveLength(1);
      expect(strict.code).toBe(1);
    } finally {
      mock.control.clearFaults();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the mock's mutate-response fault", () => {
  it("patches a copy (add creates parents, remove, replace) and refuses malformed rules", () => {
    const body = { a: { b: 1 }, list: [1, 2, 3] };
    expect(applyPatch(body, [
      { op: "replace", path: "/a/b", value: 2 },
      { op: "add", path: "/x/y", value: "z" },
      { op: "remove", path: "/list/1" },
    ])).toEqual({ a: { b: 2 }, x: { y: "z" }, list: [1, 3] });
    expect(body).toEqual({ a: { b: 1 }, list: [1, 2, 3] });
    expect(applyPatch(undefined, [{ op: "add", path: "/code", value: "X" }])).toEqual({ code: "X" });

    const queue = new FaultQueue();
    expect(() => queue.add({ kind: "mutate-response" })).toThrow("needs patch and/or status");
    expect(() => queue.add({ kind: "mutate-response", status: 99 })).toThrow("must be an HTTP status");
    expect(() => queue.add({ kind: "mutate-response", patch: [{ op: "move" as "add", path: "/a" }] })).toThrow("op add|replace|remove");
    expect(() => queue.add({ kind: "mutate-response", patch: [{ op: "add", path: "a" }] })).toThrow("JSON pointer");
    expect(queue.add({ kind: "mutate-response", operation: "getServiceOrder", status: 201 })).toMatchObject({ kind: "mutate-response", status: 201 });
    expect(queue.takeForNotification("getServiceOrder")).toBeUndefined();
    expect(queue.takeForResponse("getServiceOrder")).toMatchObject({ kind: "mutate-response", status: 201 });
  });
});
