// Notifications per second through parseNotification against a floor measured in the
// same run. Both start from the same wire input, the body text and the header record a server
// framework hands over, and the floor does only what the APIv3 notification rules require of any
// receiver: read the Wechatpay-Timestamp/Nonce/Signature headers, verify the RSA signature over
// `TIMESTAMP\nNONCE\nBODY\n` (WebCrypto, key imported once), JSON.parse the envelope, base64-decode
// the ciphertext, AES-256-GCM decrypt it (WebCrypto, key imported once) and JSON.parse the plaintext,
// in that order. Its base64 is node:buffer's native decoder, its UTF-8 TextEncoder/TextDecoder. Ours
// adds what the floor leaves out: the body-size check, the timestamp window, probe and serial
// checks, strict base64, and both schema reads (envelope and resource).
//
// share = our notifications per second ÷ the floor's (1.0 = as fast as the floor); budget:
// share ≥ 0.80. Both run sequentially (one in flight) in 5 alternating rounds after a warm-up; the
// median round of each is kept, so a noisy neighbour or a frequency change hits both sides alike.
//
// The notification is made the way WeChat Pay makes it, with node:crypto (createCipheriv
// aes-256-gcm, createSign RSA-SHA256), never with our own encrypt/sign.
//   npx tsx scripts/bench/notifications.ts [seconds]
import { createCipheriv, createSign } from "node:crypto";
import { fileURLToPath } from "node:url";
import bundled from "../../generated/openapi.json" with { type: "json" };
import { fixedClock } from "../../src/clock.ts";
import { RSA_SHA256 } from "../../src/keys.ts";
import { parseNotification } from "../../src/notification/index.ts";
import { StaticKeySet } from "../../src/verify.ts";
import { APIV3_KEY, PUB_KEY_ID, loadKeys, pem } from "../../test/fixtures/keys.ts";
import { type BenchResult, compare, formatResult, meetsTarget } from "./measure.ts";

/** At least this share of the raw verify + decrypt rate. */
export const NOTIFICATION_TARGET = 0.8;

export async function benchNotifications(opts: { seconds?: number } = {}): Promise<BenchResult> {
  const seconds = opts.seconds ?? 6;
  if (!(seconds > 0)) throw new RangeError("seconds must be positive");
  const rounds = 5;
  const keys = await loadKeys();

  // One USER_PAID notification with the spec's example resource.
  const plaintext = JSON.stringify((bundled.components.schemas as unknown as Record<string, { examples: unknown[] }>)["UserPaidResource"]!.examples[0]);
  const iv = Buffer.from("a1b2c3d4e5f6", "utf8");
  const aad = Buffer.from("payscore", "utf8");
  const cipher = createCipheriv("aes-256-gcm", Buffer.from(APIV3_KEY, "utf8"), iv).setAAD(aad);
  const sealed = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  const body = JSON.stringify({
    id: "EV-2018022511223320875",
    create_time: "2026-01-01T08:00:00+08:00",
    resource_type: "encrypt-resource",
    event_type: "PAYSCORE.USER_PAID",
    summary: "支付成功",
    resource: { algorithm: "AEAD_AES_256_GCM", ciphertext: sealed.toString("base64"), nonce: "a1b2c3d4e5f6", associated_data: "payscore", original_type: "payscore" },
  });
  const timestamp = "1767225600";
  const nonce = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";
  const message = `${timestamp}\n${nonce}\n${body}\n`;
  const signature = createSign("RSA-SHA256").update(message, "utf8").sign(pem.wechatpayPubKeyPrivate, "base64");
  const request = {
    headers: {
      "wechatpay-timestamp": timestamp,
      "wechatpay-nonce": nonce,
      "wechatpay-signature": signature,
      "wechatpay-serial": PUB_KEY_ID,
      "wechatpay-signature-type": "WECHATPAY2-SHA256-RSA2048",
      "request-id": "08F0F3B2B00610B4F3A7D5011896C8A20A20D3F50E-0",
      "content-type": "application/json",
    },
    body,
  };

  const options = {
    keys: new StaticKeySet([[PUB_KEY_ID, keys.wechatpayPublicKey]]),
    apiV3Key: keys.apiV3Key,
    clock: fixedClock(Number(timestamp) * 1000),
  };
  const ours = async () => {
    const notification = await parseNotification(request, options);
    if (notification.eventType !== "PAYSCORE.USER_PAID") throw new Error("bench: unexpected event");
  };

  // The floor: the same wire input, only the steps the rules require (see the top of this file).
  const aesKey = await crypto.subtle.importKey("raw", new Uint8Array(Buffer.from(APIV3_KEY, "utf8")), "AES-GCM", false, ["decrypt"]);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const floor = async () => {
    const { headers, body: text } = request;
    const signed = encoder.encode(`${headers["wechatpay-timestamp"]}\n${headers["wechatpay-nonce"]}\n${text}\n`);
    const signatureBytes = new Uint8Array(Buffer.from(headers["wechatpay-signature"], "base64"));
    if (!(await crypto.subtle.verify(RSA_SHA256, keys.wechatpayPublicKey, signatureBytes, signed))) throw new Error("bench: floor verify failed");
    const { resource } = JSON.parse(text) as { resource: { ciphertext: string; nonce: string; associated_data: string } };
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: encoder.encode(resource.nonce), additionalData: encoder.encode(resource.associated_data), tagLength: 128 },
      aesKey,
      new Uint8Array(Buffer.from(resource.ciphertext, "base64")),
    );
    if (typeof (JSON.parse(decoder.decode(plain)) as { out_order_no?: unknown }).out_order_no !== "string") throw new Error("bench: floor got no order");
  };

  const { rate, floorRate } = await compare(ours, floor, {
    rounds,
    roundMs: (seconds * 1000) / (2 * rounds),
    warmupMs: Math.min(500, (seconds * 1000) / 10),
  });
  return {
    name: "notifications (parseNotification: verify + decrypt + 2 schema checks)",
    unit: "notification",
    rate,
    floorRate,
    kind: "share",
    ratio: rate / floorRate,
    target: NOTIFICATION_TARGET,
    floor: "from the same body text and headers: header reads, WebCrypto RSA verify, JSON.parse, native base64, AES-256-GCM decrypt, JSON.parse; cached keys",
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const seconds = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  const result = await benchNotifications(seconds === undefined ? {} : { seconds });
  console.log(formatResult(result));
  process.exitCode = meetsTarget(result) ? 0 : 1;
}
