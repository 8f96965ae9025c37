/**
 * Console rendering: a progress line per finished case while a run goes, and a closing report with every
 * finding of every case (drift marked `[drift]`) and a `N passed, N failed, N skipped` summary line.
 */
import { caseFindings, findingCounts, formatViolation, isDrift, summarize, suitesOf, type CaseResult, type RunReport } from "./model.js";

export interface ConsoleOptions {
  /** ANSI colours; default off (CI logs and files stay plain). */
  color?: boolean;
}

const MARK = { passed: "✓", failed: "✗", skipped: "-" } as const;
const ANSI = { passed: "\u001b[32m", failed: "\u001b[31m", skipped: "\u001b[33m", dim: "\u001b[2m", reset: "\u001b[0m" } as const;

function paint(text: string, tone: keyof typeof ANSI, color: boolean): string {
  return color ? `${ANSI[tone]}${text}${ANSI.reset}` : text;
}

/** `  ✓ order to payment › create the order (12 ms)`; a skip shows why. */
export function formatCaseLine(result: CaseResult, options: ConsoleOptions = {}): string {
  const color = options.color ?? false;
  const mark = paint(MARK[result.status], result.status, color);
  const time = paint(`(${Math.round(result.durationMs)} ms)`, "dim", color);
  const why = result.status === "skipped" && result.skipReason ? ` — skipped: ${result.skipReason}` : "";
  const count = result.violations.length > 0 ? ` — ${findingCounts(...caseFindings(result))}` : "";
  return `  ${mark} ${result.suite} › ${result.name}${count}${why} ${time}`;
}

export interface ProgressPrinter {
  /** Call once per finished case. */
  caseFinished(result: CaseResult): void;
}

/** Prints each case as it finishes (the runner passes `process.stdout.write`-like output). */
export function createProgressPrinter(write: (line: string) => void, options: ConsoleOptions = {}): ProgressPrinter {
  let suite: string | undefined;
  return {
    caseFinished(result) {
      if (result.suite !== suite) {
        suite = result.suite;
        write(`${result.suite}\n`);
      }
      write(`${formatCaseLine(result, options)}\n`);
    },
  };
}

/** The closing report: header, failures with each violation, and the summary line. */
export function formatConsole(report: RunReport, options: ConsoleOptions = {}): string {
  const color = options.color ?? false;
  const lines = [`${report.title}`, `target: ${report.target}`, `started: ${report.startedAt}`, ""];
  for (const { suite, cases } of suitesOf(report)) {
    lines.push(suite);
    for (const c of cases) {
      lines.push(formatCaseLine(c, options));
      if (c.error) lines.push(`      error: ${c.error}`);
      for (const v of c.violations) lines.push(`      ${paint("•", isDrift(v) ? "skipped" : "failed", color)} ${formatViolation(v)}`);
    }
  }
  const s = summarize(report);
  lines.push("", `${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped (${findingCounts(s.violations, s.drift)}) in ${Math.round(report.durationMs)} ms`);
  return lines.join("\n");
}
