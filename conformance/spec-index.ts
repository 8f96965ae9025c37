/**
 * Builds the spec index (the shape is `SpecIndex` in src/spec-index.ts) from a bundled OpenAPI document.
 * `npm run generate` runs it once over the shipped spec and writes `generated/spec-index.ts`; the
 * runtime, the mock and the contract checks read that. The contract checks also run it for a document
 * given to `loadContract(doc)` (tests use small documents). Only local `#/…` `$ref`s exist in a bundled
 * document; they are followed here, at generate time, never by the runtime.
 */
import { escapePointer, unescapePointer, valueAtPointer } from "../src/json-pointer.js";
import type {
  BodyFact,
  JumpFact,
  JumpFieldFact,
  JumpSchemaFact,
  OperationFact,
  ParameterFact,
  ResponseFact,
  RetryScheduleFact,
  SpecIndex,
  WebhookFact,
} from "../src/spec-index.js";

export type Json = { readonly [key: string]: unknown };

const METHODS = ["get", "post"] as const;
const JSON_MEDIA = "application/json";
/** OpenAPI ignores these as header parameters (they are governed by content/security instead). */
const IGNORED_HEADER_PARAMS = new Set(["accept", "content-type", "authorization"]);
const SCHEMAS = "#/components/schemas/";

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The node at a `#/…` pointer of the document. */
function at(doc: Json, pointer: string): unknown {
  return valueAtPointer(doc, pointer.replace(/^#/, ""));
}

/** Follows local `$ref`s; returns the node and the pointer it really lives at. */
function deref(doc: Json, node: unknown, pointer: string): { node: Json; pointer: string } {
  let current = node;
  let where = pointer;
  for (let hops = 0; isObject(current) && typeof current.$ref === "string"; hops++) {
    if (hops > 32 || !current.$ref.startsWith("#")) throw new Error(`unresolvable $ref ${String(current.$ref)} at ${where}`);
    where = current.$ref;
    current = at(doc, where);
  }
  if (!isObject(current)) throw new Error(`no object at ${where} in the bundled spec`);
  return { node: current, pointer: where };
}

function schemaType(doc: Json, schemaPointer: string): string | undefined {
  const { node } = deref(doc, at(doc, schemaPointer), schemaPointer);
  return typeof node.type === "string" ? node.type : undefined;
}

function parameter(doc: Json, raw: unknown, pointer: string): ParameterFact | undefined {
  const { node, pointer: where } = deref(doc, raw, pointer);
  const location = node.in;
  if (location !== "path" && location !== "query" && location !== "header") return undefined;
  const name = String(node.name);
  if (location === "header" && IGNORED_HEADER_PARAMS.has(name.toLowerCase())) return undefined;
  const schema = `${where}/schema`;
  const type = schemaType(doc, schema);
  return { name, in: location, required: node.required === true, schema, ...(type ? { type } : {}) };
}

/** The codes an error body may carry: every `code` enum met through allOf/$ref, intersected. */
function codeEnum(doc: Json, raw: unknown, pointer: string): string[] | undefined {
  const { node, pointer: where } = deref(doc, raw, pointer);
  let codes: string[] | undefined;
  const narrow = (found: string[] | undefined) => {
    if (found) codes = codes ? codes.filter((c) => found.includes(c)) : found;
  };
  const properties = node.properties;
  if (isObject(properties) && properties.code !== undefined) {
    const code = deref(doc, properties.code, `${where}/properties/code`).node;
    if (Array.isArray(code.enum)) narrow(code.enum.map(String));
  }
  if (Array.isArray(node.allOf)) node.allOf.forEach((branch, i) => narrow(codeEnum(doc, branch, `${where}/allOf/${i}`)));
  return codes;
}

function response(doc: Json, raw: unknown, pointer: string, status: string): ResponseFact {
  const { node, pointer: where } = deref(doc, raw, pointer);
  const headers: ParameterFact[] = [];
  for (const [name, header] of Object.entries(isObject(node.headers) ? node.headers : {})) {
    const h = deref(doc, header, `${where}/headers/${escapePointer(name)}`);
    const schema = `${h.pointer}/schema`;
    const type = schemaType(doc, schema);
    headers.push({ name, in: "header", required: h.node.required === true, schema, ...(type ? { type } : {}) });
  }
  const content = isObject(node.content) ? node.content : {};
  const body = content[JSON_MEDIA] ? `${where}/content/${escapePointer(JSON_MEDIA)}/schema` : undefined;
  const errorCodes = /^[45]/.test(status) && body ? codeEnum(doc, at(doc, body), body) ?? [] : [];
  return { headers, ...(body ? { body } : {}), bodyOptional: node["x-body-optional"] === true, mediaTypes: Object.keys(content), errorCodes };
}

function requestBody(doc: Json, raw: unknown, pointer: string): BodyFact | undefined {
  if (raw === undefined) return undefined;
  const { node, pointer: where } = deref(doc, raw, pointer);
  const content = isObject(node.content) ? node.content : {};
  if (!content[JSON_MEDIA]) return undefined;
  return { required: node.required === true, pointer: `${where}/content/${escapePointer(JSON_MEDIA)}/schema` };
}

function responses(doc: Json, op: Json, opPointer: string): Record<string, ResponseFact> {
  return Object.fromEntries(
    Object.entries(isObject(op.responses) ? op.responses : {}).map(([status, raw]) => [
      status,
      response(doc, raw, `${opPointer}/responses/${escapePointer(status)}`, status),
    ]),
  );
}

/** Every operation under `paths` (GET and POST). */
export function operationFacts(doc: Json): OperationFact[] {
  const out: OperationFact[] = [];
  for (const [template, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    const common = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const opPointer = `#/paths/${escapePointer(template)}/${method}`;
      const parameters = [
        ...common.map((p, i) => parameter(doc, p, `#/paths/${escapePointer(template)}/parameters/${i}`)),
        ...(Array.isArray(op.parameters) ? op.parameters : []).map((p, i) => parameter(doc, p, `${opPointer}/parameters/${i}`)),
      ].filter((p): p is ParameterFact => p !== undefined);
      const body = requestBody(doc, op.requestBody, `${opPointer}/requestBody`);
      out.push({
        operationId: String(op.operationId),
        summary: String(op.summary ?? ""),
        method: method === "get" ? "GET" : "POST",
        template,
        parameters,
        exactlyOneOf: Array.isArray(op["x-exactly-one-of"]) ? op["x-exactly-one-of"].map(String) : [],
        ...(body ? { body } : {}),
        responses: responses(doc, op, opPointer),
      });
    }
  }
  return out;
}

/** The pointer of a webhook's decrypted resource schema: the `contentSchema` on `resource.ciphertext`. */
function findContentSchema(doc: Json, raw: unknown, pointer: string, depth = 0): string | undefined {
  if (depth > 16) return undefined;
  const { node, pointer: where } = isObject(raw) && typeof raw.$ref === "string" ? deref(doc, raw, pointer) : { node: raw, pointer };
  if (!isObject(node)) return undefined;
  if (node.contentSchema !== undefined) return deref(doc, node.contentSchema, `${where}/contentSchema`).pointer;
  for (const [key, child] of Object.entries(node)) {
    if (key === "examples" || key === "example") continue;
    const children = Array.isArray(child) ? child.map((c, i) => [c, `${where}/${escapePointer(key)}/${i}`] as const) : [[child, `${where}/${escapePointer(key)}`] as const];
    for (const [c, p] of children) {
      if (!isObject(c)) continue;
      const found = findContentSchema(doc, c, p, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

function retrySchedule(raw: unknown): RetryScheduleFact | undefined {
  if (!isObject(raw)) return undefined;
  const delays = Array.isArray(raw.delaysSeconds) ? raw.delaysSeconds.map(Number) : [];
  return {
    delaysSeconds: delays,
    ...(typeof raw.thenEverySeconds === "number" ? { thenEverySeconds: raw.thenEverySeconds } : {}),
    ...(typeof raw.giveUpAfterSeconds === "number" ? { giveUpAfterSeconds: raw.giveUpAfterSeconds } : {}),
  };
}

/** Every webhook, with its envelope, decrypted-resource schema and retry schedule. */
export function webhookFacts(doc: Json): WebhookFact[] {
  const out: WebhookFact[] = [];
  for (const [eventType, item] of Object.entries(isObject(doc.webhooks) ? doc.webhooks : {})) {
    const resolved = deref(doc, item, `#/webhooks/${escapePointer(eventType)}`);
    const op = resolved.node.post;
    if (!isObject(op)) continue;
    const opPointer = `${resolved.pointer}/post`;
    const headers = (Array.isArray(op.parameters) ? op.parameters : [])
      .map((p, i) => parameter(doc, p, `${opPointer}/parameters/${i}`))
      .filter((p): p is ParameterFact => p !== undefined && p.in === "header");
    const body = requestBody(doc, op.requestBody, `${opPointer}/requestBody`);
    if (!body) throw new Error(`webhook ${eventType} has no application/json requestBody`);
    const resource = findContentSchema(doc, at(doc, body.pointer), body.pointer);
    if (!resource) throw new Error(`webhook ${eventType} has no contentSchema on resource.ciphertext`);
    const schedule = retrySchedule(op["x-retry-schedule"]);
    const envelope = deref(doc, at(doc, body.pointer), body.pointer).node;
    out.push({
      eventType,
      operationId: String(op.operationId ?? eventType),
      summary: String(op.summary ?? ""),
      headers,
      // The envelope pointer as the webhook writes it: a component $ref (e.g. UserPaidNotification).
      body: { ...body, pointer: refOr(at(doc, body.pointer), body.pointer) },
      resource,
      resourceFields: propertyNames(doc, at(doc, resource), resource),
      example: envelopeExample(envelope),
      responses: responses(doc, op, opPointer),
      ...(schedule ? { retrySchedule: schedule } : {}),
    });
  }
  return out;
}

/** Property names of an object schema, its `$ref`s followed and its `allOf` branches merged, in document order. */
function propertyNames(doc: Json, raw: unknown, pointer: string, depth = 0): string[] {
  if (depth > 16) throw new Error(`${pointer}: allOf/$ref nesting too deep`);
  const { node, pointer: where } = deref(doc, raw, pointer);
  const names = Object.keys(isObject(node.properties) ? node.properties : {});
  const branches = Array.isArray(node.allOf) ? node.allOf : [];
  branches.forEach((branch, i) => names.push(...propertyNames(doc, branch, `${where}/allOf/${i}`, depth + 1)));
  return [...new Set(names)];
}

/** `summary`, `resource.associated_data` and `resource.original_type` of an envelope's first example. */
function envelopeExample(envelope: Json): WebhookFact["example"] {
  const example = Array.isArray(envelope.examples) && isObject(envelope.examples[0]) ? envelope.examples[0] : {};
  const resource = isObject(example.resource) ? example.resource : {};
  return {
    ...(typeof example.summary === "string" ? { summary: example.summary } : {}),
    ...(typeof resource.associated_data === "string" ? { associatedData: resource.associated_data } : {}),
    ...(typeof resource.original_type === "string" ? { originalType: resource.original_type } : {}),
  };
}

/** A schema's own `$ref` when it is one (the component it names), else its pointer. */
function refOr(schema: unknown, pointer: string): string {
  return isObject(schema) && typeof schema.$ref === "string" ? schema.$ref : pointer;
}

/** Facts notification handling needs besides each webhook's own (documented on `SpecIndex`). */
function notificationFacts(doc: Json, hooks: readonly WebhookFact[]): SpecIndex["notifications"] {
  const [first] = hooks;
  if (!first) throw new Error("the spec has no webhooks");
  const common = (keep: (status: string) => boolean) =>
    Object.keys(first.responses).filter((status) => keep(status) && hooks.every((hook) => status in hook.responses));
  const failureStatusClasses = common((status) => /^[45]XX$/.test(status));
  const replyPointer = first.responses[failureStatusClasses[0] ?? ""]?.body;
  if (!replyPointer) throw new Error("webhook failure replies have no body schema");
  const reply = refOr(at(doc, replyPointer), replyPointer);
  const property = (pointer: string, name: string) => deref(doc, (deref(doc, at(doc, pointer), pointer).node.properties as Json)[name], `${pointer}/properties/${name}`).node;
  const maxLength = (node: Json, where: string) => {
    if (typeof node.maxLength !== "number") throw new Error(`${where} has no maxLength`);
    return node.maxLength;
  };
  const example = (node: Json, where: string) => {
    const value = Array.isArray(node.examples) ? node.examples[0] : undefined;
    if (typeof value !== "string") throw new Error(`${where} has no example`);
    return value;
  };
  const envelope = `${SCHEMAS}NotificationEnvelope`;
  const resource = `${envelope}/properties/resource`;
  const signatureType = first.headers.find((h) => h.name.toLowerCase() === "wechatpay-signature-type");
  if (!signatureType) throw new Error("webhooks declare no Wechatpay-Signature-Type header");
  const enumOf = (node: Json, where: string) => {
    if (!Array.isArray(node.enum) || node.enum.length === 0) throw new Error(`${where} has no enum`);
    return node.enum.map(String);
  };
  return {
    envelope,
    successStatuses: common((status) => /^2\d\d$/.test(status)).map(Number),
    failureStatusClasses,
    reply: {
      schema: reply,
      maxLength: { code: maxLength(property(reply, "code"), `${reply} code`), message: maxLength(property(reply, "message"), `${reply} message`) },
      example: { code: example(property(reply, "code"), `${reply} code`), message: example(property(reply, "message"), `${reply} message`) },
    },
    ciphertextMaxLength: maxLength(property(deref(doc, at(doc, resource), resource).pointer, "ciphertext"), "resource.ciphertext"),
    signatureType: refOr(at(doc, signatureType.schema), signatureType.schema),
    signatureTypes: enumOf(deref(doc, at(doc, signatureType.schema), signatureType.schema).node, "Wechatpay-Signature-Type"),
    resourceTypes: enumOf(property(envelope, "resource_type"), "NotificationEnvelope.resource_type"),
  };
}

function certificateFacts(doc: Json, ops: readonly OperationFact[]): SpecIndex["certificates"] {
  const list = ops.find((op) => op.operationId === "listCertificates");
  const serial = at(doc, `${SCHEMAS}PlatformCertificate/properties/serial_no`);
  const pattern = isObject(serial) ? deref(doc, serial, "serial_no").node.pattern : undefined;
  if (!list || typeof pattern !== "string") throw new Error("the spec has no listCertificates or PlatformCertificate.serial_no pattern");
  const encrypted = at(doc, `${SCHEMAS}EncryptedCertificate`);
  const example = isObject(encrypted) && Array.isArray(encrypted.examples) ? encrypted.examples[0] : undefined;
  const associatedData = isObject(example) ? example.associated_data : undefined;
  if (typeof associatedData !== "string") throw new Error("EncryptedCertificate has no example with associated_data");
  return { path: list.template, serialPattern: pattern, associatedData };
}

/** A component schema by name, its `$ref`s followed; throws when the spec lacks it. */
function component(doc: Json, name: string): Json {
  const pointer = `${SCHEMAS}${escapePointer(name)}`;
  return deref(doc, at(doc, pointer), pointer).node;
}

/** `ErrorBody.message` maxLength. */
function errorMessageMaxLength(doc: Json): number {
  const message = deref(doc, (component(doc, "ErrorBody").properties as Json | undefined)?.message, `${SCHEMAS}ErrorBody/properties/message`).node;
  if (typeof message.maxLength !== "number") throw new Error("ErrorBody.message has no maxLength");
  return message.maxLength;
}

/** `RiskFundName`'s `x-enumDescriptions`. */
function riskFundNames(doc: Json): Record<string, string> {
  const descriptions = component(doc, "RiskFundName")["x-enumDescriptions"];
  if (!isObject(descriptions)) throw new Error("RiskFundName has no x-enumDescriptions");
  return Object.fromEntries(Object.entries(descriptions).map(([name, meaning]) => [name, String(meaning)]));
}

/** The maxLength of every component schema that has one at its top level. */
function componentMaxLengths(doc: Json): Record<string, number> {
  const schemas = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  return Object.fromEntries(
    Object.entries(schemas).flatMap(([name, schema]) => (isObject(schema) && typeof schema.maxLength === "number" ? [[name, schema.maxLength]] : [])),
  );
}

// ---- client-side jumps ----

/** The component name a `#/components/schemas/<name>` pointer names, or undefined. */
function componentName(pointer: string): string | undefined {
  return pointer.startsWith(SCHEMAS) && !pointer.slice(SCHEMAS.length).includes("/") ? unescapePointer(pointer.slice(SCHEMAS.length)) : undefined;
}

/** The fields of a component object schema; nested objects (`$ref`, `contentSchema`) become `content`. */
function jumpSchema(doc: Json, pointer: string, seen: readonly string[] = []): JumpSchemaFact {
  const name = componentName(pointer);
  if (!name) throw new Error(`${pointer}: a jump schema must be a component`);
  if (seen.includes(pointer)) throw new Error(`${pointer}: a jump schema refers to itself`);
  const node = deref(doc, at(doc, pointer), pointer).node;
  const required = new Set(Array.isArray(node.required) ? node.required.map(String) : []);
  const properties = isObject(node.properties) ? node.properties : {};
  const fields = Object.entries(properties).map(([prop, raw]): JumpFieldFact => {
    const resolved = deref(doc, raw, `${pointer}/properties/${escapePointer(prop)}`);
    const field = resolved.node;
    const contentRef = isObject(field.contentSchema) && typeof field.contentSchema.$ref === "string" ? field.contentSchema.$ref : undefined;
    const objectRef = resolved.pointer !== `${pointer}/properties/${escapePointer(prop)}` && isObject(field.properties) ? resolved.pointer : undefined;
    const nested = contentRef ?? objectRef;
    return {
      name: prop,
      required: required.has(prop),
      schema: resolved.pointer,
      ...(typeof field.type === "string" ? { type: field.type } : {}),
      ...(["string", "number", "boolean"].includes(typeof field.const) ? { const: field.const as string | number | boolean } : {}),
      ...(Array.isArray(field.enum) ? { enum: field.enum.filter((v): v is string | number => typeof v === "string" || typeof v === "number") } : {}),
      ...(typeof field.maxLength === "number" ? { maxLength: field.maxLength } : {}),
      ...(typeof field.minLength === "number" ? { minLength: field.minLength } : {}),
      ...(typeof field.pattern === "string" ? { pattern: field.pattern } : {}),
      ...(typeof field.description === "string" ? { description: field.description } : {}),
      ...(typeof field.contentMediaType === "string" ? { contentMediaType: field.contentMediaType } : {}),
      ...(nested ? { content: jumpSchema(doc, nested, [...seen, pointer]) } : {}),
    };
  });
  return { component: name, schema: pointer, fields };
}

/**
 * Root `x-client-jumps`. An entry is a `$ref` to a component (as the source writes it) or, in a
 * bundled document, an inline copy of one: the component is then the one with the same content.
 */
export function jumpFacts(doc: Json): JumpFact[] {
  const schemas = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  const byContent = new Map<string, string[]>();
  for (const [name, schema] of Object.entries(schemas)) {
    const key = JSON.stringify(schema);
    byContent.set(key, [...(byContent.get(key) ?? []), name]);
  }
  return Object.entries(isObject(doc["x-client-jumps"]) ? doc["x-client-jumps"] : {}).map(([kind, entry]): JumpFact => {
    let pointer: string;
    if (isObject(entry) && typeof entry.$ref === "string") pointer = deref(doc, entry, `#/x-client-jumps/${escapePointer(kind)}`).pointer;
    else {
      const names = byContent.get(JSON.stringify(entry)) ?? [];
      if (names.length !== 1) throw new Error(`x-client-jumps ${kind}: ${names.length === 0 ? "no" : "more than one"} component schema has its content`);
      pointer = `${SCHEMAS}${escapePointer(names[0]!)}`;
    }
    const node = deref(doc, at(doc, pointer), pointer).node;
    const versions = isObject(node["x-min-versions"]) ? node["x-min-versions"] : {};
    const minVersions = Object.fromEntries(Object.entries(versions).map(([client, version]) => {
      if (typeof version !== "string") throw new Error(`x-client-jumps ${kind}: x-min-versions ${client} is not a string`);
      return [client, version];
    }));
    return {
      name: kind,
      ...(typeof node.description === "string" ? { description: node.description } : {}),
      minVersions,
      ...jumpSchema(doc, pointer),
    };
  });
}

/** Every pointer the runtime validates against: response bodies, webhook envelopes, resources and replies, jump schemas. */
function runtimePointers(ops: readonly OperationFact[], hooks: readonly WebhookFact[], notifications: SpecIndex["notifications"], jumps: readonly JumpFact[]): string[] {
  const pointers = new Set<string>();
  for (const op of ops) for (const r of Object.values(op.responses)) if (r.body) pointers.add(r.body);
  for (const hook of hooks) {
    pointers.add(hook.body.pointer);
    pointers.add(hook.resource);
  }
  pointers.add(notifications.envelope);
  pointers.add(notifications.reply.schema);
  pointers.add(notifications.signatureType);
  // Client-side jumps: each schema and, for field-by-field checks before signing, each property.
  const visit = (schema: JumpSchemaFact) => {
    pointers.add(schema.schema);
    for (const field of schema.fields) {
      pointers.add(`${schema.schema}/properties/${escapePointer(field.name)}`);
      if (field.content) visit(field.content);
    }
  };
  jumps.forEach(visit);
  return [...pointers];
}

/**
 * Every pointer the contract checks validate against (conformance/contract.ts): the runtime's, plus
 * every parameter, request body and declared header of the operations and webhooks.
 */
function contractPointers(ops: readonly OperationFact[], hooks: readonly WebhookFact[], runtime: readonly string[]): string[] {
  const pointers = new Set<string>(runtime);
  for (const op of ops) {
    for (const p of op.parameters) pointers.add(p.schema);
    if (op.body) pointers.add(op.body.pointer);
    for (const r of Object.values(op.responses)) for (const h of r.headers) pointers.add(h.schema);
  }
  for (const hook of hooks) {
    for (const h of hook.headers) pointers.add(h.schema);
    for (const r of Object.values(hook.responses)) {
      if (r.body) pointers.add(r.body);
      for (const h of r.headers) pointers.add(h.schema);
    }
  }
  return [...pointers];
}

/** The index of a bundled document (see `SpecIndex`). Throws when the document lacks a fact the runtime needs. */
export function buildSpecIndex(doc: object): SpecIndex {
  const json = doc as Json;
  const ops = operationFacts(json);
  const hooks = webhookFacts(json);
  const servers = Array.isArray(json.servers) ? json.servers.map((s) => String((s as Json).url)) : [];
  const notifications = notificationFacts(json, hooks);
  const jumps = jumpFacts(json);
  const runtime = runtimePointers(ops, hooks, notifications, jumps);
  const info = isObject(json.info) ? json.info : {};
  return {
    info: { title: String(info.title ?? ""), version: String(info.version ?? "") },
    servers,
    operations: ops,
    webhooks: hooks,
    notifications,
    certificates: certificateFacts(json, ops),
    errorMessageMaxLength: errorMessageMaxLength(json),
    riskFundNames: riskFundNames(json),
    componentMaxLengths: componentMaxLengths(json),
    componentSchemas: Object.keys(isObject(json.components) && isObject(json.components.schemas) ? json.components.schemas : {}),
    jumps,
    runtimePointers: runtime,
    contractPointers: contractPointers(ops, hooks, runtime),
  };
}
