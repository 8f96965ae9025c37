/**
 * AEAD_AES_256_GCM with the APIv3 key (spec-facts §7.4): decrypts
 * notification resources and `/v3/certificates` entries; encrypts them for
 * the mock and tests.
 *
 * WebCrypto always checks the GCM tag, which is the point: SDKs that skip
 * `decipher.final()` accept forged or garbled plaintext (peers.md note 5).
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
 * Imports the APIv3 key once for reuse. A string is taken as its UTF-8 bytes
 * (the key is 32 ASCII characters). Anything but exactly 32 bytes is refused:
 * WebCrypto would quietly run AES-128/192 with a 16/24-byte key, which can
 * never match WeChat's AES-256 ciphertexts.
 */
export async function importApiV3Key(key: string | Uint8Array): Promise<AeadKey> {
  if (typeof key !== "string" && !(key instanceof Uint8Array)) {
    throw new ConfigError("APIv3 key must be a string or Uint8Array");
  }
  // A private copy that we can wipe; the caller's string cannot be wiped.
  const bytes = typeof key === "string" ? utf8Encode(key) : key.slice();
  try {
    if (bytes.length !== APIV3_KEY_BYTES) {
      // The length is not secret; the key itself never appears in the message.
      throw new ConfigError(`APIv3 key must be exactly ${APIV3_KEY_BYTES} bytes, got ${bytes.length}`);
    }
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
 * for notifications, PEM for certificates). Verify the notification signature
 * first (spec-facts §7.3); this function only proves the APIv3 key holder
 * produced the ciphertext.
 */
export async function decryptResource(key: AeadKey, resource: EncryptedResource): Promise<string> {
  unwrapKey(key);
  return decryptDecoded(key, decodeResource(resource));
}

/**
 * A resource whose fields are checked and decoded to bytes, not yet
 * decrypted: nothing in it is authenticated until `decryptDecoded` has
 * checked the GCM tag.
 */
export interface DecodedResource {
  readonly iv: Uint8Array;
  /** ciphertext ‖ tag. */
  readonly sealed: Uint8Array;
  readonly aad: Uint8Array;
}

/**
 * The synchronous half of `decryptResource`: algorithm, nonce, base64 and
 * length checks (DecryptionError "unsupported-algorithm" / "malformed").
 * Decoding is not decrypting, so the notification parser runs it while the
 * signature check is still in flight and acts on the result only after the
 * signature has verified.
 */
export function decodeResource(resource: EncryptedResource): DecodedResource {
  if (resource?.algorithm !== AEAD_AES_256_GCM) {
    throw new DecryptionError("unsupported-algorithm", `resource.algorithm must be ${AEAD_AES_256_GCM}`, {
      field: "algorithm",
    });
  }
  return {
    iv: nonceBytes(resource.nonce),
    sealed: ciphertextBytes(resource.ciphertext),
    aad: associatedDataBytes(resource.associated_data),
  };
}

/**
 * AES-256-GCM decryption of a decoded resource; WebCrypto checks the tag
 * before any plaintext is returned. Rejects with DecryptionError
 * "authentication-failed" (wrong key, or anything altered) or "malformed"
 * (plaintext not UTF-8). A plain promise chain, not an async function: the
 * parser awaits it on its critical path.
 */
export function decryptDecoded(key: AeadKey, decoded: DecodedResource): Promise<string> {
  let cryptoKey: CryptoKey;
  try {
    cryptoKey = unwrapKey(key);
  } catch (error) {
    return Promise.reject(error);
  }
  return crypto.subtle
    .decrypt(
      {
        name: "AES-GCM",
        iv: decoded.iv as Uint8Array<ArrayBuffer>,
        additionalData: decoded.aad as Uint8Array<ArrayBuffer>,
        tagLength: TAG_BYTES * 8,
      },
      cryptoKey,
      decoded.sealed as Uint8Array<ArrayBuffer>,
    )
    .then(plaintextOf, authenticationFailed);
}

function authenticationFailed(): never {
  // Wrong APIv3 key, or ciphertext/tag/nonce/AAD altered: GCM cannot tell which.
  throw new DecryptionError("authentication-failed", "resource.ciphertext failed GCM authentication (wrong APIv3 key or tampered data)", {
    field: "ciphertext",
  });
}

function plaintextOf(plaintext: ArrayBuffer): string {
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
