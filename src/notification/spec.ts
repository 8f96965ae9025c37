/**
 * What notification handling reads from the bundled spec
 * (`generated/openapi.json`, section `webhooks`): the event types, each
 * event's envelope schema and decrypted-resource schema, the reply schema and
 * its lengths, the success statuses, the ciphertext limit and the retry
 * schedules. Nothing is written twice: a spec change reaches the parser on
 * the next `npm run generate`.
 *
 * Validators come from one strict ajv instance over the bundled document and
 * are compiled once per pointer (`createSpecAjv` caches them).
 */
import bundled from "../../generated/openapi.json" with { type: "json" };
import type { components } from "../../generated/schema.js";
import { bundledSpecAjv, escapePointer, type ValidateFunction } from "../spec-ajv.js";

/** `event_type` values: the keys of the spec's `webhooks`. */
export type NotificationEventType = components["schemas"]["NotificationEventType"];

type Json = { readonly [key: string]: unknown };

interface WebhookView {
  readonly post: {
    readonly requestBody: { readonly content: { readonly [media: string]: { readonly schema: Json } } };
    readonly responses: { readonly [status: string]: Json };
    readonly "x-retry-schedule"?: {
      readonly delaysSeconds?: readonly number[];
      readonly giveUpAfterSeconds?: number;
    };
  };
}

interface DocView {
  readonly webhooks: { readonly [eventType: string]: WebhookView };
  readonly components: { readonly schemas: { readonly [name: string]: Json } };
}

const doc = bundled as unknown as DocView;
const JSON_MEDIA = "application/json";
const SCHEMAS = "#/components/schemas/";
/** The envelope every event shares; used when `event_type` itself is missing or not a string. */
export const ENVELOPE_POINTER = `${SCHEMAS}NotificationEnvelope`;

/** Per event: where its envelope and its decrypted resource are described. */
export interface EventSchemas {
  readonly eventType: NotificationEventType;
  /** The webhook's requestBody schema (e.g. `#/components/schemas/UserPaidNotification`). */
  readonly envelope: string;
  /** The `contentSchema` on `resource.ciphertext` (e.g. `#/components/schemas/UserPaidResource`). */
  readonly resource: string;
}

/** The spec's webhooks, in spec order. */
export const EVENT_SCHEMAS: ReadonlyMap<string, EventSchemas> = new Map(
  Object.entries(doc.webhooks).map(([eventType, hook]) => {
    const envelope = refOf(hook.post.requestBody.content[JSON_MEDIA]?.schema, `webhooks/${eventType} requestBody`);
    const resource = findContentSchema(envelope);
    if (resource === undefined) throw new Error(`bundled spec: webhook ${eventType} has no contentSchema on resource.ciphertext`);
    return [eventType, { eventType: eventType as NotificationEventType, envelope, resource }];
  }),
);

/**
 * Success statuses a notification reply may use: the 2xx codes every
 * webhook lists (the official 预授权 page, 授权结果通知: "HTTP应答状态码需返回200或204,无需返回应答报文").
 */
export const SUCCESS_STATUSES: readonly number[] = commonStatuses((status) => /^2\d\d$/.test(status)).map(Number);

/** Failure status classes every webhook lists ("4XX", "5XX"): the body is then `NotificationReply`. */
export const FAILURE_STATUS_CLASSES: readonly string[] = commonStatuses((status) => /^[45]XX$/.test(status));

/** The reply schema of a failure answer, read from the first webhook's 4XX response. */
export const REPLY_POINTER: string = (() => {
  const [first] = Object.values(doc.webhooks);
  const cls = FAILURE_STATUS_CLASSES[0];
  const response = first && cls ? first.post.responses[cls] : undefined;
  const content = (response?.["content"] as Json | undefined)?.[JSON_MEDIA] as Json | undefined;
  return refOf(content?.["schema"], "webhook failure reply");
})();

/** `maxLength` of the reply's `code` and `message` (the official 预授权 page, 通知应答: string[1,32] and string[1,64]). */
export const REPLY_LIMITS = {
  code: propertyLimit(REPLY_POINTER, "code"),
  message: propertyLimit(REPLY_POINTER, "message"),
} as const;

/** The reply schema's documented example values (`FAIL` / `失败`): the default failure answer. */
export const REPLY_EXAMPLES = {
  code: propertyExample(REPLY_POINTER, "code"),
  message: propertyExample(REPLY_POINTER, "message"),
} as const;

/** `maxLength` of `resource.ciphertext`: the largest encrypted resource a notification can carry. */
export const CIPHERTEXT_MAX_LENGTH: number = (() => {
  const resource = resolve((schemaAtPointer(ENVELOPE_POINTER)["properties"] as Json)["resource"]);
  return limitOf(resolve((resource["properties"] as Json)["ciphertext"]), "resource.ciphertext");
})();

/**
 * How long WeChat may keep re-sending one notification: the longest
 * `x-retry-schedule` (its `giveUpAfterSeconds`, else the sum of its delays).
 * A "done" mark must outlive it, or a late retry would run the handler again.
 */
export const RETRY_HORIZON_SECONDS: number = Math.max(
  ...Object.values(doc.webhooks).map((hook) => {
    const schedule = hook.post["x-retry-schedule"];
    return schedule?.giveUpAfterSeconds ?? (schedule?.delaysSeconds ?? []).reduce((sum, delay) => sum + delay, 0);
  }),
);

/** The schema of the optional `Wechatpay-Signature-Type` header, read from the webhook parameters. */
export const SIGNATURE_TYPE_HEADER = "Wechatpay-Signature-Type";
export const SIGNATURE_TYPE_POINTER: string = (() => {
  const [first] = Object.values(doc.webhooks);
  for (const parameter of (first?.post as unknown as { parameters?: readonly Json[] })?.parameters ?? []) {
    const resolved = resolveParameter(parameter);
    if (resolved["in"] === "header" && String(resolved["name"]).toLowerCase() === SIGNATURE_TYPE_HEADER.toLowerCase()) {
      return refOf(resolved["schema"], SIGNATURE_TYPE_HEADER);
    }
  }
  throw new Error(`bundled spec: webhooks declare no ${SIGNATURE_TYPE_HEADER} header`);
})();

/** The compiled validator of a spec schema (compiled on first use, then cached). */
export function validatorAt(pointer: string): ValidateFunction {
  return bundledSpecAjv().schemaAt(pointer);
}

/** Compiles every validator the parser needs now, so the first notification pays no compile cost. */
export function warmValidators(): void {
  validatorAt(ENVELOPE_POINTER);
  validatorAt(SIGNATURE_TYPE_POINTER);
  validatorAt(REPLY_POINTER);
  for (const { envelope, resource } of EVENT_SCHEMAS.values()) {
    validatorAt(envelope);
    validatorAt(resource);
  }
}

// ---- reading the document ------------------------------------------------------------------

function commonStatuses(keep: (status: string) => boolean): string[] {
  const hooks = Object.values(doc.webhooks);
  const [first] = hooks;
  if (!first) throw new Error("bundled spec has no webhooks");
  return Object.keys(first.post.responses).filter((status) => keep(status) && hooks.every((hook) => status in hook.post.responses));
}

/** A `$ref` to a component schema, as a pointer. */
function refOf(schema: unknown, where: string): string {
  const ref = (schema as Json | undefined)?.["$ref"];
  if (typeof ref !== "string" || !ref.startsWith(SCHEMAS)) throw new Error(`bundled spec: ${where} is not a component $ref`);
  return ref;
}

function schemaAtPointer(pointer: string): Json {
  const name = pointer.slice(SCHEMAS.length);
  const schema = doc.components.schemas[name];
  if (!schema) throw new Error(`bundled spec has no schema ${pointer}`);
  return schema;
}

function resolve(schema: unknown): Json {
  let current = schema as Json | undefined;
  for (let hops = 0; current && typeof current["$ref"] === "string"; hops++) {
    if (hops > 8) throw new Error("bundled spec: $ref chain too long");
    current = schemaAtPointer(current["$ref"]);
  }
  if (!current) throw new Error("bundled spec: missing schema");
  return current;
}

function resolveParameter(parameter: Json): Json {
  const ref = parameter["$ref"];
  if (typeof ref !== "string") return parameter;
  const name = ref.split("/").pop() ?? "";
  const parameters = (bundled as unknown as { components: { parameters: { [name: string]: Json } } }).components.parameters;
  return parameters[name] ?? {};
}

/** Walks an envelope schema (through $ref and allOf) to the `contentSchema` of `resource.ciphertext`. */
function findContentSchema(pointer: string): string | undefined {
  const seen = new Set<string>();
  const walk = (node: unknown, depth: number): string | undefined => {
    if (depth > 16 || typeof node !== "object" || node === null) return undefined;
    const schema = node as Json;
    if (typeof schema["$ref"] === "string") {
      if (seen.has(schema["$ref"])) return undefined;
      seen.add(schema["$ref"]);
      return walk(resolve(schema), depth + 1);
    }
    const ciphertext = ((((schema["properties"] as Json | undefined)?.["resource"] as Json | undefined)?.["properties"]) as Json | undefined)?.[
      "ciphertext"
    ] as Json | undefined;
    if (ciphertext?.["contentSchema"] !== undefined) return refOf(ciphertext["contentSchema"], `${pointer} contentSchema`);
    for (const branch of (schema["allOf"] as readonly unknown[] | undefined) ?? []) {
      const found = walk(branch, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return walk({ $ref: pointer }, 0);
}

function propertyLimit(pointer: string, property: string): number {
  return limitOf(resolve((schemaAtPointer(pointer)["properties"] as Json)[property]), `${pointer}/properties/${escapePointer(property)}`);
}

function propertyExample(pointer: string, property: string): string {
  const example = (resolve((schemaAtPointer(pointer)["properties"] as Json)[property])["examples"] as readonly unknown[] | undefined)?.[0];
  if (typeof example !== "string") throw new Error(`bundled spec: ${pointer}/properties/${escapePointer(property)} has no example`);
  return example;
}

function limitOf(schema: Json, where: string): number {
  const limit = schema["maxLength"];
  if (typeof limit !== "number") throw new Error(`bundled spec: ${where} has no maxLength`);
  return limit;
}
