import {
  X509Certificate,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign as nodeSign,
  verify as nodeVerify,
} from "node:crypto";
import { inspect } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { ConfigError } from "../../src/errors.ts";
import {
  assertRsaKey,
  importCertificate,
  importMerchantPrivateKey,
  importPublicKey,
  wrapPkcs1,
} from "../../src/keys.ts";
import { signMessage } from "../../src/sign.ts";
import { verifyMessageSignature } from "../../src/verify.ts";
import {
  CERT_VALIDITY,
  MERCHANT_SERIAL,
  PLATFORM2_SERIAL,
  PLATFORM2_SERIAL_OPENSSL,
  PLATFORM_SERIAL,
  fixturePath,
  pem,
  pemBody,
} from "../fixtures/keys.ts";
import { opensslCertificateFields } from "./support/openssl.ts";

const MESSAGE = "GET\n/v3/certificates\n1767225600\nNONCE\n\n";

function derOf(pemText: string): Buffer {
  return Buffer.from(pemBody(pemText), "base64");
}

/** Asserts a ConfigError whose every rendering is free of the PEM body. */
async function expectConfigError(promise: Promise<unknown>, secretPem: string, messagePart?: string | RegExp) {
  const error = await promise.then(
    () => expect.unreachable("import succeeded"),
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(ConfigError);
  const config = error as ConfigError;
  expect(config.name).toBe("ConfigError");
  if (messagePart !== undefined) expect(config.message).toMatch(messagePart);
  const body = pemBody(secretPem);
  const renderings = [config.message, String(config), config.stack ?? "", inspect(config, { depth: 10 }), JSON.stringify(config)];
  for (const text of renderings) {
    // Neither the whole body nor any 24-character slice of it may leak.
    for (let i = 0; i + 24 <= body.length; i += 24) expect(text).not.toContain(body.slice(i, i + 24));
  }
  return config;
}

describe("importMerchantPrivateKey", () => {
  it("imports PKCS#8 as a non-extractable RSASSA-PKCS1-v1_5/SHA-256 signing key", async () => {
    const key = await importMerchantPrivateKey(pem.merchantKey);
    expect(key.type).toBe("private");
    expect(key.extractable).toBe(false);
    expect(key.usages).toEqual(["sign"]);
    expect(key.algorithm).toMatchObject({ name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, hash: { name: "SHA-256" } });
    await expect(crypto.subtle.exportKey("pkcs8", key)).rejects.toThrow();
  });

  it("imports the PKCS#1 form of the same key, signing byte-for-byte like PKCS#8 and node:crypto", async () => {
    const pkcs1 = await importMerchantPrivateKey(pem.merchantKeyPkcs1);
    const pkcs8 = await importMerchantPrivateKey(pem.merchantKey);
    expect(pkcs1.extractable).toBe(false);
    const expected = nodeSign("sha256", Buffer.from(MESSAGE), createPrivateKey(pem.merchantKeyPkcs1)).toString("base64");
    expect(await signMessage(pkcs1, MESSAGE)).toBe(expected);
    expect(await signMessage(pkcs8, MESSAGE)).toBe(expected);
  });

  it("wraps PKCS#1 into exactly the PKCS#8 DER that node:crypto/OpenSSL produce", () => {
    const pkcs1 = derOf(pem.merchantKeyPkcs1);
    const expected = createPrivateKey(pem.merchantKeyPkcs1).export({ type: "pkcs8", format: "der" });
    expect(Buffer.from(wrapPkcs1(pkcs1, "private"))).toEqual(expected);
  });

  it("tolerates CRLF line endings and text around the block", async () => {
    const messy = `Bag Attributes\r\n    friendlyName: apiclient\r\n${pem.merchantKey.replace(/\n/g, "\r\n")}\r\ntrailing text`;
    const key = await importMerchantPrivateKey(messy);
    expect(await signMessage(key, MESSAGE)).toBe(await signMessage(await importMerchantPrivateKey(pem.merchantKey), MESSAGE));
  });

  it("names the expected kind and what was found for the wrong PEM", async () => {
    await expectConfigError(importMerchantPrivateKey(pem.merchantPub), pem.merchantPub, /merchant private key.*found "BEGIN PUBLIC KEY"/);
    await expectConfigError(importMerchantPrivateKey(pem.merchantCert), pem.merchantCert, /found "BEGIN CERTIFICATE"/);
    await expectConfigError(importMerchantPrivateKey("garbage"), "", /found no PEM block/);
    await expectConfigError(importMerchantPrivateKey(""), "", /found no PEM block/);
    await expectConfigError(importMerchantPrivateKey(42 as unknown as string), "", /PEM string/);
  });

  it("refuses a corrupted body without echoing it", async () => {
    const lines = pem.merchantKey.split("\n");
    const badBase64 = [lines[0], `${lines[1]!.slice(0, 10)}*${lines[1]!.slice(11)}`, ...lines.slice(2)].join("\n");
    await expectConfigError(importMerchantPrivateKey(badBase64), pem.merchantKey, /base64/);

    const der = derOf(pem.merchantKey);
    const truncated = `-----BEGIN PRIVATE KEY-----\n${der.subarray(0, 600).toString("base64")}\n-----END PRIVATE KEY-----\n`;
    await expectConfigError(importMerchantPrivateKey(truncated), truncated, /merchant private key/);

    const flipped = Buffer.from(der);
    flipped[300] = flipped[300]! ^ 0xff;
    const garbled = `-----BEGIN PRIVATE KEY-----\n${flipped.toString("base64")}\n-----END PRIVATE KEY-----\n`;
    await expectConfigError(importMerchantPrivateKey(garbled), garbled, /merchant private key/);

    const badPkcs1 = `-----BEGIN RSA PRIVATE KEY-----\n${Buffer.from("not a der sequence").toString("base64")}\n-----END RSA PRIVATE KEY-----`;
    await expectConfigError(importMerchantPrivateKey(badPkcs1), badPkcs1, /PKCS#1/);
  });

  it("refuses encrypted keys with a hint", async () => {
    const node = createPrivateKey(pem.merchantKey);
    const encryptedPkcs8 = node.export({ type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase: "pw" }) as string;
    await expectConfigError(importMerchantPrivateKey(encryptedPkcs8), encryptedPkcs8, /encrypted PKCS#8/);
    const encryptedPkcs1 = node.export({ type: "pkcs1", format: "pem", cipher: "aes-256-cbc", passphrase: "pw" }) as string;
    expect(encryptedPkcs1).toContain("Proc-Type: 4,ENCRYPTED");
    await expectConfigError(importMerchantPrivateKey(encryptedPkcs1), encryptedPkcs1, /encrypted/);
  });

  it("refuses EC keys and RSA keys below 2048 bits", async () => {
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }) as string;
    await expectConfigError(importMerchantPrivateKey(ec), ec, /not an RSA key/);
    const small = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ type: "pkcs8", format: "pem" }) as string;
    await expectConfigError(importMerchantPrivateKey(small), small, /2048/);
  });
});

describe("importPublicKey", () => {
  it("imports SPKI and PKCS#1 public keys that verify node:crypto signatures", async () => {
    const signature = nodeSign("sha256", Buffer.from(MESSAGE), createPrivateKey(pem.wechatpayPubKeyPrivate)).toString("base64");
    for (const text of [pem.wechatpayPubKey, pem.wechatpayPubKeyPkcs1]) {
      const key = await importPublicKey(text);
      expect(key.type).toBe("public");
      expect(key.usages).toEqual(["verify"]);
      expect(await verifyMessageSignature(key, MESSAGE, signature)).toBe(true);
      expect(await verifyMessageSignature(key, `${MESSAGE} `, signature)).toBe(false);
    }
  });

  it("wraps PKCS#1 into exactly the SPKI DER node:crypto produces", () => {
    const expected = createPublicKey(pem.wechatpayPubKeyPkcs1).export({ type: "spki", format: "der" });
    expect(Buffer.from(wrapPkcs1(derOf(pem.wechatpayPubKeyPkcs1), "public"))).toEqual(expected);
    expect(Buffer.from(expected)).toEqual(derOf(pem.wechatpayPubKey));
  });

  it("names the expected kind for the wrong PEM and refuses non-RSA keys", async () => {
    await expectConfigError(importPublicKey(pem.merchantKey), pem.merchantKey, /public key.*found "BEGIN PRIVATE KEY"/);
    await expectConfigError(importPublicKey(pem.platformCert), pem.platformCert, /found "BEGIN CERTIFICATE"/);
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ type: "spki", format: "pem" }) as string;
    await expectConfigError(importPublicKey(ec), ec, /not an RSA key/);
    const garbage = `-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----`;
    await expectConfigError(importPublicKey(garbage), garbage, /public key/);
  });
});

describe("importCertificate", () => {
  const cases = [
    ["merchantCert", MERCHANT_SERIAL, MERCHANT_SERIAL],
    ["platformCert", PLATFORM_SERIAL, PLATFORM_SERIAL],
    ["platform2Cert", PLATFORM2_SERIAL, PLATFORM2_SERIAL_OPENSSL],
  ] as const;

  for (const [name, serial, opensslSerial] of cases) {
    it(`reads serial and validity of ${name} like openssl and node:crypto`, async () => {
      const certificate = await importCertificate(pem[name]);
      expect(certificate.serialNo).toBe(serial);
      expect(certificate.notBefore.toISOString()).toBe(CERT_VALIDITY[name].notBefore);
      expect(certificate.notAfter.toISOString()).toBe(CERT_VALIDITY[name].notAfter);

      const openssl = opensslCertificateFields(fixturePath(name));
      expect(openssl.serial).toBe(opensslSerial);
      // Our normalisation: the integer's hex, so openssl's leading "0" nibble is dropped.
      expect(certificate.serialNo).toBe(openssl.serial!.replace(/^0+/, ""));
      expect(certificate.notBefore.getTime()).toBe(Date.parse(openssl.notBefore!.replace(" ", "T")));
      expect(certificate.notAfter.getTime()).toBe(Date.parse(openssl.notAfter!.replace(" ", "T")));

      const node = new X509Certificate(pem[name]);
      expect(certificate.serialNo).toBe(node.serialNumber.replace(/^0+/, ""));
      expect(certificate.notBefore.getTime()).toBe(Date.parse(node.validFrom));
      expect(certificate.notAfter.getTime()).toBe(Date.parse(node.validTo));
      expect(BigInt(`0x${certificate.serialNo}`)).toBe(BigInt(`0x${node.serialNumber}`));
    });
  }

  it("returns a public key that verifies signatures of the certificate's private key", async () => {
    const { key } = await importCertificate(pem.platformCert);
    expect(key.type).toBe("public");
    expect(key.algorithm).toMatchObject({ name: "RSASSA-PKCS1-v1_5", hash: { name: "SHA-256" } });
    const signature = nodeSign("sha256", Buffer.from(MESSAGE), createPrivateKey(pem.platformKey)).toString("base64");
    expect(await verifyMessageSignature(key, MESSAGE, signature)).toBe(true);
    const attacker = nodeSign("sha256", Buffer.from(MESSAGE), createPrivateKey(pem.attackerKey)).toString("base64");
    expect(await verifyMessageSignature(key, MESSAGE, attacker)).toBe(false);
  });

  it("takes the first certificate of a chain with surrounding text", async () => {
    const chain = `subject=...\n${pem.platform2Cert}\n${pem.platformCert}`;
    expect((await importCertificate(chain)).serialNo).toBe(PLATFORM2_SERIAL);
  });

  it("refuses non-certificates and corrupted DER without echoing it", async () => {
    await expectConfigError(importCertificate(pem.platformPub), pem.platformPub, /X\.509 certificate.*found "BEGIN PUBLIC KEY"/);
    await expectConfigError(importCertificate(pem.platformKey), pem.platformKey, /found "BEGIN PRIVATE KEY"/);
    const der = derOf(pem.platformCert);
    const truncated = `-----BEGIN CERTIFICATE-----\n${der.subarray(0, 400).toString("base64")}\n-----END CERTIFICATE-----`;
    await expectConfigError(importCertificate(truncated), truncated, /malformed/);
    const trailing = `-----BEGIN CERTIFICATE-----\n${Buffer.concat([der, Buffer.from([0])]).toString("base64")}\n-----END CERTIFICATE-----`;
    await expectConfigError(importCertificate(trailing), trailing, /malformed/);
  });

  it("refuses a negative serial number", async () => {
    const der = Buffer.from(derOf(pem.platformCert));
    // The serial INTEGER of platform-cert.pem is 21 bytes: 00 8A 3F …; make it 8A 8A 3F … (negative).
    const serialOffset = der.indexOf(Buffer.from([0x02, 0x15, 0x00, 0x8a, 0x3f]));
    expect(serialOffset).toBeGreaterThan(0);
    der[serialOffset + 2] = 0x8a;
    const negative = `-----BEGIN CERTIFICATE-----\n${der.toString("base64")}\n-----END CERTIFICATE-----`;
    await expectConfigError(importCertificate(negative), negative, /serial number is not a positive integer/);
  });
});

describe("assertRsaKey", () => {
  it("accepts the right keys and refuses the rest", async () => {
    const privateKey = await importMerchantPrivateKey(pem.merchantKey);
    const publicKey = await importPublicKey(pem.merchantPub);
    expect(() => assertRsaKey(privateKey, "private", "k")).not.toThrow();
    expect(() => assertRsaKey(publicKey, "public", "k")).not.toThrow();
    expect(() => assertRsaKey(publicKey, "private", "k")).toThrow(ConfigError);
    expect(() => assertRsaKey(privateKey, "public", "k")).toThrow(ConfigError);
    const hmac = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    expect(() => assertRsaKey(hmac, "private", "k")).toThrow(ConfigError);
    const pss = await crypto.subtle.importKey(
      "spki",
      new Uint8Array(derOf(pem.merchantPub)),
      { name: "RSA-PSS", hash: "SHA-256" },
      true,
      ["verify"],
    );
    expect(() => assertRsaKey(pss, "public", "k")).toThrow(/RSASSA-PKCS1-v1_5/);
    expect(() => assertRsaKey({}, "public", "k")).toThrow(ConfigError);
  });

  it("checks a key once: a key that passed is not read again", async () => {
    const privateKey = await importMerchantPrivateKey(pem.merchantKey);
    const publicKey = await importPublicKey(pem.merchantPub);
    const algorithm = vi.spyOn(CryptoKey.prototype, "algorithm", "get");
    const usages = vi.spyOn(CryptoKey.prototype, "usages", "get");
    try {
      for (let i = 0; i < 3; i++) {
        assertRsaKey(privateKey, "private", "k");
        assertRsaKey(publicKey, "public", "k");
      }
      expect(algorithm).not.toHaveBeenCalled();
      expect(usages).not.toHaveBeenCalled();
      // Checked as the other type, the same key is still refused.
      expect(() => assertRsaKey(publicKey, "private", "k")).toThrow(ConfigError);
    } finally {
      algorithm.mockRestore();
      usages.mockRestore();
    }
  });

  it("stays consistent with node:crypto verification of our signatures", async () => {
    const key = await importMerchantPrivateKey(pem.merchantKeyPkcs1);
    const signature = await signMessage(key, MESSAGE);
    expect(nodeVerify("sha256", Buffer.from(MESSAGE), createPublicKey(pem.merchantPub), Buffer.from(signature, "base64"))).toBe(true);
  });
});
