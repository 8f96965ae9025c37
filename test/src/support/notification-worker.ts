/**
 * One instance of an institution's notification endpoint, run as its own
 * process (`fork` with `--import tsx`, see notification-workers.ts): a real
 * node:http server on a free loopback port with `createNotificationNodeListener`,
 * verifying with the test keys (fixture clock) and claiming in a
 * MemoryNotificationStore or a RedisNotificationStore on a node-redis client.
 *
 * Driven over the IPC channel:
 *  in:  { type: "plan", id, delayMs }          → handle(id) takes delayMs (the business work); answers { type: "ok" }
 *       { type: "store", store, keyPrefix? }    → claims go to a fresh store from now on; answers { type: "ok" }
 *  out: { type: "ready", port }                 once listening
 *       { type: "start" | "end", id }           around every run of handle (when `report` is on)
 * Configuration: argv[2], JSON of `WorkerConfig`.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createClient } from "redis";
import {
  MemoryNotificationStore,
  createNotificationNodeListener,
  type NotificationStore,
} from "../../../src/notification/index.ts";
import { RedisNotificationStore } from "../../../src/notification/redis-store.ts";
import { APIV3_KEY } from "../../fixtures/keys.ts";
import { clock, keySet } from "../notification-fixtures.ts";

export interface WorkerConfig {
  /** `redis://…` of the shared Redis (needed for the "redis" store). */
  redisUrl?: string;
  store: "memory" | "redis";
  keyPrefix?: string;
  leaseMs?: number;
  /** Send start/end events for every run of handle (tests); off in the bench. */
  report: boolean;
}

export type WorkerMessage =
  | { type: "plan"; id: string; delayMs: number }
  | { type: "store"; store: "memory" | "redis"; keyPrefix?: string };

export type WorkerEvent = { type: "ready"; port: number } | { type: "start" | "end"; id: string } | { type: "ok" } | { type: "error"; message: string };

const config = JSON.parse(process.argv[2] ?? "{}") as WorkerConfig;
const send = (event: WorkerEvent) => process.send?.(event);

const client = config.redisUrl
  ? createClient({
      url: config.redisUrl,
      // Fail at once while disconnected (the handler answers 500, WeChat retries) and reconnect quickly.
      disableOfflineQueue: true,
      socket: { reconnectStrategy: () => 50 },
    })
  : undefined;
client?.on("error", () => undefined); // reconnects are the client's job; failed commands reach the handler
await client?.connect();

const storeOf = (kind: "memory" | "redis", keyPrefix?: string): NotificationStore => {
  if (kind === "memory") return new MemoryNotificationStore();
  if (!client) throw new Error("worker: the redis store needs redisUrl");
  return new RedisNotificationStore({ client, ...(keyPrefix ? { keyPrefix } : {}) });
};
let current = storeOf(config.store, config.keyPrefix);
const store: NotificationStore = {
  claim: (...args) => current.claim(...args),
  renew: (...args) => current.renew(...args),
  markDone: (...args) => current.markDone(...args),
  release: (...args) => current.release(...args),
};

const delays = new Map<string, number>();
const listener = createNotificationNodeListener({
  keys: await keySet(),
  apiV3Key: APIV3_KEY,
  clock,
  store,
  ...(config.leaseMs ? { leaseMs: config.leaseMs } : {}),
  async handle(notification) {
    if (config.report) send({ type: "start", id: notification.id });
    const delayMs = delays.get(notification.id) ?? 0;
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs)); // the business work
    if (config.report) send({ type: "end", id: notification.id });
  },
});

process.on("message", (message: WorkerMessage) => {
  try {
    if (message.type === "plan") delays.set(message.id, message.delayMs);
    else if (message.type === "store") current = storeOf(message.store, message.keyPrefix);
    send({ type: "ok" });
  } catch (error) {
    send({ type: "error", message: String(error) });
  }
});
// The parent going away ends the worker (its server and Redis connection with it).
process.on("disconnect", () => process.exit(0));

const server = createServer((request, response) => void listener(request, response));
server.listen(0, "127.0.0.1", () => send({ type: "ready", port: (server.address() as AddressInfo).port }));
