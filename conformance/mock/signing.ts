/**
 * Signs what the mock sends (responses and notifications) as the platform
 * does: SHA256withRSA over `TIMESTAMP\nNONCE\nBODY\n` with the key named by
 * Wechatpay-Serial (src/sign.ts signMessage / buildResponseMessage).
 *
 * Faults (bad signature, stale timestamp, unknown serial) are applied here so
 * that everything else stays honest.
 */
import { unixSeconds, type Clock } from "../../src/clock.ts";
import { NONCE_ALPHABET, uniformString } from "../../src/nonce.ts";
import { buildResponseMessage, signMessage } from "../../src/sign.ts";
import { WECHATPAY_HEADERS } from "../../src/verify.ts";
import type { SigningKey } from "./test-keys.ts";

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
  const nonce = pooledNonce(32);
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

/** A platform Request-ID (the schema allows up to 128 characters): 40 of [0-9A-Z]. */
export function requestId(): string {
  return pooledNonce(40, UPPER_ALPHABET);
}

// ---- CSPRNG bytes, drawn in blocks -----------------------------------------------------------------
//
// Every answer needs 72 random characters (nonce + Request-ID). One crypto.getRandomValues call per
// block of 4 KiB instead of two per answer: under load each call costs several µs of the event loop
// (scripts/bench/mock.ts), and a block of CSPRNG output is exactly as random as the same bytes drawn
// one call at a time. Each byte is used once, then the block is refilled. Order and transaction ids
// draw their digits from it too.

const UPPER_ALPHABET = NONCE_ALPHABET.slice(0, 36);
const pool = new Uint8Array(4096);
let poolAt = pool.length;

function randomByte(): number {
  if (poolAt === pool.length) {
    crypto.getRandomValues(pool);
    poolAt = 0;
  }
  return pool[poolAt++]!;
}

/** `length` characters uniformly from `alphabet`, by src/nonce.ts's rule, from the pooled bytes. */
export function pooledNonce(length: number, alphabet: string = NONCE_ALPHABET): string {
  return uniformString(length, alphabet, randomByte);
}
