/** Writes the JUnit XML, HTML and JSON reports of a run into one folder (Node-only, like the runner). */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { toHtml } from "./html.js";
import { toJUnitXml } from "./junit.js";
import type { RunReport } from "./model.js";

export interface WrittenReports {
  junit: string;
  html: string;
  json: string;
}

export async function writeReports(report: RunReport, dir: string): Promise<WrittenReports> {
  const out = resolve(dir);
  await mkdir(out, { recursive: true });
  const files: WrittenReports = { junit: join(out, "junit.xml"), html: join(out, "report.html"), json: join(out, "report.json") };
  await Promise.all([
    writeFile(files.junit, toJUnitXml(report), "utf8"),
    writeFile(files.html, toHtml(report), "utf8"),
    writeFile(files.json, toJson(report), "utf8"),
  ]);
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
