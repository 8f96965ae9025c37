// conformance/contract.ts: every documented message built from the spec's own examples passes, and
// each rule kind fails with the right pointer and rule.
import { describe, expect, it } from "vitest";
import bundled from "../../generated/openapi.json" with { type: "json" };
import { loadContract, UnknownOperationError, type Violation } from "../../conformance/contract.ts";
import { PayScoreError } from "../../src/errors.ts";
import { unescapePointer } from "../../src/json-pointer.ts";

type Json = any;
const doc: Json = bundled;
const contract = loadContract();

function at(pointer: string): Json {
  return pointer.replace(/^#\//, "").split("/")
    .reduce((node: Json, raw) => node?.[unescapePointer(raw)], doc);
}
function deref(node: Json): Json {
  while (node && typeof node.$ref === "string") node = at(node.$ref);
  return node;
}
/** An example for a schema or parameter: its own `example`, else the (resolved) schema's examples[0]. */
function exampleOf(holder: Json): Json {
  const resolved = deref(holder);
  if (resolved.example !== undefined) return resolved.example;
  const schema = deref(resolved.schema ?? resolved);
  if (schema.examples?.length) return schema.examples[0];
  throw new Error(`no example for ${JSON.stringify(holder).slice(0, 120)}`);
}
function specOperation(operationId: string): Json {
  for (const item of Object.values<Json>(doc.paths)) {
    for (const op of Object.values<Json>(item)) if (op.operationId === operationId) return op;
  }
  throw new Error(operationId);
}
function headersOf(response: Json): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, header] of Object.entries<Json>(deref(response).headers ?? {})) out[name] = String(exampleOf(header));
  if (deref(response).content) out["Content-Type"] = "application/json; charset=utf-8";
  return out;
}
function bodyOf(response: Json): Json {
  const media = deref(response).content?.["application/json"];
  return media ? exampleOf(media) : undefined;
}
/** A request built only from the spec's examples: required params, one of each x-exactly-one-of group, the body. */
function validRequest(operationId: string) {
  const op = specOperation(operationId);
  const pathParams: Record<string, string> = {};
  const query: Record<string, string> = {};
  const oneOf: string[] = op["x-exactly-one-of"] ?? [];
  for (const raw of op.parameters ?? []) {
    const p = deref(raw);
    if (!p.required && p.name !== oneOf[0]) continue;
    if (p.in === "path") pathParams[p.name] = String(exampleOf(p));
    if (p.in === "query") query[p.name] = String(exampleOf(p));
  }
  const media = op.requestBody && deref(op.requestBody).content["application/json"];
  return { pathParams, query, headers: { "Wechatpay-Serial": "PUB_KEY_ID_0112860886012025062700111588000000" }, body: media ? exampleOf(media) : undefined };
}
function validResponse(operationId: string, status: string) {
  const response = specOperation(operationId).responses[status];
  return { status: Number(status), headers: headersOf(response), body: bodyOf(response) };
}
function pick(violations: Violation[]) {
  return violations.map(({ pointer, rule }) => ({ pointer, rule }));
}

const operationStatuses = contract.operations.flatMap((op) =>
  Object.keys(specOperation(op.operationId).responses).map((status) => [op.operationId, status] as const));

describe("the spec's own examples pass", () => {
  it("covers all 13 operations and 5 webhooks", () => {
    expect(contract.operations).toHaveLength(13);
    expect(contract.eventTypes).toHaveLength(5);
    expect(operationStatuses.length).toBeGreaterThan(13 * 8);
  });
  it.each(contract.operations.map((op) => op.operationId))("request of %s", (operationId) => {
    expect(contract.checkRequest(operationId, validRequest(operationId))).toEqual([]);
  });
  it.each(operationStatuses)("response %s %s", (operationId, status) => {
    expect(contract.checkResponse(operationId, validResponse(operationId, status))).toEqual([]);
  });
  it.each(contract.eventTypes)("notification, plaintext and replies of %s", (eventType) => {
    const op = deref(doc.webhooks[eventType]).post;
    const headers = Object.fromEntries((op.parameters ?? []).map((p: Json) => [deref(p).name, String(exampleOf(p))]));
    const body = exampleOf(deref(op.requestBody).content["application/json"]);
    expect(contract.checkNotification(eventType, { headers, body })).toEqual([]);
    const plaintextRef = /"contentSchema":\{"\$ref":"([^"]+)"/.exec(JSON.stringify(deref(deref(op.requestBody).content["application/json"].schema)))?.[1];
    expect(plaintextRef, "webhook body names its plaintext schema").toBeDefined();
    const plaintext = deref({ $ref: plaintextRef }).examples[0];
    expect(contract.checkNotificationPlaintext(eventType, plaintext)).toEqual([]);
    expect(contract.checkNotificationReply(eventType, { status: 200, body: undefined })).toEqual([]);
    expect(contract.checkNotificationReply(eventType, { status: 204, body: "" })).toEqual([]);
    expect(contract.checkNotificationReply(eventType, { status: 500, body: { code: "FAIL", message: "失败" } })).toEqual([]);
  });
});

describe("each rule kind fails with its pointer and rule", () => {
  const order = () => validResponse("getServiceOrder", "200");

  it("maxLength in a response body", () => {
    const r = order();
    r.body = { ...r.body, out_order_no: "A".repeat(33) };
    const found = contract.checkResponse("getServiceOrder", r);
    expect(found).toContainEqual(expect.objectContaining({
      subject: "getServiceOrder", part: "response", status: 200, pointer: "/body/out_order_no", rule: "maxLength", value: "A".repeat(33),
    }));
  });
  it("required (no value reported)", () => {
    const r = order();
    const { order_id: _gone, ...rest } = r.body;
    r.body = rest;
    const found = contract.checkResponse("getServiceOrder", r);
    expect(pick(found)).toEqual([{ pointer: "/body/order_id", rule: "required" }]);
    expect(found[0]).not.toHaveProperty("value");
  });
  it("enum", () => {
    const r = order();
    r.body = { ...r.body, state: "PAID" };
    expect(pick(contract.checkResponse("getServiceOrder", r))).toContainEqual({ pointer: "/body/state", rule: "enum" });
  });
  it("pattern in a path parameter", () => {
    const req = validRequest("cancelServiceOrder");
    req.pathParams.out_order_no = "abc#";
    expect(pick(contract.checkRequest("cancelServiceOrder", req))).toEqual([{ pointer: "/path/out_order_no", rule: "pattern" }]);
  });
  it("additionalProperties in a request body names the extra field", () => {
    const req = validRequest("createServiceOrder");
    req.body = { ...req.body, surprise: 1 };
    expect(contract.checkRequest("createServiceOrder", req)).toContainEqual(expect.objectContaining({
      pointer: "/body/surprise", rule: "additionalProperties", value: 1,
    }));
  });
  it("type, deep in an array", () => {
    const req = validRequest("createServiceOrder");
    req.body = { ...req.body, post_payments: [{ ...req.body.post_payments[0], amount: "4000" }] };
    expect(pick(contract.checkRequest("createServiceOrder", req))).toContainEqual({ pointer: "/body/post_payments/0/amount", rule: "type" });
  });
  it("missing required query parameter, unknown query parameter, exactly-one-of", () => {
    const req = validRequest("getServiceOrder");
    delete req.query.sub_mchid;
    req.query.query_id = "15646546545165651651";
    req.query.page = "1";
    expect(pick(contract.checkRequest("getServiceOrder", req))).toEqual([
      { pointer: "/query/sub_mchid", rule: "required" },
      { pointer: "/query/page", rule: "additionalProperties" },
      { pointer: "/query", rule: "exactly-one-of" },
    ]);
  });
  it("missing request body, and a body where none is defined", () => {
    const req = validRequest("createServiceOrder");
    expect(pick(contract.checkRequest("createServiceOrder", { ...req, body: undefined }))).toEqual([{ pointer: "/body", rule: "required" }]);
    expect(pick(contract.checkRequest("getServiceOrder", { ...validRequest("getServiceOrder"), body: { a: 1 } })))
      .toEqual([{ pointer: "/body", rule: "empty-body" }]);
  });
  it("a declared request header is checked against its schema", () => {
    const req = validRequest("getServiceOrder");
    expect(pick(contract.checkRequest("getServiceOrder", { ...req, headers: new Headers({ "wechatpay-serial": "not a serial" }) })))
      .toEqual([{ pointer: "/headers/Wechatpay-Serial", rule: "pattern" }]);
  });
  it("undocumented status", () => {
    const found = contract.checkResponse("getServiceOrder", { ...validResponse("getServiceOrder", "500"), status: 418 });
    expect(found).toEqual([expect.objectContaining({ pointer: "/status", rule: "status", status: 418, value: 418 })]);
  });
  it("error code not listed for the status, with the allowed ones in the message", () => {
    const r = validResponse("createServiceOrder", "400");
    r.body = { code: "SIGN_ERROR", message: "签名错误" };
    const found = contract.checkResponse("createServiceOrder", r);
    expect(pick(found)).toEqual([{ pointer: "/body/code", rule: "error-code" }]);
    expect(found[0]!.message).toContain("PARAM_ERROR");
    expect(contract.errorCodes("listCertificates", 404)).toEqual(["RESOURCE_NOT_EXISTS"]);
    expect(contract.errorCodes("createServiceOrder", 401)).toEqual(["SIGN_ERROR"]);
  });
  it("missing Request-ID and Wechatpay-Signature on a success", () => {
    const r = validResponse("createServiceOrder", "200");
    delete r.headers["Request-ID"];
    delete r.headers["Wechatpay-Signature"];
    expect(pick(contract.checkResponse("createServiceOrder", r))).toEqual([
      { pointer: "/headers/Request-ID", rule: "required" },
      { pointer: "/headers/Wechatpay-Signature", rule: "required" },
    ]);
  });
  it("signature headers are optional on errors but checked when present", () => {
    const r = validResponse("createServiceOrder", "500");
    for (const name of ["Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature", "Wechatpay-Serial"]) delete r.headers[name];
    expect(contract.checkResponse("createServiceOrder", r)).toEqual([]);
    expect(pick(contract.checkResponse("createServiceOrder", { ...r, headers: { ...r.headers, "Wechatpay-Timestamp": "soon" } })))
      .toEqual([{ pointer: "/headers/Wechatpay-Timestamp", rule: "pattern" }]);
  });
  it("204 with a body", () => {
    const r = validResponse("cancelServiceOrder", "204");
    expect(pick(contract.checkResponse("cancelServiceOrder", { ...r, body: { ok: true } }))).toEqual([{ pointer: "/body", rule: "empty-body" }]);
  });
  it("200 without a body, and a body with the wrong content type", () => {
    const r = validResponse("createServiceOrder", "200");
    expect(pick(contract.checkResponse("createServiceOrder", { ...r, body: undefined }))).toEqual([{ pointer: "/body", rule: "required" }]);
    expect(pick(contract.checkResponse("createServiceOrder", { ...r, headers: { ...r.headers, "Content-Type": "text/html" } })))
      .toEqual([{ pointer: "/headers/Content-Type", rule: "content-type" }]);
  });
  it("notification envelope: bad resource_type, mismatching event_type, missing signature header", () => {
    const op = deref(doc.webhooks["PAYSCORE.USER_CONFIRM"]).post;
    const body = exampleOf(deref(op.requestBody).content["application/json"]);
    const headers = Object.fromEntries((op.parameters ?? []).map((p: Json) => [deref(p).name, String(exampleOf(p))]));
    delete headers["Wechatpay-Signature"];
    const found = contract.checkNotification("PAYSCORE.USER_CONFIRM", { headers, body: { ...body, resource_type: "plain", event_type: "PAYSCORE.USER_PAID" } });
    expect(pick(found)).toEqual(expect.arrayContaining([
      { pointer: "/headers/Wechatpay-Signature", rule: "required" },
      { pointer: "/body/resource_type", rule: "enum" },
      { pointer: "/body/event_type", rule: "const" },
    ]));
    expect(pick(contract.checkNotification("PAYSCORE.NOPE", { body }))).toEqual([{ pointer: "/body/event_type", rule: "event-type" }]);
  });
  it("plaintext that breaks its schema", () => {
    const found = contract.checkNotificationPlaintext("PAYSCORE.USER_OPEN_SERVICE", { appid: "wx1", extra: true });
    expect(found.every((v) => v.part === "plaintext" && v.pointer.startsWith("/plaintext"))).toBe(true);
    expect(pick(found)).toContainEqual({ pointer: "/plaintext/extra", rule: "additionalProperties" });
    expect(pick(found)).toContainEqual({ pointer: "/plaintext/service_id", rule: "required" });
  });
  it("replies: a 200 body is optional but checked, 204 has none, an over-long failure message, an undocumented status", () => {
    expect(contract.checkNotificationReply("PAYSCORE.USER_PAID", { status: 200, body: { code: "SUCCESS", message: "成功" } })).toEqual([]);
    expect(pick(contract.checkNotificationReply("PAYSCORE.USER_PAID", { status: 200, body: { code: "SUCCESS" } })))
      .toEqual([{ pointer: "/body/message", rule: "required" }]);
    expect(pick(contract.checkNotificationReply("PAYSCORE.USER_PAID", { status: 204, body: { code: "SUCCESS", message: "成功" } })))
      .toEqual([{ pointer: "/body", rule: "empty-body" }]);
    expect(pick(contract.checkNotificationReply("PAYSCORE.USER_PAID", { status: 500, body: { code: "FAIL", message: "x".repeat(65) } })))
      .toEqual([{ pointer: "/body/message", rule: "maxLength" }]);
    expect(pick(contract.checkNotificationReply("PAYSCORE.USER_PAID", { status: 302, body: undefined })))
      .toEqual([{ pointer: "/status", rule: "status" }]);
  });
  it("an unknown operationId is a typed error, not a silent pass", () => {
    expect(() => contract.checkRequest("payNow", {})).toThrow(UnknownOperationError);
    expect(() => contract.checkRequest("payNow", {})).toThrow(PayScoreError);
  });
});

describe("findOperation", () => {
  it("literal beats template: /serviceorder/deduction is getDeductInfo", () => {
    expect(contract.findOperation("GET", "/v3/payscore/acquiringbank/serviceorder/deduction")).toEqual({
      operation: { operationId: "getDeductInfo", method: "GET", path: "/v3/payscore/acquiringbank/serviceorder/deduction" },
      pathParams: {},
    });
  });
  it("literal beats template even when the template comes first in the document", () => {
    const ok = { "200": { description: "ok" } };
    const tiny = {
      openapi: "3.1.0", info: { title: "t", version: "1" },
      paths: {
        "/a/{id}": { get: { operationId: "byId", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: ok } },
        "/a/latest": { get: { operationId: "latest", responses: ok } },
        "/a/{id}/b/{n}": { get: { operationId: "nested", parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string" } },
          { name: "n", in: "path", required: true, schema: { type: "integer", minimum: 1 } }], responses: ok } },
      },
    };
    const small = loadContract(tiny);
    expect(small.findOperation("GET", "/a/latest")?.operation.operationId).toBe("latest");
    expect(small.findOperation("GET", "/a/42")).toEqual({ operation: { operationId: "byId", method: "GET", path: "/a/{id}" }, pathParams: { id: "42" } });
    expect(small.findOperation("GET", "/a/42?x=1")?.operation.operationId).toBe("byId");
    // Path values arrive as strings and are coerced by the parameter's schema type.
    const nested = small.findOperation("GET", "/a/x/b/0")!;
    expect(pick(small.checkRequest("nested", { pathParams: nested.pathParams }))).toEqual([{ pointer: "/path/n", rule: "minimum" }]);
    expect(small.checkRequest("nested", { pathParams: { id: "x", n: "3" } })).toEqual([]);
    expect(pick(small.checkRequest("nested", { pathParams: { id: "x", n: "three" } }))).toEqual([{ pointer: "/path/n", rule: "type" }]);
  });
  it("fills and decodes path parameters, matches the method case-insensitively", () => {
    const found = contract.findOperation("post", "/v3/payscore/acquiringbank/serviceorder/A%7CB*1/complete");
    expect(found?.operation.operationId).toBe("completeServiceOrder");
    expect(found?.pathParams).toEqual({ out_order_no: "A|B*1" });
  });
  it("same path, different method", () => {
    expect(contract.findOperation("GET", "/v3/payscore/acquiringbank/serviceorder")?.operation.operationId).toBe("getServiceOrder");
    expect(contract.findOperation("POST", "/v3/payscore/acquiringbank/serviceorder")?.operation.operationId).toBe("createServiceOrder");
  });
  it("no match: unknown path, wrong method, empty parameter, trailing slash", () => {
    expect(contract.findOperation("GET", "/v3/payscore/acquiringbank/nothing")).toBeUndefined();
    expect(contract.findOperation("DELETE", "/v3/payscore/acquiringbank/serviceorder")).toBeUndefined();
    expect(contract.findOperation("POST", "/v3/payscore/acquiringbank/serviceorder//cancel")).toBeUndefined();
    expect(contract.findOperation("GET", "/v3/certificates/")).toBeUndefined();
  });
});

describe("values in violations are redacted", () => {
  it("a secret given to the contract never appears; long values are truncated", () => {
    const secret = "PayScoreTestApiV3Key0123456789ab";
    const redacting = loadContract(bundled, { redact: { secrets: [secret] } });
    const req = validRequest("createServiceOrder");
    req.body = { ...req.body, attach: `${secret}${"z".repeat(300)}` };
    const found = redacting.checkRequest("createServiceOrder", req);
    const attach = found.find((v) => v.pointer === "/body/attach");
    expect(attach?.rule).toBe("maxLength");
    expect(JSON.stringify(found)).not.toContain(secret);
    expect(String(attach?.value).length).toBeLessThan(200);
  });
  it("an unknown field named like a key is hidden", () => {
    const req = validRequest("createServiceOrder");
    req.body = { ...req.body, api_v3_key: "PayScoreTestApiV3Key0123456789ab" };
    const found = contract.checkRequest("createServiceOrder", req);
    expect(found).toContainEqual(expect.objectContaining({ pointer: "/body/api_v3_key", value: "[redacted]" }));
  });
});
