/**
 * The answers a `notify_url` gives WeChat Pay (the official 预授权 page, "通知应答"):
 *  - received: HTTP 200 or 204, no body — WeChat stops retrying;
 *  - failed: HTTP 4xx/5xx with `{"code": …, "message": …}` — WeChat retries
 *    on the event's schedule (spec `x-retry-schedule`).
 * Statuses, the reply schema and its lengths come from the spec's webhooks;
 * the default code and message are the spec's documented example (FAIL / 失败).
 *
 * Failure messages are fixed texts plus a reason word or a JSON pointer, never
 * an error's own message or a value: the reply leaves the institution.
 */
import type { operations } from "../../generated/schema.js";
import { ConfigError, DecryptionError, SignatureVerificationError } from "../errors.js";
import { NotificationError } from "./errors.js";
import { FAILURE_STATUS_CLASSES, REPLY_EXAMPLES, REPLY_LIMITS, REPLY_POINTER, SUCCESS_STATUSES, validatorAt } from "./spec.js";

/** 200 | 204: the success statuses the webhooks declare. */
export type NotificationSuccessStatus = Extract<keyof operations["onUserPaid"]["responses"], number>;

/** What to send back: status, headers and body text ("" = no body). */
export interface NotificationReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The parsed failure body (`NotificationReply` in the spec). */
export type NotificationReplyBody = operations["onUserPaid"]["responses"]["4XX"]["content"]["application/json"];

/** The documented failure code (spec example of `NotificationReply.code`). */
export const FAILURE_CODE: string = REPLY_EXAMPLES.code;

/**
 * "Received": 204 by default (no content, as the docs ask for no body), or 200.
 * Answer it only after the notification is handled or safely recorded.
 */
export function successReply(status: NotificationSuccessStatus = 204): NotificationReply {
  if (!SUCCESS_STATUSES.includes(status)) {
    throw new ConfigError(`A notification success reply must use one of ${SUCCESS_STATUSES.join(", ")}`);
  }
  return { status, headers: {}, body: "" };
}

/**
 * "Not received, send it again": a 4xx/5xx with `{code, message}`. Both are
 * cut to the spec's lengths (code points, as JSON Schema counts them) and
 * never empty, so the body always satisfies the reply schema.
 */
export function failureReply(status: number, message: string = REPLY_EXAMPLES.message, code: string = FAILURE_CODE): NotificationReply {
  const statusClass = `${Math.trunc(status / 100)}XX`;
  if (!Number.isInteger(status) || status < 100 || status > 599 || !FAILURE_STATUS_CLASSES.includes(statusClass)) {
    throw new ConfigError(`A notification failure reply must use a status in ${FAILURE_STATUS_CLASSES.join(" or ")}`);
  }
  const body: NotificationReplyBody = {
    code: fit(code, REPLY_LIMITS.code, FAILURE_CODE),
    message: fit(message, REPLY_LIMITS.message, REPLY_EXAMPLES.message),
  };
  return { status, headers: { "Content-Type": "application/json; charset=utf-8" }, body: JSON.stringify(body) };
}

/**
 * The failure reply for an error thrown while parsing or handling a
 * notification. 4xx when the request itself is at fault, 5xx when the
 * institution is (its key or code), so monitoring can tell them apart;
 * WeChat retries both.
 *
 *  SignatureVerificationError        → 401 (any reason, incl. probes and unknown serials)
 *  NotificationError too-large       → 413
 *  NotificationError malformed-json / schema / unsupported-event-type → 400
 *  NotificationError not-raw-body    → 500 (the integration passed a parsed object)
 *  DecryptionError                   → 500 (signed by WeChat, so most likely our APIv3 key is wrong)
 *  anything else (handler errors, ConfigError) → 500
 */
export function failureReplyFor(error: unknown): NotificationReply {
  if (error instanceof SignatureVerificationError) return failureReply(401, `signature verification failed: ${error.reason}`);
  if (error instanceof NotificationError) {
    switch (error.reason) {
      case "too-large":
        return failureReply(413, "notification body too large");
      case "not-raw-body":
        return failureReply(500, "notification body not readable");
      case "unsupported-event-type":
        return failureReply(400, "unsupported event_type");
      case "malformed-json":
        return failureReply(400, `${error.part} is not valid JSON`);
      case "schema":
        return failureReply(400, `${error.part} breaks the schema at ${error.pointer || "(root)"}`);
    }
  }
  if (error instanceof DecryptionError) return failureReply(500, `resource decryption failed: ${error.reason}`);
  if (error instanceof ConfigError) return failureReply(500, "notification receiver misconfigured");
  return failureReply(500, "notification handling failed");
}

/** Answer for a notification another worker is still handling: retry later. */
export function inProgressReply(): NotificationReply {
  return failureReply(503, "notification is being handled, retry later");
}

/** True when `reply` tells WeChat the notification was received. */
export function isSuccessReply(reply: NotificationReply): boolean {
  return SUCCESS_STATUSES.includes(reply.status);
}

/** The reply as a fetch `Response` (Workers, Deno, Bun, Hono, Next.js route handlers). */
export function toResponse(reply: NotificationReply): Response {
  // A 204 must not carry a body; "" is sent as no body at all.
  return new Response(reply.body === "" ? null : reply.body, { status: reply.status, headers: reply.headers });
}

/** The spec's reply schema check (used by tests and the conformance kit). */
export function isValidReplyBody(body: unknown): body is NotificationReplyBody {
  return validatorAt(REPLY_POINTER)(body) === true;
}

/** Cuts to `limit` code points; an empty result becomes the fallback (minLength 1). */
function fit(text: string, limit: number, fallback: string): string {
  const points = Array.from(typeof text === "string" ? text.replace(/[\r\n\t]+/g, " ").trim() : "");
  const cut = points.slice(0, limit).join("");
  return cut === "" ? Array.from(fallback).slice(0, limit).join("") : cut;
}
