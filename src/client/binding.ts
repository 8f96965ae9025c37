/**
 * Binding an answer to the request it answers. WeChat Pay's response
 * signature (APIv3 签名验证) covers only Wechatpay-Timestamp,
 * Wechatpay-Nonce and the body: nothing in it names the request. A validly
 * signed answer can therefore be served again (a replay) or served to
 * another request (order A's answer to a query for order B) by anything on
 * the path that can see and hold answers. Two checks close that:
 *
 * - `requestIdentity` / `checkBinding`: where a 2xx body echoes an
 *   identifying field the request sent (path, query or JSON body), the two
 *   must be equal.
 * - `ResponseNonceCache`: a verified answer's Wechatpay-Nonce may be seen
 *   once within the timestamp window.
 */
import { InvalidResponseError } from "../errors.js";

/**
 * Request fields that the Pay Score answers echo and that identify what was
 * asked for (the spec's response schemas of create/query service order,
 * pay-on-delivery order and query permissions by authorization code).
 */
export const ECHOED_FIELDS = ["out_order_no", "authorization_code", "service_id", "sub_mchid", "channel_id", "appid", "query_id"] as const;

export type EchoedField = (typeof ECHOED_FIELDS)[number];

/**
 * The echoed fields a request sent, as text: path parameters (matched
 * segment by segment against `template`, from the end, so a `baseUrl` path
 * prefix does not matter), then query parameters, then the top-level
 * string or number members of a JSON body. A field sent twice with
 * different values (e.g. repeated in the query) is left out: the answer
 * cannot be bound to one of them.
 */
export function requestIdentity(template: string, url: string, body: string | undefined): Map<EchoedField, string> {
  const found = new Map<EchoedField, string>();
  const conflicting = new Set<EchoedField>();
  const add = (name: string, value: unknown) => {
    if (!isEchoed(name) || (typeof value !== "string" && typeof value !== "number")) return;
    const text = String(value);
    const known = found.get(name);
    if (known !== undefined && known !== text) conflicting.add(name);
    found.set(name, text);
  };
  const parsed = new URL(url);
  const templateSegments = template.split("/");
  const pathSegments = parsed.pathname.split("/");
  const offset = pathSegments.length - templateSegments.length;
  if (offset >= 0) {
    templateSegments.forEach((segment, i) => {
      const name = /^\{([^{}]+)\}$/.exec(segment)?.[1];
      const value = name === undefined ? undefined : decodeSegment(pathSegments[offset + i]!);
      if (name !== undefined && value !== undefined) add(name, value);
    });
  }
  for (const [name, value] of parsed.searchParams) add(name, value);
  if (body !== undefined) {
    const json = parseObject(body);
    if (json) for (const name of ECHOED_FIELDS) if (Object.hasOwn(json, name)) add(name, json[name]);
  }
  for (const name of conflicting) found.delete(name);
  return found;
}

/**
 * Throws InvalidResponseError "mismatched", naming the field (never the
 * values), when the 2xx body `json` (a top-level object) has an echoed field
 * whose string or number value differs from what the request sent. A field
 * the answer leaves out, or the request did not send, is not checked.
 */
export function checkBinding(
  identity: ReadonlyMap<EchoedField, string>,
  json: unknown,
  context: { status: number; requestId: string | undefined },
): void {
  if (identity.size === 0 || typeof json !== "object" || json === null || Array.isArray(json)) return;
  const answer = json as Record<string, unknown>;
  for (const [name, sent] of identity) {
    if (!Object.hasOwn(answer, name)) continue;
    const echoed = answer[name];
    if ((typeof echoed === "string" || typeof echoed === "number") && String(echoed) !== sent) {
      throw new InvalidResponseError(
        "mismatched",
        `HTTP ${context.status} answer's ${name} does not match the request's: it answers another request`,
        { status: context.status, requestId: context.requestId, field: name },
      );
    }
  }
}

function isEchoed(name: string): name is EchoedField {
  return (ECHOED_FIELDS as readonly string[]).includes(name);
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function parseObject(body: string): Record<string, unknown> | undefined {
  try {
    const json = JSON.parse(body) as unknown;
    return typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** How many response nonces one client remembers. */
export const RESPONSE_NONCE_CACHE_SIZE = 10_000;

/**
 * The Wechatpay-Nonce values of verified answers, each kept until its
 * Wechatpay-Timestamp leaves the allowed skew (after which the timestamp
 * check refuses the answer anyway). Bounded: when full, expired entries are
 * dropped, then the oldest ones.
 */
export class ResponseNonceCache {
  readonly #expiresAt = new Map<string, number>();
  readonly #limit: number;

  constructor(limit = RESPONSE_NONCE_CACHE_SIZE) {
    this.#limit = limit;
  }

  /**
   * Records `nonce` of an answer signed at `timestamp` (Unix seconds);
   * true when it was already recorded and has not expired at `nowSeconds`
   * (a replay), false when it is new.
   */
  replayed(nonce: string, timestamp: number, nowSeconds: number, maxSkewSeconds: number): boolean {
    const known = this.#expiresAt.get(nonce);
    if (known !== undefined && known >= nowSeconds) return true;
    this.#expiresAt.delete(nonce);
    if (this.#expiresAt.size >= this.#limit) this.#evict(nowSeconds);
    this.#expiresAt.set(nonce, timestamp + maxSkewSeconds);
    return false;
  }

  #evict(nowSeconds: number): void {
    for (const [nonce, expiresAt] of this.#expiresAt) if (expiresAt < nowSeconds) this.#expiresAt.delete(nonce);
    for (const nonce of this.#expiresAt.keys()) {
      if (this.#expiresAt.size < this.#limit) break;
      this.#expiresAt.delete(nonce);
    }
  }
}
