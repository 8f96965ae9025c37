// Property-based tests for parseNotification with untrusted bodies: arbitrary
// text and bytes, valid envelopes with fields replaced or removed (with the
// original signature, and re-signed so the envelope and resource readers are
// reached), and arbitrary decrypted resources. Only NotificationError,
// SignatureVerificationError, DecryptionError and ConfigError may be thrown.
// Fixed seed, bounded runs; strings ≤ 4 KiB, JSON depth ≤ 4.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ConfigError, DecryptionError, SignatureVerificationError } from "../../src/errors.ts";
import { NotificationError } from "../../src/notification/errors.ts";
import { parseNotification } from "../../src/notification/index.ts";
import type { StaticKeySet } from "../../src/verify.ts";
import { APIV3_KEY } from "../fixtures/keys.ts";
import { EVENT_TYPES, clock, delivery, encrypt, envelope, keySet, samplePlaintext, signHeaders } from "../src/notification-fixtures.ts";
import { anyJson, anyString, onlyThrows, runs } from "./support.ts";

const ALLOWED = [NotificationError, SignatureVerificationError, DecryptionError, ConfigError];

let keys: StaticKeySet;
beforeAll(async () => {
  keys = await keySet();
});

function parse(headers: Record<string, string>, body: string | Uint8Array) {
  return parseNotification({ headers, body }, { keys, apiV3Key: APIV3_KEY, clock, onWarning: () => {} });
}

const ENVELOPE_FIELDS = ["id", "create_time", "resource_type", "event_type", "summary", "resource", "__proto__", "extra"];
const RESOURCE_FIELDS = ["algorithm", "ciphertext", "nonce", "associated_data", "original_type", "__proto__"];

/** Replace (or delete, when `value` is absent) one envelope or resource field of a parsed valid body. */
function mutate(body: string, where: "envelope" | "resource", field: string, value: { v: unknown } | null): string {
  const doc = JSON.parse(body) as Record<string, unknown>;
  const target = where === "envelope" ? doc : (doc["resource"] as Record<string, unknown>);
  if (value === null) delete target[field];
  else Object.defineProperty(target, field, { value: value.v, enumerable: true, writable: true, configurable: true });
  return JSON.stringify(doc);
}

const mutation = fc.record({
  eventType: fc.constantFrom(...EVENT_TYPES),
  where: fc.constantFrom("envelope" as const, "resource" as const),
  envelopeField: fc.constantFrom(...ENVELOPE_FIELDS),
  resourceField: fc.constantFrom(...RESOURCE_FIELDS),
  value: fc.option(fc.record({ v: fc.oneof(anyJson, anyString) }), { nil: null }),
});

describe("parseNotification", () => {
  it("arbitrary bodies (text or bytes), signed or not: typed errors only", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(anyString, fc.uint8Array({ maxLength: 4096 }), anyJson.map((v) => JSON.stringify(v) ?? "")),
        fc.boolean(),
        async (body, signed) => {
          const text = typeof body === "string" ? body : Buffer.from(body).toString("utf8");
          const headers = signed ? signHeaders(text) : delivery("PAYSCORE.USER_PAID").headers;
          await onlyThrows(ALLOWED, () => parse(headers, body));
        },
      ),
      runs(300),
    );
  });

  it("a valid envelope with one field replaced or removed: refused with a typed error under the old signature", async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const valid = delivery(m.eventType);
        const body = mutate(valid.body, m.where, m.where === "envelope" ? m.envelopeField : m.resourceField, m.value);
        if (body === valid.body) return;
        await expect(parse(valid.headers, body)).rejects.toBeInstanceOf(SignatureVerificationError);
      }),
      runs(200),
    );
  });

  it("a re-signed envelope with arbitrary JSON in a field: accepted or typed errors only", async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const body = mutate(delivery(m.eventType).body, m.where, m.where === "envelope" ? m.envelopeField : m.resourceField, m.value);
        await onlyThrows(ALLOWED, () => parse(signHeaders(body), body));
      }),
      runs(300),
    );
  });

  it("a re-signed envelope whose encrypted resource is arbitrary JSON or text: accepted or typed errors only", async () => {
    const plaintext = fc.oneof(
      anyString,
      anyJson.map((v) => JSON.stringify(v) ?? ""),
      fc.record({ eventType: fc.constantFrom(...EVENT_TYPES), field: fc.string({ maxLength: 30 }), v: anyJson }).map(({ eventType, field, v }) => {
        const sample = samplePlaintext(eventType);
        const key = Object.keys(sample)[field.length % Object.keys(sample).length]!;
        return JSON.stringify({ ...sample, [key]: v, [field]: v });
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EVENT_TYPES), plaintext, async (eventType, text) => {
        const body = JSON.stringify(envelope(eventType, encrypt(text)));
        await onlyThrows(ALLOWED, () => parse(signHeaders(body), body));
      }),
      runs(300),
    );
  });
});
