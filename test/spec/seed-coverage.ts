// Checks the bundled spec against seed 000's own tables: every field row `名称 field string[min, max]`
// must appear in the schema(s) that table describes with the same lengths, and every error code the
// seed lists must be carried by that status on each of the seed's operations.
// A length that differs is accepted only where the spec records why (an `x-decision` on the field).

import { unescapePointer } from "../../src/json-pointer.ts";

type Json = any;

/** Which schemas (JSON pointers into the bundled doc) each of seed 000's tables describes, in order. */
const TABLE_TARGETS: string[][] = [
  ["#/components/schemas/ApplyPermissionsRequest"],
  ["#/components/schemas/ApplyPermissionsResponse"],
  ["op:getPermissionsByAuthorizationCode"],
  ["#/components/schemas/PermissionsRecord"],
  ["op:terminatePermissionsByAuthorizationCode", "#/components/schemas/TerminatePermissionsRequest"],
  ["#/components/schemas/NotificationEnvelope"],
  // the nested `resource` table; the flattened copy puts the envelope's `summary` row at its end
  ["#/components/schemas/NotificationResource", "#/components/schemas/NotificationEnvelope"],
  ["#/components/schemas/PermissionsNotificationResource"],
  ["#/components/schemas/NotificationReply"],
  ["#/components/schemas/WxpayScoreEnableAppRequest"],
  // the nested `query` table; the flattened copy puts the App's `extInfo` row at its end
  ["#/components/schemas/EnableJumpQuery", "#/components/schemas/WxpayScoreEnableAppRequest"],
  ["#/components/schemas/WxpayScoreEnableJsapiRequest"],
  ["#/components/schemas/EnableJumpQuery"],
  ["#/components/schemas/WxpayScoreEnableMiniProgramRequest", "#/components/schemas/EnableJumpQuery"],
  ["#/components/schemas/WxpayScoreEnableNavigateToMiniProgram", "#/components/schemas/EnableJumpQuery"],
];

/** The operations seed 000 documents, each followed by its error table. */
export const SEED_OPERATIONS = [
  "applyPermissions",
  "getPermissionsByAuthorizationCode",
  "terminatePermissionsByAuthorizationCode",
];

export interface SeedField { table: number; field: string; min: number; max: number }
export interface SeedErrorCode { status: string; code: string }

const TABLE_HEADER = "参数名 变量 类型[长度限制] 必填 描述";
// A row: optional "+", a Chinese label (may contain spaces after "+"), the field, `string[min, max]`.
const FIELD_ROW = /^\+?\s*\S+\s+([A-Za-z_]+)\s+string\[(\d+),\s*(\d+)\]/;
// An error row: status, code (seed 000 has a stray space inside one), then the Chinese description.
const ERROR_ROW = /^(\d{3}) ([A-Z_ ]+?) [\u4e00-\u9fff]/;

export function seedTables(seed: string): SeedField[][] {
  const tables: SeedField[][] = [];
  for (const line of seed.split("\n")) {
    if (line.trim() === TABLE_HEADER) { tables.push([]); continue; }
    const m = FIELD_ROW.exec(line.trim());
    if (m && tables.length > 0) {
      tables[tables.length - 1]!.push({ table: tables.length - 1, field: m[1]!, min: Number(m[2]), max: Number(m[3]) });
    }
  }
  return tables.filter((t) => t.length > 0);
}

export function seedErrorCodes(seed: string): SeedErrorCode[] {
  const seen = new Map<string, SeedErrorCode>();
  for (const line of seed.split("\n")) {
    const m = ERROR_ROW.exec(line.trim());
    if (m) {
      const code = m[2]!.replace(/\s+/g, ""); // `ORDER_NOT_ EXIST` → `ORDER_NOT_EXIST` (DECISIONS S1)
      seen.set(`${m[1]} ${code}`, { status: m[1]!, code });
    }
  }
  return [...seen.values()];
}

export function resolve(doc: Json, node: Json): Json {
  let n = node;
  for (let i = 0; n && typeof n.$ref === "string" && i < 20; i++) n = pointer(doc, n.$ref);
  return n;
}

export function pointer(doc: Json, ref: string): Json {
  if (!ref.startsWith("#/")) throw new Error(`not a local ref: ${ref}`);
  return ref.slice(2).split("/").reduce((n: Json, seg) => n?.[unescapePointer(seg)], doc);
}

export function operationById(doc: Json, id: string): Json {
  for (const item of Object.values<Json>(doc.paths ?? {})) {
    for (const op of Object.values<Json>(item)) if (op?.operationId === id) return op;
  }
  throw new Error(`no operation ${id}`);
}

/** Every schema that may describe `field` in a target: object properties (also inside allOf) or parameters. */
function candidates(doc: Json, target: string, field: string): Json[] {
  if (target.startsWith("op:")) {
    const op = operationById(doc, target.slice(3));
    return (op.parameters ?? []).map((p: Json) => resolve(doc, p)).filter((p: Json) => p.name === field)
      .map((p: Json) => ({ ...p.schema, "x-decision": p["x-decision"] ?? p.schema?.["x-decision"] }));
  }
  const schema = resolve(doc, pointer(doc, target));
  const parts = [schema, ...(schema.allOf ?? []).map((s: Json) => resolve(doc, s))];
  return parts.map((p: Json) => p.properties?.[field]).filter(Boolean);
}

/** The effective lengths of a property schema: its own keywords override those of its `$ref` target. */
function lengths(doc: Json, prop: Json): { min?: number; max?: number; decision?: string } {
  const target = prop.$ref ? resolve(doc, prop) : {};
  return {
    min: prop.minLength ?? target.minLength,
    max: prop.maxLength ?? target.maxLength,
    decision: prop["x-decision"] ?? target["x-decision"],
  };
}

export function fieldProblems(doc: Json, seed: string): string[] {
  const tables = seedTables(seed);
  const problems: string[] = [];
  if (tables.length !== TABLE_TARGETS.length) {
    problems.push(`seed 000 has ${tables.length} field tables, the check maps ${TABLE_TARGETS.length}`);
  }
  tables.forEach((rows, i) => {
    for (const row of rows) {
      const found = (TABLE_TARGETS[i] ?? []).flatMap((t) => candidates(doc, t, row.field));
      if (found.length === 0) { problems.push(`table ${i + 1}: ${row.field} is not in ${TABLE_TARGETS[i]}`); continue; }
      const ok = found.some((p) => {
        const l = lengths(doc, p);
        return l.max === row.max && (l.min === row.min || l.decision !== undefined);
      });
      if (!ok) {
        const got = found.map((p) => JSON.stringify(lengths(doc, p))).join(" / ");
        problems.push(`table ${i + 1}: ${row.field} is string[${row.min}, ${row.max}] in the seed, ${got} in the spec`);
      }
    }
  });
  return problems;
}

/** The codes the response for `status` may carry (its schema's narrowed `code` enum). */
export function codesFor(doc: Json, op: Json, status: string): string[] {
  const response = resolve(doc, op.responses?.[status]);
  const schema = resolve(doc, response?.content?.["application/json"]?.schema);
  if (!schema) return [];
  const parts = [schema, ...(schema.allOf ?? []).map((s: Json) => resolve(doc, s))];
  return parts.flatMap((p: Json) => resolve(doc, p.properties?.code)?.enum ?? []);
}

export function errorCodeProblems(doc: Json, seed: string, operations = SEED_OPERATIONS): string[] {
  const problems: string[] = [];
  const codes = seedErrorCodes(seed);
  if (codes.length === 0) problems.push("no error codes found in the seed");
  for (const id of operations) {
    const op = operationById(doc, id);
    for (const { status, code } of codes) {
      if (!codesFor(doc, op, status).includes(code)) problems.push(`${id}: ${status} does not carry ${code}`);
    }
  }
  return problems;
}
