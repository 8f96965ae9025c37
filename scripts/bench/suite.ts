// The conformance runner's wall time for the full suite (budget: under 10 s): `payscore start`
// run as a fresh process, as `npm start` runs it (tsx start-up, mock start, contract compilation,
// every scenario, the reports), exit status checked. The suite's own duration is read from the
// report it wrote.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../generate.ts";
import type { WallTimeResult } from "./measure.ts";

export async function benchSuite(): Promise<WallTimeResult> {
  const out = mkdtempSync(join(tmpdir(), "payscore-bench-suite-"));
  try {
    const started = performance.now();
    const run = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "conformance", "cli", "main.ts"), "start", "--out", out, "--no-color"], {
      cwd: ROOT, encoding: "utf8", timeout: 120_000,
    });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`payscore start exited ${run.status}: ${run.stderr || run.stdout}`.slice(0, 2000));
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as { durationMs: number; cases: unknown[] };
    return {
      name: "full conformance suite (payscore start, fresh process)", kind: "wall", seconds, targetSeconds: 10,
      detail: `${report.cases.length} cases; the scenarios themselves took ${(report.durationMs / 1000).toFixed(2)} s`,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
