/**
 * Checks a caller's Authorization header as the platform does (spec
 * `WechatPay2Signature`), with the package's own building blocks so that every
 * request the mock answers exercises them: src/sign.ts `parseAuthorization`
 * reads the header, the merchant's key is found by mchid and serial_no
 * (`StaticKeySet`), more than 5 minutes of clock skew is refused,
 * src/sign.ts `buildRequestMessage` rebuilds `METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n`
 * from what was received (the raw request target and raw body) and
 * src/verify.ts `verifyMessageSignature` (WebCrypto) checks the signature.
 * Every failure is a 401 SIGN_ERROR whose detail says what failed.
 */
import { unixSeconds, type Clock } from "../../src/clock.ts";
import { SignatureVerificationError } from "../../src/errors.ts";
import { printable } from "../../src/printable.ts";
import { buildRequestMessage, parseAuthorization } from "../../src/sign.ts";
import { DEFAULT_MAX_SKEW_SECONDS, verifyMessageSignature } from "../../src/verify.ts";
import type { MerchantKeys } from "./keys.ts";

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

export async function checkAuthorization(request: ReceivedRequest, merchants: MerchantKeys, clock: Clock): Promise<AuthResult> {
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
