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
const BASE64_CODES = Uint8Array.from(BASE64_ALPHABET, (char) => char.charCodeAt(0));
const PAD = 0x3d; // "="

/** Symbol value by char code; -1 for anything outside the standard alphabet (including "="). */
const BASE64_VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64_ALPHABET.length; i++) BASE64_VALUES[BASE64_ALPHABET.charCodeAt(i)] = i;

/** Standard base64 with padding (what WeChat uses for signatures and ciphertexts). */
export function base64Encode(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const group = (bytes[i]! << 16) | (rest > 1 ? bytes[i + 1]! << 8 : 0) | (rest > 2 ? bytes[i + 2]! : 0);
    out[o++] = BASE64_CODES[(group >> 18) & 63]!;
    out[o++] = BASE64_CODES[(group >> 12) & 63]!;
    out[o++] = rest > 1 ? BASE64_CODES[(group >> 6) & 63]! : PAD;
    out[o++] = rest > 2 ? BASE64_CODES[group & 63]! : PAD;
  }
  return ascii(out);
}

/** ASCII bytes → string (ASCII is valid UTF-8; the native decoder beats building the string in JS). */
function ascii(codes: Uint8Array): string {
  return asciiDecoder.decode(codes);
}

const asciiDecoder = new TextDecoder();

/**
 * True when `text` is canonical padded standard base64 (see `base64Decode`):
 * RFC 4648 §4 alphabet, length a multiple of 4, "=" only as the last one or
 * two characters, no whitespace, and zero unused bits before the padding.
 */
export function isBase64(text: string): boolean {
  return typeof text === "string" && paddingOf(text) >= 0;
}

/** The number of "=" (0–2) when `text` is canonical base64, else -1. */
function paddingOf(text: string): number {
  const length = text.length;
  if (length % 4 !== 0) return -1;
  if (length === 0) return 0;
  const padding = text.charCodeAt(length - 1) !== PAD ? 0 : text.charCodeAt(length - 2) !== PAD ? 1 : 2;
  for (let i = 0; i < length - padding; i++) {
    const code = text.charCodeAt(i);
    if (code > 127 || BASE64_VALUES[code]! < 0) return -1;
  }
  // Canonical encodings leave the unused low bits of the last symbol at zero.
  const last = BASE64_VALUES[text.charCodeAt(length - padding - 1)]!;
  if (padding === 2 && (last & 0b1111) !== 0) return -1;
  if (padding === 1 && (last & 0b11) !== 0) return -1;
  return padding;
}

/**
 * Strict standard base64 decode. Throws `TypeError` (without echoing the
 * input, which may be secret) for anything that is not canonical padded
 * base64: other alphabets, whitespace, missing padding, non-zero pad bits.
 */
export function base64Decode(text: string): Uint8Array {
  const padding = typeof text === "string" ? paddingOf(text) : -1;
  if (padding < 0) throw new TypeError("Invalid base64 input");
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    // Each "=" reads as 63 here; its bits only reach bytes past the end, which are not written.
    const group =
      (value(text, i) << 18) | (value(text, i + 1) << 12) | (value(text, i + 2) << 6) | value(text, i + 3);
    out[o++] = (group >> 16) & 255;
    if (o < out.length) out[o++] = (group >> 8) & 255;
    if (o < out.length) out[o++] = group & 255;
  }
  return out;
}

function value(text: string, index: number): number {
  // Only called on vetted input (see base64Decode for "=").
  return BASE64_VALUES[text.charCodeAt(index)]! & 63;
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
