/**
 * The error a notification is refused with when the failure is not about the
 * signature (SignatureVerificationError) or the AEAD layer (DecryptionError):
 * body too large or not raw text, malformed JSON, an envelope or a decrypted
 * resource that breaks the spec's schema, an event type the spec has no
 * webhook for.
 *
 * Messages name the JSON pointer and the schema rule, never the value: the
 * plaintext carries personal data (openid) and these errors end up in logs.
 */
import { PayScoreError, UNTRUSTED_TRUNCATED, type PayScoreErrorOptions } from "../errors.js";
import type { SpecIssue } from "../spec-ajv.js";

export type NotificationFailureReason =
  /** The body is larger than `maxBodyBytes`; refused before any other work. */
  | "too-large"
  /** The body is not the raw text (or bytes) as received, e.g. an already-parsed object. */
  | "not-raw-body"
  /** The body (or, with `part: "resource"`, the decrypted plaintext) is not JSON / not UTF-8. */
  | "malformed-json"
  /** The envelope or the decrypted resource breaks the spec's schema. */
  | "schema"
  /** `event_type` is not one of the spec's webhooks. */
  | "unsupported-event-type";

/** Which layer failed: the posted envelope, or the decrypted `resource`. */
export type NotificationPart = "envelope" | "resource";

/**
 * One broken schema rule: pointer of the field inside the checked value ("" = the value itself), the
 * JSON Schema keyword and the rule in words (never the value), with its severity.
 */
export type NotificationIssue = SpecIssue;

export interface NotificationErrorOptions extends PayScoreErrorOptions {
  part?: NotificationPart;
  /** The notification's event_type when it was readable (a spec enum value, not data). */
  eventType?: string;
  /**
   * For "schema": every violation; the error's pointer/keyword are the first. The pointers come from
   * the body's keys: the first `MAX_NOTIFICATION_ISSUES` are kept, each pointer cut at
   * `MAX_ISSUE_POINTER_CHARS` characters (ending in `UNTRUSTED_TRUNCATED`).
   */
  issues?: readonly NotificationIssue[];
  /** The spec schema checked against, e.g. `#/components/schemas/UserPaidResource`. */
  schema?: string;
}

/** How many schema issues a NotificationError keeps. */
export const MAX_NOTIFICATION_ISSUES = 100;
/** How many characters of an issue's pointer a NotificationError keeps. */
export const MAX_ISSUE_POINTER_CHARS = 512;

/** A notification was refused (see `reason`); reply with `failureReplyFor(error)` so WeChat retries. */
export class NotificationError extends PayScoreError {
  override name = "NotificationError";
  readonly reason: NotificationFailureReason;
  readonly part: NotificationPart;
  readonly issues: readonly NotificationIssue[];
  // `declare`: absent unless given, so logs and JSON stay clean (as in src/errors.ts).
  declare readonly eventType?: string;
  declare readonly schema?: string;
  /** Pointer of the first broken rule (schema failures). */
  declare readonly pointer?: string;
  /** Keyword of the first broken rule (schema failures). */
  declare readonly keyword?: string;

  constructor(reason: NotificationFailureReason, message: string, options: NotificationErrorOptions = {}) {
    super(message, options);
    this.reason = reason;
    this.part = options.part ?? "envelope";
    this.issues = (options.issues ?? []).slice(0, MAX_NOTIFICATION_ISSUES).map((issue) =>
      issue.pointer.length <= MAX_ISSUE_POINTER_CHARS ? issue : { ...issue, pointer: `${issue.pointer.slice(0, MAX_ISSUE_POINTER_CHARS)}${UNTRUSTED_TRUNCATED}` },
    );
    if (options.eventType !== undefined) this.eventType = options.eventType;
    if (options.schema !== undefined) this.schema = options.schema;
    const [first] = this.issues;
    if (first) {
      this.pointer = first.pointer;
      this.keyword = first.keyword;
    }
  }
}

/** Which store call failed. */
export type NotificationStoreOperation = "claim" | "renew" | "markDone" | "release";

export type NotificationStoreFailureReason =
  /** The store threw (connection refused, timeout, script error); the store's error is `cause`. */
  | "unavailable"
  /** `claim` resolved to something other than `{ result: "first" | "duplicate" | "in-progress" }`. */
  | "invalid-claim"
  /** The claim is no longer this delivery's: its lease ran out (another delivery may hold it now). */
  | "lease-lost";

export interface NotificationStoreErrorOptions extends PayScoreErrorOptions {
  /** The notification id the call was about (a public identifier, not personal data). */
  id?: string;
}

/**
 * The `NotificationStore` failed or misbehaved. The handler never lets it
 * through silently: a failed or invalid claim is answered with a 500 (WeChat
 * retries, the business handler does not run); a lost lease is reported
 * through `onError` (the business handler may then run more than once).
 */
export class NotificationStoreError extends PayScoreError {
  override name = "NotificationStoreError";
  readonly reason: NotificationStoreFailureReason;
  readonly operation: NotificationStoreOperation;
  declare readonly id?: string;

  constructor(reason: NotificationStoreFailureReason, operation: NotificationStoreOperation, message: string, options: NotificationStoreErrorOptions = {}) {
    super(message, options);
    this.reason = reason;
    this.operation = operation;
    if (options.id !== undefined) this.id = options.id;
  }
}

export interface NotificationConflictErrorOptions extends PayScoreErrorOptions {
  /** The event type of the delivery that conflicted (a spec enum value). */
  eventType?: string;
}

/**
 * A delivery carried a notification id that was already claimed, but its
 * decrypted `resource` differs from the one first handled under that id
 * (their digests differ). It was signed by WeChat Pay, so it is not refused:
 * it is answered like any duplicate (success when the first one is done, 503
 * while it is running) and reported through `onError`, because its content
 * was not handled. The message names the id, never the content.
 */
export class NotificationConflictError extends PayScoreError {
  override name = "NotificationConflictError";
  readonly id: string;
  declare readonly eventType?: string;

  constructor(id: string, message: string, options: NotificationConflictErrorOptions = {}) {
    super(message, options);
    this.id = id;
    if (options.eventType !== undefined) this.eventType = options.eventType;
  }
}
