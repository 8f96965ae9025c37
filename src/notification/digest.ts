/**
 * The digest the handler records with each claim: SHA-256 (WebCrypto) over
 * the decrypted `resource` written as JSON with object keys sorted at every
 * level, as lower-case hex (64 characters). Sorting makes it depend on the
 * content only, not on the order or spacing WeChat Pay happened to serialize
 * it in, so a repeat of the same notification always has the same digest and
 * a differing one (same id, other content) is caught.
 */
import { hexEncode, utf8Encode } from "../encoding.js";

/** Hex SHA-256 of `resource` in sorted-key JSON (see above). */
export async function resourceDigest(resource: unknown): Promise<string> {
  const bytes = await crypto.subtle.digest("SHA-256", utf8Encode(sortedJson(resource)) as Uint8Array<ArrayBuffer>);
  return hexEncode(new Uint8Array(bytes));
}

function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${sortedJson((value as Record<string, unknown>)[key])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
