// No unused component. Redocly's no-unused-components cannot see components declared as `$ref`s to
// other files (our layout), so this walks the bundled document: every component must be reachable
// from the paths, webhooks or the source's `x-client-jumps` (which the bundler inlines).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { SPEC } from "../../scripts/generate.ts";
import { bundledSpec, type Json } from "./spec-doc.ts";

function refsIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") found.add(value);
      else refsIn(value, found);
    }
  }
  return found;
}

function unusedComponents(doc: Json, jumpRefs: Json): string[] {
  const target = (ref: string) => ref.slice(2).split("/").reduce((n: Json, s) => n?.[s], doc);
  const used = new Set<string>();
  const queue = [...refsIn([doc.paths, doc.webhooks, doc.security, jumpRefs])];
  while (queue.length > 0) {
    const ref = queue.pop()!;
    if (used.has(ref)) continue;
    used.add(ref);
    queue.push(...refsIn(target(ref)));
  }
  return Object.entries<Record<string, unknown>>(doc.components)
    .filter(([kind]) => kind !== "securitySchemes") // used by name in `security`, not by $ref
    .flatMap(([kind, map]) => Object.keys(map).map((name) => `#/components/${kind}/${name}`))
    .filter((ref) => !used.has(ref));
}

describe("components", () => {
  const doc = bundledSpec();
  const jumpRefs = YAML.parse(readFileSync(SPEC, "utf8"))["x-client-jumps"];

  it("are each reachable from an operation, a webhook or a client-side jump", () => {
    expect(Object.keys(jumpRefs).length).toBeGreaterThan(0);
    expect(unusedComponents(doc, jumpRefs)).toEqual([]);
  });
  it("finds a planted unused component (the check can fail)", () => {
    const broken = structuredClone(doc);
    broken.components.schemas.Orphan = { type: "string", maxLength: 1 };
    expect(unusedComponents(broken, jumpRefs)).toEqual(["#/components/schemas/Orphan"]);
  });
});
