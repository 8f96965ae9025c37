// Shared by the spec tests: the spec bundled fresh from spec/ (so tests check the source, not
// generated/), and walkers over its operations, webhooks, schemas and examples.
import { bundleSpec } from "../../scripts/generate.ts";
import { escapePointer } from "../../src/json-pointer.ts";

export type Json = any;
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

let cached: Json | undefined;
export function bundledSpec(): Json {
  cached ??= bundleSpec();
  return cached;
}

export interface OperationRef { method: string; path: string; op: Json; pointer: string }

export function operations(doc: Json, section: "paths" | "webhooks" = "paths"): OperationRef[] {
  return Object.entries<Json>(doc[section] ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({
      method, path, op: item[method], pointer: `#/${section}/${escapePointer(path)}/${method}`,
    })));
}

/** Every schema location in the document (components and inline), as JSON pointers. */
export function schemaPointers(doc: Json): string[] {
  const out = Object.keys(doc.components?.schemas ?? {}).map((n) => `#/components/schemas/${escapePointer(n)}`);
  const visit = (node: Json, ptr: string) => {
    if (!node || typeof node !== "object") return;
    for (const [k, v] of Object.entries<Json>(node)) {
      const child = `${ptr}/${escapePointer(k)}`;
      if (k === "schema" && v && typeof v === "object") out.push(child);
      else if (k !== "components") visit(v, child);
    }
  };
  visit({ paths: doc.paths, webhooks: doc.webhooks }, "#");
  for (const kind of ["parameters", "headers", "responses"]) visit(doc.components?.[kind], `#/components/${kind}`);
  return out;
}

export interface ExampleRef { where: string; schemaPointer: string; value: unknown }

/** Every example with the schema it claims to fit: schema `examples`, media-type and parameter/header `example(s)`. */
export function examples(doc: Json): ExampleRef[] {
  const out: ExampleRef[] = [];
  for (const [name, schema] of Object.entries<Json>(doc.components?.schemas ?? {})) {
    (schema.examples ?? []).forEach((value: unknown, i: number) =>
      out.push({ where: `schema ${name} examples[${i}]`, schemaPointer: `#/components/schemas/${escapePointer(name)}`, value }));
  }
  const visit = (node: Json, ptr: string) => {
    if (!node || typeof node !== "object") return;
    if (node.schema && typeof node.schema === "object") {
      const schemaPointer = `${ptr}/schema`;
      if ("example" in node) out.push({ where: `${ptr} example`, schemaPointer, value: node.example });
      for (const [n, ex] of Object.entries<Json>(node.examples ?? {})) {
        out.push({ where: `${ptr} examples.${n}`, schemaPointer, value: ex.value });
      }
    }
    for (const [k, v] of Object.entries<Json>(node)) if (k !== "schema" && k !== "components") visit(v, `${ptr}/${escapePointer(k)}`);
  };
  visit({ paths: doc.paths, webhooks: doc.webhooks }, "#");
  for (const kind of ["parameters", "headers", "responses"]) visit(doc.components?.[kind], `#/components/${kind}`);
  return out;
}
