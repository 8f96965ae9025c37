// One ajv instance per bundled spec: every schema in the document can be compiled by JSON pointer,
// in strict mode, so a typo in the spec is an error rather than a silently ignored keyword.
// Takes the document as an object (no file access here), so it runs on any runtime that allows
// ajv's code generation; `bundledSpecAjv()` is the shared instance over the spec this package ships.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import bundled from "../generated/openapi.json" with { type: "json" };

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

export function createSpecAjv(doc: object): SpecAjv {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary([...OPENAPI_KEYWORDS, ...extensionKeys(doc)]);
  ajv.addSchema(doc, SPEC_ID);
  const cache = new Map<string, ValidateFunction>();
  return {
    schemaAt(pointer) {
      const key = pointer.startsWith("#") ? pointer : `#${pointer}`;
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

let bundledAjv: SpecAjv | undefined;

/**
 * One ajv instance over the spec this package ships, shared by the client's response validation
 * and the notification parser, so a schema used by both is compiled once per process.
 */
export function bundledSpecAjv(): SpecAjv {
  bundledAjv ??= createSpecAjv(bundled);
  return bundledAjv;
}

/** JSON pointer escaping for building pointers such as `#/paths/~1v3~1…/get/…`. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** One line per ajv error: `<instancePath> <keyword>: <message>`, for typed errors and reports. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.keyword}: ${e.message ?? "is invalid"}`);
}

export type { ErrorObject, ValidateFunction };
