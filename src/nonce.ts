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

/** `getRandomValues` refuses more than 65,536 bytes per call. */
const MAX_RANDOM_BYTES = 65_536;

/** `length` characters from [0-9A-Za-z], uniformly distributed (default 32). */
export function randomNonce(length = 32): string {
  if (!Number.isSafeInteger(length) || length < 1) {
    throw new RangeError("Nonce length must be a positive integer");
  }
  // Ask for a little more than needed: about 3 % of bytes are rejected.
  let bytes = new Uint8Array(0);
  let at = 0;
  const nextByte = () => {
    if (at === bytes.length) {
      bytes = crypto.getRandomValues(new Uint8Array(Math.min(MAX_RANDOM_BYTES, Math.ceil(length * 1.1) + 8)));
      at = 0;
    }
    return bytes[at++]!;
  };
  return uniformString(length, NONCE_ALPHABET, nextByte);
}

/**
 * `length` characters uniformly from `alphabet` (2 to 256 symbols), from the random bytes
 * `nextByte` returns. Bytes at or above the largest multiple of the alphabet size that fits in a
 * byte (62 × 4 = 248 for the nonce alphabet) are thrown away: `byte % 62` over all 256 values
 * would make the first 8 characters more likely than the rest (modulo bias). The mock platform
 * uses it with bytes drawn from a pooled CSPRNG block.
 */
export function uniformString(length: number, alphabet: string, nextByte: () => number): string {
  if (alphabet.length < 2 || alphabet.length > 256) throw new RangeError("Alphabet must have 2 to 256 symbols");
  const acceptBelow = 256 - (256 % alphabet.length);
  let out = "";
  while (out.length < length) {
    const byte = nextByte();
    if (byte < acceptBelow) out += alphabet[byte % alphabet.length]!;
  }
  return out;
}
