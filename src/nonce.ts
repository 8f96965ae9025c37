/**
 * Request nonces (`nonce_str` in the Authorization header).
 *
 * WeChat's own SDKs send 32 characters from [0-9A-Za-z] (wechatpay-go
 * utils/nonce.go). The nonce is what makes two requests signed in the same
 * second differ, so it must come from a CSPRNG, never Math.random.
 */

/** A source of nonces; inject a fixed one in tests to get reproducible signatures. */
export type NonceSource = () => string;

export const NONCE_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/**
 * Largest multiple of the alphabet size that fits in a byte (62 × 4 = 248).
 * Bytes at or above it are thrown away: `byte % 62` over all 256 values would
 * make the first 8 characters more likely than the rest (modulo bias).
 */
const ACCEPT_BELOW = 256 - (256 % NONCE_ALPHABET.length);

/** `getRandomValues` refuses more than 65,536 bytes per call. */
const MAX_RANDOM_BYTES = 65_536;

/** `length` characters from [0-9A-Za-z], uniformly distributed (default 32). */
export function randomNonce(length = 32): string {
  if (!Number.isSafeInteger(length) || length < 1) {
    throw new RangeError("Nonce length must be a positive integer");
  }
  let out = "";
  while (out.length < length) {
    // Ask for a little more than needed: about 3 % of bytes are rejected.
    const wanted = Math.min(MAX_RANDOM_BYTES, Math.ceil((length - out.length) * 1.1) + 8);
    const bytes = crypto.getRandomValues(new Uint8Array(wanted));
    for (const byte of bytes) {
      if (byte >= ACCEPT_BELOW) continue;
      out += NONCE_ALPHABET[byte % NONCE_ALPHABET.length]!;
      if (out.length === length) break;
    }
  }
  return out;
}
