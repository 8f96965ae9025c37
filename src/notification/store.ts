/**
 * Exactly-once bookkeeping for notifications. WeChat Pay re-sends a
 * notification until it gets 200/204, and may send the same one several
 * times, even at once (the official 预授权 page: "同样的通知可能会多次发送给商户系统…要采用数据锁进行并发控制").
 * A store records, per notification `id`, whether a worker holds it (with a
 * lease, so a crashed worker does not block it forever) or it is done.
 *
 * ## Plugging in a shared store
 * With more than one process, implement `NotificationStore` on shared,
 * atomic storage. The three methods map onto one key per id:
 *
 * Redis (key `payscore:notification:{id}`):
 *  - claim:    `SET key owner NX PX leaseMs` → "OK" is "first"; otherwise
 *              `GET key` → "done" is "duplicate", anything else "in-progress".
 *  - markDone: `SET key done PX retentionMs` (retention ≥ RETRY_HORIZON_SECONDS).
 *  - release:  delete only your own claim (Lua: `if redis.call('GET', KEYS[1]) == ARGV[1]
 *              then return redis.call('DEL', KEYS[1]) end return 0`).
 *
 * SQL (`notification_claim(id PRIMARY KEY, owner, state, lease_until)`):
 *  - claim:    `INSERT … VALUES (:id, :owner, 'claimed', now() + :lease)
 *               ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
 *               WHERE notification_claim.state = 'claimed' AND notification_claim.lease_until < now()
 *               RETURNING owner` → a row is "first"; else read `state`: 'done' → "duplicate", else "in-progress".
 *  - markDone: `UPDATE … SET state = 'done' WHERE id = :id` (in the same transaction as the business
 *              change when they share a database: then "done" and the effect commit together).
 *  - release:  `DELETE … WHERE id = :id AND owner = :owner AND state = 'claimed'`.
 *
 * The owner token (random per delivery) stops a worker whose lease ran out
 * from releasing the claim of the worker that took over.
 */
import { type Clock, systemClock } from "../clock.js";
import { ConfigError } from "../errors.js";
import { RETRY_HORIZON_SECONDS } from "./spec.js";

/** first: run the handler; duplicate: already done, answer success; in-progress: another worker holds it, answer failure. */
export type ClaimResult = "first" | "duplicate" | "in-progress";

export interface NotificationStore {
  /**
   * Atomically claims `id` for `owner` for `leaseMs`: "duplicate" when it is
   * done, "in-progress" when another claim's lease is still running,
   * otherwise records the claim and returns "first" (also when an earlier
   * claim's lease has expired: its worker is presumed dead).
   */
  claim(id: string, owner: string, leaseMs: number): Promise<ClaimResult>;
  /** Records `id` as done. Kept at least as long as WeChat may re-send it (RETRY_HORIZON_SECONDS). */
  markDone(id: string, owner: string): Promise<void>;
  /** Drops `owner`'s claim on `id` (the handler failed) so the next delivery runs it again. No-op if not the owner. */
  release(id: string, owner: string): Promise<void>;
}

export interface MemoryNotificationStoreOptions {
  clock?: Clock;
  /**
   * How long a done mark is kept, in ms. Default: the spec's longest retry
   * horizon (`x-retry-schedule`, 3 days) plus one day of margin.
   */
  retentionMs?: number;
}

type Entry = { readonly state: "claimed"; readonly owner: string; readonly until: number } | { readonly state: "done"; readonly until: number };

/** A day of margin over WeChat's last retry (clock skew, delayed deliveries). */
const RETENTION_MARGIN_MS = 24 * 3600 * 1000;
/** Expired entries are swept at most this often (amortized; no timers, so nothing keeps a process alive). */
const SWEEP_EVERY_MS = 60 * 1000;

/**
 * The default store: one process only (a Map). Atomic because each method
 * runs to completion without awaiting in between.
 */
export class MemoryNotificationStore implements NotificationStore {
  readonly #entries = new Map<string, Entry>();
  readonly #clock: Clock;
  readonly #retentionMs: number;
  #nextSweep = 0;

  constructor(options: MemoryNotificationStoreOptions = {}) {
    this.#clock = options.clock ?? systemClock;
    this.#retentionMs = options.retentionMs ?? RETRY_HORIZON_SECONDS * 1000 + RETENTION_MARGIN_MS;
    if (!Number.isFinite(this.#retentionMs) || this.#retentionMs <= 0) throw new ConfigError("retentionMs must be a positive number");
  }

  async claim(id: string, owner: string, leaseMs: number): Promise<ClaimResult> {
    if (!Number.isFinite(leaseMs) || leaseMs <= 0) throw new ConfigError("leaseMs must be a positive number");
    const now = this.#clock.now();
    this.#sweep(now);
    const entry = this.#live(id, now);
    if (entry?.state === "done") return "duplicate";
    if (entry?.state === "claimed") return "in-progress";
    this.#entries.set(id, { state: "claimed", owner, until: now + leaseMs });
    return "first";
  }

  async markDone(id: string, _owner: string): Promise<void> {
    // Unconditional: even if the lease ran out meanwhile, the work is done.
    this.#entries.set(id, { state: "done", until: this.#clock.now() + this.#retentionMs });
  }

  async release(id: string, owner: string): Promise<void> {
    const entry = this.#entries.get(id);
    if (entry?.state === "claimed" && entry.owner === owner) this.#entries.delete(id);
  }

  /** Number of ids held (claimed or done, not yet expired). */
  get size(): number {
    const now = this.#clock.now();
    let count = 0;
    for (const entry of this.#entries.values()) if (entry.until > now) count++;
    return count;
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
