/**
 * `handleNotification`: parse → claim → run the business handler once →
 * mark done (or release) → the reply to send. What happens when:
 *
 *  - parse fails (signature, JSON, schema, decryption)  → failure reply (`failureReplyFor`), handler not run
 *  - first delivery, handler succeeds                    → marked done, success reply
 *  - first delivery, handler throws                      → claim released, 500 reply: WeChat retries, the retry runs it again
 *  - a retry of a done notification                      → success reply, handler NOT run again
 *  - same id while another delivery is still running     → 503 reply: WeChat retries later
 *  - a worker died while holding it                      → after `leaseMs` the next delivery runs it
 *
 * WeChat expects an answer within 5 s (the spec's Notifications tag, from
 * the official notification pages); a slow handler should record the
 * notification and do the work asynchronously.
 */
import { PayScoreError } from "../errors.js";
import { randomNonce } from "../nonce.js";
import type { NotificationEventType } from "./spec.js";
import {
  createNotificationParser,
  parseNotification,
  type Notification,
  type NotificationParserOptions,
  type NotificationRequest,
} from "./parse.js";
import { failureReply, failureReplyFor, inProgressReply, successReply, type NotificationReply, type NotificationSuccessStatus } from "./reply.js";
import { MemoryNotificationStore, type NotificationStore } from "./store.js";

export interface NotificationHandlerOptions extends NotificationParserOptions {
  /** Business logic; runs once per notification id. Throw to have WeChat re-send it. */
  handle(notification: Notification): void | Promise<void>;
  /** Exactly-once bookkeeping. Default: one in-memory store per process (single instance only). */
  store?: NotificationStore;
  /** How long one delivery may hold a notification before another may take over; default 60 s. */
  leaseMs?: number;
  /** 204 (default) or 200. */
  successStatus?: NotificationSuccessStatus;
  /**
   * Told about every error: refused notifications (e.g. WeChat's
   * `probe-signature` checks), handler and store failures. For logging;
   * errors carry no secrets. Its own exceptions are ignored.
   */
  onError?(error: unknown, context: NotificationErrorContext): void;
}

/**
 * What `onError` is told besides the error: what happened, and what identifies the delivery to
 * WeChat Pay support — the notification `id` (for a refused delivery: the id its body claimed, when
 * readable; it is not authenticated when the signature failed) and the `Request-ID` header.
 */
export interface NotificationErrorContext {
  readonly outcome: NotificationOutcome;
  readonly id?: string;
  readonly eventType?: NotificationEventType;
  readonly requestId?: string;
}

/**
 * handled: the handler ran now; duplicate: it had already run; in-progress:
 * another delivery holds it; rejected: the notification did not parse;
 * failed: the handler or the store failed.
 */
export type NotificationOutcome = "handled" | "duplicate" | "in-progress" | "rejected" | "failed";

/** The reply to send, plus what happened (for logs and tests). */
export interface HandledNotification extends NotificationReply {
  readonly outcome: NotificationOutcome;
  /** The parsed notification (absent when rejected). */
  readonly notification?: Notification;
  /** The error behind a failure reply (or a store error after success). */
  readonly error?: unknown;
}

export const DEFAULT_LEASE_MS = 60_000;

let defaultStore: MemoryNotificationStore | undefined;

/** Parses one delivery and runs `options.handle` at most once per notification id. Never throws. */
export async function handleNotification(request: NotificationRequest, options: NotificationHandlerOptions): Promise<HandledNotification> {
  let notification: Notification;
  try {
    notification = await parseNotification(request, options);
  } catch (error) {
    return rejected(error, options);
  }
  return run(notification, options);
}

/**
 * A request → reply function bound to one configuration: the APIv3 key is
 * imported and the validators compiled once, and ConfigError is thrown now
 * rather than on the first notification.
 */
export function createNotificationHandler(options: NotificationHandlerOptions): (request: NotificationRequest) => Promise<HandledNotification> {
  const parser = createNotificationParser(options);
  successReply(options.successStatus); // throws ConfigError now for a status the spec does not allow
  const bound = { ...options, store: options.store ?? sharedStore() };
  return async (request) => {
    let notification: Notification;
    try {
      notification = await parser.parse(request);
    } catch (error) {
      return rejected(error, bound);
    }
    return run(notification, bound);
  };
}

async function run(notification: Notification, options: NotificationHandlerOptions): Promise<HandledNotification> {
  const store = options.store ?? sharedStore();
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  let success: NotificationReply;
  try {
    success = successReply(options.successStatus);
  } catch (error) {
    report(options, error, "failed", notification);
    return { ...failureReplyFor(error), outcome: "failed", notification, error };
  }
  const { id } = notification;
  // A fresh owner per delivery: only this delivery may release its claim.
  const owner = randomNonce(32);

  let claim;
  try {
    claim = await store.claim(id, owner, leaseMs);
  } catch (error) {
    report(options, error, "failed", notification);
    return { ...failureReply(500, "notification store unavailable"), outcome: "failed", notification, error };
  }
  if (claim === "duplicate") return { ...success, outcome: "duplicate", notification };
  if (claim === "in-progress") return { ...inProgressReply(), outcome: "in-progress", notification };

  try {
    await options.handle(notification);
  } catch (error) {
    try {
      await store.release(id, owner);
    } catch (releaseError) {
      // The lease still expires: the notification is retried after leaseMs at the latest.
      report(options, releaseError, "failed", notification);
    }
    report(options, error, "failed", notification);
    // Always 500: whatever the handler threw (even a SignatureVerificationError from an API call
    // it made) is the institution's failure, not something wrong with this notification.
    return { ...failureReply(500, "notification handling failed"), outcome: "failed", notification, error };
  }

  try {
    await store.markDone(id, owner);
  } catch (error) {
    // The work is done: answering failure would make WeChat re-send it and, once the
    // lease expires, run it twice. Answer success and report the store error.
    report(options, error, "handled", notification);
    return { ...success, outcome: "handled", notification, error };
  }
  return { ...success, outcome: "handled", notification };
}

function rejected(error: unknown, options: NotificationHandlerOptions): HandledNotification {
  report(options, error, "rejected");
  return { ...failureReplyFor(error), outcome: "rejected", error };
}

function report(options: NotificationHandlerOptions, error: unknown, outcome: NotificationOutcome, notification?: Notification): void {
  if (!options.onError) return;
  const refused = error instanceof PayScoreError ? error : undefined;
  const id = notification?.id ?? refused?.notificationId;
  const requestId = notification?.requestId ?? refused?.requestId;
  const context: NotificationErrorContext = {
    outcome,
    ...(id !== undefined ? { id } : {}),
    ...(notification ? { eventType: notification.eventType } : {}),
    ...(requestId !== undefined ? { requestId } : {}),
  };
  try {
    options.onError(error, context);
  } catch {
    // A logging failure must not change the reply.
  }
}

function sharedStore(): MemoryNotificationStore {
  defaultStore ??= new MemoryNotificationStore();
  return defaultStore;
}
