// The *reader* view of the spec: `npm run generate` compiles it into generated/reader-validators.ts.
//
// The spec is closed (`additionalProperties: false`, enums, lengths, patterns) so that what we send and
// what conformance measures are exact. What arrives at run time (responses, notifications, jump returns)
// is read tolerantly instead: the APIv3 rules tell clients to ignore fields they do not know, and a
// longer id or a new enum value from WeChat Pay must not make us refuse an authentic message. The reader
// view is the same document with, in every schema:
//
//   kept     type, required, properties, items, allOf/anyOf/oneOf/not/if/then/else, dependentRequired,
//            const inside `if`/`not` (it selects a branch), $ref
//   dropped  additionalProperties/unevaluatedProperties: false (unknown keys pass), enum and const
//            (unknown values pass), lengths, patterns, formats, numeric and item-count bounds
//   kept where the spec says so: a schema's `x-reader-keeps: [keyword, …]` names the rules the runtime
//            relies on (the notification id must not be empty, for example); they stay in the reader.
//
// Annotations (description, examples, x-*) are dropped inside schemas: the reader is only validated
// against. Every rule dropped here is still in the contract view; the runtime reports a value that
// breaks one as a warning, and conformance reports it as a finding.

type Json = { [key: string]: unknown };

/** Keywords whose value is one schema. */
const SCHEMA_VALUED = ["items", "not", "if", "then", "else", "contains", "additionalProperties", "unevaluatedProperties", "contentSchema", "propertyNames"];
/** Keywords whose value is a list of schemas. */
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
/** Keywords whose value maps names to schemas. */
const SCHEMA_MAPS = ["properties", "patternProperties", "dependentSchemas", "$defs"];
/** Rules the reader drops unless the schema's `x-reader-keeps` lists them. */
const RELAXED = new Set([
  "enum", "const", "maxLength", "minLength", "pattern", "format", "maximum", "minimum", "exclusiveMaximum",
  "exclusiveMinimum", "multipleOf", "maxItems", "minItems", "uniqueItems", "maxProperties", "minProperties",
  "contentMediaType", "contentEncoding",
]);
/** Every rule kept: the contract view with only the annotations removed. */
const ALL_RULES: { has(keyword: string): boolean } = { has: () => true };
/** Annotations: no effect on validation. */
const ANNOTATIONS = new Set(["description", "title", "examples", "example", "default", "deprecated", "readOnly", "writeOnly", "$comment"]);

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The reader form of one schema. `selecting`: inside `if`/`not`, where a const picks a branch and stays.
 * With `relax` false only the annotations go (the contract's rules, smaller, for compiled validators).
 */
export function readerSchema(schema: unknown, selecting = false, relax = true): unknown {
  if (!isObject(schema)) return schema; // `true` / `false` schemas
  const keeps: { has(keyword: string): boolean } = relax ? new Set(Array.isArray(schema["x-reader-keeps"]) ? schema["x-reader-keeps"].map(String) : []) : ALL_RULES;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
    if (RELAXED.has(key) && !keeps.has(key) && !(selecting && key === "const")) continue;
    if ((key === "additionalProperties" || key === "unevaluatedProperties") && value === false && !keeps.has(key)) continue;
    const inSelector = selecting || key === "if" || key === "not";
    if (SCHEMA_VALUED.includes(key)) out[key] = readerSchema(value, inSelector, relax);
    else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) out[key] = value.map((item) => readerSchema(item, selecting, relax));
    else if (SCHEMA_MAPS.includes(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, readerSchema(child, selecting, relax)]));
    } else out[key] = value;
  }
  return out;
}

/** `{ ..., schema }` holders (parameters, headers, media types): the schema in reader form. */
function withReaderSchema(holder: unknown, relax: boolean): unknown {
  if (!isObject(holder)) return holder;
  return Object.fromEntries(
    Object.entries(holder).map(([key, value]) => {
      if (key === "schema") return [key, readerSchema(value, false, relax)];
      if ((key === "content" || key === "headers") && isObject(value)) return [key, mapValues(value, (v) => withReaderSchema(v, relax))];
      return [key, value];
    }),
  );
}

function mapValues(record: Json, fn: (value: unknown) => unknown): Json {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value)]));
}

/** An operation (or a webhook's `post`): its parameters, request body and responses with reader schemas. */
function readerOperation(operation: unknown, relax: boolean): unknown {
  if (!isObject(operation)) return operation;
  const out: Json = {};
  for (const [key, value] of Object.entries(operation)) {
    if (key === "parameters" && Array.isArray(value)) out[key] = value.map((v) => withReaderSchema(v, relax));
    else if (key === "requestBody") out[key] = withReaderSchema(value, relax);
    else if (key === "responses" && isObject(value)) out[key] = mapValues(value, (v) => withReaderSchema(v, relax));
    else if (ANNOTATIONS.has(key) || key.startsWith("x-") || key === "summary" || key === "tags") continue;
    else out[key] = value;
  }
  return out;
}

function readerPathItem(item: unknown, relax: boolean): unknown {
  if (!isObject(item)) return item;
  return Object.fromEntries(
    Object.entries(item).map(([key, value]) => {
      if (key === "parameters" && Array.isArray(value)) return [key, value.map((v) => withReaderSchema(v, relax))];
      return [key, readerOperation(value, relax)];
    }),
  );
}

/**
 * The reader view of a bundled document: the same paths, webhooks and components (so every JSON pointer
 * into the contract view points at the same place here), with each schema in reader form.
 */
export function readerView(doc: Json, relax = true): Json {
  const components = isObject(doc["components"]) ? doc["components"] : {};
  const holders = (record: unknown) => mapValues(isObject(record) ? record : {}, (v) => withReaderSchema(v, relax));
  return {
    openapi: doc["openapi"],
    paths: mapValues(isObject(doc["paths"]) ? doc["paths"] : {}, (v) => readerPathItem(v, relax)),
    webhooks: mapValues(isObject(doc["webhooks"]) ? doc["webhooks"] : {}, (v) => readerPathItem(v, relax)),
    components: {
      schemas: mapValues(isObject(components["schemas"]) ? components["schemas"] : {}, (schema) => readerSchema(schema, false, relax)),
      parameters: holders(components["parameters"]),
      headers: holders(components["headers"]),
      responses: holders(components["responses"]),
    },
  };
}

/** The contract view without annotations (every rule kept): what the compiled contract validators are made from. */
export function contractRules(doc: Json): Json {
  return readerView(doc, false);
}
