// Standalone validators, written by `npm run generate` into generated/contract-validators.ts and
// generated/reader-validators.ts: ajv compiles every schema the runtime validates against (the
// spec index's `runtimePointers`) into plain JavaScript at generate time, so the runtime never
// compiles code from strings (Workers and pages with a strict Content-Security-Policy forbid it).
import standaloneModule from "ajv/dist/standalone/index.js";
import { createAjv, SPEC_ID } from "../src/spec-ajv.ts";

// ajv's standalone entry is CommonJS; under NodeNext its default import is the module object.
type StandaloneCode = (ajv: unknown, refs: Record<string, string>) => string;
const standaloneCode: StandaloneCode = (standaloneModule as unknown as { default: StandaloneCode }).default;

/** ajv's code for a string's length in code points (maxLength counts them): inlined, no runtime import. */
const UCS2LENGTH_REQUIRE = 'require("ajv/dist/runtime/ucs2length").default';
const UCS2LENGTH = "function ucs2length(text) { let length = 0; for (const _ of text) length++; return length; }";

/**
 * One module of validators for `pointers` in `doc`: `export const VALIDATORS = { "<pointer>": fn, … }`.
 * Each fn is what `ajv.getSchema(pointer)` returns (same `errors` after a failed call).
 */
export function validatorModule(doc: object, pointers: readonly string[], header: string): string {
  const ajv = createAjv(doc, { source: true, esm: true });
  const refs: Record<string, string> = {};
  pointers.forEach((pointer, i) => {
    refs[`v${i}`] = `${SPEC_ID}${pointer}`;
    if (!ajv.getSchema(refs[`v${i}`]!)) throw new Error(`no schema at ${pointer}`);
  });
  let code = standaloneCode(ajv, refs);
  if (/require\(/.test(code.replaceAll(UCS2LENGTH_REQUIRE, ""))) throw new Error("standalone validators need a runtime module other than ucs2length");
  // Only VALIDATORS is exported, with a plain type (ajv's inferred signatures do not survive skipLibCheck: false).
  code = code.replaceAll(UCS2LENGTH_REQUIRE, "ucs2length").replace(/^"use strict";/, "").replace(/export const (v\d+) = /g, "const $1 = ");
  const map = pointers.map((pointer, i) => `  ${JSON.stringify(pointer)}: v${i},`).join("\n");
  return `// @ts-nocheck\n// ${header}\n${UCS2LENGTH}\n${code}\n\n/** Validator per JSON pointer into the bundled spec. */\nexport const VALIDATORS: { readonly [pointer: string]: ((data: unknown) => boolean) & { errors?: unknown } } = {\n${map}\n};\n`;
}
