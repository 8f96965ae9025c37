// Renders the client-side jump schemas (root `x-client-jumps`) as Markdown tables for the docs page.
// Redocly's renderer shows operations and webhooks but has no place for schemas that are not HTTP
// messages, so the docs build writes these tables into the jumps tag's description. They are made
// from the bundled spec, so the spec stays the only place a field's rules are written.

type Schema = Record<string, any>;
type Doc = { components: { schemas: Record<string, Schema> }; tags?: Schema[]; "x-client-jumps"?: Record<string, Schema> };

export const JUMPS_TAG = "Client-side jumps";

function resolve(doc: Doc, schema: Schema): Schema {
  let s = schema;
  while (typeof s?.$ref === "string") s = doc.components.schemas[s.$ref.split("/").pop()!]!;
  return s;
}

function refName(schema: Schema): string | undefined {
  return typeof schema?.$ref === "string" ? schema.$ref.split("/").pop() : undefined;
}

function typeOf(doc: Doc, prop: Schema): string {
  const s = resolve(doc, prop);
  const len = s.maxLength !== undefined ? `[${s.minLength ?? 0}, ${s.maxLength}]` : "";
  const name = refName(prop) ?? refName(s.contentSchema ?? {});
  const nested = name && resolve(doc, prop).type === "object" ? ` (${name})` : "";
  return `${s.type ?? "any"}${len}${nested}`;
}

function ruleOf(doc: Doc, prop: Schema): string {
  const s = resolve(doc, prop);
  const rules: string[] = [];
  if (s.const !== undefined) rules.push(`fixed \`${s.const}\``);
  if (s.enum) rules.push(`one of ${s.enum.map((v: unknown) => `\`${v}\``).join(", ")}`);
  if (s.pattern) rules.push(`pattern \`${s.pattern}\``);
  const inner = refName(s.contentSchema ?? {});
  if (inner) rules.push(`encodes ${inner} as ${s.contentMediaType}`);
  return rules.join("; ");
}

const cell = (text: unknown) => String(text ?? "").replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();

function table(doc: Doc, name: string): string {
  const schema = resolve(doc, doc.components.schemas[name]!);
  const required = new Set<string>(schema.required ?? []);
  const rows = Object.entries<Schema>(schema.properties ?? {}).map(([field, prop]) => {
    const description = prop.description ?? resolve(doc, prop).description;
    return `| \`${field}\` | ${cell(typeOf(doc, prop))} | ${required.has(field) ? "yes" : "no"} | ${cell(ruleOf(doc, prop))} | ${cell(description)} |`;
  });
  const versions = schema["x-min-versions"]
    ? `\n\nMinimum versions: ${Object.entries(schema["x-min-versions"]).map(([k, v]) => `${k} ${v}`).join(", ")}.`
    : "";
  return [
    `### ${name}`,
    "",
    cell(schema.description) + versions,
    "",
    "| field | type | required | rule | description |",
    "|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/** Names of every schema a jump uses, the jumps themselves first, then what they refer to. */
function jumpSchemaNames(doc: Doc): string[] {
  const names: string[] = [];
  const visit = (schema: Schema) => {
    const name = refName(schema);
    if (name && !names.includes(name)) {
      names.push(name);
      visit(doc.components.schemas[name]!);
    }
    if (schema && typeof schema === "object") for (const v of Object.values(schema)) if (typeof v === "object") visit(v);
  };
  for (const jump of Object.values(doc["x-client-jumps"] ?? {})) visit(jump);
  return names;
}

/** Appends one table per jump schema to the jumps tag's description (returns a new document). */
export function withJumpTables<T extends Doc>(doc: T, jumpRefs: Record<string, Schema>): T {
  const names = jumpSchemaNames({ ...doc, "x-client-jumps": jumpRefs });
  const markdown = names.map((n) => table(doc, n)).join("\n\n");
  const tags = (doc.tags ?? []).map((t) => (t.name === JUMPS_TAG ? { ...t, description: `${t.description ?? ""}\n\n${markdown}` } : t));
  return { ...doc, tags };
}
