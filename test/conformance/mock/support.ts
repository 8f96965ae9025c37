/**
 * Test support for the mock platform: a real client-side signer (src/sign.ts
 * createRsaSigner + fetch), a loopback notify_url server that records what
 * arrives, and independent checks with node:crypto (signature verification,
 * AES-256-GCM decryption) — never with src/verify.ts or src/aead.ts.
 */
import { createDecipheriv, createPublicKey, verify as rsaVerify } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomNonce } from "../../../src/nonce.ts";
import { authorizationHeader, buildRequestMessage, createRsaSigner, type Signer } from "../../../src/sign.ts";
import { APIV3_KEY, MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, PUB_KEY_ID, loadKeys, pem } from "../../fixtures/keys.ts";

export { APIV3_KEY, MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, PUB_KEY_ID };

export interface SignedResponse {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON, or undefined for an empty body. */
  body: any;
}

export interface CallOptions {
  /** Wechatpay-Serial to send (the key the client wants responses signed with). */
  serial?: string;
  /** Seconds added to the Authorization timestamp (stale/future requests). */
  skewSeconds?: number;
  /** Sign with this signer instead of the fixture merchant's. */
  signer?: Signer;
  /** Change the body after signing (tampering). */
  tamper?: (body: string) => string;
  /** Raw Authorization header to send instead of a computed one (null: none). */
  authorization?: string | null;
  /** Body to send as-is (not JSON-encoded). */
  rawBody?: string;
}

let merchantSigner: Promise<Signer> | undefined;

export function fixtureSigner(): Promise<Signer> {
  merchantSigner ??= loadKeys().then((keys) =>
    createRsaSigner({ mchid: MCHID, serialNo: MERCHANT_SERIAL, privateKey: keys.merchantPrivateKey }),
  );
  return merchantSigner;
}

/** Signs and sends one request the way a merchant client does. */
export async function call(baseUrl: string, method: "GET" | "POST", pathAndQuery: string, body?: unknown, options: CallOptions = {}): Promise<SignedResponse> {
  const signer = options.signer ?? (await fixtureSigner());
  const text = options.rawBody ?? (body === undefined ? "" : JSON.stringify(body));
  const timestamp = Math.floor(Date.now() / 1000) + (options.skewSeconds ?? 0);
  const nonce = randomNonce(32);
  const signature = await signer.sign(buildRequestMessage({ method, pathAndQuery, timestamp, nonce, body: text }));
  const headers: Record<string, string> = { Accept: "application/json", "User-Agent": "payscore-mock-test" };
  const authorization =
    options.authorization === undefined
      ? authorizationHeader({ mchid: signer.mchid, serialNo: signer.serialNo, nonce, timestamp, signature })
      : options.authorization;
  if (authorization !== null) headers["Authorization"] = authorization;
  if (text !== "") headers["Content-Type"] = "application/json";
  if (options.serial) headers["Wechatpay-Serial"] = options.serial;
  const response = await fetch(`${baseUrl}${pathAndQuery}`, {
    method,
    headers,
    body: text === "" ? undefined : (options.tamper ? options.tamper(text) : text),
  });
  const received = await response.text();
  return { status: response.status, headers: response.headers, text: received, body: received ? JSON.parse(received) : undefined };
}

// ---- independent checks with node:crypto ------------------------------------------------------------

/** Public keys (SPKI PEM) of the platform's signing keys, by Wechatpay-Serial. */
export function platformPublicKeyPem(serial: string): string | undefined {
  if (serial === PUB_KEY_ID) return pem.wechatpayPubKey;
  if (serial === PLATFORM_SERIAL) return createPublicKey(pem.platformCert).export({ type: "spki", format: "pem" }) as string;
  return undefined;
}

/** node:crypto verification of `TIMESTAMP\nNONCE\nBODY\n` with the key the serial names. */
export function nodeVerify(headers: Headers | Record<string, string | string[] | undefined>, body: string): boolean {
  const get = (name: string) =>
    headers instanceof Headers ? (headers.get(name) ?? undefined) : (headers[name.toLowerCase()] as string | undefined);
  const serial = get("Wechatpay-Serial");
  const key = serial && platformPublicKeyPem(serial);
  if (!key) return false;
  const message = `${get("Wechatpay-Timestamp")}\n${get("Wechatpay-Nonce")}\n${body}\n`;
  return rsaVerify("sha256", Buffer.from(message, "utf8"), key, Buffer.from(get("Wechatpay-Signature") ?? "", "base64"));
}

/** node:crypto AES-256-GCM: the last 16 bytes of the base64 ciphertext are the tag. */
export function nodeDecrypt(resource: { ciphertext: string; nonce: string; associated_data?: string }, key = APIV3_KEY): string {
  const sealed = Buffer.from(resource.ciphertext, "base64");
  const decipher = createDecipheriv("aes-256-gcm", Buffer.from(key, "utf8"), Buffer.from(resource.nonce, "utf8"));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  decipher.setAAD(Buffer.from(resource.associated_data ?? "", "utf8"));
  return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]).toString("utf8");
}

// ---- a loopback notify_url ----------------------------------------------------------------------------

export interface ReceivedNotification {
  headers: Record<string, string | string[] | undefined>;
  /** Raw body text exactly as received. */
  text: string;
  body: any;
  /** The status we answered with. */
  answered: number;
}

export interface NotifyServer {
  url: string;
  received: ReceivedNotification[];
  /** Status for the next deliveries (consumed in order); afterwards 204. */
  answers: number[];
  /** Resolves once `count` notifications have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedNotification[]>;
  close(): Promise<void>;
}

export async function startNotifyServer(path = "/notify"): Promise<NotifyServer> {
  const received: ReceivedNotification[] = [];
  const answers: number[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const status = answers.shift() ?? 204;
      received.push({ headers: req.headers, text, body: JSON.parse(text), answered: status });
      if (status === 204 || status === 200) res.writeHead(status).end();
      else res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify({ code: "FAIL", message: "失败" }));
      for (const waiter of waiters.filter((w) => received.length >= w.count)) waiter.resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    received,
    answers,
    waitFor(count, timeoutMs = 10_000) {
      if (received.length >= count) return Promise.resolve(received);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${received.length} of ${count} notifications arrived`)), timeoutMs);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve(received)) });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// ---- request bodies -----------------------------------------------------------------------------------

export const IDS = { service_id: "500001", appid: "wxd678efh567hg6787", sub_mchid: "1230000109", channel_id: "1230000110" };

let counter = 0;
/** A unique order number / authorization code per call. */
export function uniqueId(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase().slice(0, 32);
}

export function createOrderBody(outOrderNo: string, notifyUrl: string, extra: Record<string, unknown> = {}) {
  return {
    ...IDS,
    out_order_no: outOrderNo,
    service_introduction: "某某酒店",
    post_payments: [{ name: "就餐费用服务费", amount: 4000, description: "就餐人均100元服务费", count: 1 }],
    risk_fund: { name: "ESTIMATE_ORDER_COST", amount: 10000, description: "就餐的预估费用" },
    time_range: { start_time: "OnAccept" },
    notify_url: notifyUrl,
    need_user_confirm: true,
    ...extra,
  };
}

export function completeBody(total = 3900, extra: Record<string, unknown> = {}) {
  return {
    service_id: IDS.service_id,
    sub_mchid: IDS.sub_mchid,
    channel_id: IDS.channel_id,
    post_payments: [{ name: "就餐费用服务费", amount: 4000, description: "就餐人均100元服务费", count: 1 }],
    post_discounts: [{ name: "满20减1元", description: "不与其他优惠叠加", amount: 4000 - total }],
    total_amount: total,
    time_range: { end_time: "20991231235959" },
    ...extra,
  };
}

export const ORDER_PATH = "/v3/payscore/acquiringbank/serviceorder";
export const PERMISSIONS_PATH = "/v3/payscore/acquiringbank/permissions";
