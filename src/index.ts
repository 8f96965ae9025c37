/**
 * `payscore-acquiringbank`: the public API of the package's main entry.
 *
 *  - `createPayScoreClient` and its options and types: the typed APIv3 client (signs every request,
 *    verifies every answer), with its platform-certificate manager.
 *  - The error classes, all `PayScoreError`s, each naming the field or header at fault.
 *  - Notifications: the parser, the handler with its stores and the fetch / node:http adapters.
 *  - Key import helpers (merchant private key, WeChat Pay public key, certificates, APIv3 key) and
 *    the key set a notification handler verifies with.
 *  - The clock and nonce injection types, and the spec's types (`paths`, `components`, named bodies).
 *
 * The client-side jump builders are `payscore-acquiringbank/jump`; the Redis notification store is
 * `payscore-acquiringbank/redis`. Internals (encodings, message builders, DER) are not exported.
 */
export {
  ConfigError,
  DecryptionError,
  InvalidResponseError,
  PayScoreError,
  RequestFailedError,
  SignatureVerificationError,
  WechatPayError,
  type DecryptionFailureReason,
  type InvalidResponseReason,
  type RequestFailureReason,
  type SignatureFailureReason,
} from "./errors.js";
export type { Clock } from "./clock.js";
export type { NonceSource } from "./nonce.js";
export { importCertificate, importMerchantPrivateKey, importPublicKey, type ImportedCertificate } from "./keys.js";
export { importApiV3Key, type AeadKey } from "./aead.js";
export { StaticKeySet, type HeaderSource, type VerificationKeySource } from "./verify.js";
export type { SpecDifference } from "./spec-ajv.js";
export * from "./client/index.js";
export {
  CertificateKeySet,
  PlatformCertificateManager,
  type CertificateDownloader,
  type PlatformCertificate,
  type PlatformCertificateManagerOptions,
} from "./client/certificates.js";
export * from "./notification/index.js";
export * from "./spec-types.js";
