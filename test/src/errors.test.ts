import { describe, expect, it } from "vitest";
import {
  ConfigError,
  DecryptionError,
  InvalidResponseError,
  PayScoreError,
  RequestFailedError,
  SignatureVerificationError,
  UNTRUSTED_MAX_CHARS,
  UNTRUSTED_MAX_DEPTH,
  UNTRUSTED_TRUNCATED,
  WechatPayError,
  boundUntrusted,
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

describe("untrusted data on errors is bounded in depth and size", () => {
  const nested = (depth: number) => JSON.parse(`${'{"detail":'.repeat(depth)}1${"}".repeat(depth)}`) as unknown;
  const depthOf = (value: unknown): number => {
    let depth = 0;
    for (let v = value; typeof v === "object" && v !== null; v = (v as { detail?: unknown }).detail) depth++;
    return depth;
  };

  it("JSON.stringify does not throw on a WechatPayError whose detail nests 150k levels", () => {
    const error = new WechatPayError({ status: 400, code: "PARAM_ERROR", detail: nested(150_000), signed: false });
    const json = JSON.stringify(error);
    expect(json.length).toBeLessThan(20_000);
    expect(depthOf(error.detail)).toBe(UNTRUSTED_MAX_DEPTH);
    expect(json).toContain(UNTRUSTED_TRUNCATED);
  });

  it("bounds the size of detail, code and platformMessage, and keeps a small detail as it is", () => {
    const big = { items: Array.from({ length: 100_000 }, (_, i) => ({ i, text: "x".repeat(10) })), long: "y".repeat(1_000_000) };
    const error = new WechatPayError({ status: 500, code: "c".repeat(1_000_000), platformMessage: "m".repeat(1_000_000), detail: big, signed: false });
    expect(JSON.stringify(error.detail).length).toBeLessThan(UNTRUSTED_MAX_CHARS * 2);
    expect(JSON.stringify(error.detail)).toContain(UNTRUSTED_TRUNCATED);
    expect(error.code!.length).toBeLessThanOrEqual(UNTRUSTED_MAX_CHARS + UNTRUSTED_TRUNCATED.length);
    expect(error.platformMessage!.length).toBeLessThanOrEqual(UNTRUSTED_MAX_CHARS + UNTRUSTED_TRUNCATED.length);
    expect(error.message.length).toBeLessThan(UNTRUSTED_MAX_CHARS * 3);
    const small = { field: "/out_order_no", issue: "too long", location: "query" };
    expect(new WechatPayError({ status: 400, detail: small, signed: true }).detail).toEqual(small);
    expect(new WechatPayError({ status: 400, signed: true }).detail).toBeUndefined();
  });

  it("copies a __proto__ key as data, not as the copy's prototype", () => {
    const detail = JSON.parse('{"__proto__":{"polluted":1},"a":1}') as unknown;
    const copy = boundUntrusted(detail) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.keys(copy)).toEqual(["__proto__", "a"]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("keeps at most 100 violation lines of at most 512 characters", () => {
    const violations = Array.from({ length: 10_000 }, () => `/${"k".repeat(100_000)} additionalProperties: must NOT have additional properties`);
    const error = new InvalidResponseError("schema", "x", { status: 200, violations });
    expect(error.violations.length).toBe(100);
    for (const line of error.violations) expect(line.length).toBeLessThanOrEqual(512 + UNTRUSTED_TRUNCATED.length);
  });
});

describe("NotificationError keeps a bounded list of schema issues", () => {
  it("keeps 100 issues, each pointer cut at 512 characters", async () => {
    const { NotificationError, MAX_NOTIFICATION_ISSUES, MAX_ISSUE_POINTER_CHARS } = await import("../../src/notification/errors.ts");
    const issues = Array.from({ length: 20_000 }, (_, i) => ({ pointer: `/${"k".repeat(100_000)}${i}`, keyword: "type", message: "must be string", severity: "violation" as const }));
    const error = new NotificationError("schema", "x", { part: "resource", issues });
    expect(error.issues).toHaveLength(MAX_NOTIFICATION_ISSUES);
    for (const issue of error.issues) expect(issue.pointer.length).toBeLessThanOrEqual(MAX_ISSUE_POINTER_CHARS + UNTRUSTED_TRUNCATED.length);
    expect(error.pointer!.length).toBeLessThanOrEqual(MAX_ISSUE_POINTER_CHARS + UNTRUSTED_TRUNCATED.length);
    expect(JSON.stringify(error).length).toBeLessThan(100_000);
  });
});
