import { describe, expect, it } from "vitest";
import bundled from "../../generated/openapi.json" with { type: "json" };
import { ConfigError, DecryptionError, SignatureVerificationError } from "../../src/errors.ts";
import {
  FAILURE_CODE,
  NotificationError,
  failureReply,
  failureReplyFor,
  inProgressReply,
  isSuccessReply,
  isValidReplyBody,
  successReply,
  toResponse,
  type NotificationReply,
} from "../../src/notification/index.ts";
import { createSpecAjv } from "../../src/spec-ajv.ts";
import { APIV3_KEY, pem, pemBody } from "../fixtures/keys.ts";

// The reply schema, found independently of src/notification: every webhook's 4XX/5XX application/json schema.
const ajv = createSpecAjv(bundled);
const replyPointers = Object.entries(bundled.webhooks).flatMap(([event, hook]) =>
  Object.keys(hook.post.responses)
    .filter((status) => /^[45]XX$/.test(status))
    .map((status) => `#/webhooks/${event}/post/responses/${status}/content/application~1json/schema`),
);
const replySchema = (bundled.components.schemas as unknown as Record<string, { properties: Record<string, { maxLength: number }> }>)["NotificationReply"]!;

function expectValidFailure(reply: NotificationReply): { code: string; message: string } {
  expect(reply.status).toBeGreaterThanOrEqual(400);
  expect(reply.status).toBeLessThanOrEqual(599);
  expect(reply.headers["Content-Type"]).toMatch(/^application\/json/);
  const body = JSON.parse(reply.body);
  for (const pointer of replyPointers) {
    const validate = ajv.schemaAt(pointer);
    expect(validate(body), `${pointer}: ${JSON.stringify(validate.errors)}`).toBe(true);
  }
  expect(isValidReplyBody(body)).toBe(true);
  expect(isSuccessReply(reply)).toBe(false);
  return body;
}

describe("notification replies", () => {
  it("finds the reply schema on all 5 webhooks, for 4XX and 5XX", () => {
    expect(replyPointers).toHaveLength(10);
  });

  it("success is 204 with no body by default, or 200; nothing else", () => {
    expect(successReply()).toEqual({ status: 204, headers: {}, body: "" });
    expect(successReply(200)).toEqual({ status: 200, headers: {}, body: "" });
    expect(isSuccessReply(successReply())).toBe(true);
    expect(() => successReply(201 as never)).toThrow(ConfigError);
  });

  it("failure defaults to the spec's documented example (FAIL / 失败)", () => {
    expect(FAILURE_CODE).toBe("FAIL");
    expect(expectValidFailure(failureReply(500))).toEqual({ code: "FAIL", message: "失败" });
  });

  it("refuses statuses outside 4XX/5XX", () => {
    for (const status of [200, 204, 302, 399, 600, 450.5]) expect(() => failureReply(status)).toThrow(ConfigError);
  });

  it("cuts code and message to the spec's lengths in code points, and never leaves them empty", () => {
    const long = failureReply(500, "支".repeat(100) + "😀", "C".repeat(40));
    const body = expectValidFailure(long);
    expect(Array.from(body.message)).toHaveLength(replySchema.properties["message"]!.maxLength);
    expect(body.code).toHaveLength(replySchema.properties["code"]!.maxLength);
    const emoji = expectValidFailure(failureReply(500, "😀".repeat(70)));
    expect(Array.from(emoji.message)).toHaveLength(64);
    expect(emoji.message).not.toMatch(/[\uD800-\uDBFF]$/); // no half surrogate pair
    expect(expectValidFailure(failureReply(400, "   ", ""))).toEqual({ code: "FAIL", message: "失败" });
  });

  it("maps each kind of failure to a status and a valid body", () => {
    const cases: Array<[unknown, number, RegExp]> = [
      [new SignatureVerificationError("bad-signature", "x"), 401, /signature verification failed: bad-signature/],
      [new SignatureVerificationError("probe-signature", "x"), 401, /probe-signature/],
      [new SignatureVerificationError("stale-timestamp", "x"), 401, /stale-timestamp/],
      [new NotificationError("too-large", "x"), 413, /too large/],
      [new NotificationError("malformed-json", "x"), 400, /envelope is not valid JSON/],
      [new NotificationError("schema", "x", { part: "resource", issues: [{ pointer: "/out_order_no", keyword: "required", message: "m", severity: "violation" }] }), 400, /resource breaks the schema at \/out_order_no/],
      [new NotificationError("unsupported-event-type", "x"), 400, /unsupported event_type/],
      [new NotificationError("not-raw-body", "x"), 500, /not readable/],
      [new DecryptionError("authentication-failed", "x"), 500, /decryption failed: authentication-failed/],
      [new ConfigError("x"), 500, /misconfigured/],
      [new Error("boom"), 500, /handling failed/],
      ["a string", 500, /handling failed/],
    ];
    for (const [error, status, message] of cases) {
      const reply = failureReplyFor(error);
      expect(reply.status).toBe(status);
      expect(expectValidFailure(reply).message).toMatch(message);
    }
    expect(inProgressReply().status).toBe(503);
    expectValidFailure(inProgressReply());
  });

  it("never echoes an error's own message (it may hold secrets)", () => {
    const secret = `${APIV3_KEY} ${pemBody(pem.platformKey).slice(0, 40)}`;
    for (const error of [new Error(secret), new ConfigError(secret), new DecryptionError("malformed", secret)]) {
      expect(failureReplyFor(error).body).not.toContain(APIV3_KEY);
      expect(failureReplyFor(error).body).not.toContain(pemBody(pem.platformKey).slice(0, 40));
    }
  });

  it("converts to a fetch Response (204 without a body)", async () => {
    const ok = toResponse(successReply());
    expect(ok.status).toBe(204);
    expect(ok.body).toBeNull();
    const failed = toResponse(failureReply(401, "signature verification failed"));
    expect(failed.status).toBe(401);
    expect(failed.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await failed.json()).toEqual({ code: "FAIL", message: "signature verification failed" });
  });
});
