/**
 * Notifications (回调通知) of Pay Score institution mode: what WeChat Pay
 * POSTs to `notify_url`, per the spec's `webhooks`.
 *
 *  - `parseNotification` / `createNotificationParser`: verify the signature
 *    over the raw body, decrypt AEAD_AES_256_GCM with the APIv3 key, validate
 *    envelope and plaintext against the spec → a union keyed by `eventType`.
 *  - `successReply` / `failureReply` / `failureReplyFor`: the documented answers.
 *  - `handleNotification` / `createNotificationHandler` + `NotificationStore`:
 *    run the business handler once per notification id, even when WeChat
 *    delivers it several times at once, across processes with a shared store
 *    (`RedisNotificationStore` in `payscore-acquiringbank/redis`, or your own).
 *  - `createNotificationFetchHandler` / `createNotificationNodeListener`: the
 *    endpoint itself, for fetch-style servers and for node:http / Express.
 *
 * Refusals are typed: SignatureVerificationError (header / serial / skew /
 * signature), DecryptionError (APIv3 key, tag), NotificationError (size,
 * JSON, schema pointer + rule, event type).
 */
export {
  NotificationConflictError,
  NotificationError,
  NotificationStoreError,
  type NotificationConflictErrorOptions,
  type NotificationErrorOptions,
  type NotificationStoreErrorOptions,
  type NotificationStoreFailureReason,
  type NotificationStoreOperation,
  type NotificationFailureReason,
  type NotificationIssue,
  type NotificationPart,
} from "./errors.js";
export {
  DEFAULT_MAX_BODY_BYTES,
  createNotificationParser,
  parseNotification,
  type Notification,
  type NotificationEnvelopeOf,
  type NotificationParser,
  type NotificationParserOptions,
  type NotificationRequest,
  type NotificationResourceMap,
  type NotificationResourceOf,
  type ParsedNotification,
} from "./parse.js";
export {
  FAILURE_CODE,
  failureReply,
  failureReplyFor,
  inProgressReply,
  isSuccessReply,
  isValidReplyBody,
  successReply,
  toResponse,
  type NotificationReply,
  type NotificationReplyBody,
  type NotificationSuccessStatus,
} from "./reply.js";
export {
  DEFAULT_RETENTION_MS,
  MemoryNotificationStore,
  type Claim,
  type ClaimResult,
  type MemoryNotificationStoreOptions,
  type NotificationStore,
} from "./store.js";
export {
  DEFAULT_LEASE_MS,
  createNotificationHandler,
  handleNotification,
  type HandledNotification,
  type NotificationErrorContext,
  type NotificationHandleContext,
  type NotificationHandlerOptions,
  type NotificationOutcome,
} from "./handler.js";
export {
  createNotificationFetchHandler,
  createNotificationNodeListener,
  type NodeRequestLike,
  type NodeResponseLike,
} from "./adapters.js";
export {
  EVENT_SCHEMAS as NOTIFICATION_EVENT_SCHEMAS,
  RETRY_HORIZON_SECONDS,
  type EventSchemas as NotificationEventSchemas,
  type NotificationEventType,
} from "./spec.js";
