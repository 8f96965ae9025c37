/**
 * The jump builders' view of the bundled spec (`generated/openapi.json`).
 *
 * Every fixed value (appIds, paths, businessType), default, length and
 * minimum version a builder uses is read here from the component schemas
 * (`const`, `enum`, `maxLength`, `x-min-versions`), and every built value is
 * checked with ajv against its schema: the spec is the only place a field's
 * rules are written (spec/schemas/jumps.yaml).
 */
import bundled from "../../generated/openapi.json" with { type: "json" };
import { PayScoreError } from "../errors.js";
import { escapePointer } from "../json-pointer.js";
import { createSpecAjv, readWith, type SchemaSource, type SpecDifference } from "../spec-ajv.js";
import { bundledReaderAjv, bundledSpecAjv } from "../spec-views.js";
import { JumpInputError, type JumpIssue } from "./errors.js";

export type JsonSchema = { readonly [keyword: string]: unknown };

/** The parts of the bundled OpenAPI document the jump builders read. */
export interface SpecDocument {
  readonly components: { readonly schemas: { readonly [name: string]: JsonSchema } };
  readonly "x-client-jumps"?: { readonly [kind: string]: JsonSchema };
}

/**
 * Names of the client-side jumps, the keys of the spec's root `x-client-jumps`. Spelled out (rather
 * than `keyof` the imported JSON) so the published .d.ts does not import the JSON document; the check
 * below makes a difference from the spec a compile error.
 */
export type JumpKind =
  | "wxpayScoreEnableApp"
  | "wxpayScoreEnableJsapi"
  | "wxpayScoreEnableMiniProgram"
  | "wxpayScoreEnableNavigateToMiniProgram"
  | "wxpayScoreUse"
  | "wxpayScoreUseReturn"
  | "repaymentMiniProgram"
  | "repaymentApp";

type SpecJumpKind = keyof (typeof bundled)["x-client-jumps"];
/** Compiles only while `JumpKind` and the spec's `x-client-jumps` keys are the same set. */
const jumpKindsMatchSpec: [JumpKind] extends [SpecJumpKind] ? ([SpecJumpKind] extends [JumpKind] ? true : never) : never = true;
void jumpKindsMatchSpec;

/** What an ajv `ValidateFunction` looks like from here (structural, so no ajv import). */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: readonly AjvIssue[] | null;
}

export interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: { readonly [name: string]: unknown };
}

/** The interface of `createSpecAjv(doc)` in src/spec-ajv.ts. */
export interface SpecValidators {
  schemaAt(pointer: string): SchemaValidator;
}

const SCHEMAS = "/components/schemas";

/** Reads rules from one spec document and checks values against its schemas. */
export class JumpSpec {
  readonly doc: SpecDocument;
  readonly #makeValidators: (doc: SpecDocument) => SpecValidators;
  readonly #makeReaderValidators: (() => SpecValidators) | undefined;
  #validators: SpecValidators | undefined;
  #readerValidators: SpecValidators | undefined;

  /**
   * `doc`: the contract view. `makeReaderValidators`: validators over its reader view (the same
   * document with unknown keys and values tolerated, `generated/reader-validators.ts` for the bundled
   * spec), used by `read`; without it `read` is as strict as `check`.
   */
  constructor(
    doc: SpecDocument,
    makeValidators: (doc: SpecDocument) => SpecValidators = createSpecAjv,
    makeReaderValidators?: () => SpecValidators,
  ) {
    this.doc = doc;
    this.#makeValidators = makeValidators;
    this.#makeReaderValidators = makeReaderValidators;
  }

  /** `components.schemas[name]`. */
  schema(name: string): JsonSchema {
    return this.#resolve(this.doc.components.schemas[name], `${SCHEMAS}/${name}`);
  }

  /** A property's schema, following a local `$ref`. */
  property(name: string, prop: string): JsonSchema {
    const properties = this.schema(name)["properties"] as { [p: string]: JsonSchema } | undefined;
    return this.#resolve(properties?.[prop], propertyPointer(name, prop));
  }

  /** The `const` of a property: the fixed values the docs print ("固定配置", "固定值"). */
  fixed(name: string, prop: string): string {
    const value = this.property(name, prop)["const"];
    if (typeof value !== "string") throw specError(propertyPointer(name, prop), "has no string `const`");
    return value;
  }

  /** The first `enum` value of a property (the documented default, e.g. miniProgramType 0 = 正式版). */
  firstEnum(name: string, prop: string): string | number {
    const [value] = (this.property(name, prop)["enum"] as unknown[] | undefined) ?? [];
    if (typeof value !== "string" && typeof value !== "number") throw specError(propertyPointer(name, prop), "has no `enum`");
    return value;
  }

  /** The `maxLength` of a property (e.g. nonce_str "不长于32位"). */
  maxLength(name: string, prop: string): number {
    const value = this.property(name, prop)["maxLength"];
    if (typeof value !== "number") throw specError(propertyPointer(name, prop), "has no `maxLength`");
    return value;
  }

  /** The schema a root `x-client-jumps` entry names. */
  jump(kind: string): JsonSchema {
    return this.#resolve(this.doc["x-client-jumps"]?.[kind], `/x-client-jumps/${escapePointer(kind)}`);
  }

  /** `x-min-versions` of a jump: client name → minimum version (none when the spec gives none). */
  minVersions(kind: string): Readonly<Record<string, string>> {
    const versions = this.jump(kind)["x-min-versions"] ?? {};
    const entries = Object.entries(versions as object);
    if (entries.some(([, v]) => typeof v !== "string")) throw specError(`/x-client-jumps/${kind}`, "has a non-string `x-min-versions` value");
    return Object.fromEntries(entries) as Record<string, string>;
  }

  /** Throws `JumpInputError` unless `value` satisfies `components.schemas[name]`. */
  check(name: string, value: unknown): void {
    this.#run(`${SCHEMAS}/${escapePointer(name)}`, value, name, "");
  }

  /**
   * Reads a value that came back from WeChat (e.g. `referrerInfo.extraData`) tolerantly: throws
   * `JumpInputError` only when the reader view refuses it (a required field missing, a wrong type),
   * and returns each other difference from `components.schemas[name]` (an unknown key, a longer value).
   */
  read(name: string, value: unknown): readonly SpecDifference[] {
    if (!this.#makeReaderValidators) {
      this.check(name, value);
      return [];
    }
    this.#validators ??= this.#makeValidators(this.doc);
    this.#readerValidators ??= this.#makeReaderValidators();
    const pointer = `${SCHEMAS}/${escapePointer(name)}`;
    const reading = readWith(this.#validators as SchemaSource, this.#readerValidators as SchemaSource, pointer, value);
    if (reading.accepted) return reading.differences;
    const issues = reading.issues.map(({ pointer: at, keyword, message }) => ({ source: name, pointer: at, keyword, message }));
    throw new JumpInputError(nonEmpty(issues, { source: name, pointer: "", keyword: "schema", message: "is invalid" }));
  }

  /** Checks each field against its property schema in `name` (before a value is signed). */
  checkProperties(name: string, fields: { readonly [prop: string]: unknown }): void {
    for (const [prop, value] of Object.entries(fields)) {
      this.#run(propertyPointer(name, prop), value, name, `/${escapePointer(prop)}`);
    }
  }

  #run(pointer: string, value: unknown, source: string, prefix: string): void {
    this.#validators ??= this.#makeValidators(this.doc);
    const validate = this.#validators.schemaAt(pointer);
    if (validate(value)) return;
    const issues = (validate.errors ?? []).map((error) => issueOf(error, source, prefix));
    throw new JumpInputError(nonEmpty(issues, { source, pointer: prefix, keyword: "schema", message: "is invalid" }));
  }

  #resolve(schema: unknown, pointer: string): JsonSchema {
    let current = schema;
    for (let hops = 0; isObject(current) && typeof current["$ref"] === "string"; hops++) {
      const ref = current["$ref"];
      if (hops > 8 || !ref.startsWith(`#${SCHEMAS}/`)) throw specError(pointer, "has an unsupported `$ref`");
      current = this.doc.components.schemas[ref.slice(SCHEMAS.length + 2)];
    }
    if (!isObject(current)) throw specError(pointer, "is missing");
    return current;
  }
}

let bundledSpec: JumpSpec | undefined;

/**
 * The spec this package ships (`generated/openapi.json`, and its reader view for `read`), read once;
 * validators shared with the client.
 */
export function bundledJumpSpec(): JumpSpec {
  bundledSpec ??= new JumpSpec(bundled, bundledSpecAjv, bundledReaderAjv);
  return bundledSpec;
}

/** Ajv error → issue naming the field by JSON pointer and the rule, never the value. */
function issueOf(error: AjvIssue, source: string, prefix: string): JumpIssue {
  const { missingProperty, additionalProperty } = error.params;
  const child = typeof missingProperty === "string" ? missingProperty : additionalProperty;
  const pointer = prefix + error.instancePath + (typeof child === "string" ? `/${escapePointer(child)}` : "");
  return { source, pointer, keyword: error.keyword, message: error.message ?? `fails ${error.keyword}` };
}

function nonEmpty<T>(items: T[], fallback: T): [T, ...T[]] {
  const [first = fallback, ...rest] = items;
  return [first, ...rest];
}

function propertyPointer(name: string, prop: string): string {
  return `${SCHEMAS}/${escapePointer(name)}/properties/${escapePointer(prop)}`;
}

function isObject(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The bundled spec lacks something a builder reads: a packaging bug, not bad input. */
function specError(pointer: string, problem: string): PayScoreError {
  return new PayScoreError(`Bundled spec: ${pointer} ${problem}`);
}
