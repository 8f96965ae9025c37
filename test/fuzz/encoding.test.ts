// Property-based tests for base64 and hex decoding of untrusted text: the only
// error is the documented TypeError ("Invalid base64 input" / "Invalid hex
// input"), and what decodes re-encodes canonically. Fixed seed, bounded runs;
// inputs ≤ 4 KiB.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64Decode, base64Encode, hexDecode, hexEncode, isBase64 } from "../../src/encoding.ts";
import { anyString, runs } from "./support.ts";

const BASE64_CHARS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ \n", "\u0141", "\u0100"];
const base64ish = fc.oneof(
  anyString,
  fc.string({ unit: fc.constantFrom(...BASE64_CHARS), maxLength: 400 }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString("base64")),
);

function decodeOrTypedError<T>(decode: () => T, message: string): T | undefined {
  try {
    return decode();
  } catch (error) {
    // The documented error: a TypeError with this exact message (it never echoes the input).
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(message);
    return undefined;
  }
}

describe("base64Decode", () => {
  it("decodes canonical base64 (agreeing with isBase64 and Buffer) or throws the documented TypeError", () => {
    fc.assert(
      fc.property(base64ish, (text) => {
        const bytes = decodeOrTypedError(() => base64Decode(text), "Invalid base64 input");
        expect(isBase64(text)).toBe(bytes !== undefined);
        if (bytes !== undefined) {
          expect(base64Encode(bytes)).toBe(text);
          expect(Buffer.from(bytes).equals(Buffer.from(text, "base64"))).toBe(true);
        }
      }),
      runs(500),
    );
  });
});

describe("hexDecode", () => {
  it("decodes even-length hex or throws the documented TypeError", () => {
    const hexish = fc.oneof(anyString, fc.string({ unit: fc.constantFrom(..."0123456789abcdefABCDEFgG \n"), maxLength: 200 }));
    fc.assert(
      fc.property(hexish, (text) => {
        const bytes = decodeOrTypedError(() => hexDecode(text), "Invalid hex input");
        if (bytes !== undefined) expect(hexEncode(bytes)).toBe(text.toLowerCase());
      }),
      runs(500),
    );
  });
});
