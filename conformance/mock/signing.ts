/**
 * Signs what the mock sends (responses and notifications) as the platform
 * does: SHA256withRSA over `TIMESTAMP\nNONCE\nBODY\n` with the key named by
 * Wechatpay-Serial (src/sign.ts signMessage / buildResponseMessage).
 *
 * Faults (bad signature, stale timestamp, unknown serial) are applied here so
 * that everything else stays honest.
 */
import { unixSeconds, type Clock } from "../../src/clock.ts";
import { randomNonce } from "../../src/nonce.ts";
import { buildResponseMessage, signMessage } from "../../src/sign.ts";
import { WECHATPAY_HEADERS } from "../../src/verify.ts";
import type { SigningKey } from "./keys.ts";

export type SignatureFault = "bad-signature" | "stale-timestamp" | "unknown-serial";

/** Beyond the documented 300 s window, so verifiers must refuse it. */
const STALE_SECONDS = 600;

/** A serial no platform key has (valid hex, so it passes the header's schema). */
export const UNKNOWN_SERIAL = "0000000000000000000000000000000000DEAD01";

export async function signatureHeaders(
  key: SigningKey,
  body: string,
  clock: Clock,
  fault?: SignatureFault,
): Promise<Record<string, string>> {
  const timestamp = unixSeconds(clock) - (fault === "stale-timestamp" ? STALE_SECONDS : 0);
  const nonce = randomNonce(32);
  let signature = await signMessage(key.privateKey, buildResponseMessage({ timestamp, nonce, body }));
  if (fault === "bad-signature") signature = corrupt(signature);
  return {
    [WECHATPAY_HEADERS.timestamp]: String(timestamp),
    [WECHATPAY_HEADERS.nonce]: nonce,
    [WECHATPAY_HEADERS.signature]: signature,
    [WECHATPAY_HEADERS.serial]: fault === "unknown-serial" ? UNKNOWN_SERIAL : key.serial,
  };
}

/** Flips bits in the first character: still base64 of the right length, no longer the signature. */
function corrupt(signature: string): string {
  const first = signature[0] === "A" ? "B" : "A";
  return `${first}${signature.slice(1)}`;
}

/** A platform Request-ID (the schema allows up to 128 characters). */
export function requestId(): string {
  return randomNonce(40).toUpperCase();
}
