/**
 * `parseNotification`: turns one POST from WeChat Pay into a typed, trusted
 * notification, or throws a typed error naming what failed. The checks run
 * in the order the docs require and cheapest first:
 *
 *  1. body size (before any other work) and raw-ness   → NotificationError too-large / not-raw-body
 *  2. Wechatpay-* headers + RSA signature over the raw body, timestamp window,
 *     probe signatures, key by Wechatpay-Serial (src/verify.ts)
 *                                                      → SignatureVerificationError
 *  3. JSON.parse                                       → NotificationError malformed-json
 *  4. event_type is one of the spec's webhooks         → NotificationError unsupported-event-type
 *  5. envelope against that webhook's request schema   → NotificationError schema (part "envelope")
 *  6. AEAD_AES_256_GCM decryption, tag always checked  → DecryptionError
 *  7. plaintext JSON against the event's contentSchema → NotificationError malformed-json / schema (part "resource")
 *
 * "Verify before decrypting" (spec-facts §7.3): an unsigned body never
 * reaches the AEAD layer, and nothing read from it is acted on before the
 * signature has verified. The numbers are the order in which failures win;
 * the work overlaps the crypto jobs: the envelope is read (3, 4) while the
 * RSA check runs, and checked against its schema (5) while the AES job runs.
 */
import type { components, webhooks } from "../../generated/schema.js";
import { APIV3_KEY_BYTES, decodeResource, decryptDecoded, importApiV3Key, type AeadKey, type DecodedResource, type EncryptedResource } from "../aead.js";
import type { Clock } from "../clock.js";
import { utf8Decode, utf8Encode } from "../encoding.js";
import { ConfigError, SignatureVerificationError } from "../errors.js";
import { printable } from "../printable.js";
import type { ErrorObject } from "../spec-ajv.js";
import { verifySignature, type HeaderSource, type VerificationKeySource, type VerifiedSignature } from "../verify.js";
import { NotificationError, type NotificationIssue, type NotificationPart } from "./errors.js";
import {
  CIPHERTEXT_MAX_LENGTH,
  ENVELOPE_POINTER,
  EVENT_SCHEMAS,
  SIGNATURE_TYPE_HEADER,
  SIGNATURE_TYPE_POINTER,
  validatorAt,
  warmValidators,
  type EventSchemas,
  type NotificationEventType,
} from "./spec.js";

type Schemas = components["schemas"];

/**
 * Decrypted `resource` per event type. The runtime reads the same mapping
 * from the spec (each webhook's `contentSchema`); a test checks they agree.
 */
export interface NotificationResourceMap {
  "PAYSCORE.USER_OPEN_SERVICE": Schemas["PermissionsNotificationResource"];
  "PAYSCORE.USER_CLOSE_SERVICE": Schemas["PermissionsNotificationResource"];
  "PAYSCORE.USER_CONFIRM": Schemas["UserConfirmResource"];
  "PAYSCORE.USER_PAID": Schemas["UserPaidResource"];
  "PAYSCORE.MCH_PREPAY": Schemas["MchPrepayResource"];
}

// Compile-time guard: the map covers exactly the spec's event types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const mapCoversEveryEvent: Same<keyof NotificationResourceMap, NotificationEventType> = true;
void mapCoversEveryEvent;

/** The posted envelope of event `E`, as the spec's webhook declares it. */
export type NotificationEnvelopeOf<E extends NotificationEventType> = NonNullable<
  webhooks[E]["post"]
>["requestBody"]["content"]["application/json"];

export type NotificationResourceOf<E extends NotificationEventType> = NotificationResourceMap[E];

/** One verified, decrypted and validated notification of event `E`. */
export interface ParsedNotification<E extends NotificationEventType = NotificationEventType> {
  /** `event_type`: switch on it to narrow `resource`. */
  readonly eventType: E;
  /** Notification id (`id`): the de-duplication key. */
  readonly id: string;
  /** `create_time`, RFC 3339. */
  readonly createTime: string;
  /** The posted JSON as received (resource still encrypted). */
  readonly envelope: NotificationEnvelopeOf<E>;
  /** The decrypted `resource`, checked against the event's schema. */
  readonly resource: NotificationResourceOf<E>;
  /** Serial, timestamp and nonce of the signature that verified. */
  readonly signature: VerifiedSignature;
  /** The `Request-ID` header, when sent (quote it to WeChat Pay support). */
  readonly requestId: string | undefined;
}

/** A notification of any event type: a union discriminated by `eventType`. */
export type Notification = { [E in NotificationEventType]: ParsedNotification<E> }[NotificationEventType];

/** What arrived on `notify_url`. */
export interface NotificationRequest {
  /** The request headers (fetch `Headers`, or node:http's lower-cased record). */
  readonly headers: HeaderSource;
  /**
   * The raw body exactly as received: text, or the bytes (decoded as UTF-8).
   * Never a parsed object: the signature covers the bytes, and re-serialized
   * JSON does not reproduce them.
   */
  readonly body: string | Uint8Array;
}

export interface NotificationParserOptions {
  /** Where WeChat Pay's verification keys come from (StaticKeySet, or the platform-certificate manager). */
  keys: VerificationKeySource;
  /** The APIv3 key: an `AeadKey` from `importApiV3Key`, or the raw 32 bytes / 32 ASCII characters. */
  apiV3Key: AeadKey | string | Uint8Array;
  clock?: Clock;
  /** Allowed |now − Wechatpay-Timestamp|; default 300 s. */
  maxSkewSeconds?: number;
  /** Largest body accepted, in UTF-8 bytes; default `DEFAULT_MAX_BODY_BYTES`. */
  maxBodyBytes?: number;
}

/**
 * Default body limit: the spec's largest `resource.ciphertext` plus 16 KiB
 * for the rest of the envelope (every other field is at most 64 characters).
 * Real notifications are a few KiB; the limit only stops abuse without ever
 * refusing a notification the contract allows.
 */
export const DEFAULT_MAX_BODY_BYTES = CIPHERTEXT_MAX_LENGTH + 16 * 1024;

export interface NotificationParser {
  parse(request: NotificationRequest): Promise<Notification>;
}

/**
 * A parser bound to one key set and APIv3 key: the key is imported once and
 * every validator is compiled now, so each notification only pays for the
 * checks themselves. Throws ConfigError at once for a key that is not 32 bytes.
 */
export function createNotificationParser(options: NotificationParserOptions): NotificationParser {
  const settings = checkOptions(options);
  const apiV3Key = aeadKeyFor(options.apiV3Key);
  warmValidators();
  return { parse: (request) => parseWith(request, settings, apiV3Key) };
}

/**
 * Verifies, decrypts and validates one notification (steps at the top of
 * this file). With a raw APIv3 key the imported key is cached per key value,
 * so repeated calls do not re-import it; `createNotificationParser` avoids
 * even that lookup.
 */
export function parseNotification(request: NotificationRequest, options: NotificationParserOptions): Promise<Notification> {
  // Not an async function: returning parseWith's promise from one would add two turns per
  // notification. Bad options still reject rather than throw.
  try {
    return parseWith(request, checkOptions(options), aeadKeyFor(options.apiV3Key));
  } catch (error) {
    return Promise.reject(error);
  }
}

interface Settings {
  readonly keys: VerificationKeySource;
  readonly clock: Clock | undefined;
  readonly maxSkewSeconds: number | undefined;
  readonly maxBodyBytes: number;
}

function checkOptions(options: NotificationParserOptions): Settings {
  if (typeof options?.keys?.resolve !== "function") {
    throw new ConfigError("options.keys must be a VerificationKeySource (e.g. a StaticKeySet)");
  }
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new ConfigError("options.maxBodyBytes must be a positive integer");
  }
  return { keys: options.keys, clock: options.clock, maxSkewSeconds: options.maxSkewSeconds, maxBodyBytes };
}

async function parseWith(request: NotificationRequest, settings: Settings, apiV3Key: KeyHolder): Promise<Notification> {
  const body = rawBody(request?.body, settings.maxBodyBytes);
  const headers = request.headers;
  checkSignatureType(headers);
  const verifying = verifySignature({
    headers,
    body,
    keys: settings.keys,
    ...(settings.clock ? { clock: settings.clock } : {}),
    ...(settings.maxSkewSeconds !== undefined ? { maxSkewSeconds: settings.maxSkewSeconds } : {}),
  });
  // The RSA check runs on WebCrypto's worker threads. Meanwhile the main thread reads the
  // envelope (JSON, event type) and decodes the resource's base64 (decoding, not decrypting); the
  // outcome is held back until the signature has verified, so a signature failure always wins and
  // nothing unauthenticated is acted on, decrypted or returned.
  // (Reading JSON is safe on any input: the body size is already bounded.)
  verifying.catch(() => undefined);
  await dispatched();
  const read = attempt(() => readEnvelope(body));
  const requestId = headerValue(headers, "Request-ID");
  const signature = await verifying;
  if (!read.ok) throw read.error;
  const { envelope, schemas, sealed } = read.value;

  // Decryption starts only now, after the signature has verified. While the AES job runs, the
  // envelope is checked against its schema; a schema failure wins over the decryption's outcome.
  const decrypting = decryptDecoded(apiV3Key.ready ?? (await apiV3Key.promise), sealed);
  decrypting.catch(() => undefined);
  validate(envelope, schemas.envelope, "envelope", schemas.eventType);
  const valid = envelope as { id: string; create_time: string };
  const plaintext = await decrypting;
  const resource = parseJson(plaintext, "resource", schemas.eventType);
  validate(resource, schemas.resource, "resource", schemas.eventType);

  return {
    eventType: schemas.eventType,
    id: valid.id,
    createTime: valid.create_time,
    envelope,
    resource,
    signature,
    requestId,
  } as Notification;
}

/**
 * The envelope read while the signature check is in flight: JSON, event type and the decoded
 * (not decrypted) resource. Its schema check waits for the decryption window, except when the
 * resource cannot be decoded or the event type is unreadable: then the schema check runs now, so a
 * schema violation is reported as such rather than as a decoding failure.
 */
function readEnvelope(body: string): { envelope: unknown; schemas: EventSchemas; sealed: DecodedResource } {
  const envelope = parseJson(body, "envelope");
  const eventType = eventTypeOf(envelope);
  const schemas = eventType === undefined ? undefined : EVENT_SCHEMAS.get(eventType);
  if (!schemas) {
    // Without a readable event_type, the shared envelope schema names what is wrong.
    validate(envelope, ENVELOPE_POINTER, "envelope", eventType);
    // Unreachable while NotificationEnvelope's enum equals the webhook keys; kept so a spec drift cannot slip through.
    throw new NotificationError("unsupported-event-type", "event_type is not a webhook of the spec", { part: "envelope" });
  }
  try {
    return { envelope, schemas, sealed: decodeResource((envelope as { resource: EncryptedResource }).resource) };
  } catch (error) {
    validate(envelope, schemas.envelope, "envelope", eventType);
    throw error;
  }
}

type Attempt<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

function attempt<T>(run: () => T): Attempt<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Lets `verifySignature` run up to its `crypto.subtle.verify` call (a key
 * source other than a plain StaticKeySet is awaited first, e.g. the platform
 * certificate manager), so the envelope is read while the RSA check is in
 * flight rather than before it starts. Only a scheduling hint: with a slower
 * key source the envelope is simply read first, with the same result.
 */
async function dispatched(): Promise<void> {
  for (let tick = 0; tick < 3; tick++) await undefined;
}

// ---- body ------------------------------------------------------------------------------------

function rawBody(body: unknown, maxBytes: number): string {
  if (body instanceof Uint8Array) {
    if (body.byteLength > maxBytes) throw tooLarge(maxBytes);
    try {
      return utf8Decode(body);
    } catch {
      throw new NotificationError("malformed-json", "Notification body is not valid UTF-8");
    }
  }
  if (typeof body !== "string") {
    throw new NotificationError(
      "not-raw-body",
      "Notification body must be the raw text (or bytes) as received, not a parsed object: the signature covers the exact bytes",
    );
  }
  // A UTF-16 unit is at most 3 UTF-8 bytes: only a body near the limit is encoded to count.
  if (body.length > maxBytes || (body.length * 3 > maxBytes && utf8Encode(body).length > maxBytes)) throw tooLarge(maxBytes);
  return body;
}

/** The refusal of a body larger than `maxBytes` (also used by the adapters, which stop reading there). */
export function tooLarge(maxBytes: number): NotificationError {
  return new NotificationError("too-large", `Notification body is larger than ${maxBytes} bytes`);
}

function parseJson(text: string, part: NotificationPart, eventType?: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // The parser's message can quote the text (personal data in a plaintext): not passed on.
    const what = part === "envelope" ? "Notification body" : "Decrypted resource";
    throw new NotificationError("malformed-json", `${what} is not valid JSON`, { part, ...(eventType ? { eventType } : {}) });
  }
}

function eventTypeOf(envelope: unknown): NotificationEventType | undefined {
  if (typeof envelope !== "object" || envelope === null || Array.isArray(envelope)) return undefined;
  const value = (envelope as { event_type?: unknown }).event_type;
  if (typeof value !== "string") return undefined;
  const schemas = EVENT_SCHEMAS.get(value);
  if (!schemas) {
    const shown = printable(value);
    throw new NotificationError(
      "unsupported-event-type",
      `event_type ${shown ?? "(unprintable value)"} is not one of the spec's webhooks (${[...EVENT_SCHEMAS.keys()].join(", ")})`,
      { part: "envelope", ...(shown ? { eventType: shown } : {}) },
    );
  }
  return schemas.eventType;
}

// ---- schema checks ---------------------------------------------------------------------------

function validate(value: unknown, pointer: string, part: NotificationPart, eventType: string | undefined): void {
  const check = validatorAt(pointer);
  if (check(value)) return;
  const issues = issuesOf(check.errors);
  const [first] = issues;
  const where = first ? `${first.pointer || "(root)"}: ${first.message} (${first.keyword})` : "(root)";
  const what = part === "envelope" ? "Notification envelope" : `Decrypted resource of ${eventType}`;
  throw new NotificationError("schema", `${what} breaks the spec at ${where}`, {
    part,
    issues,
    schema: pointer,
    ...(eventType ? { eventType } : {}),
  });
}

/** Ajv errors → issues naming the field by pointer and the rule, never the value; duplicates dropped. */
function issuesOf(errors: readonly ErrorObject[] | null | undefined): NotificationIssue[] {
  const seen = new Set<string>();
  const issues: NotificationIssue[] = [];
  for (const error of errors ?? []) {
    const { missingProperty, additionalProperty } = error.params as { missingProperty?: unknown; additionalProperty?: unknown };
    const child = typeof missingProperty === "string" ? missingProperty : additionalProperty;
    const pointer = error.instancePath + (typeof child === "string" ? `/${child.replace(/~/g, "~0").replace(/\//g, "~1")}` : "");
    const issue = { pointer, keyword: error.keyword, message: error.message ?? `fails ${error.keyword}` };
    const key = `${issue.pointer}\u0000${issue.keyword}\u0000${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}

// ---- headers ---------------------------------------------------------------------------------

/**
 * `Wechatpay-Signature-Type` is optional; when sent it must be an algorithm
 * the spec lists (SHA256-RSA only for Pay Score). An SM2 signature would
 * otherwise surface as a confusing "bad-signature".
 */
function checkSignatureType(headers: HeaderSource): void {
  const value = headerValue(headers, SIGNATURE_TYPE_HEADER);
  if (value === undefined) return;
  if (!validatorAt(SIGNATURE_TYPE_POINTER)(value)) {
    throw new SignatureVerificationError("malformed-header", `${SIGNATURE_TYPE_HEADER} is not an algorithm the spec allows`, {
      header: SIGNATURE_TYPE_HEADER,
    });
  }
}

function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as Partial<Headers>)?.get === "function") return (headers as Headers).get(name)?.trim() || undefined;
  const wanted = name.toLowerCase();
  const record = (headers ?? {}) as Record<string, string | readonly string[] | undefined>;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (value === undefined || key.toLowerCase() !== wanted) continue;
    const text = typeof value === "string" ? value : value.join(", ");
    return text.trim() || undefined;
  }
  return undefined;
}

// ---- APIv3 key -------------------------------------------------------------------------------

/**
 * Raw keys imported so far. Holds what the caller already holds (its
 * options); it is never logged. Bounded, so a caller generating keys cannot
 * grow it without end. Byte keys are remembered by identity.
 */
const importedByText = new Map<string, KeyHolder>();
const importedByBytes = new WeakMap<Uint8Array, KeyHolder>();
const MAX_CACHED_KEYS = 8;

/**
 * The key being imported, and once imported the key itself: the parser then
 * goes from "signature verified" to "decrypting" without waiting a turn.
 */
interface KeyHolder {
  readonly promise: Promise<AeadKey>;
  ready: AeadKey | undefined;
}

function aeadKeyFor(key: AeadKey | string | Uint8Array): KeyHolder {
  if (typeof key === "string") {
    checkKeyLength(utf8Encode(key).length);
    let imported = importedByText.get(key);
    if (!imported) {
      imported = holdImport(importApiV3Key(key));
      if (importedByText.size >= MAX_CACHED_KEYS) importedByText.delete(importedByText.keys().next().value as string);
      importedByText.set(key, imported);
    }
    return imported;
  }
  if (key instanceof Uint8Array) {
    checkKeyLength(key.byteLength);
    let imported = importedByBytes.get(key);
    if (!imported) {
      imported = holdImport(importApiV3Key(key));
      importedByBytes.set(key, imported);
    }
    return imported;
  }
  if (typeof key !== "object" || key === null) throw new ConfigError("options.apiV3Key must be an AeadKey, a string or a Uint8Array");
  // An AeadKey: decryptDecoded refuses anything that importApiV3Key did not make.
  return { promise: Promise.resolve(key), ready: key };
}

function holdImport(promise: Promise<AeadKey>): KeyHolder {
  const holder: KeyHolder = { promise, ready: undefined };
  // Also keeps a failed import from being reported as unhandled before the first parse.
  promise.then((key) => (holder.ready = key), () => undefined);
  return holder;
}

/** Refused synchronously, before anything is cached: a 16-byte key would otherwise mean AES-128. */
function checkKeyLength(length: number): void {
  if (length !== APIV3_KEY_BYTES) throw new ConfigError(`APIv3 key must be exactly ${APIV3_KEY_BYTES} bytes, got ${length}`);
}
