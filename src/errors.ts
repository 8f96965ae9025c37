/**
 * Error types of the security core.
 *
 * Every error thrown on purpose by this package extends `PayScoreError`, so
 * callers can tell "our check refused this" from a bug. Messages name the
 * header or field that failed and never include secret material (private
 * keys, the APIv3 key, PEM bodies): these errors end up in logs.
 *
 * What the client adds to every error that ends a call (whichever layer
 * raised it), on the base class so there is one place to look:
 *   requestId, status   the HTTP exchange the error arose in (`withExchange`);
 *                       the message names the Request-ID too, so a log line
 *                       alone is enough to quote it to WeChat Pay support.
 *   attempts            how many attempts the call made (1 = no retry).
 *   earlierAttemptMayHaveSucceeded
 *                       true when the call was not safe to repeat (POST) and
 *                       an attempt before the last one ended in a way that
 *                       does not prove the platform did not act on it (the
 *                       connection failed after the request may have been
 *                       sent, the attempt timed out, or the answer was a 5xx).
 *                       A 429 or a connection refused before sending does not
 *                       count. When true, the error describes only the last
 *                       attempt (e.g. `400 ORDER_DONE` after attempt 1 did
 *                       complete the order): query the resource to learn its
 *                       real state. The message says so as well.
 * (`withAttempts` fills the last two in.)
 */
import { setOwn } from "./own-keys.js";
import { printable } from "./printable.js";

export interface PayScoreErrorOptions {
  cause?: unknown;
  /** The `Request-ID` header of the HTTP exchange the error arose in (quote it to WeChat Pay support). */
  requestId?: string | undefined;
  /** The HTTP status of that exchange's answer, when there was one. */
  status?: number | undefined;
  /** The notification `id` of a refused notification, when its body had one (printable only). */
  notificationId?: string | undefined;
  /** How many attempts the call made (1 = no retry). */
  attempts?: number | undefined;
  /** See the module comment: an earlier attempt of an unsafe call may have reached the platform and acted. */
  earlierAttemptMayHaveSucceeded?: boolean | undefined;
}

/**
 * What identifies one HTTP exchange to WeChat Pay support: the `Request-ID`
 * header (APIv3 rules: every answer and notification carries one) and the
 * answer's HTTP status. Absent fields were not known where the error arose.
 */
export interface ExchangeContext {
  readonly requestId?: string | undefined;
  readonly status?: number | undefined;
  /** A notification's `id` (notifications only). Unverified when the signature failed: for logs. */
  readonly notificationId?: string | undefined;
}

/**
 * What the whole call learned, as opposed to one exchange: how many attempts
 * were made and whether one before the last may have acted (module comment).
 */
export interface AttemptsContext {
  readonly attempts: number;
  readonly earlierAttemptMayHaveSucceeded: boolean;
}

/** Base class of every error this package throws deliberately. */
export class PayScoreError extends Error {
  // Set explicitly (not via constructor.name) so bundlers that rename
  // classes cannot change what logs and `instanceof`-free checks see.
  override name = "PayScoreError";
  // `declare`: absent (not `undefined`) unless known, so logs and JSON stay clean.
  /** The exchange's `Request-ID`, when the error arose while handling one HTTP exchange. */
  declare readonly requestId?: string | undefined;
  /** The exchange's HTTP status, when there was an answer. */
  declare readonly status?: number | undefined;
  /** The notification `id`, when the error refused a notification whose body had one. */
  declare readonly notificationId?: string | undefined;
  /** Attempts the call made (1 = no retry), on errors that end a client call. */
  declare readonly attempts?: number | undefined;
  /** On errors that end a client call: an earlier attempt of this unsafe call may have succeeded (module comment). */
  declare readonly earlierAttemptMayHaveSucceeded?: boolean | undefined;

  /** `options.requestId`, when given, is also named at the end of the message. */
  constructor(message: string, options?: PayScoreErrorOptions) {
    super(withRequestId(message, options?.requestId), options);
    fill(this, "requestId", options?.requestId);
    fill(this, "status", options?.status);
    fill(this, "notificationId", options?.notificationId);
    fill(this, "attempts", options?.attempts);
    fill(this, "earlierAttemptMayHaveSucceeded", options?.earlierAttemptMayHaveSucceeded);
  }
}

/**
 * Adds the exchange's Request-ID and status to `error` where the layer that
 * threw it could not know them (a signature check sees headers, not the
 * exchange); a Request-ID added here is also appended to the message.
 * Fields already set are kept; anything that is not a `PayScoreError` is
 * returned untouched. Returns `error`, for `throw withExchange(e, …)`.
 */
export function withExchange<E>(error: E, context: ExchangeContext): E {
  if (!(error instanceof PayScoreError)) return error;
  if (fill(error, "requestId", context.requestId)) setMessage(error, withRequestId(error.message, context.requestId));
  fill(error, "status", context.status);
  fill(error, "notificationId", context.notificationId);
  return error;
}

/**
 * Adds what the whole call learned (attempts, earlierAttemptMayHaveSucceeded)
 * to the error that ends it; when the flag is true the message says so.
 * Fields already set are kept; anything that is not a `PayScoreError` is
 * returned untouched. Returns `error`, for `throw withAttempts(e, …)`.
 */
export function withAttempts<E>(error: E, context: AttemptsContext): E {
  if (!(error instanceof PayScoreError)) return error;
  fill(error, "attempts", context.attempts);
  if (fill(error, "earlierAttemptMayHaveSucceeded", context.earlierAttemptMayHaveSucceeded) && context.earlierAttemptMayHaveSucceeded) {
    setMessage(error, `${error.message} [after ${error.attempts} attempts; an earlier attempt may have succeeded]`);
  }
  return error;
}

type Filled = "requestId" | "status" | "notificationId" | "attempts" | "earlierAttemptMayHaveSucceeded";

/** Sets `error[field]` when it is unset and `value` is known; true when it did. */
function fill<K extends Filled>(error: PayScoreError, field: K, value: PayScoreError[K]): boolean {
  if (value === undefined || error[field] !== undefined) return false;
  (error as { -readonly [F in K]?: PayScoreError[F] })[field] = value;
  return true;
}

/** " (Request-ID …)" at the end, as WeChat Pay support needs it; only short printable values are shown. */
function withRequestId(message: string, requestId: string | undefined): string {
  if (requestId === undefined) return message;
  return `${message} (Request-ID ${printable(requestId, 128) ?? "(unprintable value)"})`;
}

/** Replaces the message, and the stack's first line where it repeats it (loggers print the stack). */
function setMessage(error: Error, message: string): void {
  const old = error.message;
  error.message = message;
  const stack = error.stack;
  if (typeof stack !== "string") return;
  const lineEnd = stack.indexOf("\n");
  const firstLine = lineEnd < 0 ? stack : stack.slice(0, lineEnd);
  if (firstLine.endsWith(old)) error.stack = `${firstLine.slice(0, firstLine.length - old.length)}${message}${stack.slice(firstLine.length)}`;
}

/**
 * Unusable configuration: key material that does not parse or has the wrong
 * type, an APIv3 key that is not 32 bytes, an invalid option value.
 */
export class ConfigError extends PayScoreError {
  override name = "ConfigError";
}

export type SignatureFailureReason =
  /** One of the Wechatpay-* headers (or Authorization) is absent or empty. */
  | "missing-header"
  /** A header is present but not in the documented format. */
  | "malformed-header"
  /** No verification key is known for Wechatpay-Serial. */
  | "unknown-serial"
  /**
   * Wechatpay-Serial names a known platform certificate that is not valid at
   * the verification time: before its notBefore (or listed effective_time),
   * or after its notAfter (or listed expire_time).
   */
  | "certificate-not-valid"
  /** Wechatpay-Timestamp is more than the allowed skew away from our clock. */
  | "stale-timestamp"
  /** A deliberate `WECHATPAY/SIGNTEST/` probe signature from WeChat. */
  | "probe-signature"
  /** The RSA signature does not match the message. */
  | "bad-signature"
  /**
   * The message verified, but its Wechatpay-Nonce was already seen within the
   * timestamp window (the client refuses an answer served twice: the
   * signature covers timestamp, nonce and body only, so a copy verifies).
   */
  | "replayed";

export interface SignatureVerificationErrorOptions extends PayScoreErrorOptions {
  /** Header that failed, e.g. "Wechatpay-Timestamp". */
  header?: string;
  /** The Wechatpay-Serial the message claimed (public identifier, not a secret). */
  serial?: string;
}

/** A signed response, notification or Authorization header was refused. */
export class SignatureVerificationError extends PayScoreError {
  override name = "SignatureVerificationError";
  readonly reason: SignatureFailureReason;
  // `declare`: absent (not `undefined`) unless given, so logs and JSON stay clean.
  declare readonly header?: string;
  declare readonly serial?: string;

  constructor(
    reason: SignatureFailureReason,
    message: string,
    options: SignatureVerificationErrorOptions = {},
  ) {
    super(message, options);
    this.reason = reason;
    if (options.header !== undefined) this.header = options.header;
    if (options.serial !== undefined) this.serial = options.serial;
  }
}

export type DecryptionFailureReason =
  /** `algorithm` is not AEAD_AES_256_GCM. */
  | "unsupported-algorithm"
  /** Bad base64, wrong nonce length, ciphertext shorter than the tag, non-UTF-8 plaintext. */
  | "malformed"
  /** GCM tag check failed: wrong key, tampered ciphertext/tag/AAD/nonce. */
  | "authentication-failed";

export interface DecryptionErrorOptions extends PayScoreErrorOptions {
  /** Resource field that failed, e.g. "ciphertext" or "nonce". */
  field?: string;
}

/** An AEAD_AES_256_GCM resource could not be decrypted. */
export class DecryptionError extends PayScoreError {
  override name = "DecryptionError";
  readonly reason: DecryptionFailureReason;
  declare readonly field?: string;

  constructor(reason: DecryptionFailureReason, message: string, options: DecryptionErrorOptions = {}) {
    super(message, options);
    this.reason = reason;
    if (options.field !== undefined) this.field = options.field;
  }
}

/** How deep `boundUntrusted` copies nested objects and arrays; deeper ones become a marker. */
export const UNTRUSTED_MAX_DEPTH = 32;
/** About how many characters of JSON `boundUntrusted` keeps (strings, keys, numbers); the rest becomes a marker. */
export const UNTRUSTED_MAX_CHARS = 16_384;
/** What `boundUntrusted` puts in place of a part it did not copy. */
export const UNTRUSTED_TRUNCATED = "[truncated]";
/** How many lines `InvalidResponseError.violations` keeps, and how many characters of each. */
const MAX_VIOLATIONS = 100;
const MAX_VIOLATION_CHARS = 512;

/**
 * A bounded copy of data from the wire, for attaching to an error: errors go
 * to loggers that serialize them recursively, and a body that nests 150,000
 * levels deep (a few hundred kB of JSON) would make `JSON.stringify(error)`
 * throw.
 *
 * Copies JSON values (objects, arrays, strings, numbers, booleans, null) into
 * fresh plain objects and arrays (object keys set as own properties, so a
 * `__proto__` key stays data). An object or array deeper than
 * `UNTRUSTED_MAX_DEPTH` levels, anything past about `UNTRUSTED_MAX_CHARS`
 * characters of JSON, and any non-JSON value (function, bigint, symbol,
 * undefined inside) are replaced by the string `UNTRUSTED_TRUNCATED`; a
 * string cut at the size limit ends in it. Cycles end at the depth limit.
 * `undefined` itself is returned as is (no detail).
 */
export function boundUntrusted(value: unknown): unknown {
  if (value === undefined) return undefined;
  const budget = { chars: UNTRUSTED_MAX_CHARS };
  return copyBounded(value, 0, budget);
}

function copyBounded(value: unknown, depth: number, budget: { chars: number }): unknown {
  if (budget.chars <= 0) return UNTRUSTED_TRUNCATED;
  if (value === null || typeof value === "boolean" || typeof value === "number") {
    budget.chars -= 8;
    return value;
  }
  if (typeof value === "string") return boundedString(value, budget);
  if (typeof value !== "object") return UNTRUSTED_TRUNCATED;
  if (depth >= UNTRUSTED_MAX_DEPTH) {
    budget.chars -= UNTRUSTED_TRUNCATED.length;
    return UNTRUSTED_TRUNCATED;
  }
  budget.chars -= 2;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      if (budget.chars <= 0) {
        out.push(UNTRUSTED_TRUNCATED);
        break;
      }
      out.push(copyBounded(item, depth + 1, budget));
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (budget.chars <= 0) {
      setOwn(out, UNTRUSTED_TRUNCATED, UNTRUSTED_TRUNCATED);
      break;
    }
    const name = boundedString(key, budget);
    setOwn(out, name, copyBounded((value as Record<string, unknown>)[key], depth + 1, budget));
  }
  return out;
}

function boundedString(value: string, budget: { chars: number }): string {
  const kept = value.length + 2 <= budget.chars ? value : `${value.slice(0, Math.max(0, budget.chars - 2))}${UNTRUSTED_TRUNCATED}`;
  budget.chars -= kept.length + 2;
  return kept;
}

/** A wire string attached to an error, cut at `UNTRUSTED_MAX_CHARS` characters. */
function boundedText(value: string | undefined): string | undefined {
  return value === undefined ? undefined : boundedString(value, { chars: UNTRUSTED_MAX_CHARS + 2 });
}

export interface WechatPayErrorOptions extends PayScoreErrorOptions {
  status: number;
  /** The body's `code`; undefined when the body is not the APIv3 error JSON (e.g. a proxy's HTML page). */
  code?: string | undefined;
  /** The body's `message`, verbatim (kept: the first `UNTRUSTED_MAX_CHARS` characters). */
  platformMessage?: string | undefined;
  /** The body's `detail` object (its shape depends on the code); kept as `boundUntrusted` copies it. */
  detail?: unknown;
  /** The `Request-ID` response header: quote it to WeChat Pay support. */
  requestId?: string | undefined;
  /** True when the response carried Wechatpay-* signature headers and they verified. */
  signed: boolean;
  /** A 429's `Retry-After`, in milliseconds. */
  retryAfterMs?: number | undefined;
}

/**
 * WeChat Pay (or something in front of it) answered with a non-2xx status.
 * `signed` says whether the answer was authenticated: an unsigned error can
 * come from any proxy on the path, so treat its `code` as a hint only.
 * Never carries request data or key material, only what the server sent.
 */
export class WechatPayError extends PayScoreError {
  override name = "WechatPayError";
  override readonly status: number;
  readonly code: string | undefined;
  readonly platformMessage: string | undefined;
  readonly detail: unknown;
  override readonly requestId: string | undefined;
  readonly signed: boolean;
  readonly retryAfterMs: number | undefined;

  /**
   * Wire data is bounded here, whoever builds the error: `detail` as
   * `boundUntrusted` copies it, `code` and `platformMessage` cut at
   * `UNTRUSTED_MAX_CHARS` characters.
   */
  constructor(options: WechatPayErrorOptions) {
    const code = boundedText(options.code);
    const platformMessage = boundedText(options.platformMessage);
    const what = code ?? "(no APIv3 error body)";
    const said = platformMessage === undefined ? "" : `: ${platformMessage}`;
    const unsigned = options.signed ? "" : " [unsigned]";
    super(`WeChat Pay answered HTTP ${options.status} ${what}${said}${unsigned}`, options);
    this.status = options.status;
    this.code = code;
    this.platformMessage = platformMessage;
    this.detail = boundUntrusted(options.detail);
    this.requestId = options.requestId;
    this.signed = options.signed;
    this.retryAfterMs = options.retryAfterMs;
  }
}

export type RequestFailureReason =
  /** fetch rejected: DNS, connection refused or reset, TLS. */
  | "network"
  /** One attempt took longer than the per-attempt timeout. */
  | "timeout"
  /** The call's total deadline ran out. */
  | "deadline-exceeded";

export interface RequestFailedErrorOptions extends PayScoreErrorOptions {
  /** How many attempts were made (1 = no retry). */
  attempts: number;
}

/** No HTTP answer could be obtained (after the retries the policy allows). */
export class RequestFailedError extends PayScoreError {
  override name = "RequestFailedError";
  readonly reason: RequestFailureReason;
  override readonly attempts: number;

  constructor(reason: RequestFailureReason, message: string, options: RequestFailedErrorOptions) {
    super(message, options);
    this.reason = reason;
    this.attempts = options.attempts;
  }
}

export type InvalidResponseReason =
  /** The body is larger than the client's `maxResponseBytes`. */
  | "too-large"
  /** The body is not UTF-8, or a JSON response is not JSON. */
  | "malformed"
  /** The body breaks the spec's schema (validate: "strict"). */
  | "schema"
  /**
   * A 2xx body echoes an identifying field of the request (`field`, e.g.
   * out_order_no) with another value: a validly signed answer to another
   * request.
   */
  | "mismatched";

export interface InvalidResponseErrorOptions extends PayScoreErrorOptions {
  status: number;
  requestId?: string | undefined;
  /**
   * For "schema": one line per violation, `<pointer> <keyword>: <message>` (no
   * values). The pointers come from the body's keys: the first 100 lines are
   * kept, each cut at 512 characters.
   */
  violations?: readonly string[];
  /** For "mismatched": the echoed body field that differs from the request's, e.g. "out_order_no". */
  field?: string | undefined;
}

/** A response was received but cannot be used as the operation's result. */
export class InvalidResponseError extends PayScoreError {
  override name = "InvalidResponseError";
  readonly reason: InvalidResponseReason;
  override readonly status: number;
  override readonly requestId: string | undefined;
  readonly violations: readonly string[];
  // `declare`: absent (not `undefined`) unless given, so logs and JSON stay clean.
  declare readonly field?: string;

  constructor(reason: InvalidResponseReason, message: string, options: InvalidResponseErrorOptions) {
    super(message, options);
    this.reason = reason;
    this.status = options.status;
    this.requestId = options.requestId;
    this.violations = (options.violations ?? [])
      .slice(0, MAX_VIOLATIONS)
      .map((line) => boundedString(line, { chars: MAX_VIOLATION_CHARS + 2 }));
    if (options.field !== undefined) this.field = options.field;
  }
}
