/**
 * The jump builders' view of the spec: the `jumps` section of the spec index
 * (`SPEC_INDEX.jumps`, generated from the root `x-client-jumps` and the
 * component schemas they name, spec/schemas/jumps.yaml).
 *
 * Every fixed value (appIds, paths, businessType), default, length and
 * minimum version a builder uses is read here from those facts (`const`,
 * `enum`, `maxLength`, `x-min-versions`), and every built value is checked
 * against its schema with the validators compiled at generate time: the spec
 * is the only place a field's rules are written.
 */
import type { JumpKind } from "../../generated/spec-index.js";
import { PayScoreError } from "../errors.js";
import { escapePointer } from "../json-pointer.js";
import { readWith, specIssues, type SchemaSource, type SpecDifference } from "../spec-ajv.js";
import { SPEC_INDEX, type JumpFact, type JumpFieldFact, type JumpSchemaFact } from "../spec-index.js";
import { bundledReaderAjv, bundledSpecAjv } from "../spec-views.js";
import { JumpInputError, type JumpIssue } from "./errors.js";

/** Names of the client-side jumps, the keys of the spec's root `x-client-jumps`. */
export type { JumpKind };

/**
 * Validators by JSON pointer into a spec document (`#/components/schemas/<name>` and its
 * `/properties/<field>`): `bundledSpecAjv()` for the spec this package ships, `createSpecAjv(doc)`
 * (src/spec-ajv.ts) for another document.
 */
export type SpecValidators = SchemaSource;

const SCHEMAS = "#/components/schemas";

/** Reads a jump's rules from one set of jump facts and checks values against their schemas. */
export class JumpSpec {
  /** The jumps this spec knows (`SPEC_INDEX.jumps` for the spec this package ships). */
  readonly jumps: readonly JumpFact[];
  readonly #validators: SpecValidators;
  readonly #readerValidators: SpecValidators | undefined;
  readonly #schemas = new Map<string, JumpSchemaFact>();

  /**
   * `jumps`: the facts of a spec's `x-client-jumps` (`SPEC_INDEX.jumps`; `jumpFacts(doc)` in
   * conformance/spec-index.ts makes them for another document). `validators`: the contract view of the
   * same spec. `readerValidators`: its reader view (unknown keys and values tolerated), used by `read`;
   * without it `read` is as strict as `check`.
   */
  constructor(jumps: readonly JumpFact[] = SPEC_INDEX.jumps, validators: SpecValidators = bundledSpecAjv(), readerValidators?: SpecValidators) {
    this.jumps = jumps;
    this.#validators = validators;
    this.#readerValidators = readerValidators;
    const visit = (schema: JumpSchemaFact) => {
      if (this.#schemas.has(schema.component)) return;
      this.#schemas.set(schema.component, schema);
      for (const field of schema.fields) if (field.content) visit(field.content);
    };
    jumps.forEach(visit);
  }

  /** A jump schema by component name (a jump itself or an object one of its fields holds). Throws `PayScoreError` when unknown. */
  schema(name: string): JumpSchemaFact {
    const schema = this.#schemas.get(name);
    if (!schema) throw specError(`${SCHEMAS}/${escapePointer(name)}`, "is not a jump schema");
    return schema;
  }

  /** A field (property) of a jump schema. Throws `PayScoreError` when the schema has no such field. */
  field(name: string, prop: string): JumpFieldFact {
    const field = this.schema(name).fields.find((f) => f.name === prop);
    if (!field) throw specError(propertyPointer(name, prop), "is missing");
    return field;
  }

  /** The `const` of a property: the fixed values the docs print ("固定配置", "固定值"). */
  fixed(name: string, prop: string): string {
    const value = this.field(name, prop).const;
    if (typeof value !== "string") throw specError(this.field(name, prop).schema, "has no string `const`");
    return value;
  }

  /** The first `enum` value of a property (the documented default, e.g. miniProgramType 0 = 正式版). */
  firstEnum(name: string, prop: string): string | number {
    const [value] = this.field(name, prop).enum ?? [];
    if (value === undefined) throw specError(this.field(name, prop).schema, "has no `enum`");
    return value;
  }

  /** The `maxLength` (characters) of a property (e.g. nonce_str "不长于32位"). */
  maxLength(name: string, prop: string): number {
    const value = this.field(name, prop).maxLength;
    if (value === undefined) throw specError(this.field(name, prop).schema, "has no `maxLength`");
    return value;
  }

  /** The root `x-client-jumps` entry `kind`. Throws `PayScoreError` when the spec has no such jump. */
  jump(kind: string): JumpFact {
    const jump = this.jumps.find((j) => j.name === kind);
    if (!jump) throw specError(`#/x-client-jumps/${escapePointer(kind)}`, "is missing");
    return jump;
  }

  /** `x-min-versions` of a jump: client name → minimum version (none when the spec gives none). */
  minVersions(kind: string): Readonly<Record<string, string>> {
    return this.jump(kind).minVersions;
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
    if (!this.#readerValidators) {
      this.check(name, value);
      return [];
    }
    const reading = readWith(this.#validators, this.#readerValidators, `${SCHEMAS}/${escapePointer(name)}`, value);
    if (reading.accepted) return reading.differences;
    throw inputError(reading.issues.map(({ pointer, keyword, message }) => ({ source: name, pointer, keyword, message })), name, "");
  }

  /** Checks each field against its property schema in `name` (before a value is signed). */
  checkProperties(name: string, fields: { readonly [prop: string]: unknown }): void {
    for (const [prop, value] of Object.entries(fields)) {
      this.#run(propertyPointer(name, prop), value, name, `/${escapePointer(prop)}`);
    }
  }

  #run(pointer: string, value: unknown, source: string, prefix: string): void {
    const validate = this.#validators.schemaAt(pointer);
    if (validate(value)) return;
    const issues = specIssues(validate.errors).map(({ pointer: at, keyword, message }) => ({ source, pointer: prefix + at, keyword, message }));
    throw inputError(issues, source, prefix);
  }
}

let bundledSpec: JumpSpec | undefined;

/**
 * The spec this package ships (`SPEC_INDEX.jumps`, its contract validators and, for `read`, its
 * reader validators), made once; validators shared with the client.
 */
export function bundledJumpSpec(): JumpSpec {
  bundledSpec ??= new JumpSpec(SPEC_INDEX.jumps, bundledSpecAjv(), bundledReaderAjv());
  return bundledSpec;
}

/** `JumpInputError` for the issues (field pointers and rules, never values); a generic issue when ajv gave none. */
function inputError(issues: JumpIssue[], source: string, pointer: string): JumpInputError {
  const [first = { source, pointer, keyword: "schema", message: "is invalid" }, ...rest] = issues;
  return new JumpInputError([first, ...rest]);
}

function propertyPointer(name: string, prop: string): string {
  return `${SCHEMAS}/${escapePointer(name)}/properties/${escapePointer(prop)}`;
}

/** The spec lacks something a builder reads: a packaging bug, not bad input. */
function specError(pointer: string, problem: string): PayScoreError {
  return new PayScoreError(`Spec: ${pointer} ${problem}`);
}
