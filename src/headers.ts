/**
 * Reading one header from what a server framework hands over: fetch
 * `Headers`, or a plain record such as node:http's `IncomingHttpHeaders`.
 * Both read the same way, the way fetch's `Headers.get` does, so a check
 * cannot pass on one form and fail on the other.
 */

/** Request or response headers: fetch `Headers`, or a record of names (any case) to a value or, for a repeated header, the list of its values. */
export type HeaderSource = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Leading and trailing HTTP whitespace (space, tab, CR, LF), which is not part of a field value (RFC 9110 §5.5). */
const OUTER_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/**
 * The value of header `name`, matched case-insensitively, or undefined when
 * it is absent. As with fetch's `Headers.get`: surrounding whitespace is
 * removed, and a header sent more than once (an array in a record, or the
 * same name in two spellings) gives its values joined with ", ", in order.
 * Callers for which a list is never valid (the Wechatpay-* signature
 * headers) refuse a value containing a comma.
 */
export function readHeader(headers: HeaderSource | undefined, name: string): string | undefined {
  if (headers === undefined || headers === null) return undefined;
  // Duck-typed so Headers from another realm or a fetch polyfill also work.
  if (typeof (headers as Partial<Headers>).get === "function") return (headers as Headers).get(name) ?? undefined;
  const wanted = name.toLowerCase();
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  const values: string[] = [];
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (value === undefined || key.toLowerCase() !== wanted) continue;
    for (const item of typeof value === "string" ? [value] : value) values.push(item.replace(OUTER_WHITESPACE, ""));
  }
  return values.length === 0 ? undefined : values.join(", ");
}
