/**
 * Exactly-once bookkeeping for notifications. WeChat Pay re-sends a
 * notification until it gets 200/204, and may send the same one several
 * times, even at once (the official 预授权 page, 通知应答: "同样的通知可能会多次发送给商户系统…要采用数据锁进行并发控制").
 * A store records, per notification `id`, whether a delivery holds it (with a
 * lease, so a crashed worker does not block it forever) or it is done, and
 * the digest of the content first claimed under that id.
 *
 * ## The rules every store follows
 *  - `claim` is atomic: of any number of concurrent claims of one id, exactly one gets "first".
 *  - A claim whose lease ran out is gone: the next claim gets "first" (its worker is presumed dead).
 *  - `renew`, `markDone` and `release` act only for the current owner (compare-and-set): a
 *    delivery whose lease ran out cannot extend, finish or drop the claim of the delivery that took
 *    over, and learns so from the `false` they resolve to.
 *  - A done mark is kept at least as long as WeChat may re-send (`RETRY_HORIZON_SECONDS`).
 *
 * ## Plugging in a shared store
 * With more than one process, use `RedisNotificationStore` (`payscore-acquiringbank/redis`) or
 * implement `NotificationStore` on other shared, atomic storage. For SQL
 * (`notification_claim(id PRIMARY KEY, state, owner, digest, lease_until)`):
 *  - claim:    `INSERT … VALUES (:id, 'claimed', :owner, :digest, now() + :lease)
 *               ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, digest = excluded.digest, lease_until = excluded.lease_until
 *               WHERE notification_claim.state = 'claimed' AND notification_claim.lease_until < now()
 *               RETURNING owner` → a row is "first"; else read `state, digest`: 'done' → "duplicate", else "in-progress".
 *  - renew:    `UPDATE … SET lease_until = now() + :lease WHERE id = :id AND owner = :owner AND state = 'claimed' AND lease_until >= now()`.
 *  - markDone: `UPDATE … SET state = 'done', lease_until = now() + :retention WHERE id = :id AND owner = :owner
 *               AND state = 'claimed' AND lease_until >= now()` (in the same transaction as the business change
 *               when they share a database: then "done" and the effect commit together).
 *  - release:  `DELETE … WHERE id = :id AND owner = :owner AND state = 'claimed'`.
 * Each of the last three is true when it changed one row.
 */
import { type Clock, systemClock } from "../clock.js";
import { ConfigError } from "../errors.js";
import { RETRY_HORIZON_SECONDS } from "./spec.js";

/** first: run the handler; duplicate: already done, answer success; in-progress: another delivery holds it, answer failure. */
export type ClaimResult = "first" | "duplicate" | "in-progress";

/** What `claim` resolves to. */
export interface Claim {
  readonly result: ClaimResult;
  /**
   * For "duplicate" and "in-progress": the digest recorded by the claim that
   * got "first" (absent when the store keeps none). The handler compares it
   * with its own to tell a repeat of the same content from a conflicting one.
   */
  readonly digest?: string;
}

/**
 * Shared state of the exactly-once check. Every method may reject when the
 * storage is unreachable; the handler then answers 500 (claim) or reports it.
 */
export interface NotificationStore {
  /**
   * Atomically claims `id` for `owner` for `leaseMs` ms and records `digest`
   * (the handler's digest of the decrypted resource) with it: "duplicate" when
   * it is done, "in-progress" while another claim's lease runs, otherwise
   * "first" (also when an earlier claim's lease has run out).
   */
  claim(id: string, owner: string, leaseMs: number, digest: string): Promise<Claim>;
  /** Extends `owner`'s claim on `id` to `leaseMs` ms from now. False when `owner` no longer holds it (lease ran out, taken over, done). */
  renew(id: string, owner: string, leaseMs: number): Promise<boolean>;
  /**
   * Records `id` as done, keeping its digest, for at least RETRY_HORIZON_SECONDS.
   * Only for the current owner: false (and nothing written) when `owner` no longer holds the claim.
   */
  markDone(id: string, owner: string): Promise<boolean>;
  /** Drops `owner`'s claim on `id` (the handler failed) so the next delivery runs it again. False (no-op) if not the owner. */
  release(id: string, owner: string): Promise<boolean>;
}

/** A day of margin over WeChat's last retry (clock skew, delayed deliveries). */
const RETENTION_MARGIN_MS = 24 * 3600 * 1000;

/**
 * How long a done mark is kept by default, in ms: the spec's longest retry
 * horizon (`x-retry-schedule`, 3 days) plus one day of margin.
 */
export const DEFAULT_RETENTION_MS = RETRY_HORIZON_SECONDS * 1000 + RETENTION_MARGIN_MS;

/** Throws ConfigError unless `ms` is a positive finite number of milliseconds (`what` names the option). */
export function checkPositiveMs(ms: number, what: string): number {
  if (typeof ms !== "number" || !Number.isFinite(ms) || ms <= 0) throw new ConfigError(`${what} must be a positive number of milliseconds`);
  return ms;
}

export interface MemoryNotificationStoreOptions {
  clock?: Clock;
  /** How long a done mark is kept, in ms. Default `DEFAULT_RETENTION_MS`. */
  retentionMs?: number;
}

type Entry =
  | { readonly state: "claimed"; readonly owner: string; readonly digest: string; readonly until: number }
  | { readonly state: "done"; readonly digest: string; readonly until: number };

/** Expired entries are swept at most this often (amortized; no timers, so nothing keeps a process alive). */
const SWEEP_EVERY_MS = 60 * 1000;

/**
 * The default store: one process only (a Map). Atomic because each method
 * runs to completion without awaiting in between. Follows the same rules as
 * the shared stores (see the top of this file).
 */
export class MemoryNotificationStore implements NotificationStore {
  readonly #entries = new Map<string, Entry>();
  readonly #clock: Clock;
  readonly #retentionMs: number;
  #nextSweep = 0;

  constructor(options: MemoryNotificationStoreOptions = {}) {
    this.#clock = options.clock ?? systemClock;
    this.#retentionMs = checkPositiveMs(options.retentionMs ?? DEFAULT_RETENTION_MS, "retentionMs");
  }

  async claim(id: string, owner: string, leaseMs: number, digest: string): Promise<Claim> {
    checkPositiveMs(leaseMs, "leaseMs");
    const now = this.#clock.now();
    this.#sweep(now);
    const entry = this.#live(id, now);
    if (entry?.state === "done") return { result: "duplicate", digest: entry.digest };
    if (entry?.state === "claimed") return { result: "in-progress", digest: entry.digest };
    this.#entries.set(id, { state: "claimed", owner, digest, until: now + leaseMs });
    return { result: "first" };
  }

  async renew(id: string, owner: string, leaseMs: number): Promise<boolean> {
    checkPositiveMs(leaseMs, "leaseMs");
    const now = this.#clock.now();
    const entry = this.#owned(id, owner, now);
    if (!entry) return false;
    this.#entries.set(id, { ...entry, until: now + leaseMs });
    return true;
  }

  async markDone(id: string, owner: string): Promise<boolean> {
    const now = this.#clock.now();
    const entry = this.#owned(id, owner, now);
    if (!entry) return false;
    this.#entries.set(id, { state: "done", digest: entry.digest, until: now + this.#retentionMs });
    return true;
  }

  async release(id: string, owner: string): Promise<boolean> {
    if (!this.#owned(id, owner, this.#clock.now())) return false;
    this.#entries.delete(id);
    return true;
  }

  /** Number of ids held (claimed or done, not yet expired). */
  get size(): number {
    const now = this.#clock.now();
    let count = 0;
    for (const entry of this.#entries.values()) if (entry.until > now) count++;
    return count;
  }

  /** `owner`'s live claim on `id`, if it still holds one. */
  #owned(id: string, owner: string, now: number): Extract<Entry, { state: "claimed" }> | undefined {
    const entry = this.#live(id, now);
    return entry?.state === "claimed" && entry.owner === owner ? entry : undefined;
  }

  #live(id: string, now: number): Entry | undefined {
    const entry = this.#entries.get(id);
    if (entry && entry.until <= now) {
      this.#entries.delete(id);
      return undefined;
    }
    return entry;
  }

  #sweep(now: number): void {
    if (now < this.#nextSweep) return;
    this.#nextSweep = now + SWEEP_EVERY_MS;
    for (const [id, entry] of this.#entries) if (entry.until <= now) this.#entries.delete(id);
  }
}
