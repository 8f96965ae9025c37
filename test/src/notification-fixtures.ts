/**
 * Notifications built the way WeChat Pay builds them, with node:crypto only
 * (never src/aead.ts or src/sign.ts): AES-256-GCM with the APIv3 key via
 * createCipheriv, SHA256withRSA via createSign with the fixture platform /
 * WeChat Pay public-key private keys. Plaintexts are the spec's own examples.
 */
import { createCipheriv, createPrivateKey, createSign, type KeyObject } from "node:crypto";
import bundled from "../../generated/openapi.json" with { type: "json" };
import { fixedClock } from "../../src/clock.ts";
import { StaticKeySet } from "../../src/verify.ts";
import { APIV3_KEY, PLATFORM_SERIAL, PUB_KEY_ID, loadKeys, pem } from "../fixtures/keys.ts";

export const NOW = 1_767_225_600; // 2026-01-01T00:00:00Z, seconds
export const clock = fixedClock(NOW * 1000);

export const EVENT_TYPES = [
  "PAYSCORE.USER_OPEN_SERVICE",
  "PAYSCORE.USER_CLOSE_SERVICE",
  "PAYSCORE.USER_CONFIRM",
  "PAYSCORE.USER_PAID",
  "PAYSCORE.MCH_PREPAY",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const schemas = (bundled as unknown as { components: { schemas: Record<string, { examples?: unknown[] }> } }).components.schemas;
function example(name: string): Record<string, unknown> {
  return structuredClone(schemas[name]!.examples![0] as Record<string, unknown>);
}

/** A valid decrypted resource per event: the spec's examples (USER_CLOSE_SERVICE: the permissions example, closed). */
export function samplePlaintext(eventType: EventType): Record<string, unknown> {
  switch (eventType) {
    case "PAYSCORE.USER_OPEN_SERVICE":
      return example("PermissionsNotificationResource");
    case "PAYSCORE.USER_CLOSE_SERVICE":
      return { ...example("PermissionsNotificationResource"), user_service_status: "USER_CLOSE_SERVICE" };
    case "PAYSCORE.USER_CONFIRM":
      return example("UserConfirmResource");
    case "PAYSCORE.USER_PAID":
      return example("UserPaidResource");
    case "PAYSCORE.MCH_PREPAY":
      return example("MchPrepayResource");
  }
}

/** AEAD_AES_256_GCM as WeChat does it: base64(ciphertext ‖ 16-byte tag). */
export function encrypt(plaintext: string, options: { key?: string | Buffer; nonce?: string; aad?: string } = {}) {
  const nonce = options.nonce ?? "a1b2c3d4e5f6";
  const aad = options.aad ?? "payscore";
  const key = typeof options.key === "string" || options.key === undefined ? Buffer.from(options.key ?? APIV3_KEY, "utf8") : options.key;
  const cipher = createCipheriv("aes-256-gcm", key, Buffer.from(nonce, "utf8"));
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const sealed = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return { algorithm: "AEAD_AES_256_GCM", ciphertext: sealed.toString("base64"), nonce, associated_data: aad, original_type: "payscore" };
}

export function envelope(eventType: string, resource: object, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "EV-2018022511223320873",
    create_time: "2026-01-01T08:00:00+08:00",
    resource_type: "encrypt-resource",
    event_type: eventType,
    summary: "测试通知",
    resource,
    ...overrides,
  };
}

const privateKeys = new Map<string, KeyObject>();
function privateKey(pemText: string): KeyObject {
  let key = privateKeys.get(pemText);
  if (!key) privateKeys.set(pemText, (key = createPrivateKey(pemText)));
  return key;
}

export interface SignOptions {
  privatePem?: string;
  serial?: string;
  timestamp?: string;
  nonce?: string;
  /** Sign this text instead of the body (to tamper). */
  signedBody?: string;
  signature?: string;
}

/** Wechatpay-* headers for `body`, signed with node:crypto. */
export function signHeaders(body: string, options: SignOptions = {}): Record<string, string> {
  const timestamp = options.timestamp ?? String(NOW);
  const nonce = options.nonce ?? "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";
  const signature =
    options.signature ??
    createSign("RSA-SHA256")
      .update(`${timestamp}\n${nonce}\n${options.signedBody ?? body}\n`, "utf8")
      .sign(privateKey(options.privatePem ?? pem.platformKey), "base64");
  return {
    "Wechatpay-Timestamp": timestamp,
    "Wechatpay-Nonce": nonce,
    "Wechatpay-Signature": signature,
    "Wechatpay-Serial": options.serial ?? PLATFORM_SERIAL,
    "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048",
    "Request-ID": "08F0F3B2B00610B4F3A7D5011896C8A20A20D3F50E-0",
    "Content-Type": "application/json",
  };
}

/** A complete delivery: encrypted, enveloped, signed. */
export function delivery(
  eventType: EventType,
  options: { plaintext?: unknown; plaintextText?: string; id?: string; encrypt?: Parameters<typeof encrypt>[1]; sign?: SignOptions; envelope?: Record<string, unknown> } = {},
): { headers: Record<string, string>; body: string } {
  const text = options.plaintextText ?? JSON.stringify(options.plaintext ?? samplePlaintext(eventType));
  const body = JSON.stringify(envelope(eventType, encrypt(text, options.encrypt), { ...(options.id ? { id: options.id } : {}), ...options.envelope }));
  return { headers: signHeaders(body, options.sign), body };
}

/** Platform certificate 1 + the WeChat Pay public key, as during the certificate → public-key migration. */
export async function keySet(): Promise<StaticKeySet> {
  const keys = await loadKeys();
  return new StaticKeySet([
    [keys.platformCert.serialNo, keys.platformCert.key],
    [PUB_KEY_ID, keys.wechatpayPublicKey],
  ]);
}
