/** Writes the JUnit XML, HTML and JSON reports of a run into one folder (Node-only, like the runner). */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { toHtml } from "./html.js";
import { toJUnitXml } from "./junit.js";
import type { RunReport } from "./model.js";
import { PayScoreError } from "../../src/errors.ts";

/**
 * The reports could not be written (a folder removed or made read-only during the run, a disk that
 * filled up): names the folder and the file system's error code, never the report's content.
 */
export class ReportWriteError extends PayScoreError {
  override name = "ReportWriteError";
}

export interface WrittenReports {
  junit: string;
  html: string;
  json: string;
}

/**
 * Writes `junit.xml`, `report.html` and `report.json` into `dir` (created when missing) and returns
 * their paths. Throws `ReportWriteError` when the file system refuses.
 */
export async function writeReports(report: RunReport, dir: string): Promise<WrittenReports> {
  const out = resolve(dir);
  const files: WrittenReports = { junit: join(out, "junit.xml"), html: join(out, "report.html"), json: join(out, "report.json") };
  try {
    await mkdir(out, { recursive: true });
    await Promise.all([
      writeFile(files.junit, toJUnitXml(report), "utf8"),
      writeFile(files.html, toHtml(report), "utf8"),
      writeFile(files.json, toJson(report), "utf8"),
    ]);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new ReportWriteError(`cannot write the reports to ${out}${typeof code === "string" ? ` (${code})` : ""}`);
  }
  return files;
}

/** The report as JSON, every `durationMs` rounded to whole milliseconds (the clock's noise is not data). */
export function toJson(report: RunReport): string {
  const rounded: RunReport = {
    ...report,
    durationMs: Math.round(report.durationMs),
    cases: report.cases.map((c) => ({ ...c, durationMs: Math.round(c.durationMs) })),
  };
  return `${JSON.stringify(rounded, null, 2)}\n`;
}
