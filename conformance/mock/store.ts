/**
 * The mock's state: authorizations, orders and notifications in SQLite
 * (sql.js, SQLite compiled to WebAssembly: nothing to compile at install time,
 * so `npm ci` works on any machine). In memory by default; with a state file
 * the whole database is written atomically (temp file + rename) after every
 * change, so a restart loses nothing, pending notifications included.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import initSqlJs, { type Database, type SqlJsStatic, type Statement } from "sql.js";
import type { AuthorizationRecord, NotificationRecord, NotificationState, OrderRecord } from "./types.ts";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS authorizations (
  mchid TEXT NOT NULL, authorization_code TEXT NOT NULL, json TEXT NOT NULL,
  PRIMARY KEY (mchid, authorization_code));
CREATE TABLE IF NOT EXISTS orders (
  mchid TEXT NOT NULL, out_order_no TEXT NOT NULL, query_id TEXT NOT NULL, json TEXT NOT NULL,
  PRIMARY KEY (mchid, out_order_no));
CREATE INDEX IF NOT EXISTS orders_query_id ON orders (mchid, query_id);
CREATE TABLE IF NOT EXISTS notifications (
  id TEXT PRIMARY KEY, seq INTEGER NOT NULL, state TEXT NOT NULL, event_type TEXT NOT NULL, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS notifications_state ON notifications (state, seq);
`;

let sqlJs: Promise<SqlJsStatic> | undefined;

/** Bound on cached read results (a memory cap, not a tuning knob). */
const READ_CACHE_ENTRIES = 1024;

export interface NotificationFilter {
  state?: NotificationState;
  eventType?: string;
  subject?: string;
}

export class StateStore {
  readonly #db: Database;
  readonly #file: string | undefined;
  readonly #statements = new Map<string, Statement>();
  /**
   * Rows (JSON text) of recent reads, by query and parameters; emptied by every write. The mock
   * answers the same lookups many times (polling a service order), and a sql.js step is tens of µs
   * of WebAssembly on the event loop; each read still parses fresh objects, so callers never share one.
   */
  readonly #reads = new Map<string, string[]>();
  #depth = 0;
  #dirty = false;
  #closed = false;

  private constructor(db: Database, file: string | undefined) {
    this.#db = db;
    this.#file = file;
    db.run(SCHEMA);
  }

  /** Opens the store: in memory, or from `file` (created on first change if missing). */
  static async open(file?: string): Promise<StateStore> {
    sqlJs ??= initSqlJs();
    const SQL = await sqlJs;
    const data = file && existsSync(file) ? readFileSync(file) : undefined;
    return new StateStore(new SQL.Database(data ? new Uint8Array(data) : undefined), file);
  }

  get file(): string | undefined {
    return this.#file;
  }

  /** Runs `fn` as one unit: one write of the state file at the end, however many records changed. */
  transaction<T>(fn: () => T): T {
    this.#depth++;
    try {
      return fn();
    } finally {
      this.#depth--;
      if (this.#depth === 0 && this.#dirty) this.#flush();
    }
  }

  getAuthorization(mchid: string, code: string): AuthorizationRecord | undefined {
    return this.#one("SELECT json FROM authorizations WHERE mchid = ? AND authorization_code = ?", [mchid, code]);
  }

  putAuthorization(record: AuthorizationRecord): void {
    this.#write("INSERT OR REPLACE INTO authorizations (mchid, authorization_code, json) VALUES (?, ?, ?)", [
      record.mchid,
      record.authorization_code,
      JSON.stringify(record),
    ]);
  }

  /** Authorizations whose code is `code`, whatever the merchant (control API convenience). */
  findAuthorizations(code: string): AuthorizationRecord[] {
    return this.#all("SELECT json FROM authorizations WHERE authorization_code = ?", [code]);
  }

  getOrder(mchid: string, outOrderNo: string): OrderRecord | undefined {
    return this.#one("SELECT json FROM orders WHERE mchid = ? AND out_order_no = ?", [mchid, outOrderNo]);
  }

  getOrderByQueryId(mchid: string, queryId: string): OrderRecord | undefined {
    return this.#one("SELECT json FROM orders WHERE mchid = ? AND query_id = ?", [mchid, queryId]);
  }

  findOrders(outOrderNo: string): OrderRecord[] {
    return this.#all("SELECT json FROM orders WHERE out_order_no = ?", [outOrderNo]);
  }

  putOrder(record: OrderRecord): void {
    this.#write("INSERT OR REPLACE INTO orders (mchid, out_order_no, query_id, json) VALUES (?, ?, ?, ?)", [
      record.mchid,
      record.out_order_no,
      record.query_id,
      JSON.stringify(record),
    ]);
  }

  getNotification(id: string): NotificationRecord | undefined {
    return this.#one("SELECT json FROM notifications WHERE id = ?", [id]);
  }

  putNotification(record: NotificationRecord): void {
    this.#write("INSERT OR REPLACE INTO notifications (id, seq, state, event_type, json) VALUES (?, ?, ?, ?, ?)", [
      record.id,
      record.seq,
      record.state,
      record.event_type,
      JSON.stringify(record),
    ]);
  }

  listNotifications(filter: NotificationFilter = {}): NotificationRecord[] {
    const rows = filter.state
      ? this.#all<NotificationRecord>("SELECT json FROM notifications WHERE state = ? ORDER BY seq", [filter.state])
      : this.#all<NotificationRecord>("SELECT json FROM notifications ORDER BY seq", []);
    return rows.filter(
      (n) => (!filter.eventType || n.event_type === filter.eventType) && (!filter.subject || n.subject === filter.subject),
    );
  }

  /** Next notification sequence number (1-based). */
  nextNotificationSeq(): number {
    const row = this.#statement("SELECT COALESCE(MAX(seq), 0) + 1 FROM notifications");
    try {
      row.step();
      return row.get()[0] as number;
    } finally {
      row.reset();
    }
  }

  /** Writes any pending change and releases the database. */
  close(): void {
    if (this.#closed) return;
    if (this.#dirty) this.#flush();
    for (const statement of this.#statements.values()) statement.free();
    this.#statements.clear();
    this.#db.close();
    this.#closed = true;
  }

  #statement(sql: string): Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  #one<T>(sql: string, params: string[]): T | undefined {
    return this.#all<T>(sql, params)[0];
  }

  #all<T>(sql: string, params: string[]): T[] {
    const key = `${sql}\u0000${params.join("\u0000")}`;
    let rows = this.#reads.get(key);
    if (!rows) {
      const statement = this.#statement(sql);
      rows = [];
      try {
        statement.bind(params);
        while (statement.step()) rows.push(statement.get()[0] as string);
      } finally {
        statement.reset();
      }
      if (this.#reads.size >= READ_CACHE_ENTRIES) this.#reads.clear();
      this.#reads.set(key, rows);
    }
    return rows.map((row) => JSON.parse(row) as T);
  }

  #write(sql: string, params: (string | number)[]): void {
    if (this.#closed) throw new Error("the mock's state store is closed");
    const statement = this.#statement(sql);
    this.#reads.clear();
    try {
      statement.run(params);
    } finally {
      statement.reset();
    }
    this.#dirty = true;
    if (this.#depth === 0) this.#flush();
  }

  /** Atomic: a crash mid-write leaves the previous file intact. */
  #flush(): void {
    this.#dirty = false;
    if (!this.#file) return;
    const temp = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(temp, this.#db.export());
    renameSync(temp, this.#file);
  }
}
