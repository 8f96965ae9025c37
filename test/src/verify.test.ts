import { createPrivateKey, sign as nodeSign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fixedClock } from "../../src/clock.ts";
import { ConfigError, SignatureVerificationError, type SignatureFailureReason } from "../../src/errors.ts";
import { signMessage } from "../../src/sign.ts";
import { StaticKeySet, verifyMessageSignature, verifySignature, type VerifySignatureOptions } from "../../src/verify.ts";
import {
  PLATFORM2_SERIAL,
  PLATFORM2_SERIAL_OPENSSL,
  PLATFORM_SERIAL,
  PUB_KEY_ID,
  loadKeys,
  pem,
} from "../fixtures/keys.ts";

const NOW = 1_767_225_600; // 2026-01-01T00:00:00Z, in seconds
const clock = fixedClock(NOW * 1000);
const NONCE = "fdasflkja484w";
const BODY = '{"code":"SUCCESS","message":"先享后付 ü","amount":100}';

/** Signs like WeChat does, with node:crypto (independent of src/sign.ts). */
function wechatSign(privatePem: string, timestamp: string, nonce: string, body: string): string {
  return nodeSign("sha256", Buffer.from(`${timestamp}\n${nonce}\n${body}\n`, "utf8"), createPrivateKey(privatePem)).toString("base64");
}

function signedHeaders(
  overrides: Partial<Record<"timestamp" | "nonce" | "serial" | "signature" | "body", string>> & { privatePem?: string } = {},
): Record<string, string> {
  const timestamp = overrides.timestamp ?? String(NOW);
  const nonce = overrides.nonce ?? NONCE;
  const signature = overrides.signature ?? wechatSign(overrides.privatePem ?? pem.platformKey, timestamp, nonce, overrides.body ?? BODY);
  return {
    "Wechatpay-Timestamp": timestamp,
    "Wechatpay-Nonce": nonce,
    "Wechatpay-Signature": signature,
    "Wechatpay-Serial": overrides.serial ?? PLATFORM_SERIAL,
    "Request-ID": "08F0F3B2B00610B4F3A7D5011896C8A20A20D3F50E-0",
  };
}

async function keySet(): Promise<StaticKeySet> {
  const keys = await loadKeys();
  return new StaticKeySet([
    [keys.platformCert.serialNo, keys.platformCert.key],
    [keys.platform2Cert.serialNo, keys.platform2Cert.key],
    [PUB_KEY_ID, keys.wechatpayPublicKey],
  ]);
}

async function verify(options: Partial<VerifySignatureOptions> = {}) {
  return verifySignature({ headers: signedHeaders(), body: BODY, keys: await keySet(), clock, ...options });
}

async function expectFailure(
  promise: Promise<unknown>,
  reason: SignatureFailureReason,
  header?: string,
): Promise<SignatureVerificationError> {
  const error = await promise.then(
    () => expect.unreachable("verification passed"),
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(SignatureVerificationError);
  const failure = error as SignatureVerificationError;
  expect(failure.reason).toBe(reason);
  expect(failure.name).toBe("SignatureVerificationError");
  if (header !== undefined) {
    expect(failure.header).toBe(header);
    expect(failure.message).toContain(header);
  }
  return failure;
}

describe("verifySignature: accepts", () => {
  it("a node:crypto signature from the platform certificate key (record headers)", async () => {
    await expect(verify()).resolves.toEqual({ serial: PLATFORM_SERIAL, timestamp: NOW, nonce: NONCE });
  });

  it("fetch Headers and node:http style lower-case / array headers", async () => {
    const record = signedHeaders();
    await expect(verify({ headers: new Headers(record) })).resolves.toMatchObject({ serial: PLATFORM_SERIAL });
    const lower = Object.fromEntries(Object.entries(record).map(([name, value]) => [name.toLowerCase(), [value]]));
    await expect(verify({ headers: lower })).resolves.toMatchObject({ serial: PLATFORM_SERIAL });
  });

  it("each key of a rotation/migration set: platform 1, platform 2, WeChat Pay public key", async () => {
    const cases = [
      [pem.platformKey, PLATFORM_SERIAL],
      [pem.platform2Key, PLATFORM2_SERIAL],
      [pem.platform2Key, PLATFORM2_SERIAL_OPENSSL], // openssl's spelling of the same serial
      [pem.wechatpayPubKeyPrivate, PUB_KEY_ID],
    ] as const;
    for (const [privatePem, serial] of cases) {
      const headers = signedHeaders({ privatePem, serial });
      await expect(verify({ headers })).resolves.toEqual({ serial, timestamp: NOW, nonce: NONCE });
    }
  });

  it("a 204 response (empty body line)", async () => {
    const headers = signedHeaders({ body: "" });
    await expect(verify({ headers, body: "" })).resolves.toMatchObject({ timestamp: NOW });
  });

  it("a response signed by src/sign.ts signMessage (the mock's signer)", async () => {
    const { platformPrivateKey } = await loadKeys();
    const signature = await signMessage(platformPrivateKey, `${NOW}\n${NONCE}\n${BODY}\n`);
    expect(signature).toBe(wechatSign(pem.platformKey, String(NOW), NONCE, BODY));
    await expect(verify({ headers: signedHeaders({ signature }) })).resolves.toMatchObject({ serial: PLATFORM_SERIAL });
  });

  it("timestamps exactly 300 s behind or ahead (limit is > 300, see verify.ts)", async () => {
    for (const timestamp of [String(NOW - 300), String(NOW + 300)]) {
      await expect(verify({ headers: signedHeaders({ timestamp }) })).resolves.toMatchObject({ timestamp: Number(timestamp) });
    }
    // A clock 0.9 s past the boundary still reads the same whole second.
    const headers = signedHeaders({ timestamp: String(NOW - 300) });
    await expect(verify({ headers, clock: fixedClock(NOW * 1000 + 900) })).resolves.toBeDefined();
  });

  it("uses the header text as signed (leading zeros in the timestamp)", async () => {
    const timestamp = `0${NOW}`;
    await expect(verify({ headers: signedHeaders({ timestamp }) })).resolves.toMatchObject({ timestamp: NOW });
  });
});

describe("verifySignature: refuses", () => {
  it("a tampered body", async () => {
    const failure = await expectFailure(verify({ body: BODY.replace("100", "101") }), "bad-signature", "Wechatpay-Signature");
    expect(failure.serial).toBe(PLATFORM_SERIAL);
  });

  it("a re-serialized body (whitespace change)", async () => {
    await expectFailure(verify({ body: JSON.stringify(JSON.parse(BODY), null, 1) }), "bad-signature");
  });

  it("a tampered signature", async () => {
    const headers = signedHeaders();
    const bytes = Buffer.from(headers["Wechatpay-Signature"]!, "base64");
    bytes[10] = bytes[10]! ^ 0x01;
    headers["Wechatpay-Signature"] = bytes.toString("base64");
    await expectFailure(verify({ headers }), "bad-signature", "Wechatpay-Signature");
  });

  it("a tampered nonce or timestamp (they are signed too)", async () => {
    const headers = signedHeaders();
    await expectFailure(verify({ headers: { ...headers, "Wechatpay-Nonce": "other" } }), "bad-signature");
    await expectFailure(verify({ headers: { ...headers, "Wechatpay-Timestamp": String(NOW - 1) } }), "bad-signature");
  });

  it("a signature by an unrelated key, and a real key's signature under another serial", async () => {
    await expectFailure(verify({ headers: signedHeaders({ privatePem: pem.attackerKey }) }), "bad-signature");
    await expectFailure(verify({ headers: signedHeaders({ privatePem: pem.platformKey, serial: PUB_KEY_ID }) }), "bad-signature");
  });

  it("stale and future timestamps (injected clock)", async () => {
    const past = await expectFailure(verify({ headers: signedHeaders({ timestamp: String(NOW - 301) }) }), "stale-timestamp", "Wechatpay-Timestamp");
    expect(past.message).toContain("behind");
    const future = await expectFailure(verify({ headers: signedHeaders({ timestamp: String(NOW + 301) }) }), "stale-timestamp", "Wechatpay-Timestamp");
    expect(future.message).toContain("ahead of");
    // The same headers pass with a clock moved next to them.
    const headers = signedHeaders({ timestamp: String(NOW - 3600) });
    await expect(verify({ headers, clock: fixedClock((NOW - 3590) * 1000) })).resolves.toBeDefined();
  });

  it("respects a custom maxSkewSeconds and rejects an invalid one", async () => {
    const headers = signedHeaders({ timestamp: String(NOW - 61) });
    await expectFailure(verify({ headers, maxSkewSeconds: 60 }), "stale-timestamp");
    await expect(verify({ headers, maxSkewSeconds: 61 })).resolves.toBeDefined();
    await expect(verify({ maxSkewSeconds: -1 })).rejects.toThrow(ConfigError);
    await expect(verify({ maxSkewSeconds: Number.NaN })).rejects.toThrow(ConfigError);
  });

  for (const header of ["Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature", "Wechatpay-Serial"]) {
    it(`a missing or empty ${header}`, async () => {
      const headers = signedHeaders();
      delete headers[header];
      await expectFailure(verify({ headers }), "missing-header", header);
      await expectFailure(verify({ headers: new Headers(headers) }), "missing-header", header);
      await expectFailure(verify({ headers: { ...headers, [header.toLowerCase()]: " " } }), "missing-header", header);
    });
  }

  it("reports the first missing header in the documented order", async () => {
    await expectFailure(verify({ headers: {} }), "missing-header", "Wechatpay-Timestamp");
    await expectFailure(verify({ headers: { "Wechatpay-Timestamp": String(NOW) } }), "missing-header", "Wechatpay-Nonce");
  });

  it("a malformed timestamp", async () => {
    for (const timestamp of ["abc", "1.7e9", "-1767225600", "0x6955B900", "1767225600.5", "2026-01-01T00:00:00Z", "99999999999999999999"]) {
      await expectFailure(verify({ headers: signedHeaders({ timestamp }) }), "malformed-header", "Wechatpay-Timestamp");
    }
  });

  it("a probe signature, before any key lookup", async () => {
    const signature = "WECHATPAY/SIGNTEST/MEQCIHNuZGJjZmQ=";
    const probe = await expectFailure(verify({ headers: signedHeaders({ signature }) }), "probe-signature", "Wechatpay-Signature");
    expect(probe.serial).toBe(PLATFORM_SERIAL);
    await expectFailure(verify({ headers: signedHeaders({ signature, serial: "UNKNOWN" }) }), "probe-signature");
  });

  it("a signature that is not base64", async () => {
    for (const signature of ["not base64!", "abc", "YWJj\nZGVm", "YQ"]) {
      await expectFailure(verify({ headers: { ...signedHeaders(), "Wechatpay-Signature": signature } }), "malformed-header", "Wechatpay-Signature");
    }
  });

  it("an unknown serial, naming it so the caller can refresh and retry", async () => {
    const failure = await expectFailure(
      verify({ headers: signedHeaders({ serial: "5157F09EFDC096DE15EBE81A47057A7232F1B8E1" }) }),
      "unknown-serial",
      "Wechatpay-Serial",
    );
    expect(failure.serial).toBe("5157F09EFDC096DE15EBE81A47057A7232F1B8E1");
    expect(failure.message).toContain("5157F09EFDC096DE15EBE81A47057A7232F1B8E1");
  });

  it("checks in order: stale before probe, probe before unknown serial", async () => {
    const headers = signedHeaders({ timestamp: String(NOW - 1000), signature: "WECHATPAY/SIGNTEST/x", serial: "UNKNOWN" });
    await expectFailure(verify({ headers }), "stale-timestamp");
    await expectFailure(verify({ headers: { ...headers, "Wechatpay-Timestamp": "x" } }), "malformed-header");
  });

  it("duplicate header values (ambiguous)", async () => {
    const headers: Record<string, string | string[]> = { ...signedHeaders(), "wechatpay-nonce": "second" };
    await expectFailure(verify({ headers }), "malformed-header", "Wechatpay-Nonce");
    await expectFailure(verify({ headers: { ...signedHeaders(), "Wechatpay-Serial": [PLATFORM_SERIAL, PUB_KEY_ID] } }), "malformed-header");
  });

  it("a header repeated in fetch Headers (which joins the values) is refused like one repeated in a record", async () => {
    const headers = new Headers(signedHeaders());
    headers.append("Wechatpay-Nonce", "second");
    await expectFailure(verify({ headers }), "malformed-header", "Wechatpay-Nonce");
    const serials = new Headers(signedHeaders());
    serials.append("Wechatpay-Serial", PUB_KEY_ID);
    await expectFailure(verify({ headers: serials }), "malformed-header", "Wechatpay-Serial");
  });

  it("a line break smuggled into a record header", async () => {
    await expectFailure(verify({ headers: { ...signedHeaders(), "Wechatpay-Nonce": "a\nb" } }), "malformed-header", "Wechatpay-Nonce");
  });

  it("a parsed object instead of the raw body", async () => {
    await expect(verify({ body: JSON.parse(BODY) })).rejects.toThrow(TypeError);
  });

  it("a key source that returns a private or non-RSA key", async () => {
    const { platformPrivateKey } = await loadKeys();
    const keys = { resolve: async () => platformPrivateKey };
    await expect(verify({ keys })).rejects.toThrow(ConfigError);
  });
});

describe("StaticKeySet", () => {
  it("adds, finds, lists and deletes keys", async () => {
    const keys = await loadKeys();
    const set = new StaticKeySet().add(PLATFORM_SERIAL, keys.platformCert.key).add(PUB_KEY_ID, keys.wechatpayPublicKey);
    expect(set.serials()).toEqual([PLATFORM_SERIAL, PUB_KEY_ID]);
    expect(set.has(PLATFORM_SERIAL)).toBe(true);
    expect(set.has(PLATFORM_SERIAL.toLowerCase())).toBe(true);
    expect(set.has(`00${PLATFORM_SERIAL}`)).toBe(true);
    expect(set.has(PUB_KEY_ID.toLowerCase())).toBe(false); // ids other than hex serials match exactly
    expect(await set.resolve(PUB_KEY_ID)).toBe(keys.wechatpayPublicKey);
    expect(await set.resolve("nope")).toBeUndefined();
    expect(set.delete(PLATFORM_SERIAL)).toBe(true);
    expect(set.has(PLATFORM_SERIAL)).toBe(false);
  });

  it("matches openssl's and WeChat's spelling of a serial with a leading zero nibble", async () => {
    const keys = await loadKeys();
    const set = new StaticKeySet([[PLATFORM2_SERIAL_OPENSSL, keys.platform2Cert.key]]);
    expect(await set.resolve(PLATFORM2_SERIAL)).toBe(keys.platform2Cert.key);
  });

  it("refuses keys that cannot verify and unusable serials", async () => {
    const keys = await loadKeys();
    expect(() => new StaticKeySet().add(PLATFORM_SERIAL, keys.platformPrivateKey)).toThrow(ConfigError);
    expect(() => new StaticKeySet().add("", keys.platformCert.key)).toThrow(ConfigError);
    expect(() => new StaticKeySet().add("A B", keys.platformCert.key)).toThrow(ConfigError);
  });
});

describe("verifyMessageSignature", () => {
  it("checks a base64 signature over a message without throwing on junk", async () => {
    const keys = await loadKeys();
    const message = "POST\n/v3/x\n1\nn\n\n";
    const signature = nodeSign("sha256", Buffer.from(message), createPrivateKey(pem.merchantKey)).toString("base64");
    expect(await verifyMessageSignature(keys.merchantPublicKey, message, signature)).toBe(true);
    expect(await verifyMessageSignature(keys.merchantPublicKey, `${message}x`, signature)).toBe(false);
    expect(await verifyMessageSignature(keys.attackerPublicKey, message, signature)).toBe(false);
    expect(await verifyMessageSignature(keys.merchantPublicKey, message, "%%%")).toBe(false);
  });
});
