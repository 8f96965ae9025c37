/**
 * AEAD_AES_256_GCM with the APIv3 key (WeChat Pay APIv3 证书和回调报文解密):
 * decrypts notification resources and `/v3/certificates` entries; encrypts
 * them for the mock and tests.
 *
 * WebCrypto always checks the GCM tag, which is the point: code that
 * decrypts without checking the tag (e.g. Node's decipher without
 * `decipher.final()`) accepts forged or garbled plaintext.
 */
import { base64Decode, base64Encode, utf8Decode, utf8Encode } from "./encoding.js";
import { ConfigError, DecryptionError } from "./errors.js";
import { randomNonce } from "./nonce.js";

export const AEAD_AES_256_GCM = "AEAD_AES_256_GCM";

/** The APIv3 key: 32 ASCII characters, used as 32 raw key bytes. */
export const APIV3_KEY_BYTES = 32;
/** `resource.nonce` is 12 characters, used as the 12-byte GCM IV. */
export const NONCE_BYTES = 12;
/** The last 16 bytes of the decoded ciphertext are the 128-bit GCM tag. */
export const TAG_BYTES = 16;

/**
 * An imported APIv3 key. Opaque: the key bytes live in a non-extractable
 * CryptoKey held in a module-private map, so the object can be logged or
 * serialized without leaking anything.
 */
export interface AeadKey {
  readonly algorithm: typeof AEAD_AES_256_GCM;
}

const cryptoKeys = new WeakMap<AeadKey, CryptoKey>();

/**
 * Imports the APIv3 key once for reuse.
 *
 * A string must be 32 ASCII characters (U+0000–U+007F), taken as their 32
 * bytes: the merchant platform's APIv3 key setting (API安全, 设置APIv3密钥)
 * only makes such keys, so a string of 32 UTF-8 bytes that are not 32 ASCII
 * characters (e.g. "é" × 16) is a wrong key that would otherwise surface
 * only as decryption failures later. A Uint8Array must be exactly 32 bytes
 * and is used as given (any byte values).
 *
 * Rejects with ConfigError naming the rule and the length, never the key:
 * anything but 32 bytes (WebCrypto would quietly run AES-128/192 with a
 * 16/24-byte key, which can never match WeChat's AES-256 ciphertexts), a
 * string with a non-ASCII character, or a value of another type.
 */
export async function importApiV3Key(key: string | Uint8Array): Promise<AeadKey> {
  if (typeof key !== "string" && !(key instanceof Uint8Array)) {
    throw new ConfigError("APIv3 key must be a string or Uint8Array");
  }
  // A private copy that we can wipe; the caller's string cannot be wiped.
  const bytes = typeof key === "string" ? keyTextBytes(key) : key.slice();
  try {
    checkKeyLength(bytes.length);
    const cryptoKey = await crypto.subtle.importKey("raw", bytes as Uint8Array<ArrayBuffer>, "AES-GCM", false, [
      "encrypt",
      "decrypt",
    ]);
    const handle: AeadKey = Object.freeze({ algorithm: AEAD_AES_256_GCM });
    cryptoKeys.set(handle, cryptoKey);
    return handle;
  } finally {
    bytes.fill(0);
  }
}

/**
 * Raw APIv3 keys imported so far by `apiV3KeyFrom`. It holds what the caller
 * already holds (its options) and is never logged. Bounded, so a caller
 * generating keys cannot grow it without end; byte keys are remembered by
 * identity.
 */
const importedByText = new Map<string, Promise<AeadKey>>();
const importedByBytes = new WeakMap<Uint8Array, Promise<AeadKey>>();
const MAX_CACHED_KEYS = 8;

/**
 * An `AeadKey` as given, or a raw APIv3 key (32 ASCII characters, or 32
 * bytes of any value, as for `importApiV3Key`) imported with `importApiV3Key` once per key value, so code that
 * receives the raw key on every call does not import it every time.
 *
 * Throws ConfigError synchronously, before anything is cached, for a raw key
 * that is not exactly 32 bytes (a 16-byte key would otherwise mean AES-128),
 * a string that is not 32 ASCII characters, or a value of another type; the
 * rule and the length are named, never the key.
 */
export function apiV3KeyFrom(key: AeadKey | string | Uint8Array): Promise<AeadKey> {
  if (typeof key === "string") {
    keyTextBytes(key).fill(0);
    let imported = importedByText.get(key);
    if (!imported) {
      imported = quiet(importApiV3Key(key));
      if (importedByText.size >= MAX_CACHED_KEYS) importedByText.delete(importedByText.keys().next().value as string);
      importedByText.set(key, imported);
    }
    return imported;
  }
  if (key instanceof Uint8Array) {
    checkKeyLength(key.byteLength);
    let imported = importedByBytes.get(key);
    if (!imported) {
      imported = quiet(importApiV3Key(key));
      importedByBytes.set(key, imported);
    }
    return imported;
  }
  if (typeof key !== "object" || key === null) throw new ConfigError("APIv3 key must be an AeadKey, a string or a Uint8Array");
  // An AeadKey: decryptResource refuses anything that importApiV3Key did not make.
  return Promise.resolve(key);
}

/** Keeps a failed import from being reported as unhandled before its first user awaits it. */
function quiet(promise: Promise<AeadKey>): Promise<AeadKey> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * The bytes of an APIv3 key given as a string: its 32 ASCII characters.
 * ConfigError for another byte length, or for 32 bytes that are not all ASCII.
 */
function keyTextBytes(key: string): Uint8Array {
  const bytes = utf8Encode(key);
  checkKeyLength(bytes.length);
  // 32 bytes but fewer characters: some are multi-byte, i.e. not ASCII.
  if (key.length !== APIV3_KEY_BYTES) {
    bytes.fill(0);
    throw new ConfigError(
      `APIv3 key must be ${APIV3_KEY_BYTES} ASCII characters; this string has non-ASCII characters (pass a Uint8Array for a key given as raw bytes)`,
    );
  }
  return bytes;
}

function checkKeyLength(length: number): void {
  // The length is not secret; the key itself never appears in the message.
  if (length !== APIV3_KEY_BYTES) throw new ConfigError(`APIv3 key must be exactly ${APIV3_KEY_BYTES} bytes, got ${length}`);
}

/** The `resource` object of a notification, or `encrypt_certificate` of /v3/certificates. */
export interface EncryptedResource {
  algorithm: string;
  /** base64(ciphertext ‖ 16-byte tag). */
  ciphertext: string;
  /** 12 characters. */
  nonce: string;
  /** Additional authenticated data; may be empty or absent. */
  associated_data?: string | null;
  original_type?: string;
}

/**
 * Decrypts and authenticates a resource, returning the UTF-8 plaintext (JSON
 * for notifications, PEM for certificates). Verify the notification's
 * signature first (the Pay Score notification pages, 通知签名: encryption does
 * not prove a notification came from WeChat); this function only proves the
 * APIv3 key holder produced the ciphertext.
 *
 * Rejects with DecryptionError: "unsupported-algorithm" (not
 * AEAD_AES_256_GCM), "malformed" (nonce not 12 bytes, ciphertext not base64
 * or shorter than the 16-byte tag, associated_data not a string, plaintext
 * not UTF-8), "authentication-failed" (wrong key, or anything altered: GCM
 * checks the tag before returning any plaintext). ConfigError for a key that
 * `importApiV3Key` did not make.
 */
export async function decryptResource(key: AeadKey, resource: EncryptedResource): Promise<string> {
  const cryptoKey = unwrapKey(key);
  if (resource?.algorithm !== AEAD_AES_256_GCM) {
    throw new DecryptionError("unsupported-algorithm", `resource.algorithm must be ${AEAD_AES_256_GCM}`, {
      field: "algorithm",
    });
  }
  const iv = nonceBytes(resource.nonce);
  const sealed = ciphertextBytes(resource.ciphertext);
  const additionalData = associatedDataBytes(resource.associated_data);
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt(
      {
        name: "AES-GCM",
        iv: iv as Uint8Array<ArrayBuffer>,
        additionalData: additionalData as Uint8Array<ArrayBuffer>,
        tagLength: TAG_BYTES * 8,
      },
      cryptoKey,
      sealed as Uint8Array<ArrayBuffer>,
    );
  } catch {
    // Wrong APIv3 key, or ciphertext/tag/nonce/AAD altered: GCM cannot tell which.
    throw new DecryptionError("authentication-failed", "resource.ciphertext failed GCM authentication (wrong APIv3 key or tampered data)", {
      field: "ciphertext",
    });
  }
  try {
    return utf8Decode(new Uint8Array(plaintext));
  } catch {
    throw new DecryptionError("malformed", "Decrypted resource plaintext is not valid UTF-8", { field: "plaintext" });
  }
}

export interface EncryptResourceOptions {
  /** 12 characters; default: a fresh random 12-character nonce. Never reuse one with the same key. */
  nonce?: string;
  /** Default "". WeChat uses e.g. "certificate" or "transaction". */
  associatedData?: string;
}

export interface SealedResource extends EncryptedResource {
  algorithm: typeof AEAD_AES_256_GCM;
  associated_data: string;
}

/** Encrypts like WeChat does (for the mock platform and tests). */
export async function encryptResource(
  key: AeadKey,
  plaintext: string,
  options: EncryptResourceOptions = {},
): Promise<SealedResource> {
  const cryptoKey = unwrapKey(key);
  const nonce = options.nonce ?? randomNonce(NONCE_BYTES);
  const associatedData = options.associatedData ?? "";
  if (typeof nonce !== "string" || utf8Encode(nonce).length !== NONCE_BYTES) {
    throw new ConfigError(`nonce must be ${NONCE_BYTES} bytes`);
  }
  const sealed = await crypto.subtle.encrypt(
    {
      name: "AES-GCM",
      iv: utf8Encode(nonce) as Uint8Array<ArrayBuffer>,
      additionalData: utf8Encode(associatedData) as Uint8Array<ArrayBuffer>,
      tagLength: TAG_BYTES * 8,
    },
    cryptoKey,
    utf8Encode(plaintext) as Uint8Array<ArrayBuffer>,
  );
  return {
    algorithm: AEAD_AES_256_GCM,
    ciphertext: base64Encode(new Uint8Array(sealed)),
    nonce,
    associated_data: associatedData,
  };
}

function unwrapKey(key: AeadKey): CryptoKey {
  const cryptoKey = typeof key === "object" && key !== null ? cryptoKeys.get(key) : undefined;
  if (!cryptoKey) throw new ConfigError("Expected an AeadKey from importApiV3Key");
  return cryptoKey;
}

function nonceBytes(nonce: unknown): Uint8Array {
  const bytes = typeof nonce === "string" ? utf8Encode(nonce) : undefined;
  if (!bytes || bytes.length !== NONCE_BYTES) {
    throw new DecryptionError("malformed", `resource.nonce must be ${NONCE_BYTES} bytes`, { field: "nonce" });
  }
  return bytes;
}

function ciphertextBytes(ciphertext: unknown): Uint8Array {
  let bytes: Uint8Array;
  try {
    // Strict: e.g. a "+" turned into " " by form decoding is refused, not repaired.
    bytes = base64Decode(ciphertext as string);
  } catch {
    throw new DecryptionError("malformed", "resource.ciphertext is not valid base64", { field: "ciphertext" });
  }
  if (bytes.length < TAG_BYTES) {
    throw new DecryptionError("malformed", `resource.ciphertext is shorter than the ${TAG_BYTES}-byte GCM tag`, {
      field: "ciphertext",
    });
  }
  return bytes;
}

function associatedDataBytes(associatedData: unknown): Uint8Array {
  // Absent and "" are the same for GCM: no additional data.
  if (associatedData === undefined || associatedData === null) return new Uint8Array(0);
  if (typeof associatedData !== "string") {
    throw new DecryptionError("malformed", "resource.associated_data must be a string", { field: "associated_data" });
  }
  return utf8Encode(associatedData);
}
