/**
 * `handleNotification`: parse → claim → run the business handler once →
 * mark done (or release) → the reply to send. What happens when:
 *
 *  - parse fails (signature, JSON, schema, decryption)  → failure reply (`failureReplyFor`), handler not run
 *  - first delivery, handler succeeds                    → marked done, success reply
 *  - first delivery, handler throws                      → claim released, 500 reply: WeChat retries, the retry runs it again
 *  - a retry of a done notification                      → success reply, handler NOT run again
 *  - same id while another delivery is still running     → 503 reply: WeChat retries later
 *  - same id, different decrypted content                → answered like a duplicate, reported (NotificationConflictError)
 *  - the store fails, or claim resolves anything else    → 500 reply, handler not run (fails closed)
 *  - a worker died while holding it                      → after `leaseMs` the next delivery runs it
 *
 * While the handler runs, its lease is renewed every third of `leaseMs`, so
 * a handler slower than the lease is not run a second time. When a renewal
 * fails the renewals stop, the handler's `signal` aborts and the loss is
 * reported (NotificationStoreError "lease-lost"): another delivery may then
 * run it too. Side effects of a handler that crashed may repeat: make it
 * idempotent on its business key (at-least-once at that boundary).
 *
 * WeChat expects an answer within 5 s (the official notification pages, 通知应答); a slow
 * handler should record the notification and do the work asynchronously.
 */
import { PayScoreError } from "../errors.js";
import { randomNonce } from "../nonce.js";
import type { NotificationEventType } from "./spec.js";
import { resourceDigest } from "./digest.js";
import { NotificationConflictError, NotificationStoreError, type NotificationStoreOperation } from "./errors.js";
import {
  createNotificationParser,
  parseNotification,
  type Notification,
  type NotificationParserOptions,
  type NotificationRequest,
} from "./parse.js";
import { failureReply, failureReplyFor, inProgressReply, successReply, type NotificationReply, type NotificationSuccessStatus } from "./reply.js";
import { MemoryNotificationStore, checkPositiveMs, type Claim, type ClaimResult, type NotificationStore } from "./store.js";

export interface NotificationHandlerOptions extends NotificationParserOptions {
  /**
   * Business logic; runs once per notification id. Throw to have WeChat
   * re-send it. `context.signal` aborts when this delivery lost its lease
   * (another delivery may run the same notification): stop early if you can.
   */
  handle(notification: Notification, context: NotificationHandleContext): void | Promise<void>;
  /** Exactly-once bookkeeping. Default: one in-memory store per process (single instance only). */
  store?: NotificationStore;
  /**
   * How long one delivery holds a notification before another may take over,
   * in ms; default 60 s. Renewed every `leaseMs / 3` while the handler runs,
   * so it bounds how long a crashed worker blocks redeliveries, not how long
   * the handler may take.
   */
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

/** Passed to `handle` with each notification. */
export interface NotificationHandleContext {
  /** Aborts (reason: NotificationStoreError "lease-lost") when the lease could not be renewed. */
  readonly signal: AbortSignal;
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
  /** The error behind a failure reply (or what was reported with a success: a store error, a lost lease, a conflict). */
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
  if (options.leaseMs !== undefined) checkPositiveMs(options.leaseMs, "leaseMs");
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
  let digest: string;
  try {
    success = successReply(options.successStatus);
    digest = await resourceDigest(notification.resource);
  } catch (error) {
    report(options, error, "failed", notification);
    return { ...failureReplyFor(error), outcome: "failed", notification, error };
  }
  const { id } = notification;
  // A fresh owner per delivery: only this delivery may renew, finish or release its claim.
  const owner = randomNonce(32);

  let claim: ClaimResult;
  let claimed: unknown;
  try {
    claimed = await store.claim(id, owner, leaseMs, digest);
    claim = claimResultOf(claimed, notification);
  } catch (error) {
    const failure = storeFailure(error, "claim", notification);
    report(options, failure, "failed", notification);
    return { ...failureReply(500, "notification store unavailable"), outcome: "failed", notification, error: failure };
  }
  if (claim !== "first") {
    const conflict = conflictOf(claimed as Claim, digest, notification);
    if (conflict) report(options, conflict, claim, notification);
    const reply = claim === "duplicate" ? success : inProgressReply();
    return { ...reply, outcome: claim, notification, ...(conflict ? { error: conflict } : {}) };
  }

  const lease = keepLease(store, notification, owner, leaseMs, (error) => report(options, error, "failed", notification));
  try {
    await options.handle(notification, { signal: lease.signal });
  } catch (error) {
    await lease.stop();
    await finish(options, () => store.release(id, owner), "release", "failed", notification);
    report(options, error, "failed", notification);
    // Always 500: whatever the handler threw (even a SignatureVerificationError from an API call
    // it made) is the institution's failure, not something wrong with this notification.
    return { ...failureReply(500, "notification handling failed"), outcome: "failed", notification, error };
  }
  await lease.stop();
  // The work is done: answering failure would make WeChat re-send it and, once the lease
  // expires, run it twice. A store error or a lost lease is reported with the success.
  const error = await finish(options, () => store.markDone(id, owner), "markDone", "handled", notification);
  return { ...success, outcome: "handled", notification, ...(error ? { error } : {}) };
}

/** The claim's result; throws NotificationStoreError "invalid-claim" for anything but the three (fail closed). */
function claimResultOf(claim: unknown, notification: Notification): ClaimResult {
  const result = (claim as Partial<Claim> | null | undefined)?.result;
  if (result === "first" || result === "duplicate" || result === "in-progress") return result;
  throw new NotificationStoreError(
    "invalid-claim",
    "claim",
    `NotificationStore.claim resolved ${claim === null ? "null" : `a value of type ${typeof claim}`} without a result of "first", "duplicate" or "in-progress"; the notification is not handled`,
    { id: notification.id, requestId: notification.requestId },
  );
}

/** A conflict when the store recorded a digest for this id and it is not this delivery's. */
function conflictOf(claim: Claim, digest: string, notification: Notification): NotificationConflictError | undefined {
  if (typeof claim.digest !== "string" || claim.digest === "" || claim.digest === digest) return undefined;
  return new NotificationConflictError(
    notification.id,
    `Notification ${notification.id} was delivered again with a different decrypted resource; it was answered as a ${claim.result === "duplicate" ? "duplicate" : "notification in progress"} and its content was not handled`,
    { eventType: notification.eventType, requestId: notification.requestId },
  );
}

/**
 * Renews `owner`'s lease every `leaseMs / 3` until `stop()`. The first
 * renewal that fails (resolves anything but true: "lease-lost", or rejects:
 * "unavailable") ends the renewals, aborts `signal` with that
 * NotificationStoreError and passes it to `lost`. `stop()` waits for a
 * renewal in flight, so it never races the `markDone` or `release` after it.
 */
function keepLease(
  store: NotificationStore,
  notification: Notification,
  owner: string,
  leaseMs: number,
  lost: (error: NotificationStoreError) => void,
): { readonly signal: AbortSignal; stop(): Promise<void> } {
  const { id, requestId } = notification;
  const controller = new AbortController();
  let stopped = false;
  let inFlight: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fail = (error: NotificationStoreError) => {
    if (stopped) return;
    stopped = true;
    controller.abort(error);
    lost(error);
  };
  const beat = () => {
    inFlight = store.renew(id, owner, leaseMs).then(
      (renewed) => {
        if (stopped) return;
        if (renewed === true) return schedule();
        fail(new NotificationStoreError("lease-lost", "renew", `The lease on notification ${id} ran out before it could be renewed`, { id, requestId }));
      },
      (error: unknown) => fail(storeFailure(error, "renew", notification)),
    );
  };
  const schedule = () => void (timer = setTimeout(beat, leaseMs / 3));
  schedule();
  return {
    signal: controller.signal,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}

/** Runs markDone or release; reports and returns the error when it throws or finds the claim no longer ours. */
async function finish(
  options: NotificationHandlerOptions,
  call: () => Promise<boolean>,
  operation: NotificationStoreOperation,
  outcome: NotificationOutcome,
  notification: Notification,
): Promise<NotificationStoreError | undefined> {
  let error: NotificationStoreError | undefined;
  try {
    if ((await call()) !== true) {
      error = new NotificationStoreError("lease-lost", operation, `Notification ${notification.id} was no longer claimed by this delivery at ${operation}`, {
        id: notification.id,
        requestId: notification.requestId,
      });
    }
  } catch (cause) {
    // After release fails the lease still expires: the notification is retried after leaseMs at the latest.
    error = storeFailure(cause, operation, notification);
  }
  if (error) report(options, error, outcome, notification);
  return error;
}

/** A store error as NotificationStoreError (kept as is when it already is one). */
function storeFailure(error: unknown, operation: NotificationStoreOperation, notification: Notification): NotificationStoreError {
  if (error instanceof NotificationStoreError) return error;
  return new NotificationStoreError("unavailable", operation, `The notification store failed at ${operation} for notification ${notification.id}`, {
    cause: error,
    id: notification.id,
    requestId: notification.requestId,
  });
}

/**
 * The failure reply for a delivery refused before it could be parsed (e.g. an
 * adapter stopped reading a body larger than `maxBodyBytes`), reported
 * through `onError` with outcome "rejected" like any refused notification.
 */
export function rejected(error: unknown, options: NotificationHandlerOptions): HandledNotification {
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
