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

/**
 * C0 and C1 control characters (ESC included), DEL, and the bidirectional overrides and isolates, which
 * would let untrusted text (an `event_type`, an id, an error message) move the cursor, recolour or rewrite
 * the terminal, or reorder what the reader sees.
 */
const NOT_CONSOLE_SAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` for a terminal: each character of `NOT_CONSOLE_SAFE` shown as its `\u001b`-style escape. */
export function consoleSafe(text: string): string {
  return text.replace(NOT_CONSOLE_SAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function paint(text: string, tone: keyof typeof ANSI, color: boolean): string {
  return color ? `${ANSI[tone]}${text}${ANSI.reset}` : text;
}

/** `  ✓ order to payment › create the order (12 ms)`; a skip shows why. Text from the run goes through `consoleSafe`. */
export function formatCaseLine(result: CaseResult, options: ConsoleOptions = {}): string {
  const color = options.color ?? false;
  const mark = paint(MARK[result.status], result.status, color);
  const time = paint(`(${Math.round(result.durationMs)} ms)`, "dim", color);
  const why = result.status === "skipped" && result.skipReason ? ` — skipped: ${result.skipReason}` : "";
  const count = result.violations.length > 0 ? ` — ${findingCounts(...caseFindings(result))}` : "";
  return `  ${mark} ${consoleSafe(`${result.suite} › ${result.name}${count}${why}`)} ${time}`;
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
        write(`${consoleSafe(result.suite)}\n`);
      }
      write(`${formatCaseLine(result, options)}\n`);
    },
  };
}

/**
 * The closing report: header, failures with each violation, and the summary line. Every string from the
 * run (titles, subjects such as a notification's `event_type`, values, errors) goes through `consoleSafe`.
 */
export function formatConsole(report: RunReport, options: ConsoleOptions = {}): string {
  const color = options.color ?? false;
  const lines = [consoleSafe(report.title), `target: ${consoleSafe(report.target)}`, `started: ${consoleSafe(report.startedAt)}`, ""];
  for (const { suite, cases } of suitesOf(report)) {
    lines.push(consoleSafe(suite));
    for (const c of cases) {
      lines.push(formatCaseLine(c, options));
      if (c.error) lines.push(`      error: ${consoleSafe(c.error)}`);
      for (const v of c.violations) lines.push(`      ${paint("•", isDrift(v) ? "skipped" : "failed", color)} ${consoleSafe(formatViolation(v))}`);
    }
  }
  const s = summarize(report);
  lines.push("", `${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped (${findingCounts(s.violations, s.drift)}) in ${Math.round(report.durationMs)} ms`);
  return lines.join("\n");
}
