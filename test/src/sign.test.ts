import { createPrivateKey, createPublicKey, sign as nodeSign, verify as nodeVerify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError, SignatureVerificationError } from "../../src/errors.ts";
import {
  AUTHORIZATION_SCHEME,
  authorizationHeader,
  buildRequestMessage,
  buildResponseMessage,
  createRsaSigner,
  parseAuthorization,
  signMessage,
} from "../../src/sign.ts";
import { MCHID, MERCHANT_SERIAL, fixturePath, loadKeys, pem } from "../fixtures/keys.ts";
import { opensslVerify } from "./support/openssl.ts";

const TS = 1_767_225_600; // 2026-01-01T00:00:00Z
const NONCE = "593BEC0C930BF1AFEB40B4A08C8FB242";
const BODY = JSON.stringify({
  service_id: "500001",
  out_order_no: "1234323JKHDFE1243252",
  service_introduction: "先享后付 · Pay Score ü",
  risk_fund: { name: "ESTIMATE_ORDER_COST", amount: 10000 },
});

function nodeVerifies(publicPem: string, message: string, signature: string): boolean {
  return nodeVerify("sha256", Buffer.from(message, "utf8"), createPublicKey(publicPem), Buffer.from(signature, "base64"));
}

async function merchantSigner() {
  const { merchantPrivateKey } = await loadKeys();
  return createRsaSigner({ mchid: MCHID, serialNo: MERCHANT_SERIAL, privateKey: merchantPrivateKey });
}

describe("buildRequestMessage", () => {
  it("builds the five newline-terminated lines", () => {
    expect(
      buildRequestMessage({
        method: "POST",
        pathAndQuery: "/v3/payscore/acquiringbank/serviceorder",
        timestamp: TS,
        nonce: NONCE,
        body: '{"a":1}',
      }),
    ).toBe(`POST\n/v3/payscore/acquiringbank/serviceorder\n${TS}\n${NONCE}\n{"a":1}\n`);
  });

  it("keeps the body line for an empty body and keeps the query as sent", () => {
    expect(
      buildRequestMessage({
        method: "GET",
        pathAndQuery: "/v3/payscore/acquiringbank/serviceorder?service_id=500001&out_order_no=A%20B",
        timestamp: String(TS),
        nonce: NONCE,
        body: "",
      }),
    ).toBe(`GET\n/v3/payscore/acquiringbank/serviceorder?service_id=500001&out_order_no=A%20B\n${TS}\n${NONCE}\n\n`);
  });

  it("refuses parts that would shift or change the signed lines", () => {
    const base = { method: "POST", pathAndQuery: "/v3/x", timestamp: TS, nonce: NONCE, body: "" };
    expect(() => buildRequestMessage({ ...base, method: "post" })).toThrow(TypeError);
    expect(() => buildRequestMessage({ ...base, method: "PO\nST" })).toThrow(TypeError);
    expect(() => buildRequestMessage({ ...base, pathAndQuery: "v3/x" })).toThrow(TypeError);
    expect(() => buildRequestMessage({ ...base, pathAndQuery: "/v3/x\n" })).toThrow(TypeError);
    expect(() => buildRequestMessage({ ...base, nonce: "a\nb" })).toThrow(TypeError);
    expect(() => buildRequestMessage({ ...base, nonce: "" })).toThrow(TypeError);
    expect(() => buildRequestMessage({ ...base, timestamp: 1.5 })).toThrow(TypeError);
    expect(() => buildRequestMessage({ ...base, timestamp: -1 })).toThrow(TypeError);
    expect(() => buildRequestMessage({ ...base, timestamp: "17e8" })).toThrow(TypeError);
  });

  it("allows line breaks inside the body (the last line)", () => {
    const message = buildRequestMessage({ method: "POST", pathAndQuery: "/x", timestamp: 1, nonce: "n", body: "a\nb" });
    expect(message).toBe("POST\n/x\n1\nn\na\nb\n");
  });
});

describe("buildResponseMessage", () => {
  it("builds TIMESTAMP\\nNONCE\\nBODY\\n", () => {
    expect(buildResponseMessage({ timestamp: TS, nonce: NONCE, body: '{"ok":true}' })).toBe(`${TS}\n${NONCE}\n{"ok":true}\n`);
  });

  it("gives an empty body line for 204", () => {
    expect(buildResponseMessage({ timestamp: String(TS), nonce: NONCE, body: "" })).toBe(`${TS}\n${NONCE}\n\n`);
  });
});

describe("createRsaSigner", () => {
  it("exposes mchid and serial and signs what node:crypto verifies", async () => {
    const signer = await merchantSigner();
    expect(signer.mchid).toBe(MCHID);
    expect(signer.serialNo).toBe(MERCHANT_SERIAL);
    const message = buildRequestMessage({
      method: "POST",
      pathAndQuery: "/v3/payscore/acquiringbank/serviceorder",
      timestamp: TS,
      nonce: NONCE,
      body: BODY,
    });
    const signature = await signer.sign(message);
    expect(signature).toMatch(/^[A-Za-z0-9+/]{342}==$/); // 256 bytes
    expect(nodeVerifies(pem.merchantPub, message, signature)).toBe(true);
    expect(nodeVerifies(pem.merchantPub, message.replace("先享", "后享"), signature)).toBe(false);
  });

  it("produces exactly node:crypto's signature (PKCS#1 v1.5 is deterministic)", async () => {
    const signer = await merchantSigner();
    const message = buildRequestMessage({ method: "GET", pathAndQuery: "/v3/certificates", timestamp: TS, nonce: NONCE, body: "" });
    const expected = nodeSign("sha256", Buffer.from(message, "utf8"), createPrivateKey(pem.merchantKey)).toString("base64");
    expect(await signer.sign(message)).toBe(expected);
  });

  it("is accepted by `openssl dgst -sha256 -verify` (with query, without query, UTF-8 body)", async () => {
    const signer = await merchantSigner();
    const messages = [
      buildRequestMessage({
        method: "GET",
        pathAndQuery: "/v3/payscore/acquiringbank/serviceorder?service_id=500001&out_order_no=1234323JKHDFE1243252",
        timestamp: TS,
        nonce: NONCE,
        body: "",
      }),
      buildRequestMessage({ method: "POST", pathAndQuery: "/v3/payscore/acquiringbank/serviceorder", timestamp: TS, nonce: NONCE, body: BODY }),
      buildRequestMessage({
        method: "POST",
        pathAndQuery: "/v3/payscore/acquiringbank/serviceorder/1234323JKHDFE1243252/complete",
        timestamp: TS,
        nonce: NONCE,
        body: "",
      }),
    ];
    for (const message of messages) {
      const signature = await signer.sign(message);
      expect(opensslVerify(fixturePath("merchantPub"), message, signature)).toEqual({ status: 0, output: "Verified OK" });
      const tampered = opensslVerify(fixturePath("merchantPub"), `${message} `, signature);
      expect(tampered.status).toBe(1);
      expect(tampered.output).toContain("Verification failure");
    }
  });

  it("gives the same signature for the PKCS#1 and the PKCS#8 form of the key", async () => {
    const { importMerchantPrivateKey } = await import("../../src/keys.ts");
    const pkcs8 = await importMerchantPrivateKey(pem.merchantKey);
    const pkcs1 = await importMerchantPrivateKey(pem.merchantKeyPkcs1);
    const message = buildRequestMessage({ method: "POST", pathAndQuery: "/v3/x", timestamp: TS, nonce: NONCE, body: BODY });
    expect(await signMessage(pkcs1, message)).toBe(await signMessage(pkcs8, message));
  });

  it("refuses keys and identifiers that cannot work", async () => {
    const { merchantPrivateKey, merchantPublicKey } = await loadKeys();
    const aes = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt"]);
    const base = { mchid: MCHID, serialNo: MERCHANT_SERIAL, privateKey: merchantPrivateKey };
    expect(() => createRsaSigner({ ...base, privateKey: merchantPublicKey })).toThrow(ConfigError);
    expect(() => createRsaSigner({ ...base, privateKey: aes as CryptoKey })).toThrow(ConfigError);
    expect(() => createRsaSigner({ ...base, privateKey: "pem" as unknown as CryptoKey })).toThrow(ConfigError);
    expect(() => createRsaSigner({ ...base, mchid: "" })).toThrow(ConfigError);
    expect(() => createRsaSigner({ ...base, mchid: '19"00' })).toThrow(ConfigError);
    expect(() => createRsaSigner({ ...base, serialNo: "AB,CD" })).toThrow(ConfigError);
  });

  it("refuses a SHA-1 RSA key (wrong hash for WECHATPAY2-SHA256-RSA2048)", async () => {
    const der = createPrivateKey(pem.merchantKey).export({ type: "pkcs8", format: "der" });
    const sha1 = await crypto.subtle.importKey("pkcs8", der, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-1" }, false, ["sign"]);
    await expect(signMessage(sha1, "x")).rejects.toThrow(ConfigError);
  });
});

describe("signMessage", () => {
  it("signs response messages that node:crypto verifies with the platform public key", async () => {
    const { platformPrivateKey } = await loadKeys();
    const message = buildResponseMessage({ timestamp: TS, nonce: NONCE, body: BODY });
    const signature = await signMessage(platformPrivateKey, message);
    expect(nodeVerifies(pem.platformPub, message, signature)).toBe(true);
    expect(opensslVerify(fixturePath("platformPub"), message, signature).output).toBe("Verified OK");
  });
});

describe("authorizationHeader", () => {
  it("formats the WECHATPAY2-SHA256-RSA2048 header in wechatpay-go's order", () => {
    expect(
      authorizationHeader({ mchid: MCHID, serialNo: MERCHANT_SERIAL, nonce: NONCE, timestamp: TS, signature: "c2ln+/==" }),
    ).toBe(
      `WECHATPAY2-SHA256-RSA2048 mchid="${MCHID}",nonce_str="${NONCE}",timestamp="${TS}",serial_no="${MERCHANT_SERIAL}",signature="c2ln+/=="`,
    );
  });

  it("refuses values that would break the quoted parameters", () => {
    const base = { mchid: MCHID, serialNo: MERCHANT_SERIAL, nonce: NONCE, timestamp: TS, signature: "abc=" };
    expect(() => authorizationHeader({ ...base, nonce: 'a"b' })).toThrow(ConfigError);
    expect(() => authorizationHeader({ ...base, nonce: "a b" })).toThrow(ConfigError);
    expect(() => authorizationHeader({ ...base, signature: "" })).toThrow(ConfigError);
    expect(() => authorizationHeader({ ...base, mchid: "1900\\0109" })).toThrow(ConfigError);
    expect(() => authorizationHeader({ ...base, timestamp: "now" })).toThrow(TypeError);
  });

  it("round-trips a real signed request through parseAuthorization and node:crypto", async () => {
    const signer = await merchantSigner();
    const request = { method: "POST", pathAndQuery: "/v3/payscore/acquiringbank/permissions", timestamp: TS, nonce: NONCE, body: BODY };
    const signature = await signer.sign(buildRequestMessage(request));
    const header = authorizationHeader({ mchid: signer.mchid, serialNo: signer.serialNo, nonce: NONCE, timestamp: TS, signature });

    // What the mock platform does with an incoming request.
    const parsed = parseAuthorization(header);
    expect(parsed).toEqual({ mchid: MCHID, serialNo: MERCHANT_SERIAL, nonce: NONCE, timestamp: String(TS), signature });
    const rebuilt = buildRequestMessage({ ...request, timestamp: parsed.timestamp, nonce: parsed.nonce });
    expect(nodeVerifies(pem.merchantPub, rebuilt, parsed.signature)).toBe(true);
  });
});

describe("parseAuthorization", () => {
  const params = {
    mchid: `mchid="${MCHID}"`,
    nonce_str: `nonce_str="${NONCE}"`,
    timestamp: `timestamp="${TS}"`,
    serial_no: `serial_no="${MERCHANT_SERIAL}"`,
    signature: 'signature="c2lnbmF0dXJl"',
  };
  const expected = { mchid: MCHID, nonce: NONCE, timestamp: String(TS), serialNo: MERCHANT_SERIAL, signature: "c2lnbmF0dXJl" };

  function expectMalformed(header: string) {
    try {
      parseAuthorization(header);
    } catch (error) {
      expect(error).toBeInstanceOf(SignatureVerificationError);
      expect((error as SignatureVerificationError).reason).toBe("malformed-header");
      expect((error as SignatureVerificationError).header).toBe("Authorization");
      return;
    }
    expect.unreachable(`accepted ${header}`);
  }

  it("accepts every SDK's parameter order (AX/PHP, GO/JV/KL, ZS/BW) and optional spaces", () => {
    const orders = [
      ["mchid", "serial_no", "timestamp", "nonce_str", "signature"],
      ["mchid", "nonce_str", "timestamp", "serial_no", "signature"],
      ["mchid", "nonce_str", "signature", "timestamp", "serial_no"],
    ] as const;
    for (const order of orders) {
      expect(parseAuthorization(`${AUTHORIZATION_SCHEME} ${order.map((name) => params[name]).join(",")}`)).toEqual(expected);
      expect(parseAuthorization(`${AUTHORIZATION_SCHEME}  ${order.map((name) => params[name]).join(", ")} `)).toEqual(expected);
    }
  });

  it("reports a missing header as missing-header", () => {
    for (const header of [undefined, null, "", "   "]) {
      try {
        parseAuthorization(header);
        expect.unreachable();
      } catch (error) {
        expect(error).toMatchObject({ name: "SignatureVerificationError", reason: "missing-header", header: "Authorization" });
      }
    }
  });

  it("rejects wrong schemes, missing, duplicate, unknown and malformed parameters", () => {
    const all = Object.values(params).join(",");
    expectMalformed(`WECHATPAY2-SHA256-RSA2048`);
    expectMalformed(`Bearer ${all}`);
    expectMalformed(`wechatpay2-sha256-rsa2048 ${all}`);
    expectMalformed(`WECHATPAY2-SHA256-RSA2048 ${[params.mchid, params.nonce_str, params.timestamp, params.serial_no].join(",")}`);
    expectMalformed(`WECHATPAY2-SHA256-RSA2048 ${all},${params.mchid}`);
    expectMalformed(`WECHATPAY2-SHA256-RSA2048 ${all},extra="1"`);
    expectMalformed(`WECHATPAY2-SHA256-RSA2048 ${all},__proto__="1"`);
    expectMalformed(`WECHATPAY2-SHA256-RSA2048 ${all.replace(`mchid="${MCHID}"`, `mchid=${MCHID}`)}`);
    expectMalformed(`WECHATPAY2-SHA256-RSA2048 ${all.replace(`mchid="${MCHID}"`, 'mchid=""')}`);
    expectMalformed(`WECHATPAY2-SHA256-RSA2048 ${all.replace(`timestamp="${TS}"`, 'timestamp="17e8"')}`);
    expectMalformed(`WECHATPAY2-SHA256-RSA2048 ${all},`);
  });
});
