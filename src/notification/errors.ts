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
import { PayScoreError, type PayScoreErrorOptions } from "../errors.js";
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
  /** For "schema": every violation; the error's pointer/keyword are the first. */
  issues?: readonly NotificationIssue[];
  /** The spec schema checked against, e.g. `#/components/schemas/UserPaidResource`. */
  schema?: string;
}

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
    this.issues = options.issues ?? [];
    if (options.eventType !== undefined) this.eventType = options.eventType;
    if (options.schema !== undefined) this.schema = options.schema;
    const [first] = this.issues;
    if (first) {
      this.pointer = first.pointer;
      this.keyword = first.keyword;
    }
  }
}
