/**
 * Byte/text encodings used by the security core, without Buffer so the
 * package runs on any WebCrypto runtime (Node, Deno, Bun, workers, browsers).
 *
 * Decoders are strict on purpose: a signature or ciphertext that is not clean
 * base64 is refused instead of being "repaired" (atob and Buffer silently
 * skip or truncate junk, which hides transport damage such as `+` turned into
 * a space by form decoding).
 */

const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Standard alphabet, padding required, no whitespace (RFC 4648 §4). */
const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Symbol value by char code (0 for "=" and anything else: the regex has vetted the input first). */
const BASE64_VALUES = new Uint8Array(128);
for (let i = 0; i < BASE64_ALPHABET.length; i++) BASE64_VALUES[BASE64_ALPHABET.charCodeAt(i)] = i;

/** Standard base64 with padding (what WeChat uses for signatures and ciphertexts). */
export function base64Encode(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const group = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += BASE64_ALPHABET[(group >> 18) & 63]! + BASE64_ALPHABET[(group >> 12) & 63]!;
    out += b === undefined ? "=" : BASE64_ALPHABET[(group >> 6) & 63]!;
    out += c === undefined ? "=" : BASE64_ALPHABET[group & 63]!;
  }
  return out;
}

/** True when `text` is canonical padded standard base64 (see `base64Decode`). */
export function isBase64(text: string): boolean {
  return typeof text === "string" && STRICT_BASE64.test(text) && hasZeroPaddingBits(text);
}

/**
 * Strict standard base64 decode. Throws `TypeError` (without echoing the
 * input, which may be secret) for anything that is not canonical padded
 * base64: other alphabets, whitespace, missing padding, non-zero pad bits.
 */
export function base64Decode(text: string): Uint8Array {
  if (!isBase64(text)) throw new TypeError("Invalid base64 input");
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const group =
      (value(text, i) << 18) | (value(text, i + 1) << 12) | (value(text, i + 2) << 6) | value(text, i + 3);
    out[o++] = (group >> 16) & 255;
    if (o < out.length) out[o++] = (group >> 8) & 255;
    if (o < out.length) out[o++] = group & 255;
  }
  return out;
}

function value(text: string, index: number): number {
  // "=" (and anything past the end: NaN) counts as 0; the regex has vetted the rest.
  return BASE64_VALUES[text.charCodeAt(index)] ?? 0;
}

/** Canonical encodings leave the unused low bits of the last symbol at zero. */
function hasZeroPaddingBits(text: string): boolean {
  if (text.endsWith("==")) return (value(text, text.length - 3) & 0b1111) === 0;
  if (text.endsWith("=")) return (value(text, text.length - 2) & 0b11) === 0;
  return true;
}

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function utf8Encode(text: string): Uint8Array {
  return encoder.encode(text);
}

/** UTF-8 decode that throws `TypeError` on invalid sequences instead of inserting U+FFFD. */
export function utf8Decode(bytes: Uint8Array): string {
  return strictDecoder.decode(bytes);
}

export type HexCase = "lower" | "upper";

export function hexEncode(bytes: Uint8Array, letterCase: HexCase = "lower"): string {
  let out = "";
  for (const byte of bytes) out += byte.toString(16).padStart(2, "0");
  return letterCase === "upper" ? out.toUpperCase() : out;
}

/** Decodes an even-length hex string (either case). Throws `TypeError` otherwise. */
export function hexDecode(text: string): Uint8Array {
  if (text.length % 2 !== 0 || !/^[0-9A-Fa-f]*$/.test(text)) throw new TypeError("Invalid hex input");
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return out;
}
