// conformance/report: console, JUnit XML (parsed back with Python's XML parser, an independent reader)
// and the self-contained HTML page, all from one RunReport, including hostile text.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  createProgressPrinter, formatConsole, reportFailed, statusOf, summarize, toHtml, toJUnitXml, toJson, writeReports, ReportWriteError,
  type RunReport, type Violation,
} from "../../conformance/report/index.ts";

const HOSTILE = `<script>alert("x")</script> & 'quotes' \u0001 ]]> 中文 😀`;

const maxLength: Violation = {
  subject: "createServiceOrder", part: "response", status: 200, pointer: "/body/out_order_no",
  rule: "maxLength", message: "must NOT have more than 32 characters", value: "A".repeat(33),
};
const required: Violation = {
  subject: "PAYSCORE.USER_PAID", part: "plaintext", pointer: "/plaintext/service_id", rule: "required",
  message: "must have required property 'service_id'",
};
const hostile: Violation = {
  subject: "getServiceOrder", part: "response", status: 400, pointer: "/body/message", rule: "maxLength",
  message: "must NOT have more than 512 characters", value: HOSTILE,
};

const report: RunReport = {
  title: "payscore conformance",
  target: "http://127.0.0.1:1234",
  startedAt: "2026-11-25T12:00:00.000Z",
  durationMs: 1234,
  cases: [
    { suite: "order to payment", name: "create the order", status: "failed", durationMs: 12, violations: [maxLength] },
    { suite: "order to payment", name: "query the order", status: "passed", durationMs: 3, violations: [], steps: ["GET /v3/…", "200"] },
    { suite: "order to payment", name: "paid notification", status: "failed", durationMs: 5, violations: [required] },
    { suite: "authorization", name: "terminate", status: "skipped", durationMs: 0, violations: [], skipReason: "credentials lack a service_id" },
    { suite: "authorization", name: `crash ${HOSTILE}`, status: "failed", durationMs: 1, violations: [], error: `TypeError: ${HOSTILE}` },
    { suite: `capture ${HOSTILE}`, name: "#1 GET /v3/…", status: "failed", durationMs: 2, violations: [hostile] },
  ],
};

/** Python's minidom reads the XML (rejects anything malformed) and hands back its structure as JSON. */
function parseXml(xml: string): any {
  const script = `
import sys, json, xml.dom.minidom as m
d = m.parseString(sys.stdin.buffer.read())
def el(n):
    return {"tag": n.tagName, "attrs": dict(n.attributes.items()),
            "text": "".join(c.data for c in n.childNodes if c.nodeType in (3, 4)),
            "children": [el(c) for c in n.childNodes if c.nodeType == 1]}
print(json.dumps(el(d.documentElement)))
`;
  return JSON.parse(execFileSync("python3", ["-c", script], { input: Buffer.from(xml, "utf8") }).toString("utf8"));
}

describe("model", () => {
  it("summarizes and decides the run's outcome", () => {
    expect(summarize(report)).toEqual({ total: 6, passed: 1, failed: 4, skipped: 1, violations: 3, drift: 0 });
    expect(reportFailed(report)).toBe(true);
    expect(reportFailed({ ...report, cases: report.cases.filter((c) => c.status !== "failed") })).toBe(false);
    expect(statusOf([])).toBe("passed");
    expect(statusOf([maxLength])).toBe("failed");
    expect(statusOf([], "boom")).toBe("failed");
  });
});

describe("console", () => {
  it("lists every violation with operation, status, pointer, rule and value, and ends with the counts", () => {
    const text = formatConsole(report);
    expect(text).toContain('createServiceOrder response 200 /body/out_order_no maxLength: must NOT have more than 32 characters (value "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")');
    expect(text).toContain("PAYSCORE.USER_PAID plaintext /plaintext/service_id required");
    expect(text).toContain("skipped: credentials lack a service_id");
    expect(text.trimEnd().split("\n").at(-1)).toMatch(/^1 passed, 4 failed, 1 skipped \(3 violations\) in 1234 ms$/);
    expect(text).not.toContain("\u001b[");
    expect(formatConsole(report, { color: true })).toContain("\u001b[31m");
  });
  it("prints progress with a suite header when the suite changes", () => {
    const lines: string[] = [];
    const printer = createProgressPrinter((line) => lines.push(line));
    for (const c of report.cases.slice(0, 4)) printer.caseFinished(c);
    expect(lines.join("")).toBe([
      "order to payment",
      "  ✗ order to payment › create the order — 1 violation (12 ms)",
      "  ✓ order to payment › query the order (3 ms)",
      "  ✗ order to payment › paid notification — 1 violation (5 ms)",
      "authorization",
      "  - authorization › terminate — skipped: credentials lack a service_id (0 ms)",
      "",
    ].join("\n"));
  });
});

describe("JUnit XML", () => {
  const xml = toJUnitXml(report);
  const root = parseXml(xml);
  const suites = root.children.filter((c: any) => c.tag === "testsuite");
  const cases = suites.flatMap((s: any) => s.children.filter((c: any) => c.tag === "testcase"));

  it("parses, with totals on testsuites and per testsuite", () => {
    expect(root.tag).toBe("testsuites");
    expect(root.attrs).toMatchObject({ name: "payscore conformance", tests: "6", failures: "3", errors: "1", skipped: "1", time: "1.234" });
    expect(suites.map((s: any) => [s.attrs.name, s.attrs.tests, s.attrs.failures, s.attrs.errors, s.attrs.skipped])).toEqual([
      ["order to payment", "3", "2", "0", "0"],
      ["authorization", "2", "0", "1", "1"],
      [`capture ${HOSTILE.replace("\u0001", "\uFFFD")}`, "1", "1", "0", "0"],
    ]);
  });
  it("one testcase per case, failures carry every violation, skipped carries the reason", () => {
    expect(cases).toHaveLength(6);
    const [create, query, paid, terminate, crash, capture] = cases;
    expect(create.attrs).toMatchObject({ classname: "order to payment", name: "create the order", time: "0.012" });
    const failure = create.children.find((c: any) => c.tag === "failure");
    expect(failure.attrs.message).toContain("/body/out_order_no maxLength");
    expect(failure.text).toContain("createServiceOrder response 200 /body/out_order_no maxLength");
    expect(query.children.map((c: any) => c.tag)).toEqual(["system-out"]);
    expect(paid.children[0].text).toContain("/plaintext/service_id required");
    expect(terminate.children[0]).toMatchObject({ tag: "skipped", attrs: { message: "credentials lack a service_id" } });
    expect(crash.children[0].tag).toBe("error");
    expect(capture.children[0].tag).toBe("failure");
  });
  it("round-trips hostile text exactly (only the XML-illegal control character is replaced)", () => {
    const expected = HOSTILE.replace("\u0001", "\uFFFD");
    expect(cases[4].attrs.name).toBe(`crash ${expected}`);
    expect(cases[4].children[0].text).toBe(`TypeError: ${expected}`);
    // In a value the control character is already JSON-escaped (\u0001), so it survives as text.
    expect(cases[5].children[0].text).toContain(`(value ${JSON.stringify(HOSTILE)})`);
  });
});

describe("HTML", () => {
  const html = toHtml(report);
  it("is one self-contained file: no script, no external asset", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)\s*=/i);
    expect(html).not.toMatch(/<link\b|@import|url\(/i);
  });
  it("escapes every piece of text", () => {
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;");
    expect(html).toContain("中文 😀");
  });
  it("shows each violation's operation/event, status, pointer, rule and value", () => {
    const row = /<tr><td class="violation">violation<\/td><td>createServiceOrder<\/td><td>response<\/td><td>200<\/td><td class="mono">\/body\/out_order_no<\/td><td class="mono">maxLength<\/td><td>must NOT have more than 32 characters<\/td><td class="mono">&quot;A{33}&quot;<\/td><\/tr>/;
    expect(html).toMatch(row);
    expect(html).toContain('<td>PAYSCORE.USER_PAID</td><td>plaintext</td><td></td><td class="mono">/plaintext/service_id</td>');
    expect(html).toContain("credentials lack a service_id");
    expect(html.match(/<details class="case failed" open>/g)).toHaveLength(4);
  });
});

describe("writeReports", () => {
  const dir = mkdtempSync(join(tmpdir(), "payscore-report-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes junit.xml, report.html and report.json into a new folder", async () => {
    const files = await writeReports(report, join(dir, "nested", "out"));
    expect(readFileSync(files.junit, "utf8")).toBe(toJUnitXml(report));
    expect(readFileSync(files.html, "utf8")).toBe(toHtml(report));
    expect(JSON.parse(readFileSync(files.json, "utf8"))).toEqual(report);
  });

  it("a file system that refuses is a typed ReportWriteError naming the folder and the error code", async () => {
    const out = join(dir, "blocked");
    mkdirSync(join(out, "junit.xml"), { recursive: true }); // a folder where a report file goes
    const failure = writeReports(report, out);
    await expect(failure).rejects.toBeInstanceOf(ReportWriteError);
    await expect(failure).rejects.toThrow(`cannot write the reports to ${out} (EISDIR)`);
  });
});

describe("drift: reported in every format, failing the run only when asked", () => {
  const unknownKey: Violation = {
    subject: "getServiceOrder", part: "response", status: 200, pointer: "/body/device", rule: "additionalProperties",
    message: "must NOT have additional properties", value: { start_device_id: "HG123" }, severity: "drift",
  };
  const drifted: RunReport = {
    ...report,
    cases: [{ suite: "order to payment", name: "query the order", status: statusOf([unknownKey]), durationMs: 3, violations: [unknownKey] }],
  };

  it("a case with drift only passes; the run fails on it only with failOnDrift", () => {
    expect(statusOf([unknownKey])).toBe("passed");
    expect(statusOf([unknownKey, maxLength])).toBe("failed");
    expect(summarize(drifted)).toEqual({ total: 1, passed: 1, failed: 0, skipped: 0, violations: 0, drift: 1 });
    expect(reportFailed(drifted)).toBe(false);
    expect(reportFailed(drifted, { failOnDrift: true })).toBe(true);
  });

  it("console, JUnit and HTML mark it as drift", () => {
    const text = formatConsole(drifted);
    expect(text).toContain("[drift] getServiceOrder response 200 /body/device additionalProperties");
    expect(text.trimEnd().split("\n").at(-1)).toMatch(/^1 passed, 0 failed, 0 skipped \(0 violations, 1 drift\) in 1234 ms$/);
    const root = parseXml(toJUnitXml(drifted));
    expect(root.attrs).toMatchObject({ tests: "1", failures: "0", errors: "0" });
    const testcase = root.children[0].children.find((c: { tag: string }) => c.tag === "testcase");
    expect(testcase.children.map((c: { tag: string }) => c.tag)).toEqual(["system-out"]);
    expect(testcase.children[0].text).toContain("[drift] getServiceOrder response 200 /body/device");
    const html = toHtml(drifted);
    expect(html).toContain('<tr><td class="drift">drift</td><td>getServiceOrder</td>');
    expect(html).toContain('<div class="drift"><b>1</b>drift</div>');
  });
});

describe("report fixes: skipped is not passed, zero is not a failure, durations are whole ms", () => {
  it("HTML: a suite's tally counts skipped cases as skipped; zero counts are not tinted", () => {
    const html = toHtml(report);
    // "authorization": 0 passed, 1 failed, 1 skipped of 2 — the skip is not counted as passed.
    expect(html).toContain('authorization <small class="failed">0/2 passed, 1 skipped, 1 failed</small>');
    const clean = toHtml({ ...report, cases: report.cases.filter((c) => c.status !== "failed") });
    expect(clean).toContain("<div><b>0</b>failed</div>");
    expect(clean).toContain("<div><b>0</b>violations</div>");
    expect(clean).toContain('<div class="passed"><b>1</b>passed</div>');
  });

  it("JSON: durations are rounded to whole milliseconds", () => {
    const json = JSON.parse(toJson({ ...report, durationMs: 1234.5678, cases: [{ ...report.cases[0]!, durationMs: 12.3456 }] })) as RunReport;
    expect(json.durationMs).toBe(1235);
    expect(json.cases[0]!.durationMs).toBe(12);
  });
});
