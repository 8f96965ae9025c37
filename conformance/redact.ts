/**
 * Redaction of values before they go into a Violation, a console line or a report file.
 *
 * Reports are shared (CI artifacts, tickets), so nothing secret may reach them: the signature inside an
 * `Authorization` header (it authenticates one request and is replayable within its 5-minute window),
 * anything that looks like PEM key material, values of fields named like keys or secrets, and any
 * caller-supplied secret (e.g. the APIv3 key) wherever it appears in a string. Long values are
 * truncated so a report stays readable and a huge body cannot blow it up.
 *
 * Structure as well as values: a secret used as an object key or inside a JSON pointer
 * (`/body/<the APIv3 key>`) is removed too (`redactValue` redacts keys, `redactCase` every string of a
 * finished case), in its raw, pointer-escaped, percent-encoded, base64 and hex forms. Key material is
 * recognised without its PEM armour: a bare PEM body (base64 of a DER SEQUENCE, possibly over several
 * lines), the DER in hex, and a whole PEM block in base64 or hex.
 */
import { base64Encode, hexEncode, utf8Encode } from "../src/encoding.ts";
import { escapePointer } from "../src/json-pointer.ts";
import type { CaseResult } from "./report/model.js";

import { setOwn } from "../src/own-keys.ts";

export const REDACTED = "[redacted]";
/** What replaces key material found without (or inside) its PEM armour. */
export const REDACTED_KEY = "[redacted key material]";

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

/**
 * A bare PEM body: base64 of a DER SEQUENCE with a long-form length (`MI` + G/H/I/J…, as every RSA key
 * and certificate starts), at least 64 characters, possibly continued over lines (real line breaks or
 * the `\n` escapes of JSON text).
 */
const BARE_PEM_BODY = /MI[A-Za-z0-9+/]{62,}(?:(?:\s|\\[rn])+[A-Za-z0-9+/]{4,})*={0,2}/g;
/** The same DER in hex (`3081…`/`3082…`/`3083…` and at least 128 hex digits). */
const DER_HEX = /308[1-3][0-9a-f]{128,}/gi;
/** A whole PEM block in base64 (`-----BEGIN` → `LS0tLS1CRUdJTi…`) or in hex (`2d2d2d2d2d424547494e…`). */
const PEM_ENCODED = /LS0tLS1CRUdJTi[A-Za-z0-9+/=]*|2d2d2d2d2d424547494e[0-9a-f]*/gi;

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
  for (const [key, child] of entries.slice(0, maxItems)) {
    // The key is untrusted text too (a secret can be a key), and `__proto__` must stay a plain own key.
    setOwn(out, redactString(key, options), redactAt(child, key, options, depth + 1));
  }
  if (entries.length > maxItems) setOwn(out, "…", `${entries.length - maxItems} more keys`);
  return out;
}

/**
 * The forms in which a secret can appear in a report: as given, as a JSON-pointer segment, percent-encoded
 * (a URL), and as the base64 and hex (both cases) of its UTF-8 bytes; longest first.
 */
function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== "string" || secret.length === 0) continue;
    const bytes = utf8Encode(secret);
    for (const form of [secret, escapePointer(secret), encodeURIComponent(secret), base64Encode(bytes), base64Encode(bytes).replace(/=+$/, ""), hexEncode(bytes), hexEncode(bytes, "upper")]) {
      forms.add(form);
    }
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * A finished case safe to print and write: every string of it (suite, name, error, skip reason, steps,
 * and each finding's subject, pointer, message and value, object keys included) through
 * `redactString`/`redactValue` with `options.secrets`. Nothing is truncated further than it already
 * was. A copy; the input is left alone.
 */
export function redactCase(result: CaseResult, options: RedactOptions = {}): CaseResult {
  const whole: RedactOptions = { ...options, maxString: Number.POSITIVE_INFINITY, maxItems: Number.POSITIVE_INFINITY, maxDepth: 64 };
  const text = (value: string) => redactString(value, whole);
  return {
    ...result,
    suite: text(result.suite),
    name: text(result.name),
    ...(result.error === undefined ? {} : { error: text(result.error) }),
    ...(result.skipReason === undefined ? {} : { skipReason: text(result.skipReason) }),
    ...(result.steps === undefined ? {} : { steps: result.steps.map(text) }),
    violations: result.violations.map((v) => ({
      ...v,
      subject: text(v.subject),
      pointer: text(v.pointer),
      message: text(v.message),
      ...("value" in v ? { value: redactValue(v.value, undefined, whole) } : {}),
    })),
  };
}

/**
 * Secrets (every form of `secretForms`) and key material (PEM blocks, bare PEM bodies, DER in hex, PEM
 * in base64 or hex) out, Authorization signature out, then truncation (in that order, so a cut never
 * reveals).
 */
export function redactString(text: string, options: RedactOptions = {}): string {
  const { maxString = 160 } = options;
  let out = text;
  for (const form of secretForms(options.secrets ?? [])) out = out.split(form).join(REDACTED);
  out = out
    .replace(PEM_BLOCK, "[redacted PEM]")
    .replace(PEM_ENCODED, REDACTED_KEY)
    .replace(BARE_PEM_BODY, REDACTED_KEY)
    .replace(DER_HEX, REDACTED_KEY)
    .replace(AUTH_SIGNATURE, `$1${REDACTED}$2`);
  return truncate(out, maxString);
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}… (${text.length} chars)`;
}
