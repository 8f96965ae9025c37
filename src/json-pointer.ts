/**
 * RFC 6901 JSON pointers: escaping one segment (`~` → `~0`, `/` → `~1`), unescaping it, and reading the
 * value a pointer names. The one place these rules are written.
 */

/** Escapes one segment, for building pointers such as `#/paths/~1v3~1…/get/…`. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The inverse of `escapePointer`, for one segment of a pointer. */
export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** The value at a pointer inside `data` ("" is `data` itself; own properties only); undefined when absent. */
export function valueAtPointer(data: unknown, pointer: string): unknown {
  let node = data;
  for (const raw of pointer.split("/").slice(1)) {
    if (typeof node !== "object" || node === null) return undefined;
    const key = unescapePointer(raw);
    node = Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}
