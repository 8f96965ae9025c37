// The client-side jumps on the docs page. Redoc shows operations and webhooks but has no place for
// schemas that are not HTTP messages, so the docs build gives every root `x-client-jumps` entry a tag
// of its own whose description is Redoc's own schema view (the Markdoc `schemaDefinition` tag), plus
// one view per nested schema (a `$ref`ed object or the `contentSchema` of an encoded string field).
// The jump facts come from the spec index (`SPEC_INDEX.jumps`), so nothing here follows `$ref`s and
// the spec stays the only place a field's rules are written.
import type { JumpFact, JumpSchemaFact } from "../src/spec-index.ts";

type Tag = { name: string; "x-displayName"?: string; description?: string };
type Doc = { tags?: Tag[]; "x-tagGroups"?: unknown };

/** The spec's tag that introduces the jumps (it has no operations). */
export const JUMPS_TAG = "Client-side jumps";
/** The sidebar group the operations' tags go into once the jumps have a group of their own. */
export const API_GROUP = "API";

/** A nested schema shown under its jump: the dotted field path that holds it, and the schema. */
interface Nested {
  readonly path: string;
  readonly mediaType?: string;
  readonly schema: JumpSchemaFact;
}

/** Every nested object of a jump schema, depth first, each component once. */
function nestedOf(schema: JumpSchemaFact, prefix = "", seen = new Set<string>([schema.component])): Nested[] {
  const out: Nested[] = [];
  for (const field of schema.fields) {
    if (!field.content || seen.has(field.content.component)) continue;
    seen.add(field.content.component);
    const path = `${prefix}${field.name}`;
    out.push({ path, ...(field.contentMediaType ? { mediaType: field.contentMediaType } : {}), schema: field.content });
    out.push(...nestedOf(field.content, `${path}.`, seen));
  }
  return out;
}

const schemaView = (pointer: string) => `{% schemaDefinition schemaRef="${pointer}" /%}`;

/** The Markdown of one jump's tag: its minimum client versions, its schema, then each nested schema. */
export function jumpMarkdown(jump: JumpFact): string {
  const versions = Object.entries(jump.minVersions);
  const parts = [
    `Schema \`${jump.component}\`.` + (versions.length ? ` Minimum versions: ${versions.map(([client, v]) => `${client} ${v}`).join(", ")}.` : ""),
    schemaView(jump.schema),
  ];
  for (const nested of nestedOf(jump)) {
    const encoded = nested.mediaType ? `, encoded as \`${nested.mediaType}\`` : "";
    parts.push(`**\`${nested.path}\`: ${nested.schema.component}**, the content of \`${nested.path}\`${encoded}.`, schemaView(nested.schema.schema));
  }
  return parts.join("\n\n");
}

/**
 * Returns a copy of the bundled document with one tag per jump (named by its `x-client-jumps` key,
 * described by `jumpMarkdown`) and `x-tagGroups`: the document's own tags under `API_GROUP`, the
 * jumps tag and the per-jump tags under the jumps tag's display name. Throws when the document has no
 * `JUMPS_TAG` tag or a jump's name is already a tag.
 */
export function withJumpSections<T extends Doc>(doc: T, jumps: readonly JumpFact[]): T {
  const tags = doc.tags ?? [];
  const intro = tags.find((t) => t.name === JUMPS_TAG);
  if (!intro) throw new Error(`the spec has no "${JUMPS_TAG}" tag`);
  for (const jump of jumps) if (tags.some((t) => t.name === jump.name)) throw new Error(`tag "${jump.name}" already exists`);
  const jumpTags: Tag[] = jumps.map((jump) => ({ name: jump.name, description: jumpMarkdown(jump) }));
  return {
    ...doc,
    tags: [...tags, ...jumpTags],
    "x-tagGroups": [
      { name: API_GROUP, tags: tags.filter((t) => t !== intro).map((t) => t.name) },
      { name: intro["x-displayName"] ?? intro.name, tags: [intro.name, ...jumps.map((j) => j.name)] },
    ],
  };
}
