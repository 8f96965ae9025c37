/**
 * APIv2-style HMAC-SHA256 signature, used by the `wxpayScoreUse` jump
 * (spec `WxpayScoreUseExtraData.sign`, after the WeChat Pay APIv2 签名算法:
 * non-empty fields sorted by name, `&key=` + the APIv2 key appended).
 *
 * The APIv2 key is a secret: it goes into WebCrypto and into the signed
 * string, and never into an error message or a return value.
 */
import { hexEncode, utf8Encode } from "../encoding.js";
import { JumpInputError } from "./errors.js";
import { assertWellFormed } from "./text.js";

/** Fields to sign; `sign` and empty values are skipped. */
export type SignV2Fields = { readonly [name: string]: string | number | null | undefined };

const SOURCE = "signV2HmacSha256";

/**
 * The signed pairs without the key: non-empty fields except `sign`, sorted by
 * key in ASCII order, joined as `k=v&…` (values raw, not URL-encoded).
 */
export function signV2Payload(fields: SignV2Fields): string {
  const pairs = Object.entries(fields)
    // Spec WxpayScoreUseExtraData: "empty values and `sign` itself are skipped".
    .filter(([name, value]) => name !== "sign" && value !== undefined && value !== null && value !== "")
    .map(([name, value]) => [name, String(value)] as const)
    // APIv2 签名算法: keys sorted in ASCII order (UTF-16 code-unit order is ASCII order for ASCII keys).
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  assertWellFormed(SOURCE, Object.fromEntries(pairs));
  return pairs.map(([name, value]) => `${name}=${value}`).join("&");
}

/**
 * Upper-case hex HMAC-SHA256, keyed with the APIv2 key, of
 * `signV2Payload(fields) + "&key=" + apiV2Key`.
 */
export async function signV2HmacSha256(fields: SignV2Fields, apiV2Key: string): Promise<string> {
  assertApiV2Key(apiV2Key);
  // Spec: the sorted `k=v&…` "followed by `&key=<APIv2 key>`".
  const message = `${signV2Payload(fields)}&key=${apiV2Key}`;
  const hmac = { name: "HMAC", hash: "SHA-256" };
  const key = await crypto.subtle.importKey("raw", utf8Encode(apiV2Key) as Uint8Array<ArrayBuffer>, hmac, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", key, utf8Encode(message) as Uint8Array<ArrayBuffer>);
  // Spec: "`sign` = upper-case hex HMAC-SHA256" (its pattern is ^[0-9A-F]{64}$).
  return hexEncode(new Uint8Array(mac), "upper");
}

/** A usable key: a non-empty, well-formed string. The message never shows it. */
function assertApiV2Key(apiV2Key: unknown): asserts apiV2Key is string {
  if (typeof apiV2Key !== "string" || apiV2Key === "") {
    throw new JumpInputError([{ source: SOURCE, pointer: "/apiV2Key", keyword: "type", message: "must be a non-empty string" }]);
  }
  assertWellFormed(SOURCE, { apiV2Key });
}
