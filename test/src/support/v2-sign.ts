/**
 * The APIv2 HMAC-SHA256 signature rule written again, independently of src/, on node:crypto: the
 * fields other than `sign` with a non-empty value, sorted by key in ASCII order, joined as
 * `k=v&…&key=<APIv2 key>`, HMAC-SHA256 with the key, upper-case hex.
 */
import { createHmac } from "node:crypto";

export function referenceSign(fields: Record<string, string>, key: string): string {
  const pairs = Object.keys(fields)
    .filter((k) => k !== "sign" && fields[k] !== "")
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map((k) => `${k}=${fields[k]}`);
  return createHmac("sha256", key).update(`${pairs.join("&")}&key=${key}`, "utf8").digest("hex").toUpperCase();
}
