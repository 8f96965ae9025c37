// The schema machinery: one strict Ajv 2020 instance per document (every schema compiled by JSON
// pointer, so a typo in the spec is an error rather than an ignored keyword), the mapping of ajv's
// errors to issues with a severity, and reading a value against two views of a spec. It imports no
// generated file: `npm run generate` uses it to compile the standalone validators, and
// src/spec-views.ts applies it to the spec this package ships.
//
// Two views of one spec:
//   contract  closed objects and enums: what we send, what conformance measures
//   reader    the same pointers with unknown keys, unknown enum values and other rules the runtime
//             does not rely on relaxed (scripts/reader-view.ts): what arrives at run time must pass it
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { escapePointer, valueAtPointer } from "./json-pointer.js";

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule.default;

/** The id the bundled document is registered under; pointers resolve against it. */
export const SPEC_ID = "openapi.json";

/** OpenAPI keywords that ajv must tolerate when it meets them in the document (never validated). */
const OPENAPI_KEYWORDS = [
  "openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components", "security",
  "tags", "externalDocs", "example", "xml", "discriminator",
];

export interface SpecAjv {
  /** The compiled validator of the schema at `pointer` (e.g. `#/components/schemas/ServiceOrder`). Cached. */
  schemaAt(pointer: string): ValidateFunction;
}

/** Every `x-` key used anywhere in the document: ajv's strict mode rejects unknown keywords. */
function extensionKeys(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) extensionKeys(item, found);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("x-")) found.add(key);
      extensionKeys(value, found);
    }
  }
  return found;
}

/**
 * The strict Ajv 2020 instance behind `createSpecAjv`, with `doc` registered under `SPEC_ID`.
 * `code` is ajv's code option (`npm run generate` asks for `{ source: true, esm: true }` to write
 * standalone validators).
 */
export function createAjv(doc: object, code?: { source: boolean; esm: boolean }): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, ...(code ? { code } : {}) });
  addFormats(ajv);
  ajv.addVocabulary([...OPENAPI_KEYWORDS, ...extensionKeys(doc)]);
  ajv.addSchema(doc, SPEC_ID);
  return ajv;
}

/**
 * Validators for any document, compiled when first asked for. This compiles code from strings (ajv's
 * code generation): the conformance kit and custom `JumpSpec` documents use it; the spec this package
 * ships is checked with the validators compiled at generate time (`bundledSpecAjv`).
 */
export function createSpecAjv(doc: object): SpecAjv {
  const ajv = createAjv(doc);
  const cache = new Map<string, ValidateFunction>();
  return {
    schemaAt(pointer) {
      const key = normalize(pointer);
      let validate = cache.get(key);
      if (!validate) {
        validate = ajv.getSchema(`${SPEC_ID}${key}`);
        if (!validate) throw new Error(`no schema at ${key} in the bundled spec`);
        cache.set(key, validate);
      }
      return validate;
    },
  };
}

function normalize(pointer: string): string {
  return pointer.startsWith("#") ? pointer : `#${pointer}`;
}

/** Validators compiled by `npm run generate` (generated/*-validators.ts), by pointer. */
export function compiledSpec(validators: { readonly [pointer: string]: unknown }, view: string): SpecAjv {
  return {
    schemaAt(pointer) {
      const key = normalize(pointer);
      const validate = Object.hasOwn(validators, key) ? validators[key] : undefined;
      if (typeof validate !== "function") throw new Error(`no compiled ${view} validator for ${key} (the spec index lists what is compiled: runtimePointers, and contractPointers for the conformance validators)`);
      return validate as ValidateFunction;
    },
  };
}

/**
 * How far a difference from the contract goes:
 *  - "drift": the message has something the spec does not list — an unknown key, an unknown enum
 *    value. The APIv3 rules tell clients to ignore such additions; they are reported, never refused.
 *  - "violation": the message breaks a documented rule — a missing required field, a wrong type, a
 *    value over a length or outside a pattern, a known enum value where the spec fixes another.
 */
export type Severity = "violation" | "drift";

/** One difference between a value and a spec schema. */
export interface SpecIssue {
  /** RFC 6901 pointer of the field inside the checked value ("" = the value itself). */
  readonly pointer: string;
  /** JSON Schema keyword that failed (maxLength, required, enum, additionalProperties…). */
  readonly keyword: string;
  /** The rule in words, without the offending value. */
  readonly message: string;
  readonly severity: Severity;
}

/** Keywords that only combine others: their failure is explained by the errors of their branches. */
const COMBINATORS = new Set(["allOf", "anyOf", "oneOf", "not", "if", "then", "else"]);

/**
 * Ajv errors → issues, each naming the field by pointer (a missing or unknown key included) and the
 * rule, never the value, with its severity. Duplicates are dropped, and so is a combinator's error
 * when the errors of its branches say what is wrong (`if` never stands alone: its `then` does).
 */
export function specIssues(errors: readonly ErrorObject[] | null | undefined): SpecIssue[] {
  const list = errors ?? [];
  const enumPaths = new Set(list.filter((e) => e.keyword === "enum").map((e) => e.instancePath));
  const leafPaths = list.filter((e) => !COMBINATORS.has(e.keyword)).map((e) => e.instancePath);
  const seen = new Set<string>();
  const issues: SpecIssue[] = [];
  for (const error of list) {
    if (error.keyword === "if") continue;
    if (COMBINATORS.has(error.keyword) && leafPaths.some((path) => path === error.instancePath || path.startsWith(`${error.instancePath}/`))) continue;
    const { missingProperty, additionalProperty, unevaluatedProperty } = error.params as Record<string, unknown>;
    const child = [missingProperty, additionalProperty, unevaluatedProperty].find((name) => typeof name === "string") as string | undefined;
    const pointer = error.instancePath + (child === undefined ? "" : `/${escapePointer(child)}`);
    const message = error.message ?? `fails ${error.keyword}`;
    const key = `${pointer}\u0000${error.keyword}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ pointer, keyword: error.keyword, message, severity: severityOf(error.keyword, enumPaths.has(error.instancePath)) });
  }
  return issues;
}

function severityOf(keyword: string, unknownEnumValue: boolean): Severity {
  if (keyword === "additionalProperties" || keyword === "unevaluatedProperties" || keyword === "enum") return "drift";
  // A `const` narrows an enum (e.g. USER_PAID's state is DONE): a value the enum does not know is
  // drift, a known value other than the fixed one breaks the rule.
  if (keyword === "const" && unknownEnumValue) return "drift";
  return "violation";
}

/** One issue as a line: `<pointer> <keyword>: <message>` (no value), for typed errors and reports. */
export function describeIssue(issue: SpecIssue): string {
  return `${issue.pointer || "/"} ${issue.keyword}: ${issue.message}`;
}

/** A difference the reader tolerated, with a short preview of the value for logs. */
export interface SpecDifference extends SpecIssue {
  /**
   * The value at `pointer` as at most 64 characters of JSON (control characters escaped), absent for
   * a missing field. From the wire: never a secret of ours, but it may be personal data (an openid).
   */
  readonly value?: string;
}

export type SpecReading =
  /** The reader view accepts the value; `differences` from the contract (empty when it conforms). */
  | { readonly accepted: true; readonly differences: readonly SpecDifference[] }
  /** The reader view refuses it: something the runtime relies on is missing or of the wrong type. */
  | { readonly accepted: false; readonly issues: readonly SpecDifference[] };

const NO_DIFFERENCES: readonly SpecDifference[] = Object.freeze([]);

/** What `readWith` needs of a validator set: `createSpecAjv`'s `schemaAt`. */
export interface SchemaSource {
  schemaAt(pointer: string): { (data: unknown): boolean; errors?: readonly ErrorObject[] | null };
}

/** `readAgainstSpec` over any pair of views (a contract document and its reader view). */
export function readWith(contract: SchemaSource, reader: SchemaSource, pointer: string, value: unknown): SpecReading {
  const strict = contract.schemaAt(pointer);
  if (strict(value)) return { accepted: true, differences: NO_DIFFERENCES };
  const differences = specIssues(strict.errors).map((issue) => withPreview(issue, value));
  const tolerant = reader.schemaAt(pointer);
  if (!tolerant(value)) return { accepted: false, issues: specIssues(tolerant.errors).map((issue) => withPreview(issue, value)) };
  return { accepted: true, differences };
}

const PREVIEW_LENGTH = 64;

function withPreview(issue: SpecIssue, data: unknown): SpecDifference {
  if (issue.keyword === "required") return issue;
  const preview = previewValue(valueAtPointer(data, issue.pointer));
  return preview === undefined ? issue : { ...issue, value: preview };
}

/** At most 64 characters of a value's JSON; control characters come out escaped by JSON.stringify. */
function previewValue(value: unknown): string | undefined {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return "(unprintable)";
  }
  if (text === undefined) return undefined;
  const chars = Array.from(text.slice(0, PREVIEW_LENGTH * 2));
  return chars.length <= PREVIEW_LENGTH ? chars.join("") : `${chars.slice(0, PREVIEW_LENGTH - 1).join("")}…`;
}

export type { ErrorObject, ValidateFunction };
