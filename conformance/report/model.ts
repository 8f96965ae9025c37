/**
 * The report model shared by the conformance runner and `payscore validate`: a run is a list of cases,
 * each passed, failed (contract violations and/or an error) or skipped (with the reason, e.g. what the
 * given credentials do not allow). Console, JUnit XML and HTML are all rendered from this one shape.
 */
import type { Violation } from "../contract.js";

export type { Violation };

export type CaseStatus = "passed" | "failed" | "skipped";

export interface CaseResult {
  /** Group, e.g. a scenario ("order to payment") or the capture file name. */
  suite: string;
  /** The case, e.g. a step ("complete the order") or an exchange ("#3 POST /v3/…/complete → 204"). */
  name: string;
  status: CaseStatus;
  durationMs: number;
  violations: Violation[];
  /** What went wrong other than the contract (exception, timeout, bad signature setup), already redacted. */
  error?: string;
  skipReason?: string;
  /** What the case did, in order, for the reader of a failure. */
  steps?: string[];
}

export interface RunReport {
  title: string;
  /** What was checked: a base URL, "embedded mock", or a capture file. */
  target: string;
  /** ISO 8601. */
  startedAt: string;
  durationMs: number;
  cases: CaseResult[];
}

export interface ReportSummary {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  violations: number;
}

export function summarize(report: RunReport): ReportSummary {
  const count = (status: CaseStatus) => report.cases.filter((c) => c.status === status).length;
  return {
    total: report.cases.length,
    passed: count("passed"),
    failed: count("failed"),
    skipped: count("skipped"),
    violations: report.cases.reduce((n, c) => n + c.violations.length, 0),
  };
}

/** Passed only with no violation and no error: a case can never "pass with violations". */
export function statusOf(violations: readonly Violation[], error?: string): CaseStatus {
  return violations.length > 0 || error !== undefined ? "failed" : "passed";
}

/** A run fails when any case failed (skips alone do not fail it). */
export function reportFailed(report: RunReport): boolean {
  return report.cases.some((c) => c.status === "failed");
}

/** Cases grouped by suite, in first-seen order. */
export function suitesOf(report: RunReport): Array<{ suite: string; cases: CaseResult[] }> {
  const groups = new Map<string, CaseResult[]>();
  for (const c of report.cases) {
    const list = groups.get(c.suite) ?? [];
    list.push(c);
    groups.set(c.suite, list);
  }
  return [...groups].map(([suite, cases]) => ({ suite, cases }));
}

/** Where a violation is: "createServiceOrder response 400". */
export function violationContext(v: Violation): string {
  return `${v.subject} ${v.part}${v.status !== undefined ? ` ${v.status}` : ""}`;
}

/** The offending value as one line of JSON (values were redacted when the violation was made). */
export function formatValue(value: unknown): string {
  if (value === undefined) return "";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** One line: `createServiceOrder response 200 /body/out_order_no maxLength: must NOT … (value "…")`. */
export function formatViolation(v: Violation): string {
  const value = "value" in v ? ` (value ${formatValue(v.value)})` : "";
  return `${violationContext(v)} ${v.pointer} ${v.rule}: ${v.message}${value}`;
}
