/**
 * The local notify_url: a real node:http server that receives the platform's notifications while the
 * scenarios run. Each delivery is checked like a careful merchant would and like the contract says:
 *
 *   raw body → JSON → contract.checkNotification (envelope + signature headers)
 *            → read (signature over the raw body, AEAD_AES_256_GCM decryption, plaintext schema: the
 *              notification module the merchant would use) → contract.checkNotificationPlaintext
 *            → our reply (success, or a failure so the platform retries) → contract.checkNotificationReply
 *
 * Up to `maxRecords` deliveries are kept with their violations (anyone who can reach the port can post,
 * so the rest are counted, answered 503 so a genuine sender retries, and reported as one finding by
 * `overflow()`); scenarios wait for "the next USER_CONFIRM about order X",
 * and each step collects the deliveries that arrived while it ran (so a bad one is reported where it
 * happened, even when a retry later arrives fine).
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { decryptResource, type AeadKey } from "../../src/aead.ts";
import { utf8Decode } from "../../src/encoding.ts";
import { DecryptionError, SignatureVerificationError } from "../../src/errors.ts";
import { NotificationError } from "../../src/notification/errors.ts";
import { DEFAULT_MAX_BODY_BYTES, type NotificationParser } from "../../src/notification/parse.ts";
import { failureReply, failureReplyFor, successReply, type NotificationReply } from "../../src/notification/reply.ts";
import type { Contract, Violation } from "../contract.ts";
import { readBody } from "../read-body.ts";
import { redactString } from "../redact.ts";
import { isDrift } from "../report/model.ts";

/**
 * Verify + decrypt + schema. `plaintext` is what decrypted (also when the parser refused it for its
 * schema, so the contract can name every broken rule); `refusal` is the parser's error, if any.
 */
export type NotificationReader = (input: { headers: Headers; body: string }) => Promise<{ plaintext: unknown; refusal?: unknown }>;

/** Our answer to a delivery, as checked against the contract. */
export interface NotifyReply {
  status: number;
  /** JSON body; undefined for an empty answer. */
  body?: unknown;
}

export interface ReceivedNotification {
  /** Arrival order, from 1. */
  seq: number;
  /** Envelope id (EV-…), when readable. */
  id?: string;
  eventType?: string;
  /** The decrypted resource when it could be read. */
  plaintext?: Record<string, unknown>;
  /** out_order_no or authorization_code of the plaintext. */
  subject?: string;
  /** Every rule this delivery (and our reply to it) broke. */
  violations: Violation[];
  /** Why it could not be read, other than a contract finding. */
  error?: string;
  reply: NotifyReply;
  /** The same id arrived before and was read fine: answered success, not processed again. */
  duplicate: boolean;
}

export interface NotifyEndpointOptions {
  contract: Contract;
  reader: NotificationReader;
  /** Default 0 (any free port). */
  port?: number;
  /** Default 127.0.0.1 (loopback); another address only when given (e.g. `--notify-host`). */
  host?: string;
  /** The notify_url to give the platform; default http://HOST:PORT/payscore/notify. */
  publicUrl?: string;
  /** Largest body read; default: the notification module's own limit (what the spec allows). */
  maxBodyBytes?: number;
  /** Deliveries kept; later ones are only counted. Default `DEFAULT_MAX_RECORDS`. */
  maxRecords?: number;
}

/** How many deliveries one endpoint keeps by default. */
export const DEFAULT_MAX_RECORDS = 1000;

export interface NotifyEndpoint {
  readonly url: string;
  readonly received: readonly ReceivedNotification[];
  /**
   * The first readable notification of `eventType` about `subject` not yet handed to a waiter; rejects
   * after `timeoutMs`.
   */
  waitFor(eventType: string, subject: string, timeoutMs: number): Promise<ReceivedNotification>;
  /** The deliveries that arrived since the previous call (for a step to collect their violations). */
  drain(): ReceivedNotification[];
  /** How many deliveries arrived after `maxRecords` were kept (not stored, not checked). */
  readonly dropped: number;
  /** One finding about the deliveries not kept, or undefined when none were dropped. */
  overflow(): Violation | undefined;
  close(): Promise<void>;
}

interface Waiter {
  eventType: string;
  subject: string;
  resolve(notification: ReceivedNotification): void;
}

export async function startNotifyEndpoint(options: NotifyEndpointOptions): Promise<NotifyEndpoint> {
  const received: ReceivedNotification[] = [];
  const claimed = new Set<number>();
  const readIds = new Set<string>();
  let waiters: Waiter[] = [];
  let drained = 0;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxRecords = options.maxRecords ?? DEFAULT_MAX_RECORDS;
  let dropped = 0;

  const offer = (notification: ReceivedNotification) => {
    if (notification.plaintext === undefined || notification.duplicate) return;
    const waiter = waiters.find((w) => w.eventType === notification.eventType && w.subject === notification.subject);
    if (!waiter) return;
    waiters = waiters.filter((w) => w !== waiter);
    claimed.add(notification.seq);
    waiter.resolve(notification);
  };

  const server: Server = createServer((req, res) => {
    if (received.length >= maxRecords) {
      // Counted, not read or stored: a flood of posts cannot grow the report or the memory.
      dropped++;
      const { status, body } = failureReply(503, "notify endpoint record limit reached");
      res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": String(Buffer.byteLength(body)), Connection: "close" });
      res.end(body);
      return;
    }
    void (async () => {
      const raw = await readText(req, maxBodyBytes);
      const notification = await inspect(options, req, raw, received.length + 1, readIds);
      received.push(notification);
      const { status, body } = notification.reply;
      const text = body === undefined ? "" : JSON.stringify(body);
      res.writeHead(status, text ? { "Content-Type": "application/json; charset=utf-8", "Content-Length": String(Buffer.byteLength(text)) } : {});
      res.end(text);
      offer(notification);
    })().catch((error: unknown) => {
      // A bug here, not the platform's: answer 500 so the platform retries, and keep the reason.
      received.push({ seq: received.length + 1, violations: [], error: `notify endpoint: ${String(error)}`, reply: { status: 500 }, duplicate: false });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = options.publicUrl ?? `http://${host === "0.0.0.0" || host === "[::]" ? "127.0.0.1" : host}:${address.port}/payscore/notify`;

  return {
    url,
    received,
    waitFor(eventType, subject, timeoutMs) {
      const ready = received.find((n) => !claimed.has(n.seq) && !n.duplicate && n.plaintext !== undefined && n.eventType === eventType && n.subject === subject);
      if (ready) {
        claimed.add(ready.seq);
        return Promise.resolve(ready);
      }
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          eventType,
          subject,
          resolve: (n) => {
            clearTimeout(timer);
            resolve(n);
          },
        };
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== waiter);
          reject(new Error(`no readable ${eventType} notification about ${subject} arrived within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    drain() {
      const out = received.slice(drained);
      drained = received.length;
      return out;
    },
    get dropped() {
      return dropped;
    },
    overflow() {
      if (dropped === 0) return undefined;
      return {
        subject: "notification",
        part: "notification",
        pointer: "/body",
        rule: "record-limit",
        message: `${dropped} more deliveries arrived after the first ${maxRecords} were recorded; they were answered 503 and not checked`,
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function inspect(
  options: NotifyEndpointOptions,
  req: IncomingMessage,
  raw: string | null | undefined,
  seq: number,
  readIds: Set<string>,
): Promise<ReceivedNotification> {
  const { contract } = options;
  const headers = toHeaders(req);
  const violations: Violation[] = [];
  const finish = (n: Omit<ReceivedNotification, "reply" | "seq" | "violations" | "duplicate">, reply: NotifyReply, duplicate = false) => {
    const eventType = n.eventType ?? "notification";
    // Our own answer must follow the contract too (a reply the platform cannot read means endless retries).
    violations.push(...(contract.eventTypes.includes(eventType) ? contract.checkNotificationReply(eventType, { status: reply.status, body: reply.body }) : []));
    return { ...n, seq, violations, reply, duplicate };
  };

  if (raw === undefined) {
    return finish({ error: "notification body too large" }, asReply(failureReply(413, "notification body too large")));
  }
  let envelope: unknown;
  try {
    if (raw === null) throw new TypeError("not UTF-8");
    envelope = JSON.parse(raw) as unknown;
  } catch {
    violations.push({ subject: "notification", part: "notification", pointer: "/body", rule: "json", message: "must be UTF-8 JSON", value: raw === null ? "(not UTF-8)" : redactString(raw) });
    return finish({}, asReply(failureReply(400, "notification body is not JSON")));
  }
  const fields = isObject(envelope) ? envelope : {};
  const eventType = typeof fields["event_type"] === "string" ? fields["event_type"] : undefined;
  const id = typeof fields["id"] === "string" ? fields["id"] : undefined;
  const subject = eventType ?? "notification";
  violations.push(...contract.checkNotification(subject, { headers, body: envelope }));

  let plaintext: unknown;
  let refusal: unknown;
  try {
    ({ plaintext, refusal } = await options.reader({ headers, body: raw }));
  } catch (error) {
    const violation = readFailure(subject, error);
    // The envelope checks above already name schema problems of the envelope itself.
    const envelopeKnown = error instanceof NotificationError && error.part === "envelope" && violations.length > 0;
    if (violation && !envelopeKnown) violations.push(violation);
    return finish(
      { ...(id ? { id } : {}), ...(eventType ? { eventType } : {}), ...(violation ? {} : { error: describe(error) }) },
      asReply(failureReplyFor(error)),
    );
  }
  const before = violations.length;
  if (eventType && contract.eventTypes.includes(eventType)) violations.push(...contract.checkNotificationPlaintext(eventType, plaintext));
  if (refusal !== undefined && violations.length === before) {
    // The parser refused what the contract accepts: say so rather than pass silently.
    violations.push(readFailure(subject, refusal) ?? { subject, part: "plaintext", pointer: "/plaintext", rule: "refused", message: describe(refusal) });
  }
  const resource = isObject(plaintext) ? plaintext : {};
  const about = [resource["out_order_no"], resource["authorization_code"]].find((v): v is string => typeof v === "string");
  const duplicate = id !== undefined && readIds.has(id);
  if (id !== undefined) readIds.add(id);
  // Drift (a key or value the spec does not list) is read past, as a merchant's tolerant reader would.
  const ok = !violations.some((v) => !isDrift(v));
  return finish(
    { ...(id ? { id } : {}), ...(eventType ? { eventType } : {}), plaintext: resource, ...(about ? { subject: about } : {}) },
    asReply(ok ? successReply() : refusal !== undefined ? failureReplyFor(refusal) : failureReply(400, "the notification breaks the contract")),
    duplicate,
  );
}

function asReply(reply: NotificationReply): NotifyReply {
  return reply.body === "" ? { status: reply.status } : { status: reply.status, body: JSON.parse(reply.body) as unknown };
}

/**
 * The reader a merchant would use: the notification module's parser. When it refuses the decrypted
 * resource for its schema, the resource is decrypted once more here (the signature already verified) so
 * the contract can report every broken rule with its value.
 */
export function parserReader(parser: NotificationParser, apiV3Key: AeadKey): NotificationReader {
  return async ({ headers, body }) => {
    try {
      const notification = await parser.parse({ headers, body });
      return { plaintext: notification.resource };
    } catch (error) {
      if (!(error instanceof NotificationError && error.part === "resource" && error.reason === "schema")) throw error;
      const resource = (JSON.parse(body) as { resource: { algorithm: string; ciphertext: string; nonce: string; associated_data?: string } }).resource;
      return { plaintext: JSON.parse(await decryptResource(apiV3Key, resource)) as unknown, refusal: error };
    }
  };
}

/** A refusal by the reader as a contract finding (signature, decryption, plaintext schema). */
export function readFailure(subject: string, error: unknown): Violation | undefined {
  if (error instanceof SignatureVerificationError) {
    return {
      subject,
      part: "notification",
      pointer: `/headers/${error.header ?? "Wechatpay-Signature"}`,
      rule: "signature",
      message: `${error.reason}: ${error.message}`,
    };
  }
  if (error instanceof DecryptionError) {
    return { subject, part: "notification", pointer: `/body/resource/${error.field ?? "ciphertext"}`, rule: "decrypt", message: `${error.reason}: ${error.message}` };
  }
  if (error instanceof NotificationError) {
    const inResource = error.part === "resource";
    return {
      subject,
      part: inResource ? "plaintext" : "notification",
      pointer: `${inResource ? "/plaintext" : "/body"}${error.pointer ?? ""}`,
      rule: error.keyword ?? error.reason,
      message: error.message,
    };
  }
  return undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${redactString(error.message)}` : redactString(String(error));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

/** The body as strict UTF-8 text (null when it is not UTF-8); undefined when larger than `limit`. */
async function readText(req: IncomingMessage, limit: number): Promise<string | null | undefined> {
  const bytes = await readBody(req, limit);
  if (bytes === undefined) return undefined;
  try {
    // Strict: a lossy decode would turn bad bytes into U+FFFD and blame the signature instead.
    return utf8Decode(bytes);
  } catch {
    return null;
  }
}
