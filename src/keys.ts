/**
 * Key import: merchant private key, WeChat Pay public key, platform
 * certificates. Everything becomes a WebCrypto `CryptoKey` for
 * RSASSA-PKCS1-v1_5 + SHA-256 (WeChat's "SHA256withRSA"), imported once by the
 * caller and reused for every request: re-parsing a PEM per call costs ~3×.
 *
 * Errors are `ConfigError`s that say which kind of key was expected and what
 * was found (PEM labels only); the PEM body is never echoed because it may be
 * a private key.
 */
import { importX509 } from "jose";
import {
  DerError,
  TAG,
  childrenOf,
  contentOf,
  encodeElement,
  expectElement,
  expectSingleElement,
  readTime,
  type DerElement,
} from "./der.js";
import { hexEncode } from "./encoding.js";
import { ConfigError } from "./errors.js";
import { PemError, decodePem, encodePem, pemLabels } from "./pem.js";

/** The only signature algorithm of WECHATPAY2-SHA256-RSA2048. */
export const RSA_SHA256 = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" } as const;

/** WeChat Pay APIv3 keys are RSA 2048; smaller keys are refused outright. */
export const MIN_RSA_MODULUS_BITS = 2048;

/** DER of OID 1.2.840.113549.1.1.1 (rsaEncryption). */
const RSA_ENCRYPTION_OID = new Uint8Array([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]);

/** AlgorithmIdentifier { rsaEncryption, NULL } as PKCS#8 and SPKI expect it. */
const RSA_ALGORITHM_IDENTIFIER = encodeElement(
  TAG.SEQUENCE,
  encodeElement(TAG.OBJECT_IDENTIFIER, RSA_ENCRYPTION_OID),
  encodeElement(TAG.NULL),
);

const PRIVATE_KEY_WANTED = 'a merchant private key ("BEGIN PRIVATE KEY" or "BEGIN RSA PRIVATE KEY")';
const PUBLIC_KEY_WANTED = 'a public key ("BEGIN PUBLIC KEY" or "BEGIN RSA PUBLIC KEY")';
const CERTIFICATE_WANTED = 'an X.509 certificate ("BEGIN CERTIFICATE")';

/**
 * Imports the merchant API private key (apiclient_key.pem) as a
 * non-extractable signing key. Accepts PKCS#8 (what the merchant platform
 * issues) and PKCS#1 (`openssl genrsa -traditional`, older tooling), which
 * WebCrypto cannot import directly and is therefore wrapped into PKCS#8.
 */
export async function importMerchantPrivateKey(pem: string): Promise<CryptoKey> {
  const block = findBlock(pem, ["PRIVATE KEY", "RSA PRIVATE KEY"], PRIVATE_KEY_WANTED);
  const pkcs8 = block.label === "PRIVATE KEY" ? block.der : wrapPkcs1(block.der, "private", PRIVATE_KEY_WANTED);
  if (block.label === "PRIVATE KEY") assertRsaAlgorithm(pkcs8, "private", PRIVATE_KEY_WANTED);
  const key = await importOrFail("pkcs8", pkcs8, ["sign"], PRIVATE_KEY_WANTED);
  assertRsaKey(key, "private", "merchant private key");
  return key;
}

/**
 * Imports an RSA public key: the WeChat Pay public key (public-key mode,
 * `PUB_KEY_ID_…`, delivered as `BEGIN PUBLIC KEY`) or a merchant public key
 * for the mock. PKCS#1 `BEGIN RSA PUBLIC KEY` is wrapped into SPKI.
 */
export async function importPublicKey(pem: string): Promise<CryptoKey> {
  const block = findBlock(pem, ["PUBLIC KEY", "RSA PUBLIC KEY"], PUBLIC_KEY_WANTED);
  const spki = block.label === "PUBLIC KEY" ? block.der : wrapPkcs1(block.der, "public", PUBLIC_KEY_WANTED);
  if (block.label === "PUBLIC KEY") assertRsaAlgorithm(spki, "public", PUBLIC_KEY_WANTED);
  const key = await importOrFail("spki", spki, ["verify"], PUBLIC_KEY_WANTED);
  assertRsaKey(key, "public", "public key");
  return key;
}

export interface ImportedCertificate {
  /** The certificate's RSA public key, ready for `verify`. */
  readonly key: CryptoKey;
  /**
   * Serial number as WeChat prints it in `Wechatpay-Serial` and
   * `/v3/certificates`: upper-case hex of the (positive) integer without
   * leading zeros, i.e. what wechatpay-go (`fmt.Sprintf("%X", serial)`) and
   * wechatpay-java (`toString(16).toUpperCase()`) compute. For typical
   * 20-byte serials that is 40 characters; `openssl x509 -serial` prints
   * whole bytes, so for a serial whose first byte is below 0x10 it shows one
   * extra leading "0" that we drop.
   */
  readonly serialNo: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
}

/**
 * Imports a platform (or merchant) X.509 certificate. Serial and validity are
 * read from the DER here; the public key goes through jose's `importX509`.
 * Validity is returned, not enforced: whether an expired platform certificate
 * may still verify old notifications is the caller's policy.
 */
export async function importCertificate(pem: string): Promise<ImportedCertificate> {
  const block = findBlock(pem, ["CERTIFICATE"], CERTIFICATE_WANTED);
  const fields = readCertificateFields(block.der);
  assertRsaAlgorithm(fields.spki, "public", CERTIFICATE_WANTED);
  let key: CryptoKey;
  try {
    // Hand jose exactly one re-armoured block: it strips only the labels and
    // whitespace, so a chain or surrounding text would corrupt its input.
    key = await importX509(encodePem("CERTIFICATE", block.der), "RS256");
  } catch {
    throw new ConfigError(`Could not import the public key of ${CERTIFICATE_WANTED}`);
  }
  assertRsaKey(key, "public", "certificate public key");
  return { key, ...fields.info };
}

interface CertificateFields {
  spki: Uint8Array;
  info: { serialNo: string; notBefore: Date; notAfter: Date };
}

/**
 * Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature }
 * TBSCertificate ::= SEQUENCE { [0] version OPTIONAL, serialNumber INTEGER,
 *   signature AlgorithmIdentifier, issuer Name, validity SEQUENCE { notBefore,
 *   notAfter }, subject Name, subjectPublicKeyInfo, ... }   (RFC 5280 §4.1)
 */
function readCertificateFields(der: Uint8Array): CertificateFields {
  try {
    const certificate = expectSingleElement(der, TAG.SEQUENCE);
    const tbs = expectElement(der, TAG.SEQUENCE, certificate.start, certificate.end);
    const fields = childrenOf(der, tbs);
    const skip = fields[0]?.tag === TAG.CONTEXT_0 ? 1 : 0;
    const [serial, , , validity, , spki] = fields.slice(skip);
    if (!serial || !validity || !spki) throw new DerError("TBSCertificate is missing fields");
    const [notBefore, notAfter] = childrenOf(der, expectTag(validity, TAG.SEQUENCE));
    if (!notBefore || !notAfter) throw new DerError("Validity is missing fields");
    return {
      spki: der.subarray(spki.offset, spki.end),
      info: {
        serialNo: serialToHex(contentOf(der, expectTag(serial, TAG.INTEGER))),
        notBefore: readTime(der, notBefore),
        notAfter: readTime(der, notAfter),
      },
    };
  } catch (error) {
    if (error instanceof DerError || error instanceof ConfigError) {
      throw new ConfigError(`Expected ${CERTIFICATE_WANTED}, but its DER is malformed (${error.message})`);
    }
    throw error;
  }
}

/**
 * Upper-case hex of a positive INTEGER without leading zeros (see
 * `ImportedCertificate.serialNo`). RFC 5280 requires positive serials, so a
 * negative one is refused rather than guessed at.
 */
function serialToHex(content: Uint8Array): string {
  if (content.length === 0 || (content[0]! & 0x80) !== 0) {
    throw new ConfigError("Certificate serial number is not a positive integer");
  }
  return hexEncode(content, "upper").replace(/^0+(?=.)/, "");
}

function expectTag(element: DerElement, tag: number): DerElement {
  if (element.tag !== tag) throw new DerError(`Unexpected ASN.1 tag 0x${element.tag.toString(16)}`);
  return element;
}

/** Finds the wanted PEM block or explains what was found instead. */
function findBlock(pem: unknown, labels: readonly string[], wanted: string) {
  if (typeof pem !== "string") throw new ConfigError(`Expected ${wanted} as a PEM string`);
  let block;
  try {
    block = decodePem(pem, labels);
  } catch (error) {
    throw new ConfigError(`Expected ${wanted}: ${error instanceof PemError ? error.message : "unreadable PEM"}`);
  }
  if (block) return block;
  const found = pemLabels(pem);
  if (found.includes("ENCRYPTED PRIVATE KEY")) {
    throw new ConfigError(`Expected ${wanted}, found an encrypted PKCS#8 key; decrypt it first (openssl pkey)`);
  }
  const hint = found.length > 0 ? `found ${found.map((label) => `"BEGIN ${label}"`).join(", ")}` : "found no PEM block";
  throw new ConfigError(`Expected ${wanted}, ${hint}`);
}

/**
 * PKCS#1 → PKCS#8 / SPKI, the containers WebCrypto imports:
 *   PrivateKeyInfo ::= SEQUENCE { INTEGER 0, AlgorithmIdentifier, OCTET STRING { RSAPrivateKey } }
 *   SubjectPublicKeyInfo ::= SEQUENCE { AlgorithmIdentifier, BIT STRING { 0 unused bits, RSAPublicKey } }
 */
export function wrapPkcs1(pkcs1: Uint8Array, type: "private" | "public", wanted = "an RSA key"): Uint8Array {
  try {
    // Only the outer shape is checked here; WebCrypto validates the integers.
    expectSingleElement(pkcs1, TAG.SEQUENCE);
  } catch {
    throw new ConfigError(`Expected ${wanted}, but the PKCS#1 DER is malformed`);
  }
  if (type === "private") {
    return encodeElement(
      TAG.SEQUENCE,
      encodeElement(TAG.INTEGER, new Uint8Array([0])),
      RSA_ALGORITHM_IDENTIFIER,
      encodeElement(TAG.OCTET_STRING, pkcs1),
    );
  }
  return encodeElement(TAG.SEQUENCE, RSA_ALGORITHM_IDENTIFIER, encodeElement(TAG.BIT_STRING, new Uint8Array([0]), pkcs1));
}

/**
 * Checks the AlgorithmIdentifier OID of a PKCS#8 or SPKI structure, so an EC
 * or Ed25519 key gets "not an RSA key" instead of WebCrypto's bare DataError.
 */
function assertRsaAlgorithm(der: Uint8Array, type: "private" | "public", wanted: string): void {
  let oid: Uint8Array;
  try {
    const outer = expectSingleElement(der, TAG.SEQUENCE);
    const children = childrenOf(der, outer);
    const algorithm = children[type === "private" ? 1 : 0];
    if (!algorithm) throw new DerError("Missing AlgorithmIdentifier");
    const [oidElement] = childrenOf(der, expectTag(algorithm, TAG.SEQUENCE));
    if (!oidElement) throw new DerError("Missing algorithm OID");
    oid = contentOf(der, expectTag(oidElement, TAG.OBJECT_IDENTIFIER));
  } catch (error) {
    if (error instanceof DerError) throw new ConfigError(`Expected ${wanted}, but its DER is malformed`);
    throw error;
  }
  if (oid.length !== RSA_ENCRYPTION_OID.length || !oid.every((byte, i) => byte === RSA_ENCRYPTION_OID[i])) {
    throw new ConfigError(`Expected ${wanted}, but it is not an RSA key (WeChat Pay APIv3 uses RSA 2048)`);
  }
}

async function importOrFail(
  format: "pkcs8" | "spki",
  der: Uint8Array,
  usages: KeyUsage[],
  wanted: string,
): Promise<CryptoKey> {
  try {
    // Private keys are non-extractable: once imported, the bytes cannot be read back.
    return await crypto.subtle.importKey(format, der as Uint8Array<ArrayBuffer>, RSA_SHA256, format === "spki", usages);
  } catch {
    throw new ConfigError(`Could not import ${wanted}: the key data is invalid`);
  }
}

/**
 * Keys that passed `assertRsaKey`, by the type they were checked as. A CryptoKey's type, usages and
 * algorithm are fixed when it is made, so a key is checked once (when imported or first used), not
 * on every signature.
 */
const checkedKeys = { private: new WeakSet<CryptoKey>(), public: new WeakSet<CryptoKey>() };

/**
 * Checks that a CryptoKey can do what WECHATPAY2-SHA256-RSA2048 needs, so a
 * wrong key fails at configuration time instead of as a 401 later. Used by
 * the signer and verifier on keys the caller imported themselves. Each key
 * is checked once; later calls with a key that passed return at once.
 */
export function assertRsaKey(key: unknown, type: "private" | "public", what: string): asserts key is CryptoKey {
  if (checkedKeys[type].has(key as CryptoKey)) return;
  const usage = type === "private" ? "sign" : "verify";
  if (!(key instanceof CryptoKey) || key.type !== type || !key.usages.includes(usage)) {
    throw new ConfigError(`The ${what} must be a ${type} CryptoKey with usage "${usage}"`);
  }
  const algorithm = key.algorithm as Partial<RsaHashedKeyAlgorithm>;
  if (algorithm.name !== RSA_SHA256.name || algorithm.hash?.name !== RSA_SHA256.hash) {
    throw new ConfigError(`The ${what} must be an RSASSA-PKCS1-v1_5 / SHA-256 key`);
  }
  if ((algorithm.modulusLength ?? 0) < MIN_RSA_MODULUS_BITS) {
    throw new ConfigError(`The ${what} must be RSA with at least ${MIN_RSA_MODULUS_BITS} bits`);
  }
  checkedKeys[type].add(key);
}
