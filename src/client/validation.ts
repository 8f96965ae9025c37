/**
 * `validate: "off" | "warn" | "strict"`: response bodies against the spec's
 * schema for that operation and status (src/spec-ajv.ts, strict Ajv 2020).
 *
 * The ajv instance is created on the first validated response and each
 * schema is compiled once per client (SpecAjv caches by pointer), never per
 * call. "strict" refuses a 2xx that breaks the contract; a non-2xx is already
 * an error, so its violations are only reported through `onWarning` (turning
 * them into another error would hide the status and code).
 */
import { ConfigError, InvalidResponseError } from "../errors.js";
import { bundledSpecAjv, describeErrors } from "../spec-ajv.js";
import { routeFor } from "./spec.js";

export type ValidationMode = "off" | "warn" | "strict";

export interface PayScoreWarning {
  /**
   * "schema": a body breaks the spec; "undocumented-status": the spec lists no
   * such status; "certificates": a platform-certificate download failed
   * (cached keys still used) or one entry of a verified `/v3/certificates`
   * list could not be used (the others are; see `certificateProblem`).
   */
  kind: "schema" | "undocumented-status" | "certificates";
  message: string;
  operationId?: string;
  status?: number;
  requestId?: string | undefined;
  /** `<pointer> <keyword>: <message>` per violation; values are never included. */
  violations?: readonly string[];
  /** Kind "certificates": what went wrong (see `CertificateProblem`). */
  certificateProblem?: CertificateProblem;
  /**
   * Kind "certificates", one skipped entry: its `serial_no` as listed (only
   * when it is short printable ASCII, like every wire value we show).
   */
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

export type WarningHandler = (warning: PayScoreWarning) => void;

export interface ResponseCheck {
  method: string;
  pathname: string;
  status: number;
  requestId: string | undefined;
  /** The parsed JSON body, or undefined for an empty body. */
  body: unknown;
}

export type ResponseValidator = (check: ResponseCheck) => void;

const MODES: readonly ValidationMode[] = ["off", "warn", "strict"];

export function createResponseValidator(mode: ValidationMode, onWarning: WarningHandler): ResponseValidator {
  if (!MODES.includes(mode)) throw new ConfigError(`validate must be one of ${MODES.join(", ")}`);
  if (mode === "off") return () => undefined;
  return (check) => {
    const route = routeFor(check.method, check.pathname);
    if (!route) return; // only the typed paths reach the transport; the certificate path is in the spec too
    const success = check.status >= 200 && check.status < 300;
    const refuse = mode === "strict" && success;
    const report = (warning: PayScoreWarning) => {
      if (refuse) {
        throw new InvalidResponseError("schema", `${route.operationId}: ${warning.message}`, {
          status: check.status,
          requestId: check.requestId,
          violations: warning.violations ?? [],
        });
      }
      onWarning(warning);
    };
    const context = { operationId: route.operationId, status: check.status, requestId: check.requestId };
    if (!route.documents(check.status)) {
      report({ kind: "undocumented-status", message: `HTTP ${check.status} is not a documented response`, ...context });
      return;
    }
    const pointer = route.schemaPointer(check.status);
    if (pointer === undefined) {
      if (check.body !== undefined) {
        report({ kind: "schema", message: `HTTP ${check.status} must have no body`, violations: ["/ body: must be empty"], ...context });
      }
      return;
    }
    const validate = bundledSpecAjv().schemaAt(pointer);
    if (!validate(check.body)) {
      const violations = describeErrors(validate.errors);
      report({ kind: "schema", message: `response body breaks the spec (${violations.length} violation(s))`, violations, ...context });
    }
  };
}
