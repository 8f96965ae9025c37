/**
 * Minimal DER reader/writer: just enough ASN.1 to wrap PKCS#1 RSA keys into
 * the PKCS#8/SPKI containers WebCrypto imports, and to read a certificate's
 * serial number and validity. This is parsing, not cryptography: every
 * cryptographic operation goes to WebCrypto.
 *
 * All failures throw `DerError` with a message that never contains the input
 * bytes (the input may be a private key).
 */

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OBJECT_IDENTIFIER: 0x06,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  SEQUENCE: 0x30,
  /** `[0]` constructed, context-specific: the certificate `version` wrapper. */
  CONTEXT_0: 0xa0,
} as const;

export class DerError extends Error {
  override name = "DerError";
}

/** One tag-length-value element located inside a byte array. */
export interface DerElement {
  readonly tag: number;
  /** Offset of the tag byte (start of the whole element). */
  readonly offset: number;
  /** Offset of the first content byte. */
  readonly start: number;
  /** Offset just past the last content byte. */
  readonly end: number;
}

/** Reads the element at `offset`; it must end at or before `limit`. */
export function readElement(bytes: Uint8Array, offset = 0, limit = bytes.length): DerElement {
  const tag = byteAt(bytes, offset, limit);
  // Multi-byte tags (low bits 11111) never occur in the structures we read.
  if ((tag & 0x1f) === 0x1f) throw new DerError("Unsupported multi-byte ASN.1 tag");
  const first = byteAt(bytes, offset + 1, limit);
  let length = first;
  let start = offset + 2;
  if (first === 0x80) throw new DerError("Indefinite length is not DER");
  if (first > 0x80) {
    const count = first & 0x7f;
    if (count > 4) throw new DerError("ASN.1 length too large");
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + byteAt(bytes, start + i, limit);
    start += count;
  }
  const end = start + length;
  if (end > limit) throw new DerError("ASN.1 element runs past its container");
  return { tag, offset, start, end };
}

/** Reads an element and checks its tag. */
export function expectElement(bytes: Uint8Array, tag: number, offset = 0, limit = bytes.length): DerElement {
  const element = readElement(bytes, offset, limit);
  if (element.tag !== tag) throw new DerError(`Expected ASN.1 tag 0x${hexByte(tag)}, found 0x${hexByte(element.tag)}`);
  return element;
}

/** The direct children of a constructed element, in order. */
export function childrenOf(bytes: Uint8Array, parent: DerElement): DerElement[] {
  const children: DerElement[] = [];
  for (let offset = parent.start; offset < parent.end; ) {
    const child = readElement(bytes, offset, parent.end);
    children.push(child);
    offset = child.end;
  }
  return children;
}

export function contentOf(bytes: Uint8Array, element: DerElement): Uint8Array {
  return bytes.subarray(element.start, element.end);
}

/** Checks that `bytes` is exactly one element with `tag` (no trailing junk). */
export function expectSingleElement(bytes: Uint8Array, tag: number): DerElement {
  const element = expectElement(bytes, tag);
  if (element.end !== bytes.length) throw new DerError("Trailing bytes after ASN.1 element");
  return element;
}

/** Encodes one element with a definite, minimal length. */
export function encodeElement(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  const header = [tag, ...encodeLength(length)];
  const out = new Uint8Array(header.length + length);
  out.set(header, 0);
  let offset = header.length;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function encodeLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return [0x80 | bytes.length, ...bytes];
}

const UTC_TIME = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;
const GENERALIZED_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;

/**
 * Decodes a certificate `Time` (RFC 5280 §4.1.2.5): UTCTime `YYMMDDHHMMSSZ`
 * with years 50–99 meaning 19xx and 00–49 meaning 20xx, or GeneralizedTime
 * `YYYYMMDDHHMMSSZ` (used from 2050 on). RFC 5280 requires seconds and "Z",
 * so other forms (offsets, fractions) are refused.
 */
export function readTime(bytes: Uint8Array, element: DerElement): Date {
  const text = String.fromCharCode(...contentOf(bytes, element));
  let match: RegExpExecArray | null;
  let year: number;
  if (element.tag === TAG.UTC_TIME && (match = UTC_TIME.exec(text))) {
    const yy = Number(match[1]);
    year = yy >= 50 ? 1900 + yy : 2000 + yy;
  } else if (element.tag === TAG.GENERALIZED_TIME && (match = GENERALIZED_TIME.exec(text))) {
    year = Number(match[1]);
  } else {
    throw new DerError("Certificate time is not a UTCTime/GeneralizedTime in RFC 5280 form");
  }
  const [month, day, hour, minute, second] = match.slice(2).map(Number) as [number, number, number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  // Date silently rolls 31 February into March; refuse instead.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || date.getUTCHours() !== hour ||
      date.getUTCMinutes() !== minute || date.getUTCSeconds() !== second) {
    throw new DerError("Certificate time has an out-of-range field");
  }
  return date;
}

function byteAt(bytes: Uint8Array, offset: number, limit: number): number {
  const value = offset < limit ? bytes[offset] : undefined;
  if (value === undefined) throw new DerError("Truncated ASN.1 input");
  return value;
}

function hexByte(value: number): string {
  return value.toString(16).padStart(2, "0");
}
