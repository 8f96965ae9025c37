/**
 * A minimal loopback server that answers like the WeChat Pay platform, for
 * client tests. Every request's Authorization signature is checked here with
 * node:crypto and the merchant public key (never with src/verify.ts), and
 * every response is signed with node:crypto, so the client is checked against
 * an independent implementation. Stateless: each test supplies a handler.
 * (The full stateful mock lives in conformance/mock/.)
 */
import { createCipheriv, randomBytes, sign as nodeSign, verify as nodeVerify } from "node:crypto";
import { type IncomingHttpHeaders, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { APIV3_KEY, PLATFORM2_SERIAL, PLATFORM_SERIAL, PUB_KEY_ID, pem } from "../../fixtures/keys.ts";

export interface RecordedRequest {
  method: string;
  /** The request-target exactly as received (path + query). */
  url: string;
  headers: IncomingHttpHeaders;
  /** The raw body as received. */
  body: string;
  /** The Authorization parameters, or undefined if the header does not parse. */
  auth: Record<"mchid" | "nonce_str" | "timestamp" | "serial_no" | "signature", string> | undefined;
  /** node:crypto verdict on the Authorization signature (merchant public key). */
  signatureValid: boolean;
  /** The message the signature was checked over. */
  message: string;
}

export type SigningKey = "wechatpay" | "platform" | "platform2" | "attacker";

export interface Reply {
  status?: number;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Sign with this key (default "wechatpay"); "none" sends no Wechatpay-* headers. */
  signWith?: SigningKey | "none";
  /** Wechatpay-Serial to send (default: the id of the signing key). */
  serial?: string;
  /** Wechatpay-Timestamp (default: now). */
  timestamp?: number | string;
  nonce?: string;
  /** Replace the signature (e.g. a probe). */
  signature?: string;
  /** Sign this text but send `body` (tampered body). */
  signedBody?: string;
  /** Leave out these signature headers. */
  omit?: string[];
  /** Never answer (the client must time out). */
  hang?: boolean;
  /** Drop the connection without answering (network error). */
  destroy?: boolean;
  /** Send the status, headers (with the full Content-Length) and half the body, then drop the connection. */
  truncate?: boolean;
}

export type Handler = (request: RecordedRequest, index: number) => Reply | Promise<Reply>;

export interface PlatformServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  handle(handler: Handler): void;
  close(): Promise<void>;
}

const SIGNING_KEYS: Record<SigningKey, { pem: string; serial: string }> = {
  wechatpay: { pem: pem.wechatpayPubKeyPrivate, serial: PUB_KEY_ID },
  platform: { pem: pem.platformKey, serial: PLATFORM_SERIAL },
  platform2: { pem: pem.platform2Key, serial: PLATFORM2_SERIAL },
  attacker: { pem: pem.attackerKey, serial: PUB_KEY_ID },
};

const AUTH_PARAM = /([a-z_]+)="([^"]*)"/g;

export async function startPlatformServer(handler: Handler = () => ({ body: {} })): Promise<PlatformServer> {
  let current = handler;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded = record(req.method ?? "", req.url ?? "", req.headers, Buffer.concat(chunks).toString("utf8"));
      requests.push(recorded);
      Promise.resolve(current(recorded, requests.length - 1))
        .then((reply) => answer(res, reply))
        .catch((error: unknown) => {
          res.statusCode = 599;
          res.end(String(error));
        });
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      current = next;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function record(method: string, url: string, headers: IncomingHttpHeaders, body: string): RecordedRequest {
  const header = headers.authorization ?? "";
  const scheme = "WECHATPAY2-SHA256-RSA2048 ";
  let auth: RecordedRequest["auth"];
  if (header.startsWith(scheme)) {
    const params = Object.fromEntries([...header.slice(scheme.length).matchAll(AUTH_PARAM)].map((m) => [m[1]!, m[2]!]));
    auth = params as RecordedRequest["auth"];
  }
  const message = `${method}\n${url}\n${auth?.timestamp}\n${auth?.nonce_str}\n${body}\n`;
  const signatureValid =
    auth !== undefined && nodeVerify("sha256", Buffer.from(message, "utf8"), pem.merchantPub, Buffer.from(auth.signature, "base64"));
  return { method, url, headers, body, auth, signatureValid, message };
}

/** Signs `TIMESTAMP\nNONCE\nBODY\n` with node:crypto, like the platform. */
export function platformSignature(key: SigningKey, timestamp: number | string, nonce: string, body: string): string {
  return nodeSign("sha256", Buffer.from(`${timestamp}\n${nonce}\n${body}\n`, "utf8"), SIGNING_KEYS[key].pem).toString("base64");
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function answer(res: ServerResponse, reply: Reply): void {
  if (reply.hang) return;
  if (reply.destroy) {
    res.socket?.destroy();
    return;
  }
  const status = reply.status ?? 200;
  const body = reply.body === undefined ? "" : typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
  const headers: Record<string, string> = { "Request-ID": `req-${randomBytes(6).toString("hex")}`, ...reply.headers };
  if (body !== "" && !("Content-Type" in headers)) headers["Content-Type"] = "application/json";
  const signWith = reply.signWith ?? "wechatpay";
  if (signWith !== "none") {
    const timestamp = reply.timestamp ?? nowSeconds();
    const nonce = reply.nonce ?? randomBytes(16).toString("hex");
    const signature = reply.signature ?? platformSignature(signWith, timestamp, nonce, reply.signedBody ?? body);
    const signed: Record<string, string> = {
      "Wechatpay-Timestamp": String(timestamp),
      "Wechatpay-Nonce": nonce,
      "Wechatpay-Signature": signature,
      "Wechatpay-Serial": reply.serial ?? SIGNING_KEYS[signWith].serial,
    };
    for (const name of reply.omit ?? []) delete signed[name];
    Object.assign(headers, signed);
  }
  if (reply.truncate) {
    const bytes = Buffer.from(body, "utf8");
    res.writeHead(status, { ...headers, "Content-Length": String(bytes.length) });
    // Destroyed once the half is handed to the socket, so the client has seen the head.
    res.write(bytes.subarray(0, bytes.length >> 1), () => res.socket?.destroy());
    return;
  }
  res.writeHead(status, headers);
  res.end(status === 204 ? undefined : body);
}

export interface ListedCertificate {
  pem: string;
  serial: string;
  effective?: string;
  expire?: string;
  /** Encrypt with this key instead of the fixture APIv3 key. */
  apiV3Key?: string;
  /** Flip one bit of the sealed bytes after encryption (GCM authentication must fail). */
  tamper?: boolean;
}

/** A /v3/certificates body: each PEM sealed with AES-256-GCM (node:crypto) and the APIv3 key, AAD "certificate". */
export function certificateList(entries: readonly ListedCertificate[]): { data: unknown[] } {
  return {
    data: entries.map((entry) => {
      const nonce = randomBytes(6).toString("hex"); // 12 ASCII characters, used as the 12-byte IV
      const cipher = createCipheriv("aes-256-gcm", Buffer.from(entry.apiV3Key ?? APIV3_KEY, "utf8"), Buffer.from(nonce, "utf8"));
      cipher.setAAD(Buffer.from("certificate", "utf8"));
      const sealed = Buffer.concat([cipher.update(entry.pem, "utf8"), cipher.final(), cipher.getAuthTag()]);
      if (entry.tamper) sealed[10] = sealed[10]! ^ 0x01;
      return {
        serial_no: entry.serial,
        effective_time: entry.effective ?? "2025-01-01T00:00:00+08:00",
        expire_time: entry.expire ?? "2124-01-01T00:00:00+08:00",
        encrypt_certificate: { algorithm: "AEAD_AES_256_GCM", nonce, associated_data: "certificate", ciphertext: sealed.toString("base64") },
      };
    }),
  };
}
