/**
 * JUnit XML (the schema CI servers read: testsuites > testsuite > testcase with failure / error / skipped).
 * A case with contract violations is a <failure> listing each finding; a case that only has an error (an
 * exception, not a contract finding) is an <error>. Drift (what the spec does not list) does not fail a
 * case: a passed case with drift lists it in <system-out>, each line marked `[drift]`. Every attribute and text node is escaped, and
 * characters XML 1.0 cannot carry at all are replaced, so a hostile value in a capture cannot break
 * the file.
 */
import { formatViolation, isDrift, suitesOf, type CaseResult, type RunReport } from "./model.js";

/** Characters outside XML 1.0's Char production (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/F). */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // Attribute values are normalised by parsers; keep line breaks in messages as references.
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3);
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values).map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`).join("");
}

/** Failed with at least one violation (drift alone never fails a case). */
const isFailure = (c: CaseResult) => c.status === "failed" && c.violations.some((v) => !isDrift(v));
/** Failed without a violation: an exception or an unmet expectation. */
const isError = (c: CaseResult) => c.status === "failed" && !isFailure(c);

function caseXml(c: CaseResult): string[] {
  const open = `    <testcase${attrs({ classname: c.suite, name: c.name, time: seconds(c.durationMs) })}>`;
  const body: string[] = [];
  if (c.status === "skipped") {
    body.push(`      <skipped${attrs({ message: c.skipReason ?? "skipped" })}/>`);
  } else if (isFailure(c)) {
    const violations = c.violations.filter((v) => !isDrift(v));
    const text = [...c.violations.map(formatViolation), ...(c.error ? [`error: ${c.error}`] : [])].join("\n");
    const message = `${violations.length} contract violation${violations.length === 1 ? "" : "s"}: ${formatViolation(violations[0]!)}`;
    body.push(`      <failure${attrs({ message, type: "ContractViolation" })}>${escapeXml(text)}</failure>`);
  } else if (c.status === "failed") {
    body.push(`      <error${attrs({ message: c.error ?? "failed", type: "Error" })}>${escapeXml(c.error ?? "failed")}</error>`);
  }
  const drift = c.status === "passed" ? c.violations.filter(isDrift).map(formatViolation) : [];
  const out = [...(c.steps ?? []), ...drift];
  if (out.length) body.push(`      <system-out>${escapeXml(out.join("\n"))}</system-out>`);
  return body.length === 0 ? [open.replace(/>$/, "/>")] : [open, ...body, "    </testcase>"];
}

export function toJUnitXml(report: RunReport): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const all = report.cases;
  const totals = (cases: CaseResult[]) => ({
    tests: cases.length,
    failures: cases.filter(isFailure).length,
    errors: cases.filter(isError).length,
    skipped: cases.filter((c) => c.status === "skipped").length,
  });
  lines.push(`<testsuites${attrs({ name: report.title, ...totals(all), time: seconds(report.durationMs), timestamp: report.startedAt })}>`);
  for (const { suite, cases } of suitesOf(report)) {
    const time = cases.reduce((t, c) => t + c.durationMs, 0);
    lines.push(`  <testsuite${attrs({ name: suite, ...totals(cases), time: seconds(time), timestamp: report.startedAt })}>`);
    lines.push(`    <properties><property${attrs({ name: "target", value: report.target })}/></properties>`);
    for (const c of cases) lines.push(...caseXml(c));
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>");
  return `${lines.join("\n")}\n`;
}
