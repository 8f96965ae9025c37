import { describe, expect, it } from "vitest";
import {
  ConfigError,
  DecryptionError,
  InvalidResponseError,
  PayScoreError,
  RequestFailedError,
  SignatureVerificationError,
  WechatPayError,
  withAttempts,
  withExchange,
} from "../../src/errors.ts";

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

describe("withExchange and withAttempts", () => {
  it("fill what the throwing layer did not know, name the Request-ID in the message and the stack, keep what was set", () => {
    const error = new SignatureVerificationError("bad-signature", "Wechatpay-Signature does not match the message");
    expect(withExchange(error, { requestId: "REQ-1", status: 200 })).toBe(error);
    expect(error).toMatchObject({ requestId: "REQ-1", status: 200 });
    expect(error.message).toBe("Wechatpay-Signature does not match the message (Request-ID REQ-1)");
    expect(error.stack!.split("\n")[0]).toBe(`SignatureVerificationError: ${error.message}`);
    withExchange(error, { requestId: "REQ-2", status: 500 });
    expect(error).toMatchObject({ requestId: "REQ-1", status: 200 });
    expect(error.message).toBe("Wechatpay-Signature does not match the message (Request-ID REQ-1)");
  });

  it("name a Request-ID given at construction once, like WechatPayError's", () => {
    const invalid = new InvalidResponseError("malformed", "HTTP 200 body is not JSON", { status: 200, requestId: "REQ-3" });
    expect(invalid.message).toBe("HTTP 200 body is not JSON (Request-ID REQ-3)");
    withExchange(invalid, { requestId: "REQ-3", status: 200 });
    expect(invalid.message).toBe("HTTP 200 body is not JSON (Request-ID REQ-3)");
    const answered = new WechatPayError({ status: 400, code: "ORDER_DONE", platformMessage: "订单已完成", requestId: "REQ-4", signed: true });
    expect(answered.message).toBe("WeChat Pay answered HTTP 400 ORDER_DONE: 订单已完成 (Request-ID REQ-4)");
  });

  it("say in the message when an earlier attempt may have succeeded; keep attempts already counted", () => {
    const error = new WechatPayError({ status: 400, code: "ORDER_DONE", requestId: "REQ-5", signed: true });
    withAttempts(error, { attempts: 2, earlierAttemptMayHaveSucceeded: true });
    expect(error).toMatchObject({ attempts: 2, earlierAttemptMayHaveSucceeded: true });
    expect(error.message).toBe("WeChat Pay answered HTTP 400 ORDER_DONE (Request-ID REQ-5) [after 2 attempts; an earlier attempt may have succeeded]");
    const failed = new RequestFailedError("network", "Attempt 3 could not reach host", { attempts: 3 });
    withAttempts(failed, { attempts: 5, earlierAttemptMayHaveSucceeded: false });
    expect(failed).toMatchObject({ attempts: 3, earlierAttemptMayHaveSucceeded: false });
    expect(failed.message).toBe("Attempt 3 could not reach host");
  });

  it("leave errors that are not PayScoreErrors and absent fields alone", () => {
    const foreign = new TypeError("fetch failed");
    expect(withAttempts(withExchange(foreign, { requestId: "REQ-6", status: 200 }), { attempts: 1, earlierAttemptMayHaveSucceeded: false })).toBe(foreign);
    expect(Object.keys(foreign)).toEqual([]);
    const bare = new ConfigError("x");
    for (const field of ["requestId", "status", "attempts", "earlierAttemptMayHaveSucceeded"]) expect(field in bare).toBe(false);
  });
});
