/**
 * Request signing for WeChat Pay APIv3 (scheme WECHATPAY2-SHA256-RSA2048),
 * plus the pieces the mock platform needs: the response message format,
 * parsing a client's Authorization header, and signing arbitrary messages.
 */
import { base64Encode, utf8Encode } from "./encoding.js";
import { ConfigError, SignatureVerificationError } from "./errors.js";
import { RSA_SHA256, assertRsaKey } from "./keys.js";

/** The Authorization scheme: "WECHATPAY2-" + signer algorithm "SHA256-RSA2048". */
export const AUTHORIZATION_SCHEME = "WECHATPAY2-SHA256-RSA2048";

export interface RequestMessageParts {
  /** Upper-case HTTP method exactly as sent, e.g. "POST". */
  method: string;
  /** Path plus "?query" exactly as sent (no scheme/host), e.g. "/v3/x?a=1". */
  pathAndQuery: string;
  /** Unix seconds, the same value as the Authorization `timestamp`. */
  timestamp: number | string;
  nonce: string;
  /** The exact body bytes sent, as text; "" for GET or no body. */
  body: string;
}

/**
 * `METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n`: five lines, each ending in
 * "\n" including the last, so an empty body still contributes "\n"
 * (wechatpay-go `SignatureMessageFormat`). The first four lines are checked
 * for line breaks: a "\n" inside them would shift the lines and make two
 * different requests share one signature.
 */
export function buildRequestMessage(parts: RequestMessageParts): string {
  if (!/^[A-Z]+$/.test(parts.method)) {
    // fetch only upper-cases the standard methods ("patch" stays lower-case
    // on the wire), and WeChat signs what it receives: refuse rather than guess.
    throw new TypeError("HTTP method must be upper-case letters, e.g. POST");
  }
  if (!/^\/[^\s]*$/.test(parts.pathAndQuery)) {
    throw new TypeError("pathAndQuery must start with '/' and contain no whitespace");
  }
  const timestamp = formatTimestamp(parts.timestamp);
  assertSingleLine(parts.nonce, "nonce");
  return `${parts.method}\n${parts.pathAndQuery}\n${timestamp}\n${parts.nonce}\n${parts.body}\n`;
}

export interface ResponseMessageParts {
  /** The Wechatpay-Timestamp header value as received. */
  timestamp: number | string;
  /** The Wechatpay-Nonce header value as received. */
  nonce: string;
  /** The raw response/notification body; "" for 204. */
  body: string;
}

/**
 * `TIMESTAMP\nNONCE\nBODY\n`, what WeChat signs on responses and
 * notifications (and the mock signs with its platform key). A 204 response
 * gives `TIMESTAMP\nNONCE\n\n`.
 */
export function buildResponseMessage(parts: ResponseMessageParts): string {
  const timestamp = formatTimestamp(parts.timestamp);
  assertSingleLine(parts.nonce, "nonce");
  return `${timestamp}\n${parts.nonce}\n${parts.body}\n`;
}

/** Signs request messages for one merchant with its API certificate key. */
export interface Signer {
  /** Merchant id sent as `mchid` (for acquiringbank: the institution's mchid). */
  readonly mchid: string;
  /** Serial of the merchant API certificate (not a platform serial) sent as `serial_no`. */
  readonly serialNo: string;
  /** SHA256withRSA over the UTF-8 message, base64. */
  sign(message: string): Promise<string>;
}

export interface RsaSignerOptions {
  mchid: string;
  serialNo: string;
  /** From `importMerchantPrivateKey`; imported once and reused for every request. */
  privateKey: CryptoKey;
}

export function createRsaSigner(options: RsaSignerOptions): Signer {
  assertHeaderValue(options.mchid, "mchid");
  assertHeaderValue(options.serialNo, "serialNo");
  assertRsaKey(options.privateKey, "private", "merchant private key");
  const { mchid, serialNo, privateKey } = options;
  return Object.freeze({ mchid, serialNo, sign: (message: string) => signMessage(privateKey, message) });
}

/**
 * RSASSA-PKCS1-v1_5 / SHA-256 over the UTF-8 bytes of `message`, base64.
 * Deterministic: the same key and message always give the same signature.
 * The mock uses this to sign responses and notifications with platform keys.
 */
export async function signMessage(privateKey: CryptoKey, message: string): Promise<string> {
  assertRsaKey(privateKey, "private", "signing key");
  const signature = await crypto.subtle.sign(RSA_SHA256, privateKey, utf8Encode(message) as Uint8Array<ArrayBuffer>);
  return base64Encode(new Uint8Array(signature));
}

export interface AuthorizationFields {
  mchid: string;
  serialNo: string;
  nonce: string;
  /** Unix seconds. Parsed headers return the string exactly as sent. */
  timestamp: number | string;
  /** Base64 signature of the request message. */
  signature: string;
}

/**
 * `WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",timestamp="…",serial_no="…",signature="…"`
 * in wechatpay-go's parameter order (the server accepts any order).
 */
export function authorizationHeader(fields: AuthorizationFields): string {
  const timestamp = formatTimestamp(fields.timestamp);
  const params: [string, string][] = [
    ["mchid", fields.mchid],
    ["nonce_str", fields.nonce],
    ["timestamp", timestamp],
    ["serial_no", fields.serialNo],
    ["signature", fields.signature],
  ];
  for (const [name, value] of params) assertHeaderValue(value, name);
  return `${AUTHORIZATION_SCHEME} ${params.map(([name, value]) => `${name}="${value}"`).join(",")}`;
}

export interface ParsedAuthorization extends AuthorizationFields {
  /** Exactly as sent, because the server rebuilds the signed message from this text. */
  timestamp: string;
}

const PARAM_NAMES = { mchid: "mchid", nonce_str: "nonce", timestamp: "timestamp", serial_no: "serialNo", signature: "signature" } as const;
const PARAM = /^\s*([a-z_]+)="([^"]*)"\s*$/;

/**
 * Parses a client's Authorization header (for the mock platform). Parameter
 * order is free, as on WeChat's server; each of the five parameters must
 * appear exactly once and nothing else is allowed. Throws
 * `SignatureVerificationError` ("missing-header" / "malformed-header",
 * header "Authorization").
 */
export function parseAuthorization(header: string | null | undefined): ParsedAuthorization {
  if (header === null || header === undefined || header.trim() === "") {
    throw new SignatureVerificationError("missing-header", "Authorization header is missing", { header: "Authorization" });
  }
  const malformed = (detail: string) =>
    new SignatureVerificationError("malformed-header", `Authorization header is malformed: ${detail}`, { header: "Authorization" });
  const trimmed = header.trim();
  const space = trimmed.indexOf(" ");
  if (space < 0 || trimmed.slice(0, space) !== AUTHORIZATION_SCHEME) {
    throw malformed(`scheme must be ${AUTHORIZATION_SCHEME}`);
  }
  const fields: Partial<Record<(typeof PARAM_NAMES)[keyof typeof PARAM_NAMES], string>> = {};
  // Values cannot contain commas or quotes (see assertHeaderValue), so a split is exact.
  for (const part of trimmed.slice(space + 1).split(",")) {
    const match = PARAM.exec(part);
    if (!match) throw malformed('expected comma-separated name="value" parameters');
    const name = match[1]!;
    if (!Object.hasOwn(PARAM_NAMES, name)) throw malformed(`unknown parameter ${name}`);
    const field = PARAM_NAMES[name as keyof typeof PARAM_NAMES];
    if (fields[field] !== undefined) throw malformed(`duplicate parameter ${name}`);
    fields[field] = match[2]!;
  }
  for (const [name, field] of Object.entries(PARAM_NAMES)) {
    if (!fields[field]) throw malformed(`parameter ${name} is missing or empty`);
  }
  if (!/^\d+$/.test(fields.timestamp!)) throw malformed("timestamp must be decimal Unix seconds");
  return fields as ParsedAuthorization;
}

/** Unix seconds as decimal text; strings are passed through after a format check. */
function formatTimestamp(timestamp: number | string): string {
  if (typeof timestamp === "number") {
    if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new TypeError("timestamp must be whole Unix seconds");
    return String(timestamp);
  }
  if (!/^\d+$/.test(timestamp)) throw new TypeError("timestamp must be decimal Unix seconds");
  return timestamp;
}

function assertSingleLine(value: string, name: string): void {
  if (typeof value !== "string" || value === "" || /[\r\n]/.test(value)) {
    throw new TypeError(`${name} must be a non-empty single-line string`);
  }
}

/**
 * Values go between double quotes in the header: quotes, commas, backslashes,
 * control and non-ASCII characters would break it (or its parsers), so they
 * are refused. These are identifiers, never secrets, so naming them is safe.
 */
function assertHeaderValue(value: unknown, name: string): void {
  if (typeof value !== "string" || !/^[\x21\x23-\x2b\x2d-\x5b\x5d-\x7e]+$/.test(value)) {
    throw new ConfigError(`Authorization ${name} must be non-empty printable ASCII without '"', ',' or '\\'`);
  }
}
