import { describe, expect, it, vi } from "vitest";
import { NONCE_ALPHABET, randomNonce, uniformString, type NonceSource } from "../../src/nonce.ts";

describe("randomNonce", () => {
  it("gives 32 characters from [0-9A-Za-z] by default", () => {
    for (let i = 0; i < 200; i++) expect(randomNonce()).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(NONCE_ALPHABET).toHaveLength(62);
    expect(new Set(NONCE_ALPHABET).size).toBe(62);
  });

  it("honours other lengths, including ones longer than one random batch", () => {
    expect(randomNonce(1)).toMatch(/^[0-9A-Za-z]$/);
    expect(randomNonce(12)).toMatch(/^[0-9A-Za-z]{12}$/);
    expect(randomNonce(100_000)).toMatch(/^[0-9A-Za-z]{100000}$/);
  });

  it("rejects non-positive and fractional lengths", () => {
    for (const length of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => randomNonce(length)).toThrow(RangeError);
  });

  it("does not repeat across 10,000 draws", () => {
    const seen = new Set(Array.from({ length: 10_000 }, () => randomNonce()));
    expect(seen.size).toBe(10_000);
  });

  it("uses every character with roughly equal frequency (no modulo bias)", () => {
    const counts = new Map<string, number>();
    const sample = randomNonce(620_000);
    for (const char of sample) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(62);
    // Expected 10,000 each; sd ≈ 99. Modulo bias would give the first 8 chars ≈ +24 %.
    for (const count of counts.values()) expect(Math.abs(count - 10_000)).toBeLessThan(600);
  });

  it("rejects bytes >= 248 instead of wrapping them (rejection sampling)", () => {
    const spy = vi.spyOn(crypto, "getRandomValues").mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      const bytes = array as unknown as Uint8Array;
      // 248..255 would map to "0".."7" under a plain modulo; 61 → "z", 62 → "0".
      bytes.set(bytes.map((_, i) => [248, 255, 61, 62][i % 4]!));
      return array;
    });
    try {
      expect(randomNonce(4)).toBe("z0z0");
    } finally {
      spy.mockRestore();
    }
  });

  it("fits the NonceSource type", () => {
    const source: NonceSource = () => randomNonce();
    expect(source()).toHaveLength(32);
  });
});

describe("uniformString", () => {
  it("throws away bytes at or above the largest multiple of the alphabet size (36 symbols: 252)", () => {
    const bytes = [252, 255, 251, 0, 35, 36];
    let at = 0;
    // 251 % 36 = 35 → "Z"; 0 → "0"; 35 → "Z"; 36 → "0"; 252 and 255 are dropped.
    expect(uniformString(4, NONCE_ALPHABET.slice(0, 36), () => bytes[at++]!)).toBe("Z0Z0");
    expect(at).toBe(6);
  });

  it("refuses an alphabet of fewer than 2 or more than 256 symbols", () => {
    expect(() => uniformString(1, "a", () => 0)).toThrow(RangeError);
    expect(() => uniformString(1, "x".repeat(257), () => 0)).toThrow(RangeError);
  });
});
