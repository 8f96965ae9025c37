// `npm run docs`: one offline HTML page of the spec, made by Redocly with the renderer inlined
// (`--inlineBundle`: no CDN is reachable here), into the git-ignored docs-build/.
// The client-side jump schemas are added to their tag as tables (scripts/docs-jumps.ts).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import { withJumpTables } from "./docs-jumps.ts";
import { ROOT, SPEC, bundleSpec } from "./generate.ts";

const REDOCLY = join(ROOT, "node_modules", "@redocly", "cli", "bin", "cli.js");
export const DOCS_OUT = join(ROOT, "docs-build", "index.html");

export function buildDocs(out = DOCS_OUT): { file: string; bytes: number } {
  // Jump refs come from the source: the bundler inlines refs found in `x-` extensions.
  const jumps = YAML.parse(readFileSync(SPEC, "utf8"))["x-client-jumps"];
  const doc = withJumpTables(bundleSpec() as any, jumps);
  const dir = mkdtempSync(join(tmpdir(), "payscore-docs-"));
  try {
    const input = join(dir, "openapi.json");
    writeFileSync(input, JSON.stringify(doc));
    mkdirSync(dirname(out), { recursive: true });
    execFileSync(process.execPath, [REDOCLY, "build-docs", input, "--inlineBundle", "-o", out], { stdio: "pipe" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { file: out, bytes: statSync(out).size };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { file, bytes } = buildDocs();
  console.log(`docs: ${file} (${Math.round(bytes / 1024)} KiB)`);
}
