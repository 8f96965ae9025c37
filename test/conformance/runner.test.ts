// The conformance runner against the real mock platform (node:http on 127.0.0.1): the full suite through
// the CLI with the mock's HTTP control interface as the user; every answer the client saw re-verified with
// node:crypto (never our own verify); coverage of every operation and webhook; skipped scenarios and
// their reasons; JUnit XML read back by Python's minidom; exit codes; the main job.
import { execFileSync } from "node:child_process";
import { createPublicKey, verify as rsaVerify } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContract } from "../../conformance/contract.ts";
import { fixtureCredentials } from "../../conformance/runner/fixture-credentials.ts";
import { startCommand } from "../../conformance/cli/start.ts";
import { mockCommand } from "../../conformance/cli/mock.ts";
import { startMock, type MockPlatform } from "../../conformance/mock/server.ts";
import { reportFailed, type RunReport } from "../../conformance/report/model.ts";
import { conformCommand } from "../../conformance/cli/conform.ts";
import { runConformance, SCENARIO_IDS, UnknownScenarioError } from "../../conformance/runner/run.ts";
import { SCENARIOS } from "../../conformance/runner/scenarios/index.ts";
import { controlUser } from "../../conformance/runner/user.ts";
import { APIV3_KEY, MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, PUB_KEY_ID, fixturePath, pem } from "../fixtures/keys.ts";

const ALL_STEPS = SCENARIOS.reduce((n, s) => n + s.steps.length, 0);

let mock: MockPlatform;
let dir: string;

beforeAll(async () => {
  mock = await startMock({ notifyCompression: 1000 });
  dir = await mkdtemp(join(tmpdir(), "payscore-runner-"));
  await writeFile(join(dir, "apiv3.txt"), `${APIV3_KEY}\n`);
});
afterAll(async () => {
  await mock.close();
  await rm(dir, { recursive: true, force: true });
});

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t), color: false }, out, err };
}

/** Credentials as command-line arguments (key files by path). */
function credentialArgs(baseUrl: string): string[] {
  return [
    "--base-url", baseUrl, "--mchid", MCHID, "--serial-no", MERCHANT_SERIAL,
    "--private-key", fixturePath("merchantKey"),
    "--public-key-id", PUB_KEY_ID, "--public-key", fixturePath("wechatpayPubKey"),
    "--apiv3-key-file", join(dir, "apiv3.txt"),
  ];
}

/** Python's minidom reads the XML (rejects anything malformed) and hands back its structure as JSON. */
function parseXml(xml: string): any {
  const script = `
import sys, json, xml.dom.minidom as m
d = m.parseString(sys.stdin.buffer.read())
def el(n):
    return {"tag": n.tagName, "attrs": dict(n.attributes.items()),
            "children": [el(c) for c in n.childNodes if c.nodeType == 1]}
print(json.dumps(el(d.documentElement)))
`;
  return JSON.parse(execFileSync("python3", ["-c", script], { input: Buffer.from(xml, "utf8") }).toString("utf8"));
}

/** node:crypto verification of `TIMESTAMP\nNONCE\nBODY\n` with the fixture key the serial names. */
function nodeVerify(headers: Headers, body: string): boolean {
  const serial = headers.get("Wechatpay-Serial");
  const key = serial === PUB_KEY_ID ? pem.wechatpayPubKey : serial === PLATFORM_SERIAL ? createPublicKey(pem.platformCert) : undefined;
  if (!key) return false;
  const message = `${headers.get("Wechatpay-Timestamp")}\n${headers.get("Wechatpay-Nonce")}\n${body}\n`;
  return rsaVerify("sha256", Buffer.from(message, "utf8"), key, Buffer.from(headers.get("Wechatpay-Signature") ?? "", "base64"));
}

describe("the full suite against the mock", () => {
  it("passes through the CLI with the HTTP control interface as the user: every step, 0 violations, reports written", async () => {
    const { io, out, err } = captureIo();
    const reports = join(dir, "full");
    const code = await conformCommand([...credentialArgs(mock.url), "--mock-control", mock.url, "--out", reports], io);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const report = JSON.parse(await readFile(join(reports, "report.json"), "utf8")) as RunReport;
    expect(report.cases).toHaveLength(ALL_STEPS);
    expect(report.cases.filter((c) => c.status !== "passed")).toEqual([]);
    expect(report.cases.flatMap((c) => c.violations)).toEqual([]);
    const text = out.join("\n");
    expect(text).toContain(`(user: mock control ${mock.url}/mock)`);
    expect(text).toContain("  ✓ order to payment › the user pays → PAYSCORE.MCH_PREPAY, PAYSCORE.USER_PAID");
    expect(text).toContain(`${ALL_STEPS} passed, 0 failed, 0 skipped (0 violations)`);
    expect(text).toContain(join(reports, "junit.xml"));

    const junit = parseXml(await readFile(join(reports, "junit.xml"), "utf8"));
    expect(junit.tag).toBe("testsuites");
    expect(junit.attrs).toMatchObject({ tests: String(ALL_STEPS), failures: "0", errors: "0", skipped: "0" });
    expect(junit.children.map((s: any) => s.attrs.name)).toEqual(SCENARIOS.map((s) => s.title));
    const html = await readFile(join(reports, "report.html"), "utf8");
    expect(html).toContain("payscore conform");
    expect(html).not.toMatch(/<script|https?:\/\/(?!127\.0\.0\.1)/);
  });

  it("touches all 13 operations and all 5 webhooks; every answer the client saw verifies with node:crypto", async () => {
    const seen: Array<{ method: string; pathname: string; headers: Headers; text: string }> = [];
    const report = await runConformance({
      ...fixtureCredentials(mock.url),
      user: controlUser(mock.control),
      // Under the runner's observer: what came over the wire, read independently.
      fetch: async (request) => {
        const response = await fetch(request);
        const url = new URL(request.url);
        seen.push({ method: request.method, pathname: url.pathname, headers: response.headers, text: await response.clone().text() });
        return response;
      },
    });
    expect(report.cases.every((c) => c.status === "passed")).toBe(true);
    const contract = loadContract();
    const operations = new Set(seen.map((e) => contract.findOperation(e.method, e.pathname)?.operation.operationId));
    expect([...operations].sort()).toEqual(contract.operations.map((o) => o.operationId).sort());
    for (const exchange of seen) expect(nodeVerify(exchange.headers, exchange.text), `${exchange.method} ${exchange.pathname}`).toBe(true);
    // Every webhook was delivered to the runner's endpoint and answered with success.
    await mock.control.settled();
    const log = mock.control.notifications();
    const delivered = new Set(log.filter((n) => n.state === "delivered").map((n) => n.event_type));
    expect([...delivered].sort()).toEqual([...contract.eventTypes].sort());
    expect(log.filter((n) => n.state !== "delivered")).toEqual([]);
  });

  it("tolerates what the platform may legitimately do: duplicate and reordered notifications, a 503 the client retries", async () => {
    const faulty = await startMock({ notifyCompression: 1000 });
    try {
      faulty.control.addFault({ kind: "duplicate-notification", times: -1 });
      faulty.control.addFault({ kind: "reorder-notifications", operation: "PAYSCORE.MCH_PREPAY", count: 2 });
      faulty.control.addFault({ kind: "status", operation: "getServiceOrder", status: 503 });
      const report = await runConformance({ ...fixtureCredentials(faulty.url), user: controlUser(faulty.control) });
      expect(report.cases.filter((c) => c.status !== "passed")).toEqual([]);
      await faulty.control.settled();
      // The faults really happened: every notification went out twice, and one query was answered 503 first.
      const log = faulty.control.notifications();
      expect(log.length).toBeGreaterThan(0);
      expect(log.every((n) => n.attempts.some((a) => a.fault === "duplicate-notification"))).toBe(true);
      expect(faulty.control.faults().find((f) => f.kind === "status")).toBeUndefined();
    } finally {
      await faulty.close();
    }
  });

  it("is the main job: `payscore start` runs it against its own embedded mock and exits 0", async () => {
    const { io, out } = captureIo();
    const code = await startCommand(["--out", join(dir, "start")], io);
    expect(code).toBe(0);
    const text = out.join("\n");
    expect(text).toMatch(/^embedded mock platform on http:\/\/127\.0\.0\.1:\d+/);
    expect(text).toContain(`${ALL_STEPS} passed, 0 failed, 0 skipped (0 violations)`);
    expect(text).toContain(join(dir, "start", "report.html"));
  });
});

describe("expectations come from the spec, not from our mock", () => {
  /** The create steps' notes say what state the platform answered ("out_order_no X, DOING"). */
  function createdStates(report: RunReport): string[] {
    return report.cases.filter((c) => c.name.startsWith("create the order")).map((c) => c.steps?.[0]?.split(", ").at(-1) ?? "");
  }

  it.each(["CREATED", "DOING"] as const)("the whole suite passes with 0 violations against a mock whose new orders start %s", async (initial) => {
    const platform = await startMock({ notifyCompression: 1000, initialOrderState: initial });
    try {
      const report = await runConformance({ ...fixtureCredentials(platform.url), user: controlUser(platform.control) });
      expect(report.cases).toHaveLength(ALL_STEPS);
      expect(report.cases.filter((c) => c.status !== "passed")).toEqual([]);
      expect(report.cases.flatMap((c) => c.violations)).toEqual([]);
      expect(reportFailed(report)).toBe(false);
      // The platform really answered that way (DOING: without state_description).
      const states = createdStates(report);
      expect(states.length).toBeGreaterThan(0);
      expect(new Set(states)).toEqual(new Set([initial]));
    } finally {
      await platform.close();
    }
  });

  it("through the command line: `payscore mock --initial-order-state DOING`, then `payscore conform` against it exits 0", async () => {
    const started = captureIo();
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = mockCommand(["--port", "0", "--notify-compress", "1000", "--initial-order-state", "DOING"], { ...started.io, untilStopped: () => stopped });
    try {
      for (let i = 0; i < 500 && started.out.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(started.out[0]).toMatch(/^mock platform listening on http:\/\/127\.0\.0\.1:\d+ \(in memory\), new orders DOING$/);
      const url = /listening on (\S+)/.exec(started.out[0]!)![1]!;
      const { io, out, err } = captureIo();
      const reports = join(dir, "doing");
      const code = await conformCommand([...credentialArgs(url), "--mock-control", url, "--out", reports], io);
      expect(err).toEqual([]);
      expect(code).toBe(0);
      expect(out.join("\n")).toContain(`${ALL_STEPS} passed, 0 failed, 0 skipped (0 violations)`);
      const report = JSON.parse(await readFile(join(reports, "report.json"), "utf8")) as RunReport;
      expect(new Set(createdStates(report))).toEqual(new Set(["DOING"]));
    } finally {
      stop();
      expect(await running).toBe(0);
    }
  });

  it("a pay-on-delivery order answered DOING without state_description: not completed (the spec allows completion from DOING/USER_CONFIRM only), cancelled, passed", async () => {
    mock.control.addFault({ kind: "mutate-response", operation: "createPayOnDeliveryServiceOrder", patch: [{ op: "remove", path: "/state_description" }] });
    const report = await runConformance({ ...fixtureCredentials(mock.url), only: ["pay-on-delivery"] });
    expect(report.cases.map((c) => [c.name, c.status])).toEqual(SCENARIOS.find((s) => s.id === "pay-on-delivery")!.steps.map((step) => [step.name, "passed"]));
    expect(report.cases.flatMap((c) => c.violations)).toEqual([]);
    expect(report.cases[1]!.steps).toEqual(["the order was not created DOING/USER_CONFIRM, where completion is allowed: not completed"]);
  });

  it("a completed-after-cancel refusal may carry either code the spec allows (INVALID_ORDER_STATE here)", async () => {
    mock.control.addFault({ kind: "mutate-response", operation: "completeServiceOrder", patch: [{ op: "replace", path: "/code", value: "INVALID_ORDER_STATE" }] });
    const report = await runConformance({ ...fixtureCredentials(mock.url), only: ["cancel"] });
    expect(report.cases.filter((c) => c.status !== "passed")).toEqual([]);
    expect(mock.control.faults()).toEqual([]);
  });

  it("a state the spec does not allow at the step still fails it: a new order answered DOING/MCH_COMPLETE", async () => {
    mock.control.addFault({ kind: "mutate-response", operation: "createServiceOrder", patch: [{ op: "replace", path: "/state", value: "DOING" }, { op: "add", path: "/state_description", value: "MCH_COMPLETE" }] });
    const report = await runConformance({ ...fixtureCredentials(mock.url), only: ["cancel"] });
    expect(report.cases[0]).toMatchObject({
      status: "failed",
      error: "the order is CREATED or DOING (no state_description) or DOING/USER_CONFIRM (got DOING/MCH_COMPLETE)",
    });
    expect(report.cases.slice(1).every((c) => c.status === "skipped")).toBe(true);
  });
});

describe("what a run cannot do is skipped, with the reason", () => {
  it("without a user: the user flows are skipped ('needs a user to authorize in WeChat'), the rest runs and passes", async () => {
    const { io, out } = captureIo();
    const code = await conformCommand([...credentialArgs(mock.url), "--out", join(dir, "nouser")], io);
    expect(code).toBe(0);
    const report = JSON.parse(await readFile(join(dir, "nouser", "report.json"), "utf8")) as RunReport;
    const skipped = report.cases.filter((c) => c.status === "skipped");
    const needUser = SCENARIOS.filter((s) => s.requires.includes("user"));
    expect(skipped.map((c) => c.suite)).toEqual(needUser.map((s) => s.title));
    expect(skipped.find((c) => c.suite === "authorization")?.skipReason).toMatch(/^needs a user to authorize in WeChat/);
    expect(skipped.find((c) => c.suite === "order to payment")?.skipReason).toMatch(/^needs a user to confirm and pay/);
    const ran = report.cases.filter((c) => c.status === "passed").length;
    expect(ran).toBe(SCENARIOS.filter((s) => !s.requires.includes("user")).reduce((n, s) => n + s.steps.length, 0));
    const text = out.join("\n");
    expect(text).toContain("no --mock-control: the scenarios create and cancel real orders on this platform");
    expect(text).toContain("Skipped:\n  authorization: needs a user to authorize in WeChat");
    const junit = parseXml(await readFile(join(dir, "nouser", "junit.xml"), "utf8"));
    expect(junit.attrs.skipped).toBe(String(needUser.length));
  });

  it("without the APIv3 key: certificates and every notification flow are skipped, naming the missing key", async () => {
    const { apiV3Key: _none, ...credentials } = fixtureCredentials(mock.url);
    const report = await runConformance({ ...credentials, user: controlUser(mock.control) });
    const reasons = Object.fromEntries(report.cases.filter((c) => c.status === "skipped").map((c) => [c.suite, c.skipReason]));
    expect(reasons["platform certificates"]).toBe("needs the APIv3 key (--apiv3-key-file) to decrypt the certificates");
    expect(reasons["order to payment"]).toBe("needs the APIv3 key (--apiv3-key-file) to decrypt notifications");
    expect(report.cases.some((c) => c.status === "failed")).toBe(false);
  });

  it("with no notify URL the platform can reach: notification flows are skipped", async () => {
    const report = await runConformance({ ...fixtureCredentials(mock.url), user: controlUser(mock.control), notificationsReachable: false, only: ["authorization", "cancel"] });
    expect(report.cases.map((c) => [c.suite, c.status, c.skipReason])).toEqual([
      ["authorization", "skipped", "needs a notify URL the platform can reach (--notify-url, forwarded to --notify-port)"],
      ...SCENARIOS.find((s) => s.id === "cancel")!.steps.map(() => ["cancel", "passed", undefined]),
    ]);
  });
});

describe("command line", () => {
  it("--help lists every option and scenario; bad usage exits 2 without running", async () => {
    const help = captureIo();
    expect(await conformCommand(["--help"], help.io)).toBe(0);
    for (const option of ["--base-url", "--mchid", "--serial-no", "--private-key", "--public-key-id", "--platform-cert", "--apiv3-key-file", "--notify-port", "--notify-url", "--mock-control", "--out", "--only"]) {
      expect(help.out.join("\n")).toContain(option);
    }
    for (const id of SCENARIO_IDS) expect(help.out.join("\n")).toContain(id);
    // Against a real platform the run is not a dry run, and the help says so.
    expect(help.out.join("\n")).toMatch(/REAL ORDERS: without --mock-control this is not a dry run\. The cancel, pay-on-delivery and\s+error-paths scenarios create real service orders/);
    expect(help.out.join("\n")).toContain("Each flow cancels its order at its end");

    const missing = captureIo();
    expect(await conformCommand(["--mchid", MCHID], missing.io)).toBe(2);
    expect(missing.err.join("\n")).toContain("missing --base-url, --serial-no, --private-key");

    const half = captureIo();
    expect(await conformCommand([...credentialArgs(mock.url).filter((a, i, all) => a !== "--public-key" && all[i - 1] !== "--public-key")], half.io)).toBe(2);
    expect(half.err.join("\n")).toContain("--public-key-id and --public-key go together");
  });

  it("an unreadable key file exits 2 naming the path only; an unknown --only exits 2 listing the scenarios", async () => {
    const unreadable = captureIo();
    const args = credentialArgs(mock.url).map((a) => (a === fixturePath("merchantKey") ? join(dir, "no-such-key.pem") : a));
    expect(await conformCommand(args, unreadable.io)).toBe(2);
    expect(unreadable.err.join("\n")).toContain(`--private-key: cannot read ${join(dir, "no-such-key.pem")}`);

    const unknown = captureIo();
    expect(await conformCommand([...credentialArgs(mock.url), "--only", "cancel,nonsense", "--out", join(dir, "unknown")], unknown.io)).toBe(2);
    expect(unknown.err.join("\n")).toContain(`unknown scenario nonsense; known: ${SCENARIO_IDS.join(", ")}`);
    await expect(runConformance({ ...fixtureCredentials(mock.url), only: ["nonsense"] })).rejects.toBeInstanceOf(UnknownScenarioError);
  });

  it("`payscore help` lists every command", () => {
    const text = execFileSync(process.execPath, ["--import", "tsx", "conformance/cli/main.ts", "help"], { cwd: fileURLToPath(new URL("../..", import.meta.url)), encoding: "utf8" });
    for (const command of ["start", "conform", "validate", "mock", "summary"]) expect(text).toMatch(new RegExp(`^  ${command} `, "m"));
  });
});
