/**
 * Text helpers shared by the jump builders: URL query encoding and the
 * well-formed-Unicode check that keeps it and the signature honest.
 */
import { escapePointer } from "../json-pointer.js";
import { JumpInputError } from "./errors.js";

/** A UTF-16 surrogate without its partner: not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Throws unless every key and value is well-formed Unicode. A lone surrogate
 * would make `encodeURIComponent` throw a bare URIError, and TextEncoder would
 * silently sign U+FFFD instead of what is sent.
 */
export function assertWellFormed(source: string, fields: { readonly [key: string]: string }): void {
  for (const [key, value] of Object.entries(fields)) {
    if (LONE_SURROGATE.test(key) || LONE_SURROGATE.test(value)) {
      const message = "must be well-formed Unicode (no lone surrogate)";
      throw new JumpInputError([{ source, pointer: `/${escapePointer(key)}`, keyword: "encoding", message }]);
    }
  }
}

/**
 * `key=value&key2=value2` with keys and values percent-encoded (the official
 * 预授权 page: the query "格式为key=value&key2=value2,其中value,value2需要进行UrlEncode处理").
 * encodeURIComponent gives `%20` for a space, which both form decoders and
 * decodeURIComponent read back unchanged (a `+` would not survive the latter).
 */
export function urlEncodeQuery(source: string, fields: { readonly [key: string]: string }): string {
  assertWellFormed(source, fields);
  return Object.entries(fields)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join("&");
}
