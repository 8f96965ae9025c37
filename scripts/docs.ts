// `npm run docs`: one offline HTML page of the spec, made by Redocly with the renderer inlined
// (`--inlineBundle`: no CDN is reachable here), into the git-ignored docs-build/.
// The client-side jumps get a sidebar group and one section each (scripts/docs-jumps.ts).
// The page asks nothing of the network: Redoc's telemetry is off and its footer logo is inlined.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SPEC_INDEX } from "../src/spec-index.ts";
import { withJumpSections } from "./docs-jumps.ts";
import { ROOT, bundleSpec } from "./generate.ts";

const REDOCLY = join(ROOT, "node_modules", "@redocly", "cli", "bin", "cli.js");
export const DOCS_OUT = join(ROOT, "docs-build", "index.html");

/**
 * Redoc's "API docs by" footer loads its logo from cdn.redoc.ly once the page is live; the page
 * shows this inline image instead (same words, no request).
 */
const REMOTE_LOGOS = ["https://cdn.redoc.ly/redoc/logo-mini-full.svg", "https://cdn.redoc.ly/redoc/logo-mini.svg"];
const INLINE_LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="52" height="16"><text x="0" y="12" font-family="sans-serif" font-size="11" fill="#555">Redocly</text></svg>',
)}`;

/** The built page with every remote asset the renderer would fetch replaced by an inline one. */
export function offlinePage(html: string): string {
  return REMOTE_LOGOS.reduce((page, url) => page.split(url).join(INLINE_LOGO), html);
}

/**
 * Builds the page into `out` and returns its path and size in bytes. Telemetry is switched off
 * (`REDOCLY_TELEMETRY=off`, which also makes the page's own `disableTelemetry` true), so neither the
 * build nor the page sends usage data to Redocly.
 */
export function buildDocs(out = DOCS_OUT): { file: string; bytes: number } {
  const doc = withJumpSections(bundleSpec() as any, SPEC_INDEX.jumps);
  const dir = mkdtempSync(join(tmpdir(), "payscore-docs-"));
  try {
    const input = join(dir, "openapi.json");
    writeFileSync(input, JSON.stringify(doc));
    mkdirSync(dirname(out), { recursive: true });
    execFileSync(process.execPath, [REDOCLY, "build-docs", input, "--inlineBundle", "-o", out], {
      stdio: "pipe",
      env: { ...process.env, REDOCLY_TELEMETRY: "off" },
    });
    writeFileSync(out, offlinePage(readFileSync(out, "utf8")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { file: out, bytes: statSync(out).size };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { file, bytes } = buildDocs();
  console.log(`docs: ${file} (${Math.round(bytes / 1024)} KiB)`);
}
