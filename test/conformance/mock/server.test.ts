// The mock's front door: Authorization checks (401 SIGN_ERROR), request validation (400 PARAM_ERROR naming
// the field), response signing in both modes (checked with node:crypto), /v3/certificates (decrypted with
// node:crypto) and routing. Every answer is also checked against the spec with the contract.
import { X509Certificate } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRsaSigner } from "../../../src/sign.ts";
import { startMock, type MockPlatform } from "../../../conformance/mock/server.ts";
import { loadKeys, pem } from "../../fixtures/keys.ts";
import {
  IDS,
  MCHID,
  MERCHANT_SERIAL,
  ORDER_PATH,
  PERMISSIONS_PATH,
  PLATFORM_SERIAL,
  PUB_KEY_ID,
  call,
  createOrderBody,
  nodeDecrypt,
  nodeVerify,
  uniqueId,
  type SignedResponse,
} from "./support.ts";

let mock: MockPlatform;

beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

/** Signed with the key Wechatpay-Serial names (node:crypto) and valid against the spec. */
function expectPlatformAnswer(operationId: string, response: SignedResponse) {
  expect(nodeVerify(response.headers, response.text)).toBe(true);
  expect(response.headers.get("Request-ID")).toMatch(/^[0-9A-Z]{40}$/);
  expect(mock.contract.checkResponse(operationId, { status: response.status, headers: response.headers, body: response.body })).toEqual([]);
}

const applyBody = (code: string) => ({ ...IDS, authorization_code: code, notify_url: "https://example.com/notify" });

describe("Authorization header", () => {
  it("accepts a correctly signed request and signs the answer", async () => {
    const response = await call(mock.url, "POST", PERMISSIONS_PATH, applyBody(uniqueId("AUTH")));
    expect(response.status).toBe(200);
    expect(response.body.apply_permissions_token).toMatch(/^APT/);
    expectPlatformAnswer("applyPermissions", response);
  });

  const failures: [string, () => Promise<Parameters<typeof call>[4]>, string][] = [
    ["no Authorization header", async () => ({ authorization: null }), "Authorization"],
    ["a malformed header", async () => ({ authorization: 'WECHATPAY2-SHA256-RSA2048 mchid="1"' }), "Authorization"],
    ["a stale timestamp (6 minutes)", async () => ({ skewSeconds: -360 }), "timestamp"],
    ["a future timestamp (6 minutes)", async () => ({ skewSeconds: 360 }), "timestamp"],
    ["a body changed after signing", async () => ({ tamper: (body: string) => body.replace("500001", "500002") }), "signature"],
    [
      "a key the merchant does not own",
      async () => ({ signer: createRsaSigner({ mchid: MCHID, serialNo: MERCHANT_SERIAL, privateKey: (await loadKeys()).attackerPrivateKey }) }),
      "signature",
    ],
    [
      "an unknown mchid",
      async () => ({ signer: createRsaSigner({ mchid: "1900000999", serialNo: MERCHANT_SERIAL, privateKey: (await loadKeys()).merchantPrivateKey }) }),
      "mchid",
    ],
    [
      "an unknown serial_no",
      async () => ({ signer: createRsaSigner({ mchid: MCHID, serialNo: "ABCDEF", privateKey: (await loadKeys()).merchantPrivateKey }) }),
      "serial_no",
    ],
  ];
  for (const [name, options, field] of failures) {
    it(`refuses ${name} with 401 SIGN_ERROR naming ${field}`, async () => {
      const response = await call(mock.url, "POST", PERMISSIONS_PATH, applyBody(uniqueId("AUTH")), await options());
      expect(response.status).toBe(401);
      expect(response.body.code).toBe("SIGN_ERROR");
      expect(response.body.detail).toMatchObject({ field, location: "authorization" });
      expectPlatformAnswer("applyPermissions", response);
    });
  }

  it("echoes the start of the message it checked when the signature does not match", async () => {
    const response = await call(mock.url, "POST", PERMISSIONS_PATH, applyBody(uniqueId("AUTH")), {
      tamper: (body) => body.replace("500001", "500002"),
    });
    expect(response.body.detail.sign_information.truncated_sign_message).toMatch(/^POST\n\/v3\/payscore\/acquiringbank\/permissions\n\d+\n/);
    expect(response.body.detail.sign_information.truncated_sign_message).toContain("500002"); // what was received
  });

  it("signs the exact request target, query included", async () => {
    const good = await call(mock.url, "GET", `/v3/payscore/acquiringbank/permissions/authorization-code/NOPE1?service_id=1&channel_id=2&sub_mchid=3`);
    expect(good.status).toBe(404); // authenticated, then not found
    expect(good.body.code).toBe("ORDER_NOT_EXIST");
    expectPlatformAnswer("getPermissionsByAuthorizationCode", good);
  });
});

describe("request validation (400 PARAM_ERROR naming the field)", () => {
  it("names a body field over its maxLength", async () => {
    const body = createOrderBody(uniqueId("LEN"), "https://example.com/n", { service_introduction: "x".repeat(21) });
    const response = await call(mock.url, "POST", ORDER_PATH, body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe("PARAM_ERROR");
    expect(response.body.detail).toMatchObject({ field: "/service_introduction", location: "body", value: "x".repeat(21) });
    expect(response.body.detail.issue).toMatch(/^maxLength/);
    expectPlatformAnswer("createServiceOrder", response);
  });

  it("names a missing required body field", async () => {
    const { risk_fund: _omitted, ...body } = createOrderBody(uniqueId("REQ"), "https://example.com/n");
    const response = await call(mock.url, "POST", ORDER_PATH, body);
    expect(response.body).toMatchObject({ code: "PARAM_ERROR", detail: { field: "/risk_fund", location: "body" } });
    expect(response.body.detail.issue).toMatch(/^required/);
  });

  it("names a nested field, a path parameter and a query parameter", async () => {
    const nested = await call(mock.url, "POST", ORDER_PATH, createOrderBody(uniqueId("NEST"), "https://example.com/n", {
      post_payments: [{ name: "x", amount: -1 }],
    }));
    expect(nested.body.detail).toMatchObject({ field: "/post_payments/0/amount", location: "body" });

    const path = await call(mock.url, "POST", `${ORDER_PATH}/bad%23no/cancel`, { sub_mchid: "1", channel_id: "2", reason: "r" });
    expect(path.body).toMatchObject({ code: "PARAM_ERROR", detail: { field: "out_order_no", location: "path", value: "bad#no" } });

    const query = await call(mock.url, "GET", `${ORDER_PATH}?sub_mchid=1&out_order_no=A1`);
    expect(query.body).toMatchObject({ code: "PARAM_ERROR", detail: { field: "channel_id", location: "query" } });
    expectPlatformAnswer("getServiceOrder", query);
  });

  it("refuses a body that is not JSON", async () => {
    const response = await call(mock.url, "POST", ORDER_PATH, undefined, { rawBody: "{not json" });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe("PARAM_ERROR");
  });

  it("keeps a leading BOM as part of the signed body (the signature covers the bytes)", async () => {
    const response = await call(mock.url, "POST", ORDER_PATH, undefined, { rawBody: "\uFEFF{}" });
    // Authorization verified over the bytes as sent, so the refusal is about the body, not the signature.
    expect(response.body.code).toBe("PARAM_ERROR");
    expect(response.status).toBe(400);
  });

  it("answers 404 for a path the spec does not have", async () => {
    const response = await call(mock.url, "GET", "/v3/payscore/acquiringbank/nothing");
    expect(response.status).toBe(404);
    expect(nodeVerify(response.headers, response.text)).toBe(true);
  });
});

describe("signing modes (chosen by the request's Wechatpay-Serial)", () => {
  it("signs with the WeChat Pay public key by default and when PUB_KEY_ID_… is asked for", async () => {
    for (const serial of [undefined, PUB_KEY_ID]) {
      const response = await call(mock.url, "POST", PERMISSIONS_PATH, applyBody(uniqueId("MODE")), serial ? { serial } : {});
      expect(response.headers.get("Wechatpay-Serial")).toBe(PUB_KEY_ID);
      expect(nodeVerify(response.headers, response.text)).toBe(true);
    }
  });

  it("signs with the platform certificate when its serial is asked for (any spelling of the hex)", async () => {
    for (const serial of [PLATFORM_SERIAL, PLATFORM_SERIAL.toLowerCase()]) {
      const response = await call(mock.url, "POST", PERMISSIONS_PATH, applyBody(uniqueId("MODE")), { serial });
      expect(response.status).toBe(200);
      expect(response.headers.get("Wechatpay-Serial")).toBe(PLATFORM_SERIAL);
      expect(nodeVerify(response.headers, response.text)).toBe(true);
      expectPlatformAnswer("applyPermissions", response);
    }
  });

  it("refuses a Wechatpay-Serial the platform does not have with 400 INVALID_REQUEST", async () => {
    const response = await call(mock.url, "POST", PERMISSIONS_PATH, applyBody(uniqueId("MODE")), { serial: "ABCDEF0123" });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: "INVALID_REQUEST", detail: { field: "Wechatpay-Serial", location: "header" } });
    expectPlatformAnswer("applyPermissions", response);
  });

  it("certificate-only platforms sign everything with the certificate", async () => {
    const certOnly = await startMock({ platform: { publicKey: null } });
    try {
      const response = await call(certOnly.url, "POST", PERMISSIONS_PATH, applyBody(uniqueId("MODE")));
      expect(response.headers.get("Wechatpay-Serial")).toBe(PLATFORM_SERIAL);
      expect(nodeVerify(response.headers, response.text)).toBe(true);
    } finally {
      await certOnly.close();
    }
  });
});

describe("GET /v3/certificates", () => {
  it("serves the platform certificates encrypted with the APIv3 key (decrypted with node:crypto)", async () => {
    const response = await call(mock.url, "GET", "/v3/certificates", undefined, { serial: PLATFORM_SERIAL });
    expect(response.status).toBe(200);
    expectPlatformAnswer("listCertificates", response);
    expect(response.body.data).toHaveLength(1);
    const [entry] = response.body.data;
    expect(entry.encrypt_certificate.associated_data).toBe("certificate");
    const decrypted = nodeDecrypt(entry.encrypt_certificate);
    expect(decrypted).toBe(pem.platformCert);
    const x509 = new X509Certificate(decrypted);
    expect(x509.serialNumber.replace(/^0+/, "")).toBe(entry.serial_no);
    expect(new Date(entry.effective_time).getTime()).toBe(new Date(x509.validFrom).getTime());
  });

  it("answers 404 RESOURCE_NOT_EXISTS on a public-key-only platform", async () => {
    const keyOnly = await startMock({ platform: { certificates: [] } });
    try {
      const response = await call(keyOnly.url, "GET", "/v3/certificates");
      expect(response.status).toBe(404);
      expect(response.body.code).toBe("RESOURCE_NOT_EXISTS");
      expect(keyOnly.contract.checkResponse("listCertificates", { status: 404, headers: response.headers, body: response.body })).toEqual([]);
    } finally {
      await keyOnly.close();
    }
  });
});
