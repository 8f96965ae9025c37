/**
 * What notification handling reads from the spec, all from the spec index (`generated/spec-index.ts`,
 * computed by `npm run generate` from the spec's `webhooks`): the event types, each event's envelope
 * and decrypted-resource schema, the reply schema and its lengths, the success statuses, the
 * ciphertext limit and the retry schedules. Nothing is written twice: a spec change reaches the
 * parser on the next `npm run generate`.
 */
import type { components } from "../../generated/schema.js";
import { SPEC_INDEX } from "../spec-index.js";
import { bundledSpecAjv } from "../spec-views.js";
import type { ValidateFunction } from "../spec-ajv.js";

/** `event_type` values: the keys of the spec's `webhooks`. */
export type NotificationEventType = components["schemas"]["NotificationEventType"];

const facts = SPEC_INDEX.notifications;

/** The envelope every event shares; used when `event_type` itself is missing or not a string. */
export const ENVELOPE_POINTER = facts.envelope;

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
  SPEC_INDEX.webhooks.map((hook) => [hook.eventType, { eventType: hook.eventType as NotificationEventType, envelope: hook.body.pointer, resource: hook.resource }]),
);

/**
 * Success statuses a notification reply may use: the 2xx codes every
 * webhook lists (the official 预授权 page, 授权结果通知: "HTTP应答状态码需返回200或204,无需返回应答报文").
 */
export const SUCCESS_STATUSES: readonly number[] = facts.successStatuses;

/** Failure status classes every webhook lists ("4XX", "5XX"): the body is then `NotificationReply`. */
export const FAILURE_STATUS_CLASSES: readonly string[] = facts.failureStatusClasses;

/** The reply schema of a failure answer (the webhooks' 4XX response). */
export const REPLY_POINTER: string = facts.reply.schema;

/** `maxLength` of the reply's `code` and `message` (the official 预授权 page, 通知应答: string[1,32] and string[1,64]). */
export const REPLY_LIMITS = facts.reply.maxLength;

/** The reply schema's documented example values (`FAIL` / `失败`): the default failure answer. */
export const REPLY_EXAMPLES = facts.reply.example;

/** `maxLength` of `resource.ciphertext`: the largest encrypted resource a notification can carry. */
export const CIPHERTEXT_MAX_LENGTH: number = facts.ciphertextMaxLength;

/**
 * How long WeChat may keep re-sending one notification: the longest
 * `x-retry-schedule` (its `giveUpAfterSeconds`, else the sum of its delays).
 * A "done" mark must outlive it, or a late retry would run the handler again.
 */
export const RETRY_HORIZON_SECONDS: number = Math.max(
  ...SPEC_INDEX.webhooks.map(({ retrySchedule }) => retrySchedule?.giveUpAfterSeconds ?? (retrySchedule?.delaysSeconds ?? []).reduce((sum, delay) => sum + delay, 0)),
);

/** The optional `Wechatpay-Signature-Type` header and its schema, from the webhook parameters. */
export const SIGNATURE_TYPE_HEADER = "Wechatpay-Signature-Type";
export const SIGNATURE_TYPE_POINTER: string = facts.signatureType;

/** The validator of a spec schema (compiled at generate time). */
export function validatorAt(pointer: string): ValidateFunction {
  return bundledSpecAjv().schemaAt(pointer);
}

/** Looks up every validator the parser needs now, so a missing one fails at start, not on a notification. */
export function warmValidators(): void {
  validatorAt(ENVELOPE_POINTER);
  validatorAt(SIGNATURE_TYPE_POINTER);
  validatorAt(REPLY_POINTER);
  for (const { envelope, resource } of EVENT_SCHEMAS.values()) {
    validatorAt(envelope);
    validatorAt(resource);
  }
}
