import { describe, expect, expectTypeOf, it, vi } from "vitest";
import bundled from "../../generated/openapi.json" with { type: "json" };
import { importApiV3Key } from "../../src/aead.ts";
import { ConfigError, DecryptionError, SignatureVerificationError, type DecryptionFailureReason, type SignatureFailureReason } from "../../src/errors.ts";
import {
  DEFAULT_MAX_BODY_BYTES,
  NOTIFICATION_EVENT_SCHEMAS,
  NotificationError,
  createNotificationParser,
  parseNotification,
  type Notification,
  type NotificationFailureReason,
  type NotificationParserOptions,
} from "../../src/notification/index.ts";
import type { PayScoreWarning } from "../../src/warning.ts";
import { APIV3_KEY, PUB_KEY_ID, WRONG_APIV3_KEY, pem, pemBody } from "../fixtures/keys.ts";
import { EVENT_TYPES, NOW, clock, delivery, encrypt, envelope, keySet, samplePlaintext, signHeaders } from "./notification-fixtures.ts";

async function options(overrides: Partial<NotificationParserOptions> = {}): Promise<NotificationParserOptions> {
  return { keys: await keySet(), apiV3Key: APIV3_KEY, clock, ...overrides };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => expect.unreachable("the notification was accepted"),
    (error: Error) => error,
  );
}

async function expectSignatureFailure(request: { headers: object; body: string }, reason: SignatureFailureReason, header?: string) {
  const error = await rejection(parseNotification(request as never, await options()));
  expect(error).toBeInstanceOf(SignatureVerificationError);
  expect((error as SignatureVerificationError).reason).toBe(reason);
  if (header) expect((error as SignatureVerificationError).header).toBe(header);
  return error as SignatureVerificationError;
}

async function expectDecryptionFailure(request: { headers: object; body: string }, reason: DecryptionFailureReason, opts?: Partial<NotificationParserOptions>) {
  const error = await rejection(parseNotification(request as never, await options(opts)));
  expect(error).toBeInstanceOf(DecryptionError);
  expect((error as DecryptionError).reason).toBe(reason);
  return error as DecryptionError;
}

async function expectNotificationFailure(
  request: { headers: object; body: unknown },
  reason: NotificationFailureReason,
  opts?: Partial<NotificationParserOptions>,
): Promise<NotificationError> {
  const error = await rejection(parseNotification(request as never, await options(opts)));
  expect(error).toBeInstanceOf(NotificationError);
  expect((error as NotificationError).reason).toBe(reason);
  return error as NotificationError;
}

/** base64 of the same bytes with the top bit of the last one (inside the GCM tag) flipped. */
function flipLastBit(ciphertext: string): string {
  const bytes = Buffer.from(ciphertext, "base64");
  bytes[bytes.length - 1]! ^= 0x80;
  return bytes.toString("base64");
}

/** Re-signs a body after editing its JSON (so only the edited layer is wrong). */
function resigned(body: Record<string, unknown>) {
  const text = JSON.stringify(body);
  return { headers: signHeaders(text), body: text };
}

describe("parseNotification: every event type", () => {
  for (const eventType of EVENT_TYPES) {
    it(`parses ${eventType} (node:crypto-encrypted and -signed) into its typed resource`, async () => {
      const plaintext = samplePlaintext(eventType);
      const request = delivery(eventType, { plaintext, id: `EV-${eventType.slice(9)}` });
      const notification = await parseNotification(request, await options());
      expect(notification.eventType).toBe(eventType);
      expect(notification.id).toBe(`EV-${eventType.slice(9)}`);
      expect(notification.createTime).toBe("2026-01-01T08:00:00+08:00");
      expect(notification.resource).toEqual(plaintext);
      expect(notification.envelope).toEqual(JSON.parse(request.body));
      expect(notification.signature).toEqual({ serial: request.headers["Wechatpay-Serial"], timestamp: NOW, nonce: request.headers["Wechatpay-Nonce"] });
      expect(notification.requestId).toBe(request.headers["Request-ID"]);
    });
  }

  it("reads each event's resource schema from the spec's webhooks (contentSchema on resource.ciphertext)", () => {
    const names = Object.fromEntries([...NOTIFICATION_EVENT_SCHEMAS].map(([event, s]) => [event, [s.envelope, s.resource]]));
    expect(names).toEqual({
      "PAYSCORE.USER_OPEN_SERVICE": ["#/components/schemas/UserOpenServiceNotification", "#/components/schemas/PermissionsNotificationResource"],
      "PAYSCORE.USER_CLOSE_SERVICE": ["#/components/schemas/UserCloseServiceNotification", "#/components/schemas/PermissionsNotificationResource"],
      "PAYSCORE.USER_CONFIRM": ["#/components/schemas/UserConfirmNotification", "#/components/schemas/UserConfirmResource"],
      "PAYSCORE.USER_PAID": ["#/components/schemas/UserPaidNotification", "#/components/schemas/UserPaidResource"],
      "PAYSCORE.MCH_PREPAY": ["#/components/schemas/MchPrepayNotification", "#/components/schemas/MchPrepayResource"],
    });
    expect([...NOTIFICATION_EVENT_SCHEMAS.keys()]).toEqual(Object.keys(bundled.webhooks));
  });

  it("narrows the resource type by eventType (compile-time)", () => {
    const use = (n: Notification) => {
      if (n.eventType === "PAYSCORE.USER_PAID") {
        expectTypeOf(n.resource.collection).not.toBeAny();
        return n.resource.collection?.state;
      }
      if (n.eventType === "PAYSCORE.MCH_PREPAY") return n.resource.prepay_req_body.trade_type;
      if (n.eventType === "PAYSCORE.USER_OPEN_SERVICE") return n.resource.authorization_code;
      return undefined;
    };
    expectTypeOf(use).returns.toEqualTypeOf<string | undefined>();
  });

  it("verifies with the WeChat Pay public key (PUB_KEY_ID_…) as well as a platform certificate", async () => {
    const request = delivery("PAYSCORE.USER_PAID", { sign: { privatePem: pem.wechatpayPubKeyPrivate, serial: PUB_KEY_ID } });
    const notification = await parseNotification(request, await options());
    expect(notification.signature.serial).toBe(PUB_KEY_ID);
  });

  it("accepts fetch Headers, a lower-cased node:http record and the body as bytes", async () => {
    const request = delivery("PAYSCORE.USER_CONFIRM");
    const lower = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
    for (const headers of [new Headers(request.headers), lower]) {
      expect((await parseNotification({ headers, body: request.body }, await options())).eventType).toBe("PAYSCORE.USER_CONFIRM");
    }
    const bytes = new TextEncoder().encode(request.body);
    expect((await parseNotification({ headers: request.headers, body: bytes }, await options())).eventType).toBe("PAYSCORE.USER_CONFIRM");
  });

  it("accepts an AeadKey, the raw key string and the raw key bytes; a parser imports the key once", async () => {
    const request = delivery("PAYSCORE.USER_OPEN_SERVICE");
    for (const apiV3Key of [await importApiV3Key(APIV3_KEY), APIV3_KEY, new TextEncoder().encode(APIV3_KEY)]) {
      expect((await parseNotification(request, await options({ apiV3Key }))).id).toBe("EV-2018022511223320873");
    }
    const parser = createNotificationParser(await options());
    expect((await parser.parse(request)).eventType).toBe("PAYSCORE.USER_OPEN_SERVICE");
  });

  it("accepts both mchid and mch_id spellings in authorization notifications (DECISIONS S3), but not neither", async () => {
    const base = samplePlaintext("PAYSCORE.USER_OPEN_SERVICE");
    const { mch_id, sub_mch_id, ...rest } = base as Record<string, unknown>;
    const table = { ...rest, mchid: mch_id, sub_mchid: sub_mch_id };
    expect((await parseNotification(delivery("PAYSCORE.USER_OPEN_SERVICE", { plaintext: table }), await options())).resource).toEqual(table);
    const neither = { ...rest, sub_mchid: sub_mch_id };
    const error = await expectNotificationFailure(delivery("PAYSCORE.USER_OPEN_SERVICE", { plaintext: neither }), "schema");
    expect(error.part).toBe("resource");
    expect(error.issues.map((i) => i.pointer)).toEqual(expect.arrayContaining(["/mchid", "/mch_id"]));
  });
});

describe("parseNotification: signature (checked before anything is parsed or decrypted)", () => {
  it("refuses a tampered body", async () => {
    const request = delivery("PAYSCORE.USER_PAID");
    await expectSignatureFailure({ ...request, body: request.body.replace("EV-2018", "EV-2019") }, "bad-signature", "Wechatpay-Signature");
  });

  it("refuses a tampered signature", async () => {
    const request = delivery("PAYSCORE.USER_PAID");
    const signature = Buffer.from(request.headers["Wechatpay-Signature"]!, "base64");
    signature[10]! ^= 0x01;
    await expectSignatureFailure(
      { ...request, headers: { ...request.headers, "Wechatpay-Signature": signature.toString("base64") } },
      "bad-signature",
    );
  });

  it("refuses a signature made with a key nobody trusts, under a trusted serial", async () => {
    await expectSignatureFailure(delivery("PAYSCORE.USER_PAID", { sign: { privatePem: pem.attackerKey } }), "bad-signature");
  });

  it("refuses stale and future timestamps (more than 300 s), accepts exactly 300 s", async () => {
    for (const timestamp of [String(NOW - 301), String(NOW + 301), String(NOW - 86_400)]) {
      await expectSignatureFailure(delivery("PAYSCORE.USER_PAID", { sign: { timestamp } }), "stale-timestamp", "Wechatpay-Timestamp");
    }
    for (const timestamp of [String(NOW - 300), String(NOW + 300)]) {
      expect((await parseNotification(delivery("PAYSCORE.USER_PAID", { sign: { timestamp } }), await options())).eventType).toBe("PAYSCORE.USER_PAID");
    }
  });

  for (const header of ["Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature", "Wechatpay-Serial"]) {
    it(`refuses a notification without ${header}`, async () => {
      const request = delivery("PAYSCORE.USER_CONFIRM");
      const { [header]: _dropped, ...headers } = request.headers;
      await expectSignatureFailure({ headers, body: request.body }, "missing-header", header);
    });
  }

  it("refuses an unknown serial", async () => {
    const error = await expectSignatureFailure(delivery("PAYSCORE.USER_PAID", { sign: { serial: "0123456789ABCDEF0123456789ABCDEF01234567" } }), "unknown-serial", "Wechatpay-Serial");
    expect(error.serial).toBe("0123456789ABCDEF0123456789ABCDEF01234567");
  });

  it("refuses WeChat's WECHATPAY/SIGNTEST/ probe signatures", async () => {
    await expectSignatureFailure(delivery("PAYSCORE.USER_PAID", { sign: { signature: "WECHATPAY/SIGNTEST/c2lnbmF0dXJl" } }), "probe-signature");
  });

  it("refuses a Wechatpay-Signature-Type the spec does not list", async () => {
    const request = delivery("PAYSCORE.USER_PAID");
    await expectSignatureFailure(
      { ...request, headers: { ...request.headers, "Wechatpay-Signature-Type": "WECHATPAY2-SM2-WITH-SM3" } },
      "malformed-header",
      "Wechatpay-Signature-Type",
    );
  });

  it("verifies before parsing: a tampered body with broken JSON and garbage ciphertext is a signature error", async () => {
    const request = delivery("PAYSCORE.USER_PAID");
    await expectSignatureFailure({ ...request, body: `${request.body.slice(0, 40)}garbage` }, "bad-signature");
  });
});

describe("parseNotification: AEAD_AES_256_GCM", () => {
  it("refuses a resource encrypted with another APIv3 key", async () => {
    await expectDecryptionFailure(delivery("PAYSCORE.USER_PAID", { encrypt: { key: WRONG_APIV3_KEY } }), "authentication-failed");
  });

  it("refuses when the receiver holds the wrong APIv3 key", async () => {
    await expectDecryptionFailure(delivery("PAYSCORE.USER_PAID"), "authentication-failed", { apiV3Key: WRONG_APIV3_KEY });
  });

  it("refuses a 16-byte APIv3 key (string or bytes) with ConfigError, never trying AES-128", async () => {
    const sixteen = "0123456789abcdef";
    for (const apiV3Key of [sixteen, new TextEncoder().encode(sixteen)]) {
      const error = await rejection(parseNotification(delivery("PAYSCORE.USER_PAID"), await options({ apiV3Key })));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toContain("32 bytes");
      expect(error.message).not.toContain(sixteen);
      expect(() => createNotificationParser({ keys: { resolve: async () => undefined }, apiV3Key })).toThrow(ConfigError);
    }
  });

  it("refuses a truncated ciphertext (one byte short, and shorter than the tag)", async () => {
    const sealed = encrypt(JSON.stringify(samplePlaintext("PAYSCORE.USER_PAID")));
    const bytes = Buffer.from(sealed.ciphertext, "base64");
    await expectDecryptionFailure(
      resigned(envelope("PAYSCORE.USER_PAID", { ...sealed, ciphertext: bytes.subarray(0, bytes.length - 1).toString("base64") })),
      "authentication-failed",
    );
    const error = await expectDecryptionFailure(
      resigned(envelope("PAYSCORE.USER_PAID", { ...sealed, ciphertext: bytes.subarray(0, 12).toString("base64") })),
      "malformed",
    );
    expect(error.field).toBe("ciphertext");
  });

  it("refuses a flipped tag bit", async () => {
    const sealed = encrypt(JSON.stringify(samplePlaintext("PAYSCORE.USER_PAID")));
    await expectDecryptionFailure(resigned(envelope("PAYSCORE.USER_PAID", { ...sealed, ciphertext: flipLastBit(sealed.ciphertext) })), "authentication-failed");
  });

  it("refuses a wrong associated_data (AAD)", async () => {
    const sealed = encrypt(JSON.stringify(samplePlaintext("PAYSCORE.USER_PAID")), { aad: "payscore" });
    await expectDecryptionFailure(resigned(envelope("PAYSCORE.USER_PAID", { ...sealed, associated_data: "certificate" })), "authentication-failed");
  });

  it("decrypts with an empty associated_data (seed 000 examples send \"\")", async () => {
    const request = delivery("PAYSCORE.USER_OPEN_SERVICE", { encrypt: { aad: "" } });
    expect((await parseNotification(request, await options())).eventType).toBe("PAYSCORE.USER_OPEN_SERVICE");
  });
});

describe("parseNotification: JSON and schemas", () => {
  it("refuses a signed body that is not JSON", async () => {
    const body = '{"id":"EV-1",';
    const error = await expectNotificationFailure({ headers: signHeaders(body), body }, "malformed-json");
    expect(error.part).toBe("envelope");
  });

  it("refuses a decrypted resource that is not JSON", async () => {
    const error = await expectNotificationFailure(delivery("PAYSCORE.USER_PAID", { plaintextText: '{"openid":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",' }), "malformed-json");
    expect(error.part).toBe("resource");
    expect(error.message).not.toContain("oUpF8uMu");
  });

  it("refuses plaintexts missing what the code relies on, naming pointer and rule but not the value", async () => {
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      ["missing out_order_no", (({ out_order_no: _, ...rest }) => rest)(samplePlaintext("PAYSCORE.USER_CONFIRM")), "/out_order_no", "required"],
      ["service_id not a string", { ...samplePlaintext("PAYSCORE.USER_CONFIRM"), service_id: 9 }, "/service_id", "type"],
    ];
    for (const [label, plaintext, pointer, keyword] of cases) {
      const error = await expectNotificationFailure(delivery("PAYSCORE.USER_CONFIRM", { plaintext }), "schema");
      expect(error.part, label).toBe("resource");
      expect(error.eventType).toBe("PAYSCORE.USER_CONFIRM");
      expect(error.schema).toBe("#/components/schemas/UserConfirmResource");
      expect(error.issues, label).toContainEqual(expect.objectContaining({ pointer, keyword, severity: "violation" }));
      expect(error.message).not.toContain("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
    }
  });

  it("reads plaintexts that differ from the contract in what the code does not rely on, and warns with pointer, rule and severity", async () => {
    const paid = samplePlaintext("PAYSCORE.USER_PAID") as { collection: object; risk_fund: object };
    const cases: Array<[string, string, Record<string, unknown>, string, string, string]> = [
      ["an unknown key", "PAYSCORE.USER_PAID", { ...paid, device: { start_device_id: "HG123" } }, "/device", "additionalProperties", "drift"],
      ["an unknown key inside collection", "PAYSCORE.USER_PAID", { ...paid, collection: { ...paid.collection, channel: "x" } }, "/collection/channel", "additionalProperties", "drift"],
      ["an unknown state_description", "PAYSCORE.USER_CONFIRM", { ...samplePlaintext("PAYSCORE.USER_CONFIRM"), state_description: "USER_REVIEWING" }, "/state_description", "enum", "drift"],
      ["risk_fund.name as its Chinese label", "PAYSCORE.USER_PAID", { ...paid, risk_fund: { ...paid.risk_fund, name: "预估订单费用" } }, "/risk_fund/name", "enum", "drift"],
      ["USER_CONFIRM with a known state other than DOING", "PAYSCORE.USER_CONFIRM", { ...samplePlaintext("PAYSCORE.USER_CONFIRM"), state: "DONE" }, "/state", "const", "violation"],
      ["service_id over its maxLength", "PAYSCORE.USER_CONFIRM", { ...samplePlaintext("PAYSCORE.USER_CONFIRM"), service_id: "9".repeat(33) }, "/service_id", "maxLength", "violation"],
    ];
    for (const [label, eventType, plaintext, pointer, keyword, severity] of cases) {
      const warnings: PayScoreWarning[] = [];
      const request = delivery(eventType as never, { plaintext, id: "EV-drift" });
      const notification = await parseNotification(request, await options({ onWarning: (w) => warnings.push(w) }));
      expect(notification.resource, label).toEqual(plaintext);
      expect(warnings, label).toHaveLength(1);
      expect(warnings[0], label).toMatchObject({ kind: "schema", part: "resource", eventType, notificationId: "EV-drift", requestId: request.headers["Request-ID"] });
      expect(warnings[0]!.differences, label).toContainEqual(expect.objectContaining({ pointer, keyword, severity }));
    }
  });

  it("USER_PAID must carry a paid collection (the event's allOf)", async () => {
    const { collection: _, ...rest } = samplePlaintext("PAYSCORE.USER_PAID");
    const error = await expectNotificationFailure(delivery("PAYSCORE.USER_PAID", { plaintext: rest }), "schema");
    expect(error.issues).toContainEqual(expect.objectContaining({ pointer: "/collection", keyword: "required" }));
  });

  it("refuses envelopes missing what the code relies on, with pointer and rule", async () => {
    const sealed = encrypt(JSON.stringify(samplePlaintext("PAYSCORE.USER_PAID")));
    const withoutCreateTime = (body: Record<string, unknown>) => (({ create_time: _, ...rest }) => rest)(body);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [envelope("PAYSCORE.USER_PAID", { ...sealed, algorithm: "AEAD_SM4_GCM" }), "/resource/algorithm", "enum"],
      [(({ event_type: _, ...rest }) => rest)(envelope("PAYSCORE.USER_PAID", sealed)), "/event_type", "required"],
      [envelope("PAYSCORE.USER_PAID", sealed, { id: "" }), "/id", "minLength"],
      [envelope("PAYSCORE.USER_PAID", sealed, { id: 42 }), "/id", "type"],
      // A schema failure wins over what decryption would say: a ciphertext that fails GCM…
      [withoutCreateTime(envelope("PAYSCORE.USER_PAID", { ...sealed, ciphertext: flipLastBit(sealed.ciphertext) })), "/create_time", "required"],
      // …or that is not even base64.
      [withoutCreateTime(envelope("PAYSCORE.USER_PAID", { ...sealed, ciphertext: `${sealed.ciphertext.slice(0, -4)}*AA=` })), "/create_time", "required"],
    ];
    for (const [body, pointer, keyword] of cases) {
      const error = await expectNotificationFailure(resigned(body), "schema");
      expect(error.part).toBe("envelope");
      expect(error.issues, pointer).toContainEqual(expect.objectContaining({ pointer, keyword }));
    }
  });

  it("reads envelopes that differ from the contract in what the code does not rely on, and warns", async () => {
    const sealed = encrypt(JSON.stringify(samplePlaintext("PAYSCORE.USER_PAID")));
    const cases: Array<[Record<string, unknown>, string, string, string]> = [
      [envelope("PAYSCORE.USER_PAID", sealed, { id: "E".repeat(37) }), "/id", "maxLength", "violation"],
      [envelope("PAYSCORE.USER_PAID", sealed, { resource_type: "encryptresource" }), "/resource_type", "enum", "drift"],
      [envelope("PAYSCORE.USER_PAID", sealed, { extra: 1 }), "/extra", "additionalProperties", "drift"],
      [envelope("PAYSCORE.USER_PAID", { ...sealed, key_id: "k1" }), "/resource/key_id", "additionalProperties", "drift"],
      [envelope("PAYSCORE.USER_PAID", sealed, { create_time: "20260101080000" }), "/create_time", "pattern", "violation"],
    ];
    for (const [body, pointer, keyword, severity] of cases) {
      const warnings: PayScoreWarning[] = [];
      const notification = await parseNotification(resigned(body), await options({ onWarning: (w) => warnings.push(w) }));
      expect(notification.envelope, pointer).toEqual(body);
      expect(warnings, pointer).toEqual([expect.objectContaining({ kind: "schema", part: "envelope", eventType: "PAYSCORE.USER_PAID" })]);
      expect(warnings[0]!.differences, pointer).toContainEqual(expect.objectContaining({ pointer, keyword, severity }));
    }
  });

  it("a warning hook that throws does not refuse the notification", async () => {
    const body = envelope("PAYSCORE.USER_PAID", encrypt(JSON.stringify(samplePlaintext("PAYSCORE.USER_PAID"))), { extra: 1 });
    const onWarning = () => {
      throw new Error("logger down");
    };
    await expect(parseNotification(resigned(body), await options({ onWarning }))).resolves.toMatchObject({ eventType: "PAYSCORE.USER_PAID" });
  });

  it("every refusal carries the delivery's Request-ID and, once readable, the notification id", async () => {
    const forged = delivery("PAYSCORE.USER_PAID", { id: "EV-forged" });
    const tampered = { headers: forged.headers, body: forged.body.replace("EV-forged", "EV-forgee") };
    const signatureError = await expectSignatureFailure(tampered, "bad-signature");
    expect(signatureError).toMatchObject({ requestId: forged.headers["Request-ID"], notificationId: "EV-forgee" });
    const missing = resigned((({ create_time: _, ...rest }) => rest)(envelope("PAYSCORE.USER_PAID", encrypt("{}"), { id: "EV-schema" })));
    const schemaError = await expectNotificationFailure({ ...missing, headers: { ...missing.headers, "Request-ID": "RID-1" } }, "schema");
    expect(schemaError).toMatchObject({ requestId: "RID-1", notificationId: "EV-schema" });
  });

  it("refuses an event_type the spec has no webhook for", async () => {
    const error = await expectNotificationFailure(resigned(envelope("PAYSCORE.USER_SURPRISE", encrypt("{}"))), "unsupported-event-type");
    expect(error.eventType).toBe("PAYSCORE.USER_SURPRISE");
    expect(error.message).toContain("PAYSCORE.USER_PAID");
  });
});

describe("parseNotification: body", () => {
  it("refuses an oversized body before looking at headers or signature", async () => {
    const request = delivery("PAYSCORE.USER_PAID");
    const error = await expectNotificationFailure({ headers: {}, body: request.body }, "too-large", { maxBodyBytes: 256 });
    expect(error.message).toContain("256");
  });

  it("counts UTF-8 bytes, not characters", async () => {
    const body = `{"summary":"${"支".repeat(100)}"}`; // 113 characters, 313 bytes
    await expectNotificationFailure({ headers: {}, body }, "too-large", { maxBodyBytes: 200 });
    await expectNotificationFailure({ headers: {}, body: new TextEncoder().encode(body) }, "too-large", { maxBodyBytes: 200 });
  });

  it("has a default limit that admits the spec's largest ciphertext but not more than that plus the envelope", async () => {
    const ciphertextMax = (bundled.components.schemas as Record<string, { maxLength?: number }>)["AeadCiphertext"]!.maxLength!;
    expect(DEFAULT_MAX_BODY_BYTES).toBeGreaterThan(ciphertextMax);
    expect(DEFAULT_MAX_BODY_BYTES).toBeLessThanOrEqual(ciphertextMax + 64 * 1024);
    await expectNotificationFailure({ headers: {}, body: "x".repeat(DEFAULT_MAX_BODY_BYTES + 1) }, "too-large");
  });

  it("refuses a parsed object instead of the raw body", async () => {
    const request = delivery("PAYSCORE.USER_PAID");
    await expectNotificationFailure({ headers: request.headers, body: JSON.parse(request.body) }, "not-raw-body");
  });

  it("refuses a body that is not UTF-8", async () => {
    await expectNotificationFailure({ headers: {}, body: new Uint8Array([0x7b, 0xff, 0x7d]) }, "malformed-json");
  });

  it("never puts key material or plaintext in error messages", async () => {
    const failures = [
      rejection(parseNotification(delivery("PAYSCORE.USER_PAID"), await options({ apiV3Key: WRONG_APIV3_KEY }))),
      rejection(parseNotification(delivery("PAYSCORE.USER_PAID", { sign: { privatePem: pem.attackerKey } }), await options())),
      rejection(parseNotification(delivery("PAYSCORE.USER_PAID", { plaintext: { openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" } }), await options())),
    ];
    for (const error of await Promise.all(failures)) {
      const text = `${error.message} ${JSON.stringify(error)}`;
      for (const secret of [APIV3_KEY, WRONG_APIV3_KEY, pemBody(pem.platformKey).slice(0, 40), "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"]) {
        expect(text).not.toContain(secret);
      }
    }
  });
});

describe("parseNotification with the platform-certificate manager as key source", () => {
  it("downloads /v3/certificates once for an unseen platform serial, then verifies from the cache", async () => {
    const { PlatformCertificateManager } = await import("../../src/client/certificates.ts");
    const { importApiV3Key: importKey } = await import("../../src/aead.ts");
    const { PLATFORM_SERIAL } = await import("../fixtures/keys.ts");
    // The list WeChat would serve, encrypted and signed with node:crypto.
    const list = JSON.stringify({
      data: [
        {
          serial_no: PLATFORM_SERIAL,
          effective_time: "2025-01-01T00:00:00+08:00",
          expire_time: "2099-01-01T00:00:00+08:00",
          encrypt_certificate: (({ original_type: _, ...rest }) => rest)(encrypt(pem.platformCert, { aad: "certificate", nonce: "c3d4e5f6a1b2" })),
        },
      ],
    });
    const download = vi.fn(async () => ({
      response: new Response(list),
      status: 200,
      statusText: "OK",
      headers: new Headers(signHeaders(list)),
      body: list,
      json: JSON.parse(list),
      requestId: undefined,
      signed: true,
    }));
    const manager = new PlatformCertificateManager({ download, apiV3Key: await importKey(APIV3_KEY), clock });
    const first = await parseNotification(delivery("PAYSCORE.USER_PAID"), { keys: manager, apiV3Key: APIV3_KEY, clock });
    expect(first.signature.serial).toBe(PLATFORM_SERIAL);
    await parseNotification(delivery("PAYSCORE.USER_CONFIRM"), { keys: manager, apiV3Key: APIV3_KEY, clock });
    expect(download).toHaveBeenCalledTimes(1);
    const forged = delivery("PAYSCORE.USER_PAID", { sign: { privatePem: pem.attackerKey } });
    await expect(parseNotification(forged, { keys: manager, apiV3Key: APIV3_KEY, clock })).rejects.toMatchObject({ reason: "bad-signature" });
  });
});
