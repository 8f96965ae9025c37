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

/** Symbol value by char code (0–255); -1 for anything outside the standard alphabet (including "="). */
const BASE64_VALUES = new Int8Array(256).fill(-1);
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
  return typeof text === "string" && decodeInto(text, undefined);
}

/**
 * Strict standard base64 decode. Throws `TypeError` (without echoing the
 * input, which may be secret) for anything that is not canonical padded
 * base64: other alphabets, whitespace, missing padding, non-zero pad bits.
 */
export function base64Decode(text: string): Uint8Array {
  if (typeof text !== "string" || text.length % 4 !== 0) throw invalidBase64();
  const padding = text.length === 0 ? 0 : text.charCodeAt(text.length - 1) !== PAD ? 0 : text.charCodeAt(text.length - 2) !== PAD ? 1 : 2;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  if (!decodeInto(text, out)) throw invalidBase64();
  return out;
}

function invalidBase64(): TypeError {
  return new TypeError("Invalid base64 input");
}

/**
 * One pass that checks and (when `out` is given) decodes: every full group
 * but the last is four alphabet symbols; the last may end in "=" or "==",
 * whose unused bits must be zero (canonical encoding). A char code above 255
 * or outside the alphabet reads as a negative value or sets bit 8 and fails.
 */
function decodeInto(text: string, out: Uint8Array | undefined): boolean {
  const length = text.length;
  if (length % 4 !== 0) return false;
  if (length === 0) return true;
  const last = length - 4;
  let o = 0;
  for (let i = 0; i < last; i += 4) {
    const c0 = text.charCodeAt(i), c1 = text.charCodeAt(i + 1), c2 = text.charCodeAt(i + 2), c3 = text.charCodeAt(i + 3);
    const v0 = BASE64_VALUES[c0 & 255]!, v1 = BASE64_VALUES[c1 & 255]!, v2 = BASE64_VALUES[c2 & 255]!, v3 = BASE64_VALUES[c3 & 255]!;
    if ((v0 | v1 | v2 | v3) < 0 || (c0 | c1 | c2 | c3) > 255) return false;
    if (out) {
      const group = (v0 << 18) | (v1 << 12) | (v2 << 6) | v3;
      out[o] = group >> 16;
      out[o + 1] = (group >> 8) & 255;
      out[o + 2] = group & 255;
      o += 3;
    }
  }
  // The last group: "xx==", "xxx=" or "xxxx".
  const c0 = text.charCodeAt(last), c1 = text.charCodeAt(last + 1), c2 = text.charCodeAt(last + 2), c3 = text.charCodeAt(last + 3);
  const padding = c3 !== PAD ? 0 : c2 !== PAD ? 1 : 2;
  const v0 = BASE64_VALUES[c0 & 255]!, v1 = BASE64_VALUES[c1 & 255]!;
  const v2 = padding === 2 ? 0 : BASE64_VALUES[c2 & 255]!;
  const v3 = padding >= 1 ? 0 : BASE64_VALUES[c3 & 255]!;
  if ((v0 | v1 | v2 | v3) < 0 || (c0 | c1 | c2 | c3) > 255) return false;
  // Canonical encodings leave the unused low bits of the last symbol at zero.
  if (padding === 2 && (v1 & 0b1111) !== 0) return false;
  if (padding === 1 && (v2 & 0b11) !== 0) return false;
  if (out) {
    const group = (v0 << 18) | (v1 << 12) | (v2 << 6) | v3;
    out[o] = group >> 16;
    if (padding < 2) out[o + 1] = (group >> 8) & 255;
    if (padding < 1) out[o + 2] = group & 255;
  }
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
