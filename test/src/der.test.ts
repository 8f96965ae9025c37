import { describe, expect, it } from "vitest";
import { DerError, TAG, childrenOf, contentOf, encodeElement, expectElement, expectSingleElement, readElement, readTime } from "../../src/der.ts";

const ascii = (text: string) => new TextEncoder().encode(text);
const time = (tag: number, text: string) => {
  const bytes = encodeElement(tag, ascii(text));
  return readTime(bytes, readElement(bytes));
};

describe("DER lengths", () => {
  it("encodes minimal short and long forms and reads them back", () => {
    for (const length of [0, 1, 127, 128, 255, 256, 65_535, 65_536]) {
      const encoded = encodeElement(TAG.OCTET_STRING, new Uint8Array(length));
      const header = length < 128 ? 2 : length < 256 ? 3 : length < 65_536 ? 4 : 5;
      expect(encoded.length).toBe(header + length);
      expect(readElement(encoded)).toEqual({ tag: TAG.OCTET_STRING, offset: 0, start: header, end: header + length });
    }
    expect(Array.from(encodeElement(TAG.NULL))).toEqual([0x05, 0x00]);
    expect(Array.from(encodeElement(TAG.OCTET_STRING, new Uint8Array(200)).subarray(0, 3))).toEqual([0x04, 0x81, 200]);
  });

  it("walks children and content", () => {
    const sequence = encodeElement(TAG.SEQUENCE, encodeElement(TAG.INTEGER, new Uint8Array([1])), encodeElement(TAG.NULL));
    const outer = expectSingleElement(sequence, TAG.SEQUENCE);
    const [integer, nil] = childrenOf(sequence, outer);
    expect(integer).toMatchObject({ tag: TAG.INTEGER, offset: 2 });
    expect(Array.from(contentOf(sequence, integer!))).toEqual([1]);
    expect(nil).toMatchObject({ tag: TAG.NULL, offset: 5, start: 7, end: 7 });
  });

  it("rejects truncated, indefinite, oversized, wrong-tag and trailing input", () => {
    expect(() => readElement(new Uint8Array([0x30]))).toThrow(DerError);
    expect(() => readElement(new Uint8Array([0x30, 0x05, 0x00]))).toThrow(/past its container/);
    expect(() => readElement(new Uint8Array([0x30, 0x80, 0x00, 0x00]))).toThrow(/Indefinite/);
    expect(() => readElement(new Uint8Array([0x30, 0x85, 1, 1, 1, 1, 1]))).toThrow(/too large/);
    expect(() => readElement(new Uint8Array([0x1f, 0x01, 0x00]))).toThrow(/multi-byte/);
    expect(() => expectElement(new Uint8Array([0x02, 0x01, 0x00]), TAG.SEQUENCE)).toThrow(/Expected ASN.1 tag 0x30/);
    expect(() => expectSingleElement(new Uint8Array([0x05, 0x00, 0x00]), TAG.NULL)).toThrow(/Trailing/);
    const sequence = new Uint8Array([0x30, 0x03, 0x02, 0x05, 0x00]);
    expect(() => childrenOf(sequence, readElement(sequence))).toThrow(/past its container/);
  });
});

describe("readTime (RFC 5280 §4.1.2.5)", () => {
  it("maps UTCTime years 50–99 to 19xx and 00–49 to 20xx", () => {
    expect(time(TAG.UTC_TIME, "491231235959Z").toISOString()).toBe("2049-12-31T23:59:59.000Z");
    expect(time(TAG.UTC_TIME, "500101000000Z").toISOString()).toBe("1950-01-01T00:00:00.000Z");
    expect(time(TAG.UTC_TIME, "250101000000Z").toISOString()).toBe("2025-01-01T00:00:00.000Z");
  });

  it("reads GeneralizedTime, including 9999-12-31T23:59:59Z", () => {
    expect(time(TAG.GENERALIZED_TIME, "20500101000000Z").toISOString()).toBe("2050-01-01T00:00:00.000Z");
    expect(time(TAG.GENERALIZED_TIME, "99991231235959Z").toISOString()).toBe("9999-12-31T23:59:59.000Z");
  });

  it("rejects forms RFC 5280 forbids and impossible dates", () => {
    for (const [tag, text] of [
      [TAG.UTC_TIME, "2501010000Z"], // no seconds
      [TAG.UTC_TIME, "250101000000+0800"],
      [TAG.UTC_TIME, "20250101000000Z"], // GeneralizedTime text under the UTCTime tag
      [TAG.GENERALIZED_TIME, "20250101000000.5Z"],
      [TAG.GENERALIZED_TIME, "20250101000000"],
      [TAG.GENERALIZED_TIME, "20250230000000Z"], // 30 February
      [TAG.GENERALIZED_TIME, "20251301000000Z"],
      [TAG.GENERALIZED_TIME, "20250101240000Z"],
      [TAG.GENERALIZED_TIME, "20250101006000Z"],
      [TAG.INTEGER, "20250101000000Z"],
    ] as const) {
      expect(() => time(tag, text), text).toThrow(DerError);
    }
  });
});
