/**
 * The mock's state: authorizations, orders and notifications in plain Maps. In memory by default; with a
 * state file, every change writes the whole state as one JSON snapshot, atomically (a temp file in the
 * same folder, then a rename over the old one), so a restart loses nothing, pending notifications
 * included, and a mock that dies mid-write leaves the previous snapshot intact.
 *
 * Records go in and come out as copies: a rule that changes a record it read and then refuses the request
 * changes nothing, and no caller shares an object with the store.
 */
import { closeSync, existsSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { ConfigError } from "../../src/errors.ts";
import type { FaultQueueState } from "./faults.ts";
import type { AuthorizationRecord, NotificationRecord, NotificationState, OrderRecord } from "./types.ts";

/** What a state file holds. */
interface Snapshot {
  format: typeof FORMAT;
  version: 1;
  authorizations: AuthorizationRecord[];
  orders: OrderRecord[];
  notifications: NotificationRecord[];
  /** The queued faults (absent in snapshots of earlier versions: none). */
  faults?: FaultQueueState;
}

const FORMAT = "payscore-mock-state";
/** The first bytes of an SQLite database: the state files of earlier versions of the mock. */
const SQLITE_MAGIC = "SQLite format 3\u0000";

export interface NotificationFilter {
  state?: NotificationState;
  eventType?: string;
  subject?: string;
}

export class StateStore {
  readonly #file: string | undefined;
  /** By `mchid \0 authorization_code`. */
  readonly #authorizations = new Map<string, AuthorizationRecord>();
  /** By `mchid \0 out_order_no`. */
  readonly #orders = new Map<string, OrderRecord>();
  /** `mchid \0 query_id` → the order's key in #orders. */
  readonly #queryIds = new Map<string, string>();
  /** By id, in the order they were first stored. */
  readonly #notifications = new Map<string, NotificationRecord>();
  #lastSeq = 0;
  #closed = false;
  #faults: FaultQueueState | undefined;
  /** The lock file this store holds, removed by close(). */
  readonly #lock: string | undefined;

  private constructor(file: string | undefined, snapshot: Snapshot | undefined, lock: string | undefined) {
    this.#file = file;
    this.#lock = lock;
    this.#faults = snapshot?.faults;
    for (const record of snapshot?.authorizations ?? []) this.#setAuthorization(record);
    for (const record of snapshot?.orders ?? []) this.#setOrder(record);
    for (const record of [...(snapshot?.notifications ?? [])].sort((a, b) => a.seq - b.seq)) this.#setNotification(record);
  }

  /**
   * Opens the store: in memory, or from the JSON snapshot in `file` (created on the first change if
   * missing). A state file belongs to one process at a time: `<file>.lock` holds the owner's PID and is
   * removed by `close()`; a lock left by a process that no longer runs is taken over. Throws
   * `ConfigError`, naming the file, when another running process holds the lock, and for a file that is
   * not a snapshot of this format; an SQLite state file of an earlier version is refused so (it is not
   * migrated).
   */
  static open(file?: string): StateStore {
    if (!file) return new StateStore(undefined, undefined, undefined);
    const lock = acquireLock(file);
    try {
      return new StateStore(file, existsSync(file) ? readSnapshot(file) : undefined, lock);
    } catch (error) {
      releaseLock(lock);
      throw error;
    }
  }

  get file(): string | undefined {
    return this.#file;
  }

  getAuthorization(mchid: string, code: string): AuthorizationRecord | undefined {
    return copy(this.#authorizations.get(key(mchid, code)));
  }

  putAuthorization(record: AuthorizationRecord): void {
    this.#change(() => this.#setAuthorization(copy(record)));
  }

  /** Authorizations whose code is `code`, whatever the merchant (control API convenience). */
  findAuthorizations(code: string): AuthorizationRecord[] {
    return [...this.#authorizations.values()].filter((record) => record.authorization_code === code).map(copy);
  }

  getOrder(mchid: string, outOrderNo: string): OrderRecord | undefined {
    return copy(this.#orders.get(key(mchid, outOrderNo)));
  }

  getOrderByQueryId(mchid: string, queryId: string): OrderRecord | undefined {
    const orderKey = this.#queryIds.get(key(mchid, queryId));
    return orderKey === undefined ? undefined : copy(this.#orders.get(orderKey));
  }

  /** Orders whose number is `outOrderNo`, whatever the merchant (control API convenience). */
  findOrders(outOrderNo: string): OrderRecord[] {
    return [...this.#orders.values()].filter((record) => record.out_order_no === outOrderNo).map(copy);
  }

  putOrder(record: OrderRecord): void {
    this.#change(() => this.#setOrder(copy(record)));
  }

  getNotification(id: string): NotificationRecord | undefined {
    return copy(this.#notifications.get(id));
  }

  putNotification(record: NotificationRecord): void {
    this.#change(() => this.#setNotification(copy(record)));
  }

  /** Notifications matching `filter`, in `seq` order. */
  listNotifications(filter: NotificationFilter = {}): NotificationRecord[] {
    const found: NotificationRecord[] = [];
    for (const record of this.#notifications.values()) {
      if (filter.state && record.state !== filter.state) continue;
      if (filter.eventType && record.event_type !== filter.eventType) continue;
      if (filter.subject && record.subject !== filter.subject) continue;
      found.push(copy(record));
    }
    return found.sort((a, b) => a.seq - b.seq);
  }

  /** Next notification sequence number (1-based): one more than the highest stored. */
  nextNotificationSeq(): number {
    return this.#lastSeq + 1;
  }

  /** The fault queue as last saved (undefined when none was). */
  getFaults(): FaultQueueState | undefined {
    return copy(this.#faults);
  }

  /** Saves the fault queue with the rest of the state. */
  putFaults(state: FaultQueueState): void {
    this.#change(() => (this.#faults = copy(state)));
  }

  /** Stops accepting changes and releases the state file's lock. Every change has already been written. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#lock) releaseLock(this.#lock);
  }

  #setAuthorization(record: AuthorizationRecord): void {
    this.#authorizations.set(key(record.mchid, record.authorization_code), record);
  }

  #setOrder(record: OrderRecord): void {
    const orderKey = key(record.mchid, record.out_order_no);
    const previous = this.#orders.get(orderKey);
    if (previous && previous.query_id !== record.query_id) this.#queryIds.delete(key(previous.mchid, previous.query_id));
    this.#orders.set(orderKey, record);
    this.#queryIds.set(key(record.mchid, record.query_id), orderKey);
  }

  #setNotification(record: NotificationRecord): void {
    this.#notifications.set(record.id, record);
    if (record.seq > this.#lastSeq) this.#lastSeq = record.seq;
  }

  #change(apply: () => void): void {
    if (this.#closed) throw new Error("the mock's state store is closed");
    apply();
    if (this.#file) writeAtomically(this.#file, JSON.stringify(this.#snapshot()));
  }

  #snapshot(): Snapshot {
    return {
      format: FORMAT,
      version: 1,
      authorizations: [...this.#authorizations.values()],
      orders: [...this.#orders.values()],
      notifications: [...this.#notifications.values()],
      ...(this.#faults ? { faults: this.#faults } : {}),
    };
  }
}

/**
 * Creates `<file>.lock` exclusively, holding this process's PID. An existing lock whose PID is a running
 * process (this one included: two mocks in one process are two writers too) refuses; one left by a
 * process that has ended, or unreadable, is replaced.
 */
function acquireLock(file: string): string {
  const lock = `${file}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(lock, "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(readText(lock), 10);
      if (Number.isSafeInteger(owner) && owner > 0 && isRunning(owner)) {
        throw new ConfigError(`state file ${file} is in use by another mock (process ${owner}, lock ${lock}); stop it or name another file`);
      }
      try {
        unlinkSync(lock); // stale: its process has ended
      } catch (unlinkError) {
        if ((unlinkError as NodeJS.ErrnoException).code !== "ENOENT") throw unlinkError;
      }
      continue;
    }
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    return lock;
  }
  throw new ConfigError(`state file ${file}: its lock ${lock} was taken by another process while this one started`);
}

/** Removes the lock if it is still this process's. */
function releaseLock(lock: string): void {
  if (Number.parseInt(readText(lock), 10) !== process.pid) return;
  try {
    unlinkSync(lock);
  } catch {
    // already gone
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** Signal 0 checks for the process without signalling it; EPERM means it runs under another user. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function key(mchid: string, id: string): string {
  return `${mchid}\u0000${id}`;
}

/** A deep copy of a record (they are plain JSON data). */
function copy<T>(record: T): T {
  return structuredClone(record);
}

/** Temp file beside the target, then rename: readers see the old file or the new one, never half of one. */
function writeAtomically(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

function readSnapshot(file: string): Snapshot {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, SQLITE_MAGIC.length).toString("latin1") === SQLITE_MAGIC) {
    throw new ConfigError(`state file ${file} is an SQLite database of an earlier mock version; it is not migrated: delete it or name another file`);
  }
  let snapshot: Partial<Snapshot> | undefined;
  try {
    snapshot = JSON.parse(bytes.toString("utf8")) as Partial<Snapshot>;
  } catch {
    snapshot = undefined;
  }
  if (snapshot?.format !== FORMAT || snapshot.version !== 1) {
    throw new ConfigError(`state file ${file} is not a mock state snapshot (${FORMAT} version 1)`);
  }
  return {
    format: FORMAT,
    version: 1,
    authorizations: snapshot.authorizations ?? [],
    orders: snapshot.orders ?? [],
    notifications: snapshot.notifications ?? [],
    ...(snapshot.faults ? { faults: snapshot.faults } : {}),
  };
}
