/**
 * What the package tells `onWarning` about: something that did not stop the call or the
 * notification but should be looked at. The client and the notification handler report through
 * the same shape; each warning carries what identifies the exchange (Request-ID, operation or
 * event type, notification id) and never a secret.
 */
import type { SpecDifference } from "./spec-ajv.js";

export interface PayScoreWarning {
  /**
   * "schema": a response, notification envelope or decrypted resource differs from the spec (each
   * difference in `differences`); "undocumented-status": the spec lists no such status;
   * "certificates": a platform-certificate download failed (cached keys still used) or one entry of
   * a verified `/v3/certificates` list could not be used (the others are; see `certificateProblem`).
   */
  kind: "schema" | "undocumented-status" | "certificates";
  message: string;
  /** The client operation, e.g. "createServiceOrder". */
  operationId?: string;
  /** The notification's `event_type`, e.g. "PAYSCORE.USER_PAID". */
  eventType?: string;
  /** The notification `id`. */
  notificationId?: string;
  /** Which part of a notification differs: the posted envelope or the decrypted resource. */
  part?: "envelope" | "resource";
  status?: number;
  /** The exchange's `Request-ID` header (quote it to WeChat Pay support). */
  requestId?: string | undefined;
  /** `<pointer> <keyword>: <message>` per difference; values are never included. */
  violations?: readonly string[];
  /**
   * For "schema": each difference from the contract, with its JSON pointer, rule, severity ("drift":
   * an unknown key or enum value; "violation": a documented rule broken) and a short value preview.
   */
  differences?: readonly SpecDifference[];
  /** Kind "certificates": what went wrong (see `CertificateProblem`). */
  certificateProblem?: CertificateProblem;
  /** Kind "certificates", one skipped entry: its `serial_no` as listed (only when short printable ASCII). */
  serial?: string;
  /** Kind "certificates", one skipped entry: its index in the list's `data` array. */
  index?: number;
  cause?: unknown;
}

/**
 * Why a "certificates" warning was raised:
 * - "download-failed": the whole `GET /v3/certificates` failed (network,
 *   status, signature, or no entry usable); `cause` is the error.
 * - "entry-malformed": an entry lacks `serial_no`, `effective_time`,
 *   `expire_time` or `encrypt_certificate`, or has the wrong type.
 * - "entry-decryption-failed": `encrypt_certificate` does not decrypt with
 *   the APIv3 key (AEAD_AES_256_GCM tag, nonce, base64); `cause` is a `DecryptionError`.
 * - "entry-unreadable": the plaintext is not an RSA 2048+ X.509 certificate
 *   (bad PEM or DER, an EC key); `cause` is a `ConfigError`.
 * - "entry-serial-mismatch": `serial_no` is not the serial of the certificate it carries.
 */
export type CertificateProblem =
  | "download-failed"
  | "entry-malformed"
  | "entry-decryption-failed"
  | "entry-unreadable"
  | "entry-serial-mismatch";

/** Receives warnings. Called synchronously; what it throws is ignored. */
export type WarningHandler = (warning: PayScoreWarning) => void;
