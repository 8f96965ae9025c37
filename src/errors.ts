/**
 * Error types of the security core.
 *
 * Every error thrown on purpose by this package extends `PayScoreError`, so
 * callers can tell "our check refused this" from a bug. Messages name the
 * header or field that failed and never include secret material (private
 * keys, the APIv3 key, PEM bodies): these errors end up in logs.
 */

export interface PayScoreErrorOptions {
  cause?: unknown;
}

/** Base class of every error this package throws deliberately. */
export class PayScoreError extends Error {
  // Set explicitly (not via constructor.name) so bundlers that rename
  // classes cannot change what logs and `instanceof`-free checks see.
  override name = "PayScoreError";

  constructor(message: string, options?: PayScoreErrorOptions) {
    super(message, options);
  }
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
  /** Wechatpay-Timestamp is more than the allowed skew away from our clock. */
  | "stale-timestamp"
  /** A deliberate `WECHATPAY/SIGNTEST/` probe signature from WeChat. */
  | "probe-signature"
  /** The RSA signature does not match the message. */
  | "bad-signature";

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
