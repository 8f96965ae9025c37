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
   * "certificates": a platform-certificate refresh failed (cached keys still used).
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
  cause?: unknown;
}

/** Receives warnings. Called synchronously; what it throws is ignored. */
export type WarningHandler = (warning: PayScoreWarning) => void;
