/**
 * `parseNotification`: turns one POST from WeChat Pay into a typed, trusted
 * notification, or throws a typed error naming what failed. The steps run in
 * the order the APIv3 notification rules state (verify the signature, then
 * decrypt, then use), each with its own error:
 *
 *  1. body size (before any other work) and raw-ness   → NotificationError too-large / not-raw-body
 *  2. Wechatpay-* headers + RSA signature over the raw body, timestamp window,
 *     probe signatures, key by Wechatpay-Serial (src/verify.ts)
 *                                                      → SignatureVerificationError
 *  3. JSON.parse                                       → NotificationError malformed-json
 *  4. event_type is one of the spec's webhooks         → NotificationError unsupported-event-type
 *  5. envelope read against that webhook's schema      → NotificationError schema (part "envelope")
 *  6. AEAD_AES_256_GCM decryption, tag always checked  → DecryptionError
 *  7. plaintext JSON read against the event's contentSchema
 *                                                      → NotificationError malformed-json / schema (part "resource")
 *
 * Nothing read from the body is acted on before the signature has verified,
 * and an unsigned body never reaches the AEAD layer.
 *
 * Steps 5 and 7 read tolerantly, as the APIv3 rules ask of clients: a key the
 * spec does not list, an enum value it does not know, a longer id are passed
 * and reported through `onWarning` (each difference with its pointer, rule
 * and severity); only what the code relies on refuses a notification (a
 * missing required field, a wrong type, an unknown event type, a non-AEAD
 * resource). Every error thrown carries the delivery's `Request-ID` and, when
 * the body had one, the notification `id`.
 */
import type { components, webhooks } from "../../generated/schema.js";
import { apiV3KeyFrom, decryptResource, type AeadKey, type EncryptedResource } from "../aead.js";
import type { Clock } from "../clock.js";
import { utf8Decode, utf8Encode } from "../encoding.js";
import { ConfigError, SignatureVerificationError, withExchange } from "../errors.js";
import { type HeaderSource, readHeader } from "../headers.js";
import { printable } from "../printable.js";
import { readAgainstSpec } from "../spec-views.js";
import { verifySignature, type VerificationKeySource, type VerifiedSignature } from "../verify.js";
import type { PayScoreWarning, WarningHandler } from "../warning.js";
import { NotificationError, type NotificationPart } from "./errors.js";
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
  /**
   * Told about each part (envelope, decrypted resource) of an accepted notification that differs from
   * the spec's contract: a `PayScoreWarning` of kind "schema" with the event type, notification id,
   * Request-ID and one `differences` entry per difference (pointer, rule, severity "drift" for an
   * unknown key or enum value, "violation" for a broken documented rule, and a short value preview).
   * The notification is still returned. Its own exceptions are ignored.
   */
  onWarning?: WarningHandler;
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
  const apiV3Key = apiV3KeyFrom(options.apiV3Key);
  warmValidators();
  return { parse: (request) => parseWith(request, settings, apiV3Key) };
}

/**
 * Verifies, decrypts and reads one notification (steps at the top of this
 * file). With a raw APIv3 key the imported key is cached per key value, so
 * repeated calls do not re-import it; `createNotificationParser` avoids even
 * that lookup. Bad options reject (ConfigError) like any other failure.
 */
export async function parseNotification(request: NotificationRequest, options: NotificationParserOptions): Promise<Notification> {
  return parseWith(request, checkOptions(options), apiV3KeyFrom(options.apiV3Key));
}

interface Settings {
  readonly keys: VerificationKeySource;
  readonly clock: Clock | undefined;
  readonly maxSkewSeconds: number | undefined;
  readonly maxBodyBytes: number;
  readonly onWarning: WarningHandler | undefined;
}

function checkOptions(options: NotificationParserOptions): Settings {
  if (typeof options?.keys?.resolve !== "function") {
    throw new ConfigError("options.keys must be a VerificationKeySource (e.g. a StaticKeySet)");
  }
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new ConfigError("options.maxBodyBytes must be a positive integer");
  }
  if (options.onWarning !== undefined && typeof options.onWarning !== "function") {
    throw new ConfigError("options.onWarning must be a function");
  }
  return { keys: options.keys, clock: options.clock, maxSkewSeconds: options.maxSkewSeconds, maxBodyBytes, onWarning: options.onWarning };
}

async function parseWith(request: NotificationRequest, settings: Settings, apiV3Key: Promise<AeadKey>): Promise<Notification> {
  const headers = request?.headers;
  const requestId = readHeader(headers, "Request-ID") || undefined;
  let body: string | undefined;
  try {
    body = rawBody(request?.body, settings.maxBodyBytes);
    checkSignatureType(headers);
    const signature = await verifySignature({
      headers,
      body,
      keys: settings.keys,
      ...(settings.clock ? { clock: settings.clock } : {}),
      ...(settings.maxSkewSeconds !== undefined ? { maxSkewSeconds: settings.maxSkewSeconds } : {}),
    });

    const envelope = parseJson(body, "envelope");
    const schemas = eventSchemasOf(envelope);
    const context: WarningContext = { eventType: schemas.eventType, id: idOf(envelope), requestId, onWarning: settings.onWarning };
    read(envelope, schemas.envelope, "envelope", context);
    const valid = envelope as { id: string; create_time: string; resource: EncryptedResource };

    const plaintext = await decryptResource(await apiV3Key, valid.resource);
    const resource = parseJson(plaintext, "resource", schemas.eventType);
    read(resource, schemas.resource, "resource", context);

    return {
      eventType: schemas.eventType,
      id: valid.id,
      createTime: valid.create_time,
      envelope,
      resource,
      signature,
      requestId,
    } as Notification;
  } catch (error) {
    throw withExchange(error, { requestId, notificationId: body === undefined ? undefined : idInBody(body) });
  }
}

/** The webhook `envelope` belongs to, by its event_type (step 4). */
function eventSchemasOf(envelope: unknown): EventSchemas {
  const eventType = eventTypeOf(envelope);
  const schemas = eventType === undefined ? undefined : EVENT_SCHEMAS.get(eventType);
  if (schemas) return schemas;
  // Without a readable event_type, the shared envelope schema names what is wrong.
  read(envelope, ENVELOPE_POINTER, "envelope", { eventType, id: idOf(envelope), requestId: undefined, onWarning: undefined });
  // Unreachable while the reader keeps NotificationEventType's enum; kept so a spec change cannot slip through.
  throw new NotificationError("unsupported-event-type", "event_type is not a webhook of the spec", { part: "envelope" });
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

interface WarningContext {
  readonly eventType: string | undefined;
  readonly id: string | undefined;
  readonly requestId: string | undefined;
  readonly onWarning: WarningHandler | undefined;
}

/**
 * Reads `value` against the schema at `pointer` (src/spec-views.ts `readAgainstSpec`): refused when the
 * reader view refuses it, accepted otherwise, with every difference from the contract reported.
 */
function read(value: unknown, pointer: string, part: NotificationPart, context: WarningContext): void {
  const reading = readAgainstSpec(pointer, value);
  const what = part === "envelope" ? "Notification envelope" : `Decrypted resource of ${context.eventType}`;
  if (!reading.accepted) {
    const [first] = reading.issues;
    const where = first ? `${first.pointer || "(root)"}: ${first.message} (${first.keyword})` : "(root)";
    throw new NotificationError("schema", `${what} breaks the spec at ${where}`, {
      part,
      issues: reading.issues,
      schema: pointer,
      ...(context.eventType ? { eventType: context.eventType } : {}),
    });
  }
  if (reading.differences.length === 0 || !context.onWarning) return;
  const warning: PayScoreWarning = {
    kind: "schema",
    message: `${what} differs from the spec (${reading.differences.map((d) => `${d.pointer || "(root)"} ${d.keyword}`).join(", ")})`,
    part,
    differences: reading.differences,
    ...(context.eventType ? { eventType: context.eventType } : {}),
    ...(context.id ? { notificationId: context.id } : {}),
    ...(context.requestId ? { requestId: context.requestId } : {}),
  };
  try {
    context.onWarning(warning);
  } catch {
    // A logging failure must not refuse an authentic notification.
  }
}

/** The envelope's `id`, when it is a printable string (it names the notification in logs). */
function idOf(envelope: unknown): string | undefined {
  const id = typeof envelope === "object" && envelope !== null ? (envelope as { id?: unknown }).id : undefined;
  return typeof id === "string" ? printable(id) : undefined;
}

/** The `id` of a body that failed before it was read (for the error's context only; never trusted). */
function idInBody(body: string): string | undefined {
  try {
    return idOf(JSON.parse(body));
  } catch {
    return undefined;
  }
}

// ---- headers ---------------------------------------------------------------------------------

/**
 * `Wechatpay-Signature-Type` is optional; when sent it must be an algorithm
 * the spec lists (SHA256-RSA only for Pay Score). An SM2 signature would
 * otherwise surface as a confusing "bad-signature".
 */
function checkSignatureType(headers: HeaderSource): void {
  const value = readHeader(headers, SIGNATURE_TYPE_HEADER);
  if (!value) return;
  if (!validatorAt(SIGNATURE_TYPE_POINTER)(value)) {
    throw new SignatureVerificationError("malformed-header", `${SIGNATURE_TYPE_HEADER} is not an algorithm the spec allows`, {
      header: SIGNATURE_TYPE_HEADER,
    });
  }
}
