/**
 * Verification of WeChat Pay signatures on responses and notifications
 * (WeChat Pay APIv3 signature rules, 验证签名): the four Wechatpay-* headers,
 * the timestamp window, WeChat's probe signatures, key selection by
 * Wechatpay-Serial, and SHA256withRSA over `TIMESTAMP\nNONCE\nBODY\n` built
 * from the raw body.
 */
import { type Clock, systemClock, unixSeconds } from "./clock.js";
import { base64Decode, utf8Encode } from "./encoding.js";
import { ConfigError, SignatureVerificationError } from "./errors.js";
import { type HeaderSource, readHeader } from "./headers.js";
import { RSA_SHA256, assertRsaKey } from "./keys.js";
import { printable } from "./printable.js";
import { buildResponseMessage } from "./sign.js";

export const WECHATPAY_HEADERS = {
  timestamp: "Wechatpay-Timestamp",
  nonce: "Wechatpay-Nonce",
  signature: "Wechatpay-Signature",
  serial: "Wechatpay-Serial",
} as const;

/** WeChat periodically sends deliberately invalid signatures with this prefix. */
export const PROBE_SIGNATURE_PREFIX = "WECHATPAY/SIGNTEST/";

/** WeChat's documented window: ±5 minutes. */
export const DEFAULT_MAX_SKEW_SECONDS = 300;

/**
 * Where verification keys come from: a fixed set, or a platform-certificate
 * manager that can refresh. `serial` is the Wechatpay-Serial header: a
 * platform certificate serial or a `PUB_KEY_ID_…` public-key id.
 */
export interface VerificationKeySource {
  /**
   * The key for `serial`, or undefined when none is known. A source that
   * knows the serial but must not use it now (a platform certificate outside
   * its validity window, see `CertificateKeySet`) rejects with a
   * `SignatureVerificationError` of reason "certificate-not-valid" instead.
   */
  resolve(serial: string): Promise<CryptoKey | undefined>;
}

/**
 * A fixed map of serial → public key. Holding both platform certificates and
 * the WeChat Pay public key at once is how the certificate → public-key
 * migration is survived: notifications arrive signed by either for days.
 *
 * Hex serials are matched case-insensitively and ignoring leading zeros
 * ("0F1E…" and "F1E…" are the same certificate: openssl prints whole bytes,
 * WeChat's SDKs print the integer). Other ids (PUB_KEY_ID_…) match exactly.
 */
export class StaticKeySet implements VerificationKeySource {
  readonly #keys = new Map<string, { serial: string; key: CryptoKey }>();

  constructor(entries: Iterable<readonly [string, CryptoKey]> = []) {
    for (const [serial, key] of entries) this.add(serial, key);
  }

  /** Adds or replaces the key for `serial`. The key is checked now, not at verify time. */
  add(serial: string, key: CryptoKey): this {
    if (typeof serial !== "string" || !/^[\x21-\x7e]+$/.test(serial)) {
      throw new ConfigError("Verification key serial must be non-empty printable ASCII");
    }
    assertRsaKey(key, "public", `verification key for serial ${serial}`);
    this.#keys.set(normalizeSerial(serial), { serial, key });
    return this;
  }

  delete(serial: string): boolean {
    return this.#keys.delete(normalizeSerial(serial));
  }

  has(serial: string): boolean {
    return this.#keys.has(normalizeSerial(serial));
  }

  /** Serials as they were added. */
  serials(): string[] {
    return Array.from(this.#keys.values(), (entry) => entry.serial);
  }

  /** The key for `serial`, or undefined. */
  get(serial: string): CryptoKey | undefined {
    return this.#keys.get(normalizeSerial(serial))?.key;
  }

  async resolve(serial: string): Promise<CryptoKey | undefined> {
    return this.get(serial);
  }
}

/**
 * The form serials are compared in: a hex serial (platform certificate) in
 * upper case without leading zeros, so openssl's whole-byte spelling and the
 * WeChat SDKs' integer spelling match; any other id (`PUB_KEY_ID_…`) as is.
 */
export function normalizeSerial(serial: string): string {
  return /^[0-9A-Fa-f]+$/.test(serial) ? serial.toUpperCase().replace(/^0+(?=.)/, "") : serial;
}

export type { HeaderSource } from "./headers.js";

export interface VerifySignatureOptions {
  /** Response or notification headers (fetch `Headers`, or node:http's lower-cased record). */
  headers: HeaderSource;
  /** The raw body text exactly as received (never re-serialized JSON); "" for 204. */
  body: string;
  keys: VerificationKeySource;
  clock?: Clock;
  /** Allowed |now − Wechatpay-Timestamp| in seconds; default 300. */
  maxSkewSeconds?: number;
}

export interface VerifiedSignature {
  /** Wechatpay-Serial of the key that verified the message. */
  serial: string;
  /** Wechatpay-Timestamp, Unix seconds. */
  timestamp: number;
  /** Wechatpay-Nonce (useful as a replay-cache key). */
  nonce: string;
}

/**
 * Verifies a signed response or notification. Checks run cheapest-first and
 * each failure has its own `reason`:
 *  1. all four Wechatpay-* headers present          → "missing-header"
 *  2. timestamp is decimal Unix seconds              → "malformed-header"
 *  3. |now − timestamp| ≤ maxSkewSeconds             → "stale-timestamp"
 *  4. not a WECHATPAY/SIGNTEST/ probe                → "probe-signature"
 *  5. signature is base64                            → "malformed-header"
 *  6. a key is known for Wechatpay-Serial            → "unknown-serial"
 *     and, for a platform certificate, valid now     → "certificate-not-valid"
 *  7. RSA verify over TIMESTAMP\nNONCE\nBODY\n       → "bad-signature"
 */
export async function verifySignature(options: VerifySignatureOptions): Promise<VerifiedSignature> {
  const { headers, body, keys, clock = systemClock, maxSkewSeconds = DEFAULT_MAX_SKEW_SECONDS } = options;
  if (typeof body !== "string") {
    // Verifying a re-serialized object is the classic source of false failures.
    throw new TypeError("body must be the raw body string as received");
  }
  if (!Number.isFinite(maxSkewSeconds) || maxSkewSeconds < 0) {
    throw new ConfigError("maxSkewSeconds must be a non-negative number");
  }
  const timestampText = signedHeader(headers, WECHATPAY_HEADERS.timestamp);
  const nonce = signedHeader(headers, WECHATPAY_HEADERS.nonce);
  const signature = signedHeader(headers, WECHATPAY_HEADERS.signature);
  const serial = signedHeader(headers, WECHATPAY_HEADERS.serial);

  const timestamp = parseTimestamp(timestampText);
  checkFreshness(timestamp, unixSeconds(clock), maxSkewSeconds);
  if (signature.startsWith(PROBE_SIGNATURE_PREFIX)) {
    // WeChat's probes must fail like any bad signature (WeChat Pay APIv3 签名验证 rules, on 签名探测流量);
    // a distinct reason lets handlers answer them without raising an alarm.
    throw new SignatureVerificationError("probe-signature", `${WECHATPAY_HEADERS.signature} is a WECHATPAY/SIGNTEST/ probe`, {
      header: WECHATPAY_HEADERS.signature,
      serial,
    });
  }
  const signatureBytes = decodeSignature(signature);

  const key = await keys.resolve(serial);
  if (key === undefined) {
    // The caller may refresh platform certificates and retry; we never guess a key.
    throw new SignatureVerificationError("unknown-serial", `No verification key for ${WECHATPAY_HEADERS.serial} ${printable(serial, 80) ?? "(unprintable value)"}`, {
      header: WECHATPAY_HEADERS.serial,
      serial,
    });
  }
  assertRsaKey(key, "public", "verification key");

  const message = buildResponseMessage({ timestamp: timestampText, nonce, body });
  if (!(await verifyBytes(key, signatureBytes, message))) {
    throw new SignatureVerificationError("bad-signature", `${WECHATPAY_HEADERS.signature} does not match the message`, {
      header: WECHATPAY_HEADERS.signature,
      serial,
    });
  }
  return { serial, timestamp, nonce };
}

/**
 * SHA256withRSA check of a base64 signature over a UTF-8 message. Returns
 * false (never throws) for a wrong signature or non-base64 input. The mock
 * uses it to check the signature inside a client's Authorization header.
 */
export async function verifyMessageSignature(publicKey: CryptoKey, message: string, signature: string): Promise<boolean> {
  assertRsaKey(publicKey, "public", "verification key");
  let bytes: Uint8Array;
  try {
    bytes = base64Decode(signature);
  } catch {
    return false;
  }
  return verifyBytes(publicKey, bytes, message);
}

function verifyBytes(key: CryptoKey, signature: Uint8Array, message: string): Promise<boolean> {
  return crypto.subtle.verify(
    RSA_SHA256,
    key,
    signature as Uint8Array<ArrayBuffer>,
    utf8Encode(message) as Uint8Array<ArrayBuffer>,
  );
}


/**
 * One Wechatpay-* header, read like any other (src/headers.ts). Checked for:
 * more than one value (a repeated header, or two spellings in a record; no
 * authentic value contains a comma, so a comma means a list) →
 * "malformed-header"; absent or empty → "missing-header"; a line break →
 * "malformed-header".
 */
function signedHeader(headers: HeaderSource, name: string): string {
  const value = readHeader(headers, name);
  if (value?.includes(",")) {
    throw new SignatureVerificationError("malformed-header", `${name} header has more than one value`, { header: name });
  }
  if (!value) {
    throw new SignatureVerificationError("missing-header", `${name} header is missing`, { header: name });
  }
  if (/[\r\n]/.test(value)) {
    // Only reachable with a plain record; a line break would shift the message lines.
    throw new SignatureVerificationError("malformed-header", `${name} header contains a line break`, { header: name });
  }
  return value;
}

function parseTimestamp(text: string): number {
  // Decimal digits only: "1.7e9", "-1", "0x…" or a date string are refused.
  const seconds = /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(seconds)) {
    throw new SignatureVerificationError("malformed-header", `${WECHATPAY_HEADERS.timestamp} must be decimal Unix seconds`, {
      header: WECHATPAY_HEADERS.timestamp,
    });
  }
  return seconds;
}

/**
 * Rejects |now − timestamp| > maxSkewSeconds, in the past and in the future.
 * Exactly 300 s is accepted: WeChat documents "more than 5 minutes" as
 * expired and wechatpay-axios-plugin / wechatpay.im / wechatpay.js.org use
 * `> 300`; wechatpay-go rejects at `>= 300` (spec/DECISIONS.md, conflict 14).
 * Both sides are whole seconds (`unixSeconds` floors the clock).
 */
function checkFreshness(timestamp: number, now: number, maxSkewSeconds: number): void {
  if (Math.abs(now - timestamp) > maxSkewSeconds) {
    const direction = timestamp > now ? "ahead of" : "behind";
    throw new SignatureVerificationError(
      "stale-timestamp",
      `${WECHATPAY_HEADERS.timestamp} is ${Math.abs(now - timestamp)} s ${direction} the local clock (limit ${maxSkewSeconds} s)`,
      { header: WECHATPAY_HEADERS.timestamp },
    );
  }
}

function decodeSignature(signature: string): Uint8Array {
  try {
    return base64Decode(signature);
  } catch {
    throw new SignatureVerificationError("malformed-header", `${WECHATPAY_HEADERS.signature} is not base64`, {
      header: WECHATPAY_HEADERS.signature,
    });
  }
}

