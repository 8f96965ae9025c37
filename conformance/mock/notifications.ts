/**
 * Notification delivery (spec `webhooks`): the decrypted resource is
 * encrypted once with the APIv3 key (AEAD_AES_256_GCM) into the documented
 * envelope; every attempt is signed afresh with the platform key (so a late
 * retry still passes the receiver's 5-minute window) and POSTed to
 * notify_url. Anything but 200/204 within the answer limit is retried on
 * the event's `x-retry-schedule` (its listed delays, then every
 * `thenEverySeconds` up to `giveUpAfterSeconds`), divided by the time
 * compression factor; after that the notification is given up.
 *
 * Timing uses real time (the platform clock option only moves what the
 * platform *says* the time is), so a fixed test clock cannot stall delivery.
 */
import type { AeadKey } from "../../src/aead.ts";
import { encryptResource } from "../../src/aead.ts";
import type { Clock } from "../../src/clock.ts";
import { base64Decode, base64Encode } from "../../src/encoding.ts";
import { randomNonce } from "../../src/nonce.ts";
import { type FaultKind, type FaultQueue, signatureFault } from "./faults.ts";
import type { PlatformKeys, SigningKey } from "./test-keys.ts";
import { requestId, signatureHeaders } from "./signing.ts";
import {
  type EventType,
  notificationResourceStyle,
  notificationSummary,
  RESOURCE_TYPE,
  retryDelaySeconds,
  retrySchedule,
  SIGNATURE_TYPE,
} from "./spec.ts";
import type { NotificationFilter, StateStore } from "./store.ts";
import { compactTime, rfc3339 } from "./time.ts";
import type { DeliveryAttempt, NotificationRecord } from "./types.ts";

export interface NotifierOptions {
  store: StateStore;
  keys: PlatformKeys;
  apiV3Key: AeadKey;
  clock: Clock;
  faults: FaultQueue;
  /** Retry delays are divided by this (default 1: the documented schedule in real time). */
  compression: number;
  /** Which key signs notifications. */
  signWith: "public-key" | "certificate";
  /** How long the merchant has to answer (documented: 5 s). */
  timeoutMs: number;
  /** false: notifications stay pending until `flush()` (tests that want to inspect them first). */
  autoDeliver: boolean;
  fetch: typeof fetch;
}

const DELIVERY_FAULTS: ReadonlySet<FaultKind> = new Set(["bad-signature", "stale-timestamp", "unknown-serial", "duplicate-notification", "bad-tag"]);
const REORDER: ReadonlySet<FaultKind> = new Set(["reorder-notifications"]);
/** setTimeout's limit. */
const MAX_TIMER_MS = 2_147_483_647;

export class Notifier {
  readonly #o: NotifierOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #chain: Promise<void> = Promise.resolve();
  #stopped = false;
  #hold: { remaining: number; ids: string[] } | undefined;
  /** Ids waiting in the delivery chain (so a timer cannot queue one twice). */
  readonly #queued = new Set<string>();

  constructor(options: NotifierOptions) {
    this.#o = options;
  }

  /** Resumes after a restart: held notifications are released, pending ones rescheduled. */
  start(): void {
    for (const record of this.#o.store.listNotifications({ state: "held" })) {
      record.state = "pending";
      this.#o.store.putNotification(record);
    }
    this.#schedule();
  }

  /** Builds, stores and schedules a notification. */
  async enqueue(input: { mchid: string; eventType: EventType; notifyUrl: string; subject: string; resource: object }): Promise<NotificationRecord> {
    const now = this.#o.clock.now();
    const seq = this.#o.store.nextNotificationSeq();
    const plaintext = JSON.stringify(input.resource);
    const style = notificationResourceStyle(input.eventType);
    const sealed = await encryptResource(this.#o.apiV3Key, plaintext, { associatedData: style.associatedData });
    const summary = notificationSummary(input.eventType);
    const envelope = {
      id: `EV-${compactTime(now)}${String(seq).padStart(8, "0")}${randomNonce(4)}`,
      create_time: rfc3339(now),
      resource_type: RESOURCE_TYPE,
      event_type: input.eventType,
      resource: {
        ...(style.originalType ? { original_type: style.originalType } : {}),
        algorithm: sealed.algorithm,
        ciphertext: sealed.ciphertext,
        associated_data: sealed.associated_data,
        nonce: sealed.nonce,
      },
      ...(summary ? { summary } : {}),
    };
    const record: NotificationRecord = {
      id: envelope.id,
      seq,
      mchid: input.mchid,
      event_type: input.eventType,
      notify_url: input.notifyUrl,
      subject: input.subject,
      body: JSON.stringify(envelope),
      plaintext,
      state: "pending",
      attempts: [],
      next_at: Date.now(),
      created_at: now,
    };
    this.#holdIfReordering(record);
    this.#o.store.putNotification(record);
    if (this.#hold && this.#hold.remaining === 0) this.#release();
    this.#schedule();
    return record;
  }

  list(filter?: NotificationFilter): NotificationRecord[] {
    return this.#o.store.listNotifications(filter);
  }

  /** Delivers every pending notification now, ignoring its schedule; resolves when done. */
  async flush(): Promise<void> {
    this.#release();
    const due = this.#o.store.listNotifications({ state: "pending" });
    await this.#enqueueDeliveries(due.map((record) => record.id), true);
  }

  /** Resolves when the deliveries started so far have finished. */
  settled(): Promise<void> {
    return this.#chain;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#chain;
  }

  #holdIfReordering(record: NotificationRecord): void {
    if (!this.#hold) {
      const rule = this.#o.faults.takeForNotification(record.event_type, REORDER);
      if (!rule) return;
      this.#hold = { remaining: Math.max(2, rule.count ?? 2), ids: [] };
    }
    record.state = "held";
    this.#hold.ids.push(record.id);
    this.#hold.remaining--;
  }

  /** Releases held notifications, newest first (the "reordered" fault). */
  #release(): void {
    if (!this.#hold) return;
    const ids = [...this.#hold.ids].reverse();
    this.#hold = undefined;
    const start = Date.now();
    ids.forEach((id, index) => {
      const record = this.#o.store.getNotification(id);
      if (!record) return;
      record.state = "pending";
      record.next_at = start + index; // delivery follows next_at order: reversed
      this.#o.store.putNotification(record);
    });
  }

  #schedule(): void {
    if (this.#stopped || !this.#o.autoDeliver) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    const pending = this.#o.store.listNotifications({ state: "pending" });
    if (pending.length === 0) return;
    const next = Math.min(...pending.map((record) => record.next_at));
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const now = Date.now();
      const due = this.#o.store
        .listNotifications({ state: "pending" })
        .filter((record) => record.next_at <= now)
        .sort((a, b) => a.next_at - b.next_at || a.seq - b.seq);
      void this.#enqueueDeliveries(due.map((record) => record.id)).then(() => this.#schedule());
    }, Math.min(MAX_TIMER_MS, Math.max(0, next - Date.now())));
    this.#timer.unref?.();
  }

  /** Deliveries run one at a time, in order, so reordering and duplicates are observable as such. */
  #enqueueDeliveries(ids: string[], force = false): Promise<void> {
    const fresh = ids.filter((id) => !this.#queued.has(id));
    for (const id of fresh) this.#queued.add(id);
    this.#chain = this.#chain.then(async () => {
      for (const id of fresh) {
        this.#queued.delete(id);
        if (this.#stopped) return;
        const record = this.#o.store.getNotification(id);
        // Re-read: an attempt queued earlier may have rescheduled it meanwhile.
        if (record?.state === "pending" && (force || record.next_at <= Date.now())) await this.#deliver(record);
      }
    });
    return this.#chain;
  }

  async #deliver(record: NotificationRecord): Promise<void> {
    const fault = this.#o.faults.takeForNotification(record.event_type, DELIVERY_FAULTS);
    const attempt =
      fault?.kind === "bad-tag"
        ? await this.#post(record, "bad-tag", withBadTag(record.body))
        : await this.#post(record, signatureFault(fault) ? fault!.kind : undefined);
    record.attempts.push(attempt);
    if (fault?.kind === "duplicate-notification") {
      record.attempts.push({ ...(await this.#post(record, undefined)), fault: "duplicate-notification" });
    }
    const delivered = record.attempts.some((a) => a.status === 200 || a.status === 204);
    if (delivered) {
      record.state = "delivered";
    } else {
      const failures = record.attempts.filter((a) => a.fault !== "duplicate-notification").length;
      const delay = retryDelaySeconds(retrySchedule(record.event_type), failures);
      if (delay === undefined) {
        record.state = "failed";
      } else {
        const wait = (delay * 1000) / this.#o.compression;
        record.attempts.at(-1)!.retry_in_ms = wait;
        record.next_at = Date.now() + wait;
      }
    }
    this.#o.store.putNotification(record);
  }

  async #post(record: NotificationRecord, fault: FaultKind | undefined, body: string = record.body): Promise<DeliveryAttempt> {
    const key = this.#signingKey();
    const signatureFaultKind = fault === "bad-tag" ? undefined : (fault as Parameters<typeof signatureHeaders>[3]);
    const headers = await signatureHeaders(key, body, this.#o.clock, signatureFaultKind);
    const attempt: DeliveryAttempt = { at: Date.now(), serial: headers["Wechatpay-Serial"]! };
    if (fault) attempt.fault = fault;
    try {
      const response = await this.#o.fetch(record.notify_url, {
        method: "POST",
        headers: {
          ...headers,
          "Wechatpay-Signature-Type": SIGNATURE_TYPE,
          "Request-ID": requestId(),
          "Content-Type": "application/json",
          "User-Agent": "payscore-mock-platform",
        },
        body,
        signal: AbortSignal.timeout(this.#o.timeoutMs),
        redirect: "manual",
      });
      attempt.status = response.status;
      await response.arrayBuffer().catch(() => undefined);
    } catch (error) {
      attempt.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
    return attempt;
  }

  #signingKey(): SigningKey {
    const { publicKey, certificates } = this.#o.keys;
    return (this.#o.signWith === "public-key" ? (publicKey ?? certificates[0]) : (certificates[0] ?? publicKey))!;
  }
}

/** The envelope with the last byte of the AEAD tag (end of `resource.ciphertext`) flipped. */
function withBadTag(body: string): string {
  const envelope = JSON.parse(body) as { resource: { ciphertext: string } };
  const sealed = base64Decode(envelope.resource.ciphertext);
  sealed[sealed.length - 1] = sealed[sealed.length - 1]! ^ 0x01;
  envelope.resource.ciphertext = base64Encode(sealed);
  return JSON.stringify(envelope);
}
