// Property-based tests for the header parsers of untrusted input: the client's
// Authorization header (read by the mock) and the Wechatpay-* headers read by
// verifySignature. Fixed seed, bounded runs; inputs ≤ 4 KiB per string.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigError, SignatureVerificationError } from "../../src/errors.ts";
import { AUTHORIZATION_SCHEME, parseAuthorization } from "../../src/sign.ts";
import { verifySignature } from "../../src/verify.ts";
import { NOW, clock, keySet, signHeaders } from "../src/notification-fixtures.ts";
import { PLATFORM_SERIAL, PUB_KEY_ID } from "../fixtures/keys.ts";
import { anyString, onlyThrows, runs } from "./support.ts";

const PARAMS = ["mchid", "nonce_str", "timestamp", "serial_no", "signature"];

/** Text that looks like an Authorization header: the scheme, known or random names, quoted or raw values. */
const authorizationLike = fc.oneof(
  anyString,
  fc
    .array(
      fc.record({
        name: fc.oneof(fc.constantFrom(...PARAMS, "__proto__", "constructor", "toString"), fc.string({ maxLength: 20 })),
        value: fc.oneof(fc.string({ maxLength: 64 }), fc.stringMatching(/^\d{1,20}$/), anyString),
        quoted: fc.boolean(),
      }),
      { maxLength: 8 },
    )
    .chain((params) =>
      fc.constantFrom(AUTHORIZATION_SCHEME, AUTHORIZATION_SCHEME.toLowerCase(), "", "Bearer").map(
        (scheme) => `${scheme} ${params.map((p) => (p.quoted ? `${p.name}="${p.value}"` : `${p.name}=${p.value}`)).join(",")}`,
      ),
    ),
);

describe("parseAuthorization", () => {
  it("returns the five parameters or throws SignatureVerificationError only", () => {
    fc.assert(
      fc.property(fc.oneof(authorizationLike, fc.constantFrom(null, undefined)), (header) => {
        try {
          const parsed = parseAuthorization(header);
          for (const key of ["mchid", "nonce", "timestamp", "serialNo", "signature"] as const) {
            expect(typeof parsed[key]).toBe("string");
          }
          expect(parsed.timestamp).toMatch(/^\d+$/);
        } catch (error) {
          if (!(error instanceof SignatureVerificationError)) throw error;
          expect(error.header).toBe("Authorization");
        }
      }),
      runs(500),
    );
  });
});

const WECHATPAY_NAMES = ["Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature", "Wechatpay-Serial"];

/** A header value: arbitrary, or close to a valid one (so later checks are reached). */
const headerValue = fc.oneof(
  anyString,
  fc.string({ maxLength: 40 }),
  fc.integer({ min: NOW - 600, max: NOW + 600 }).map(String),
  fc.constantFrom(PLATFORM_SERIAL, PLATFORM_SERIAL.toLowerCase(), PUB_KEY_ID, "WECHATPAY/SIGNTEST/abc", "", " "),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString("base64")),
);

/** A header record with the Wechatpay-* names (any case) and arbitrary other names. */
const headerRecord = fc.dictionary(
  fc.oneof(fc.constantFrom(...WECHATPAY_NAMES, ...WECHATPAY_NAMES.map((n) => n.toLowerCase()), "__proto__"), fc.string({ maxLength: 30 })),
  fc.oneof(headerValue, fc.array(headerValue, { maxLength: 3 }), fc.constant(undefined)),
  { maxKeys: 8 },
);

/** The record as fetch Headers when Headers accepts it (its own TypeError is not ours), else the record. */
function asHeaders(record: Record<string, unknown>, useFetchHeaders: boolean): Headers | Record<string, string | string[] | undefined> {
  if (!useFetchHeaders) return record as Record<string, string | string[] | undefined>;
  try {
    const headers = new Headers();
    for (const [name, value] of Object.entries(record)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v as string);
    }
    return headers;
  } catch {
    return record as Record<string, string | string[] | undefined>;
  }
}

describe("verifySignature (Wechatpay-* header readers)", () => {
  it("arbitrary headers and body: resolves or rejects with SignatureVerificationError/ConfigError only", async () => {
    const keys = await keySet();
    await fc.assert(
      fc.asyncProperty(headerRecord, anyString, fc.boolean(), async (record, body, useFetchHeaders) => {
        await onlyThrows([SignatureVerificationError, ConfigError], () =>
          verifySignature({ headers: asHeaders(record, useFetchHeaders), body, keys, clock }),
        );
      }),
      runs(300),
    );
  });

  it("a signed body with one header replaced: never verifies a changed value, errors stay typed", async () => {
    const keys = await keySet();
    const body = '{"id":"EV-1"}';
    const signed = signHeaders(body);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...WECHATPAY_NAMES), headerValue, fc.boolean(), async (name, value, useFetchHeaders) => {
        const record: Record<string, string> = { ...signed, [name]: value };
        try {
          await verifySignature({ headers: asHeaders(record, useFetchHeaders), body, keys, clock });
          // Only an unchanged value (or the same serial in another case) may still verify.
          if (name !== "Wechatpay-Serial") expect(value).toBe(signed[name]);
        } catch (error) {
          if (!(error instanceof SignatureVerificationError) && !(error instanceof ConfigError)) throw error;
        }
      }),
      runs(300),
    );
  });
});
