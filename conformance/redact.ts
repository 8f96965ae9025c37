/**
 * Redaction of values before they go into a Violation, a console line or a report file.
 *
 * Reports are shared (CI artifacts, tickets), so nothing secret may reach them: the signature inside an
 * `Authorization` header (it authenticates one request and is replayable within its 5-minute window),
 * anything that looks like PEM key material, values of fields named like keys or secrets, and any
 * caller-supplied secret (e.g. the APIv3 key) wherever it appears in a string. Long values are
 * truncated so a report stays readable and a huge body cannot blow it up.
 */

import { setOwn } from "./own-keys.ts";

export const REDACTED = "[redacted]";

export interface RedactOptions {
  /** Exact secret strings (APIv3 key, APIv2 key, …) to hide wherever they appear inside a string. */
  secrets?: readonly string[];
  /** Longest string kept whole; longer ones are cut and marked. Default 160. */
  maxString?: number;
  /** Array items / object keys kept per level. Default 20. */
  maxItems?: number;
  /** Nesting kept. Default 6. */
  maxDepth?: number;
}

/**
 * Field and header names whose values are secret: `*key*` (api_v3_key, private_key, apiKey),
 * `*secret*`, `*password*`, the APIv2 `sign` (an HMAC made with the APIv2 key) and `*signature*`.
 * `Wechatpay-Serial` / `serial_no` are public ids and stay visible.
 */
const SECRET_NAME = /key|secret|passw|^sign$|signature$|^authorization$/i;

/** PEM blocks, whole or cut off (a truncated capture still must not leak the start of a key). */
const PEM_BLOCK = /-----BEGIN [A-Z0-9 ]+-----[\s\S]*?(-----END [A-Z0-9 ]+-----|$)/g;

/** `signature="…"` inside an Authorization header (WECHATPAY2-SHA256-RSA2048 mchid=…,signature="…"). */
const AUTH_SIGNATURE = /(signature\s*=\s*")[^"]*(")/gi;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/**
 * A copy of `value` safe to print. `name` is the field or header the value belongs to (the last JSON
 * pointer segment); a secret name hides the whole value, except an Authorization header, whose public
 * parts (mchid, serial_no, timestamp) stay visible and only the signature goes.
 */
export function redactValue(value: unknown, name?: string, options: RedactOptions = {}): unknown {
  return redactAt(value, name, options, 0);
}

function redactAt(value: unknown, name: string | undefined, options: RedactOptions, depth: number): unknown {
  const { maxItems = 20, maxDepth = 6 } = options;
  if (name !== undefined && isSecretName(name)) {
    if (/^authorization$/i.test(name) && typeof value === "string") return redactString(value, options);
    return REDACTED;
  }
  if (typeof value === "string") return redactString(value, options);
  if (value === null || typeof value !== "object") return value;
  if (depth >= maxDepth) return Array.isArray(value) ? "[array]" : "[object]";
  if (Array.isArray(value)) {
    const items = value.slice(0, maxItems).map((item) => redactAt(item, undefined, options, depth + 1));
    if (value.length > maxItems) items.push(`… ${value.length - maxItems} more`);
    return items;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  const out: Record<string, unknown> = {};
  // Own data properties: a key such as `__proto__` in a received body stays a key of the copy.
  for (const [key, child] of entries.slice(0, maxItems)) setOwn(out, key, redactAt(child, key, options, depth + 1));
  if (entries.length > maxItems) out["…"] = `${entries.length - maxItems} more keys`;
  return out;
}

/** Secrets and PEM bodies out, Authorization signature out, then truncation (in that order, so a cut never reveals). */
export function redactString(text: string, options: RedactOptions = {}): string {
  const { maxString = 160 } = options;
  let out = text;
  for (const secret of options.secrets ?? []) {
    if (secret.length > 0) out = out.split(secret).join(REDACTED);
  }
  out = out.replace(PEM_BLOCK, "[redacted PEM]").replace(AUTH_SIGNATURE, `$1${REDACTED}$2`);
  return truncate(out, maxString);
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}… (${text.length} chars)`;
}
