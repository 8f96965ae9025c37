/**
 * Key material of the mock platform: the merchants it accepts (mchid → API
 * certificate serial → public key), the platform's signing keys (WeChat Pay
 * public key `PUB_KEY_ID_…` and/or platform certificates) and the APIv3 key.
 *
 * Default material is the committed test fixtures (test/fixtures/, test-only
 * keys that were never used with WeChat Pay, see its README), read by path so
 * there is exactly one copy of them. Everything is imported once at start-up.
 */
import { readFileSync } from "node:fs";
import { importApiV3Key, type AeadKey } from "../../src/aead.ts";
import { ConfigError } from "../../src/errors.ts";
import { importCertificate, importMerchantPrivateKey, importPublicKey } from "../../src/keys.ts";
import { normalizeSerial, StaticKeySet } from "../../src/verify.ts";
import { packageFile } from "../package-files.ts";

/** PEM text or an already imported CryptoKey. */
export type KeyInput = string | CryptoKey;

export interface PlatformCertificateInput {
  /** The platform certificate (X.509 PEM); its serial becomes the Wechatpay-Serial. */
  certificate: string;
  /** Its private key (PKCS#8/PKCS#1 PEM or a signing CryptoKey). */
  privateKey: KeyInput;
}

export interface PlatformPublicKeyInput {
  /** `PUB_KEY_ID_…`. */
  id: string;
  /** The private half of the "WeChat Pay public key" (only a mock has it). */
  privateKey: KeyInput;
}

export interface PlatformKeyOptions {
  /** Public-key mode. `null` disables it. */
  publicKey?: PlatformPublicKeyInput | null;
  /** Certificate mode; also what GET /v3/certificates serves. `[]` disables it. */
  certificates?: PlatformCertificateInput[];
}

export interface SigningKey {
  /** What goes into Wechatpay-Serial. */
  serial: string;
  mode: "public-key" | "certificate";
  privateKey: CryptoKey;
}

export interface ServedCertificate {
  serial: string;
  pem: string;
  notBefore: Date;
  notAfter: Date;
}

export interface PlatformKeys {
  publicKey?: SigningKey;
  certificates: SigningKey[];
  served: ServedCertificate[];
  /** The key a request's Wechatpay-Serial names; undefined when the platform has no such key. */
  bySerial(serial: string): SigningKey | undefined;
}

/** The committed test keys' text, from the package's `test/fixtures/` (shipped in the npm package too). */
function fixture(name: string): string {
  return readFileSync(packageFile(`test/fixtures/${name}`), "utf8");
}

/**
 * Test-only default material (test/fixtures/README.md): TEST KEYS, published on purpose, never used
 * with WeChat Pay; never use them in production. The mock's side (merchant public key, platform
 * private keys, APIv3 key) and the merchant's side `payscore start` calls it with.
 */
export const FIXTURE_DEFAULTS = {
  mchid: "1900000109",
  merchantSerial: "3775B6A45ACD588826D15E583A95F5DD7E6D2C13",
  publicKeyId: "PUB_KEY_ID_0112860886012025062700111588000000",
  merchantPrivateKey: () => fixture("merchant-key.pem"),
  merchantPublicKey: () => fixture("merchant-pub.pem"),
  wechatpayPublicKey: () => fixture("wechatpay-pubkey.pem"),
  wechatpayPrivateKey: () => fixture("wechatpay-pubkey-private.pem"),
  platformCertificate: () => fixture("platform-cert.pem"),
  platformPrivateKey: () => fixture("platform-key.pem"),
  apiV3Key: () => fixture("apiv3-key.txt"),
};

async function signingKey(input: KeyInput): Promise<CryptoKey> {
  return typeof input === "string" ? importMerchantPrivateKey(input) : input;
}

export async function loadPlatformKeys(options: PlatformKeyOptions = {}): Promise<PlatformKeys> {
  const publicKeyInput =
    options.publicKey === undefined
      ? { id: FIXTURE_DEFAULTS.publicKeyId, privateKey: FIXTURE_DEFAULTS.wechatpayPrivateKey() }
      : options.publicKey;
  const certificateInputs = options.certificates ?? [
    { certificate: FIXTURE_DEFAULTS.platformCertificate(), privateKey: FIXTURE_DEFAULTS.platformPrivateKey() },
  ];
  const keys = new Map<string, SigningKey>();
  let publicKey: SigningKey | undefined;
  if (publicKeyInput) {
    if (!/^PUB_KEY_ID_\d+$/.test(publicKeyInput.id)) throw new ConfigError("platform publicKey.id must be PUB_KEY_ID_ + digits");
    publicKey = { serial: publicKeyInput.id, mode: "public-key", privateKey: await signingKey(publicKeyInput.privateKey) };
    keys.set(publicKey.serial, publicKey);
  }
  const certificates: SigningKey[] = [];
  const served: ServedCertificate[] = [];
  for (const input of certificateInputs) {
    const certificate = await importCertificate(input.certificate);
    const key: SigningKey = { serial: certificate.serialNo, mode: "certificate", privateKey: await signingKey(input.privateKey) };
    certificates.push(key);
    keys.set(normalizeSerial(key.serial), key);
    served.push({ serial: certificate.serialNo, pem: input.certificate, notBefore: certificate.notBefore, notAfter: certificate.notAfter });
  }
  if (!publicKey && certificates.length === 0) throw new ConfigError("the mock platform needs a public key or a certificate to sign with");
  return { publicKey, certificates, served, bySerial: (serial) => keys.get(normalizeSerial(serial)) };
}

/** mchid → merchant API certificate serial → public key (SPKI/PKCS#1 PEM, X.509 PEM or CryptoKey). */
export type MerchantKeyOptions = Record<string, Record<string, KeyInput>>;

/** mchid → the merchant's API certificate keys by serial (hex serials in any spelling, as `StaticKeySet` matches them). */
export type MerchantKeys = Map<string, StaticKeySet>;

export async function loadMerchantKeys(options?: MerchantKeyOptions): Promise<MerchantKeys> {
  const input = options ?? { [FIXTURE_DEFAULTS.mchid]: { [FIXTURE_DEFAULTS.merchantSerial]: FIXTURE_DEFAULTS.merchantPublicKey() } };
  const merchants: MerchantKeys = new Map();
  for (const [mchid, serials] of Object.entries(input)) {
    const keys = new StaticKeySet();
    for (const [serial, key] of Object.entries(serials)) {
      let imported: CryptoKey;
      if (typeof key !== "string") imported = key;
      else if (key.includes("BEGIN CERTIFICATE")) imported = (await importCertificate(key)).key;
      else imported = await importPublicKey(key);
      keys.add(serial, imported);
    }
    merchants.set(mchid, keys);
  }
  return merchants;
}

export async function loadApiV3Key(key?: string | Uint8Array): Promise<AeadKey> {
  return importApiV3Key(key ?? FIXTURE_DEFAULTS.apiV3Key());
}
