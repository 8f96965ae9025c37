// `npm run generate`: everything in generated/ comes from spec/ through this script.
//   generated/openapi.json — the spec bundled into one document (for ajv, the mock and the docs)
//   generated/schema.d.ts  — openapi-typescript types: paths, components, webhooks, operations
//   generated/spec-index.ts — every fact of the spec the runtime, mock and contract checks read
//                            (operations, parameters, webhooks, limits, retry schedules; src/spec-index.ts)
//   generated/contract-validators.ts, generated/reader-validators.ts — standalone ajv validators for
//                            every pointer the runtime checks, in the contract view and in the reader
//                            view (tolerant schemas for what arrives; scripts/reader-view.ts)
//   generated/conformance-validators.ts — the contract view's validators for every pointer the
//                            contract checks read (requests and declared headers too), for conformance/
// Deterministic: the same spec gives the same bytes, so a test can detect a stale generated/.
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { buildSpecIndex } from "../conformance/spec-index.ts";
import type { SpecIndex } from "../src/spec-index.ts";
import { contractRules, readerView } from "./reader-view.ts";
import { validatorModule } from "./validators.ts";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const SPEC = join(ROOT, "spec", "openapi.yaml");
const REDOCLY = join(ROOT, "node_modules", "@redocly", "cli", "bin", "cli.js");

const HEADER = "Generated from spec/ by `npm run generate` (scripts/generate.ts). Do not edit.";

/** Bundles the multi-file spec into one document with internal `#/components/...` refs. */
export function bundleSpec(spec = SPEC): Record<string, any> {
  const dir = mkdtempSync(join(tmpdir(), "payscore-bundle-"));
  try {
    const out = join(dir, "openapi.json");
    execFileSync(process.execPath, [REDOCLY, "bundle", spec, "--ext", "json", "-o", out], { stdio: "pipe" });
    return JSON.parse(readFileSync(out, "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** generated/spec-index.ts: the index, and the union of jump names (root `x-client-jumps` keys) as a type. */
function specIndexModule(index: SpecIndex): string {
  const kinds = index.jumps.map((jump) => JSON.stringify(jump.name)).join(" | ") || "never";
  return [
    `// ${HEADER}`,
    `import type { SpecIndex } from "../src/spec-index.js";`,
    "",
    "/** Names of the client-side jumps: the keys of the spec's root `x-client-jumps`. */",
    `export type JumpKind = ${kinds};`,
    "",
    `export const SPEC_INDEX: SpecIndex = ${JSON.stringify(index, null, 2)};`,
    "",
  ].join("\n");
}

/** The files generate() writes, as name → contents. */
export async function renderGenerated(doc: Record<string, any>): Promise<Record<string, string>> {
  const types = astToString(await openapiTS(doc as any, { alphabetize: false }));
  const index = buildSpecIndex(doc);
  return {
    "openapi.json": JSON.stringify({ "x-generated": HEADER, ...doc }, null, 2) + "\n",
    "schema.d.ts": `// ${HEADER}\n\n${types}`,
    "spec-index.ts": specIndexModule(index),
    "contract-validators.ts": validatorModule(contractRules(doc), index.runtimePointers, HEADER),
    "reader-validators.ts": validatorModule(readerView(doc), index.runtimePointers, HEADER),
    "conformance-validators.ts": validatorModule(contractRules(doc), index.contractPointers, HEADER),
  };
}

export async function generate({ outDir = join(ROOT, "generated"), spec = SPEC } = {}): Promise<string[]> {
  const files = await renderGenerated(bundleSpec(spec));
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  return Object.keys(files).map((name) => join(outDir, name));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const file of await generate()) console.log(`wrote ${file}`);
}
