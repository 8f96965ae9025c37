import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { base64Decode, base64Encode, hexDecode, hexEncode, isBase64, utf8Decode, utf8Encode } from "../../src/encoding.ts";

describe("base64", () => {
  it("matches Buffer for every length 0..100 and random content", () => {
    for (let length = 0; length <= 100; length++) {
      const bytes = new Uint8Array(randomBytes(length));
      const expected = Buffer.from(bytes).toString("base64");
      expect(base64Encode(bytes)).toBe(expected);
      expect(Buffer.from(base64Decode(expected))).toEqual(Buffer.from(bytes));
    }
  });

  it("handles all byte values", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(base64Encode(all)).toBe(Buffer.from(all).toString("base64"));
    expect(base64Decode(base64Encode(all))).toEqual(all);
  });

  it("strictly rejects what atob/Buffer would silently accept", () => {
    const invalid = [
      "YQ", // missing padding
      "YQ=", // short padding
      "YR==", // non-zero pad bits (canonical is YQ==)
      "YWJ=", // non-zero pad bits (canonical is YWI=)
      "YW Jj", // whitespace
      "YWJj\n",
      "-_-_", // base64url alphabet
      "YQ==YQ==", // padding in the middle
      "====",
      "abc",
      "é123",
      "\u0141AAA", // above U+00FF: a table lookup by char code must not wrap around
      "AAA\u4e00",
    ];
    for (const text of invalid) {
      expect(isBase64(text), text).toBe(false);
      expect(() => base64Decode(text), text).toThrow(TypeError);
    }
    expect(() => base64Decode(undefined as unknown as string)).toThrow(TypeError);
    expect(() => base64Decode(1234 as unknown as string)).toThrow(TypeError);
  });

  it("never echoes the rejected input", () => {
    const secret = "PayScoreTestApiV3Key0123456789a!";
    expect(() => base64Decode(secret)).toThrow(/^Invalid base64 input$/);
  });

  it("accepts the empty string", () => {
    expect(base64Decode("")).toEqual(new Uint8Array(0));
    expect(base64Encode(new Uint8Array(0))).toBe("");
  });
});

describe("utf8", () => {
  it("round-trips multi-byte text like Buffer", () => {
    const text = "先享后付 · Pay Score ü €";
    expect(Buffer.from(utf8Encode(text))).toEqual(Buffer.from(text, "utf8"));
    expect(utf8Decode(utf8Encode(text))).toBe(text);
  });

  it("throws on invalid UTF-8 instead of inserting U+FFFD", () => {
    expect(() => utf8Decode(new Uint8Array([0xff]))).toThrow(TypeError);
    expect(() => utf8Decode(new Uint8Array([0xe5, 0x85]))).toThrow(TypeError);
  });

  it("keeps a byte-order mark (bytes are reproduced exactly)", () => {
    expect(utf8Decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe("\ufeffa");
  });
});

describe("hex", () => {
  it("encodes lower and upper case like Buffer and decodes both", () => {
    const bytes = new Uint8Array(randomBytes(40));
    const lower = Buffer.from(bytes).toString("hex");
    expect(hexEncode(bytes)).toBe(lower);
    expect(hexEncode(bytes, "lower")).toBe(lower);
    expect(hexEncode(bytes, "upper")).toBe(lower.toUpperCase());
    expect(hexDecode(lower)).toEqual(bytes);
    expect(hexDecode(lower.toUpperCase())).toEqual(bytes);
    expect(hexEncode(new Uint8Array([0, 1, 0xab]))).toBe("0001ab");
  });

  it("rejects odd length and non-hex characters", () => {
    for (const text of ["abc", "zz", "0x00", "12 34"]) expect(() => hexDecode(text)).toThrow(TypeError);
  });
});
