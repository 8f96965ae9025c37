/** Records the mock keeps in its state store. */
import type { EventType, Schemas, ServiceOrder } from "./spec.ts";

export interface AuthorizationRecord {
  mchid: string;
  authorization_code: string;
  service_id: string;
  appid: string;
  sub_appid?: string;
  sub_mchid: string;
  channel_id: string;
  notify_url?: string;
  authorization_state: Schemas["AuthorizationState"];
  openid?: string;
  sub_openid?: string;
  user_label?: Schemas["UserLabel"];
  authorization_success_time?: string;
  cancel_authorization_time?: string;
  /** Canonical JSON of the applyPermissions body: the same body again is idempotent. */
  request: string;
  apply_permissions_token: string;
  created_at: number;
}

export interface DeductionRecord {
  out_trade_no: string;
  description: string;
  /** Platform clock, ms. */
  registered_at: number;
  expires_at: number;
  /** The clearing house tried to debit with this number (one attempt per registration). */
  attempted: boolean;
  result?: "paid" | "failed";
}

export interface OrderRecord {
  mchid: string;
  out_order_no: string;
  kind: "serviceorder" | "payondelivery";
  /** Canonical JSON of the create body: the same body again is idempotent, a different one is INVALID_REQUEST. */
  request: string;
  /** The order exactly as the query answers it, kept up to date. */
  order: ServiceOrder;
  query_id: string;
  created_at: number;
  confirmed_at?: number;
  completed_at?: number;
  /** Canonical JSON of the successful complete body (a retry of the same body is idempotent). */
  complete_request?: string;
  cancel_request?: string;
  deduction?: DeductionRecord;
  /** Every out_trade_no ever registered: one withholding attempt per number. */
  used_trade_nos: string[];
}

export interface DeliveryAttempt {
  /** Real time, ms since epoch. */
  at: number;
  /** HTTP status of the merchant's answer; absent when the connection failed. */
  status?: number;
  error?: string;
  /** Fault applied to this delivery (bad-signature, duplicate, …). */
  fault?: string;
  /** Wechatpay-Serial the delivery was signed with. */
  serial: string;
  /** After a failed attempt: the wait before the next one (schedule delay ÷ compression), ms. */
  retry_in_ms?: number;
}

export type NotificationState = "pending" | "delivered" | "failed" | "held";

export interface NotificationRecord {
  /** Envelope `id` (EV-…); the receiver's de-duplication key. */
  id: string;
  /** Creation order. */
  seq: number;
  mchid: string;
  event_type: EventType;
  notify_url: string;
  /** out_order_no or authorization_code the notification is about. */
  subject: string;
  /** The envelope exactly as posted (encrypted once; each attempt is signed afresh). */
  body: string;
  /** The decrypted resource, for inspection through the control API. */
  plaintext: string;
  state: NotificationState;
  attempts: DeliveryAttempt[];
  /** Real time (ms) of the next attempt while pending. */
  next_at: number;
  created_at: number;
}
