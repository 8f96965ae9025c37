/**
 * The report model shared by the conformance runner and `payscore validate`: a run is a list of cases,
 * each passed, failed (contract violations and/or an error) or skipped (with the reason, e.g. what the
 * given credentials do not allow). Console, JUnit XML and HTML are all rendered from this one shape.
 */
import type { Severity, Violation } from "../contract.js";

export type { Severity, Violation };

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
  /** Findings of severity "violation": documented rules broken. */
  violations: number;
  /** Findings of severity "drift": what the spec does not list (unknown keys, enum values, error codes). */
  drift: number;
}

/** A finding's severity; one without is a violation (signature, decryption and other non-schema checks). */
export function severityOf(finding: Violation): Severity {
  return finding.severity ?? "violation";
}

export function isDrift(finding: Violation): boolean {
  return severityOf(finding) === "drift";
}

export function summarize(report: RunReport): ReportSummary {
  const count = (status: CaseStatus) => report.cases.filter((c) => c.status === status).length;
  const findings = report.cases.flatMap((c) => c.violations);
  const drift = findings.filter(isDrift).length;
  return {
    total: report.cases.length,
    passed: count("passed"),
    failed: count("failed"),
    skipped: count("skipped"),
    violations: findings.length - drift,
    drift,
  };
}

/**
 * Failed with a violation or an error; drift alone does not fail a case (the APIv3 rules tell clients
 * to ignore what the spec does not list), it is shown beside it. A case can never "pass with violations".
 */
export function statusOf(findings: readonly Violation[], error?: string): CaseStatus {
  return findings.some((f) => !isDrift(f)) || error !== undefined ? "failed" : "passed";
}

export interface FailurePolicy {
  /** Drift fails the run too (`--fail-on-drift`). */
  failOnDrift?: boolean;
}

/** A run fails when any case failed (skips alone do not fail it), or with `failOnDrift` when any drift was found. */
export function reportFailed(report: RunReport, policy: FailurePolicy = {}): boolean {
  return report.cases.some((c) => c.status === "failed") || (policy.failOnDrift === true && report.cases.some((c) => c.violations.some(isDrift)));
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

/**
 * One line: `createServiceOrder response 200 /body/out_order_no maxLength: must NOT … (value "…")`;
 * drift is marked: `[drift] getServiceOrder response 200 /body/device additionalProperties: …`.
 */
export function formatViolation(v: Violation): string {
  const value = "value" in v ? ` (value ${formatValue(v.value)})` : "";
  return `${isDrift(v) ? "[drift] " : ""}${violationContext(v)} ${v.pointer} ${v.rule}: ${v.message}${value}`;
}

/** "2 violations", "2 violations, 1 drift", "0 violations" (drift only when there is some). */
export function findingCounts(violations: number, drift: number): string {
  return `${violations} violation${violations === 1 ? "" : "s"}${drift > 0 ? `, ${drift} drift` : ""}`;
}

/** The counts of one case's findings: `[violations, drift]`. */
export function caseFindings(c: CaseResult): [number, number] {
  const drift = c.violations.filter(isDrift).length;
  return [c.violations.length - drift, drift];
}
