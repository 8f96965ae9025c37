/**
 * Checks a caller's Authorization header as the platform does (spec
 * `WechatPay2Signature`), with the package's own building blocks so that every
 * request the mock answers exercises them: src/sign.ts `parseAuthorization`
 * reads the header, the merchant's key is found by mchid and serial_no
 * (`StaticKeySet`), more than 5 minutes of clock skew is refused,
 * src/sign.ts `buildRequestMessage` rebuilds `METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n`
 * from what was received (the raw request target and raw body) and
 * src/verify.ts `verifyMessageSignature` (WebCrypto) checks the signature, and a nonce the merchant
 * already used within the timestamp window is refused (a replayed request: what the Authorization
 * scheme's nonce_str and timestamp are there to stop; the official pages state no rule for it, and the
 * platform was seen to refuse one).
 * Every failure is a 401 SIGN_ERROR whose detail says what failed.
 */
import { unixSeconds, type Clock } from "../../src/clock.ts";
import { SignatureVerificationError } from "../../src/errors.ts";
import { printable } from "../../src/printable.ts";
import { buildRequestMessage, parseAuthorization } from "../../src/sign.ts";
import { DEFAULT_MAX_SKEW_SECONDS, verifyMessageSignature } from "../../src/verify.ts";
import type { MerchantKeys } from "./test-keys.ts";

export interface ReceivedRequest {
  method: string;
  /** The request target exactly as received (path + "?" + query). */
  url: string;
  authorization: string | undefined;
  /** The raw body decoded as UTF-8; "" when none. */
  body: string;
}

export type AuthResult =
  | { ok: true; mchid: string; serialNo: string }
  | { ok: false; message: string; detail: Record<string, unknown> };

/** Length of the signed message the platform echoes in `sign_information`. */
const ECHO_CHARS = 256;

/**
 * The (mchid, nonce_str) pairs of accepted requests, each kept until its timestamp leaves the skew window
 * (timestamp + `DEFAULT_MAX_SKEW_SECONDS`): after that the timestamp check refuses the request anyway.
 * Bounded: beyond `maxEntries` live pairs the one expiring soonest is dropped (a memory cap; at the
 * default 100 000 that takes over 330 accepted requests a second for 5 minutes).
 */
export class NonceCache {
  readonly #maxEntries: number;
  /** `mchid \0 nonce` → expiry (Unix seconds); Map order is insertion order, which is expiry order give or take the skew. */
  readonly #seen = new Map<string, number>();

  constructor(maxEntries = 100_000) {
    if (!(Number.isInteger(maxEntries) && maxEntries > 0)) throw new RangeError("maxEntries must be a whole number > 0");
    this.#maxEntries = maxEntries;
  }

  /**
   * Records the pair; false when it was already recorded and has not expired (a replay). `timestamp` is
   * the request's (Unix seconds), `now` the platform's.
   */
  remember(mchid: string, nonce: string, timestamp: number, now: number): boolean {
    const key = `${mchid}\u0000${nonce}`;
    const expiry = this.#seen.get(key);
    if (expiry !== undefined && expiry >= now) return false;
    for (const [oldKey, oldExpiry] of this.#seen) {
      if (oldExpiry >= now && this.#seen.size < this.#maxEntries) break;
      this.#seen.delete(oldKey);
    }
    this.#seen.delete(key);
    this.#seen.set(key, timestamp + DEFAULT_MAX_SKEW_SECONDS);
    return true;
  }

  get size(): number {
    return this.#seen.size;
  }
}

/**
 * The platform's check of one request. `nonces`, when given, refuses a (mchid, nonce_str) already
 * accepted within the timestamp window; it is consulted only after the signature verified, so a forged
 * request cannot use up a merchant's nonce.
 */
export async function checkAuthorization(
  request: ReceivedRequest,
  merchants: MerchantKeys,
  clock: Clock,
  nonces?: NonceCache,
): Promise<AuthResult> {
  let parsed;
  try {
    parsed = parseAuthorization(request.authorization);
  } catch (error) {
    const message = error instanceof SignatureVerificationError ? error.message : "Authorization header is malformed";
    return fail("Authorization", message, request);
  }
  const keys = merchants.get(parsed.mchid);
  if (!keys) return fail("mchid", `mchid ${shown(parsed.mchid)} is not a merchant of this platform`, request);
  const key = keys.get(parsed.serialNo);
  if (!key) {
    return fail("serial_no", `serial_no ${shown(parsed.serialNo)} is not a certificate of merchant ${parsed.mchid}`, request);
  }
  const skew = unixSeconds(clock) - Number(parsed.timestamp);
  if (!Number.isSafeInteger(skew) || Math.abs(skew) > DEFAULT_MAX_SKEW_SECONDS) {
    return fail("timestamp", `timestamp is ${Math.abs(skew)} s away from the platform clock (limit ${DEFAULT_MAX_SKEW_SECONDS} s)`, request);
  }
  let message: string;
  try {
    message = buildRequestMessage({
      method: request.method,
      pathAndQuery: request.url,
      timestamp: parsed.timestamp,
      nonce: parsed.nonce,
      body: request.body,
    });
  } catch {
    return fail("nonce_str", "the signed message cannot be built from this request", request);
  }
  if (!(await verifyMessageSignature(key, message, parsed.signature))) {
    return fail("signature", "sign not match", request, message);
  }
  if (nonces && !nonces.remember(parsed.mchid, parsed.nonce, Number(parsed.timestamp), unixSeconds(clock))) {
    return fail("nonce_str", "nonce_str was already used within the timestamp window (replayed request)", request);
  }
  return { ok: true, mchid: parsed.mchid, serialNo: parsed.serialNo };
}

function fail(field: string, issue: string, request: ReceivedRequest, message?: string): AuthResult {
  const detail: Record<string, unknown> = {
    field,
    location: "authorization",
    issue,
    // As the platform does: show what it signed-checked so the caller can diff its own string.
    sign_information: {
      method: request.method,
      url: request.url,
      ...(message === undefined
        ? {}
        : { sign_message_length: message.length, truncated_sign_message: message.slice(0, ECHO_CHARS) }),
    },
  };
  return { ok: false, message: `签名错误: ${issue}`, detail };
}

function shown(value: string): string {
  return printable(value) ?? "(unprintable)";
}
