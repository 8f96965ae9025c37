import { describe, expect, it } from "vitest";
import { ConfigError, DecryptionError, PayScoreError, SignatureVerificationError } from "../../src/errors.ts";

describe("errors", () => {
  it("share the PayScoreError base and set name", () => {
    const errors = [
      [new PayScoreError("x"), "PayScoreError"],
      [new ConfigError("x"), "ConfigError"],
      [new SignatureVerificationError("bad-signature", "x"), "SignatureVerificationError"],
      [new DecryptionError("malformed", "x"), "DecryptionError"],
    ] as const;
    for (const [error, name] of errors) {
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(PayScoreError);
      expect(error.name).toBe(name);
      expect(String(error)).toBe(`${name}: x`);
    }
  });

  it("carry reason, header, serial and field", () => {
    const signature = new SignatureVerificationError("unknown-serial", "m", { header: "Wechatpay-Serial", serial: "ABC" });
    expect(signature).toMatchObject({ reason: "unknown-serial", header: "Wechatpay-Serial", serial: "ABC", message: "m" });
    const bare = new SignatureVerificationError("stale-timestamp", "m");
    expect("header" in bare).toBe(false);
    expect("serial" in bare).toBe(false);
    const decryption = new DecryptionError("authentication-failed", "m", { field: "ciphertext", cause: new Error("inner") });
    expect(decryption).toMatchObject({ reason: "authentication-failed", field: "ciphertext" });
    expect((decryption.cause as Error).message).toBe("inner");
  });
});
