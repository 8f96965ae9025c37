/**
 * The two views of the spec this package ships, as validators compiled by `npm run generate`
 * (`generated/contract-validators.ts`, `generated/reader-validators.ts`: no code is compiled from
 * strings at run time), and `readAgainstSpec`, which reads what arrives at run time against them.
 */
import { VALIDATORS as CONTRACT_VALIDATORS } from "../generated/contract-validators.js";
import { VALIDATORS as READER_VALIDATORS } from "../generated/reader-validators.js";
import { compiledSpec, readWith, type SpecAjv, type SpecReading } from "./spec-ajv.js";

let bundledAjv: SpecAjv | undefined;
let readerAjv: SpecAjv | undefined;

/**
 * The contract view's validators for the spec this package ships, compiled at generate time
 * (`generated/contract-validators.ts`): shared by the client's response validation, the notification
 * parser and the jump builders. Asking for a pointer the runtime does not use throws.
 */
export function bundledSpecAjv(): SpecAjv {
  bundledAjv ??= compiledSpec(CONTRACT_VALIDATORS, "contract");
  return bundledAjv;
}

/** The same for the reader view (`generated/reader-validators.ts`): the same pointers, tolerant schemas. */
export function bundledReaderAjv(): SpecAjv {
  readerAjv ??= compiledSpec(READER_VALIDATORS, "reader");
  return readerAjv;
}

/**
 * Checks a value that arrived at run time against the schema at `pointer` in both views: the
 * contract first (a conforming value costs one check), then, when it differs, the reader, which
 * decides whether the value can be used. Tolerant reading as the APIv3 rules ask: unknown keys and
 * values pass, missing required fields and wrong types do not.
 */
export function readAgainstSpec(pointer: string, value: unknown): SpecReading {
  return readWith(bundledSpecAjv(), bundledReaderAjv(), pointer, value);
}

