import { createCipheriv, createDecipheriv } from "node:crypto";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { AEAD_AES_256_GCM, apiV3KeyFrom, decryptResource, encryptResource, importApiV3Key, type EncryptedResource } from "../../src/aead.ts";
import { ConfigError, DecryptionError, type DecryptionFailureReason } from "../../src/errors.ts";
import { APIV3_KEY, WRONG_APIV3_KEY, loadKeys, pem } from "../fixtures/keys.ts";

const NONCE = "fdasflkja484";
const AAD = "transaction";
const PLAINTEXT = JSON.stringify({
  out_order_no: "1234323JKHDFE1243252",
  state: "DOING",
  state_description: "USER_CONFIRM",
  service_introduction: "先享后付 · ü",
});

/** WeChat-style encryption with node:crypto: base64(ciphertext ‖ tag). */
function nodeEncrypt(plaintext: string | Buffer, options: { key?: string; nonce?: string; aad?: string } = {}): EncryptedResource {
  const nonce = options.nonce ?? NONCE;
  const cipher = createCipheriv("aes-256-gcm", Buffer.from(options.key ?? APIV3_KEY, "utf8"), Buffer.from(nonce, "utf8"));
  cipher.setAAD(Buffer.from(options.aad ?? AAD, "utf8"));
  const sealed = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return { algorithm: AEAD_AES_256_GCM, ciphertext: sealed.toString("base64"), nonce, associated_data: options.aad ?? AAD, original_type: "payscore" };
}

function nodeDecrypt(resource: EncryptedResource, key = APIV3_KEY): string {
  const sealed = Buffer.from(resource.ciphertext, "base64");
  const decipher = createDecipheriv("aes-256-gcm", Buffer.from(key, "utf8"), Buffer.from(resource.nonce, "utf8"));
  decipher.setAAD(Buffer.from(resource.associated_data ?? "", "utf8"));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]).toString("utf8");
}

function withByteFlipped(base64: string, index: number): string {
  const bytes = Buffer.from(base64, "base64");
  const at = index < 0 ? bytes.length + index : index;
  bytes[at] = bytes[at]! ^ 0x01;
  return bytes.toString("base64");
}

const secrets = [APIV3_KEY, WRONG_APIV3_KEY];

async function expectDecryptionError(
  promise: Promise<unknown>,
  reason: DecryptionFailureReason,
  field?: string,
): Promise<DecryptionError> {
  const error = await promise.then(
    () => expect.unreachable("decryption succeeded"),
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(DecryptionError);
  const failure = error as DecryptionError;
  expect(failure.reason).toBe(reason);
  expect(failure.name).toBe("DecryptionError");
  if (field !== undefined) {
    expect(failure.field).toBe(field);
    expect(failure.message).toContain(field);
  }
  for (const text of [failure.message, String(failure), failure.stack ?? "", inspect(failure, { depth: 10 })]) {
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
  return failure;
}

describe("importApiV3Key", () => {
  it("accepts exactly 32 bytes as a string or Uint8Array, giving the same key", async () => {
    const fromString = await importApiV3Key(APIV3_KEY);
    const bytes = new TextEncoder().encode(APIV3_KEY);
    const fromBytes = await importApiV3Key(bytes);
    expect(bytes).toEqual(new TextEncoder().encode(APIV3_KEY)); // caller's bytes are not wiped
    const sealed = nodeEncrypt(PLAINTEXT);
    expect(await decryptResource(fromString, sealed)).toBe(PLAINTEXT);
    expect(await decryptResource(fromBytes, sealed)).toBe(PLAINTEXT);
  });

  it("refuses 16-, 24-, 31-, 33- and 0-byte keys (WebCrypto would accept 16/24)", async () => {
    for (const length of [16, 24, 31, 33, 0]) {
      const key = APIV3_KEY.repeat(2).slice(0, length);
      const error = await importApiV3Key(key).then(
        () => expect.unreachable(`accepted a ${length}-byte key`),
        (error: unknown) => error as ConfigError,
      );
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toBe(`APIv3 key must be exactly 32 bytes, got ${length}`);
      expect(inspect(error)).not.toContain(key || "<none>");
    }
    await expect(importApiV3Key(new Uint8Array(16))).rejects.toThrow(ConfigError);
    await expect(importApiV3Key(new Uint8Array(24))).rejects.toThrow(ConfigError);
    // WebCrypto itself would happily run AES-128/192 with these:
    await expect(crypto.subtle.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["decrypt"])).resolves.toBeDefined();
    await expect(crypto.subtle.importKey("raw", new Uint8Array(24), "AES-GCM", false, ["decrypt"])).resolves.toBeDefined();
  });

  it("counts UTF-8 bytes, not characters", async () => {
    await expect(importApiV3Key("é".repeat(32))).rejects.toThrow("got 64");
  });

  it("refuses a string of 32 UTF-8 bytes that is not 32 ASCII characters, naming the rule and not the key", async () => {
    const key = "é".repeat(16);
    expect(new TextEncoder().encode(key).length).toBe(32);
    for (const attempt of [() => importApiV3Key(key), () => apiV3KeyFrom(key)]) {
      const error = await Promise.resolve()
        .then(attempt)
        .then(
          () => expect.unreachable("accepted a non-ASCII key"),
          (error: unknown) => error as ConfigError,
        );
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toContain("32 ASCII characters");
      for (const text of [error.message, inspect(error), JSON.stringify(error)]) {
        expect(text).not.toContain(key);
        expect(text).not.toContain("é");
      }
    }
    // apiV3KeyFrom refuses synchronously, before anything is cached.
    expect(() => apiV3KeyFrom(key)).toThrow(ConfigError);
    // The same 32 bytes given as bytes are a valid (documented) key.
    await expect(importApiV3Key(new TextEncoder().encode(key))).resolves.toBeDefined();
  });

  it("refuses non-string, non-bytes input", async () => {
    await expect(importApiV3Key(42 as unknown as string)).rejects.toThrow(ConfigError);
  });

  it("returns an opaque handle that reveals nothing", async () => {
    const key = await importApiV3Key(APIV3_KEY);
    expect(JSON.stringify(key)).toBe(`{"algorithm":"AEAD_AES_256_GCM"}`);
    expect(inspect(key, { showHidden: true, depth: 10 })).not.toContain(APIV3_KEY);
    expect(Object.isFrozen(key)).toBe(true);
    const forged = { algorithm: AEAD_AES_256_GCM } as const;
    await expect(decryptResource(forged, nodeEncrypt(PLAINTEXT))).rejects.toThrow(ConfigError);
    await expect(encryptResource(forged, PLAINTEXT)).rejects.toThrow(ConfigError);
  });
});

describe("decryptResource", () => {
  it("decrypts node:crypto AES-256-GCM ciphertexts (UTF-8, with and without AAD)", async () => {
    const { apiV3Key } = await loadKeys();
    expect(await decryptResource(apiV3Key, nodeEncrypt(PLAINTEXT))).toBe(PLAINTEXT);
    expect(await decryptResource(apiV3Key, nodeEncrypt(PLAINTEXT, { aad: "" }))).toBe(PLAINTEXT);
    const { associated_data: _, ...withoutAad } = nodeEncrypt(PLAINTEXT, { aad: "" });
    expect(await decryptResource(apiV3Key, withoutAad)).toBe(PLAINTEXT);
    expect(await decryptResource(apiV3Key, { ...nodeEncrypt(PLAINTEXT, { aad: "" }), associated_data: null })).toBe(PLAINTEXT);
    expect(await decryptResource(apiV3Key, nodeEncrypt(""))).toBe("");
  });

  it("decrypts a certificate envelope (PEM plaintext, AAD 'certificate')", async () => {
    const { apiV3Key } = await loadKeys();
    const envelope = nodeEncrypt(pem.platformCert, { aad: "certificate" });
    expect(await decryptResource(apiV3Key, envelope)).toBe(pem.platformCert);
  });

  it("fails authentication with the wrong APIv3 key", async () => {
    const { wrongApiV3Key } = await loadKeys();
    await expectDecryptionError(decryptResource(wrongApiV3Key, nodeEncrypt(PLAINTEXT)), "authentication-failed", "ciphertext");
  });

  it("fails authentication for a flipped tag bit, a flipped ciphertext bit, or a changed nonce", async () => {
    const { apiV3Key } = await loadKeys();
    const sealed = nodeEncrypt(PLAINTEXT);
    await expectDecryptionError(decryptResource(apiV3Key, { ...sealed, ciphertext: withByteFlipped(sealed.ciphertext, -1) }), "authentication-failed");
    await expectDecryptionError(decryptResource(apiV3Key, { ...sealed, ciphertext: withByteFlipped(sealed.ciphertext, 0) }), "authentication-failed");
    await expectDecryptionError(decryptResource(apiV3Key, { ...sealed, nonce: "fdasflkja485" }), "authentication-failed");
  });

  it("fails authentication for wrong or missing AAD", async () => {
    const { apiV3Key } = await loadKeys();
    const sealed = nodeEncrypt(PLAINTEXT);
    await expectDecryptionError(decryptResource(apiV3Key, { ...sealed, associated_data: "transactioN" }), "authentication-failed");
    await expectDecryptionError(decryptResource(apiV3Key, { ...sealed, associated_data: "" }), "authentication-failed");
  });

  it("fails authentication for a truncated ciphertext and is malformed below the tag size", async () => {
    const { apiV3Key } = await loadKeys();
    const sealed = nodeEncrypt(PLAINTEXT);
    const bytes = Buffer.from(sealed.ciphertext, "base64");
    const cut = (length: number) => ({ ...sealed, ciphertext: bytes.subarray(0, length).toString("base64") });
    await expectDecryptionError(decryptResource(apiV3Key, cut(bytes.length - 1)), "authentication-failed");
    await expectDecryptionError(decryptResource(apiV3Key, cut(16)), "authentication-failed");
    await expectDecryptionError(decryptResource(apiV3Key, cut(15)), "malformed", "ciphertext");
    await expectDecryptionError(decryptResource(apiV3Key, cut(0)), "malformed", "ciphertext");
  });

  it("treats bad base64 as malformed (including '+' turned into a space)", async () => {
    const { apiV3Key } = await loadKeys();
    const sealed = nodeEncrypt(PLAINTEXT);
    for (const ciphertext of ["%%%%", sealed.ciphertext.slice(0, -1), ` ${sealed.ciphertext}`, sealed.ciphertext.replace(/[+/]/, " ")]) {
      await expectDecryptionError(decryptResource(apiV3Key, { ...sealed, ciphertext }), "malformed", "ciphertext");
    }
    await expectDecryptionError(decryptResource(apiV3Key, { ...sealed, ciphertext: 1234 as unknown as string }), "malformed", "ciphertext");
  });

  it("refuses nonces that are not 12 bytes", async () => {
    const { apiV3Key } = await loadKeys();
    const sealed = nodeEncrypt(PLAINTEXT);
    for (const nonce of ["", "fdasflkja48", "fdasflkja4840", "0123456789abcdef", "é".repeat(12)]) {
      await expectDecryptionError(decryptResource(apiV3Key, { ...sealed, nonce }), "malformed", "nonce");
    }
  });

  it("refuses unsupported algorithms", async () => {
    const { apiV3Key } = await loadKeys();
    const sealed = nodeEncrypt(PLAINTEXT);
    for (const algorithm of ["AEAD_AES_128_GCM", "aead_aes_256_gcm", "AES-GCM", "", undefined]) {
      await expectDecryptionError(
        decryptResource(apiV3Key, { ...sealed, algorithm: algorithm as string }),
        "unsupported-algorithm",
        "algorithm",
      );
    }
  });

  it("refuses a non-string associated_data and a non-UTF-8 plaintext as malformed", async () => {
    const { apiV3Key } = await loadKeys();
    const sealed = nodeEncrypt(PLAINTEXT);
    await expectDecryptionError(decryptResource(apiV3Key, { ...sealed, associated_data: 5 as unknown as string }), "malformed", "associated_data");
    await expectDecryptionError(decryptResource(apiV3Key, nodeEncrypt(Buffer.from([0xff, 0xfe, 0x80]))), "malformed", "plaintext");
  });
});

describe("encryptResource", () => {
  it("produces what node:crypto decrypts, byte-identical to node:crypto for the same nonce", async () => {
    const { apiV3Key } = await loadKeys();
    const sealed = await encryptResource(apiV3Key, PLAINTEXT, { nonce: NONCE, associatedData: AAD });
    expect(sealed).toEqual({ algorithm: AEAD_AES_256_GCM, ciphertext: nodeEncrypt(PLAINTEXT).ciphertext, nonce: NONCE, associated_data: AAD });
    expect(nodeDecrypt(sealed)).toBe(PLAINTEXT);
    expect(() => nodeDecrypt(sealed, WRONG_APIV3_KEY)).toThrow(/unable to authenticate/);
  });

  it("defaults to a fresh 12-character nonce and empty AAD", async () => {
    const { apiV3Key } = await loadKeys();
    const first = await encryptResource(apiV3Key, PLAINTEXT);
    const second = await encryptResource(apiV3Key, PLAINTEXT);
    expect(first.nonce).toMatch(/^[0-9A-Za-z]{12}$/);
    expect(first.nonce).not.toBe(second.nonce);
    expect(first.associated_data).toBe("");
    expect(nodeDecrypt(first)).toBe(PLAINTEXT);
    expect(await decryptResource(apiV3Key, second)).toBe(PLAINTEXT);
  });

  it("refuses a nonce that is not 12 bytes", async () => {
    const { apiV3Key } = await loadKeys();
    await expect(encryptResource(apiV3Key, PLAINTEXT, { nonce: "short" })).rejects.toThrow(ConfigError);
  });
});
