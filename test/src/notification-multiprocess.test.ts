/**
 * Exactly-once across processes and restarts, end to end: four worker
 * processes (each a real HTTP server with createNotificationNodeListener and a
 * RedisNotificationStore) share one real redis-server started here with
 * append-only persistence. Notifications are signed and encrypted the way
 * WeChat Pay does it (node:crypto fixtures) and POSTed over loopback. Every
 * wait polls a condition (an IPC event from a worker, an HTTP answer).
 *
 * A reply either makes WeChat stop (2xx) or retry (5xx); "none lost" means
 * every delivery got one of those.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidReplyBody } from "../../src/notification/index.ts";
import { delivery } from "./notification-fixtures.ts";
import type { HandleEvent, Worker } from "./support/notification-workers.ts";
import { startWorkers } from "./support/notification-workers.ts";
import { startRedisServer, type RedisServer } from "./support/redis-server.ts";
import { until } from "./support/until.ts";

/** The workers' lease: renewed every ~267 ms, so a loaded CI machine may stall a worker ~530 ms without losing it; short enough to wait out. */
const LEASE_MS = 800;

let redis: RedisServer;
let workers: Worker[];
const events: HandleEvent[] = [];

const runs = (id: string, type: "start" | "end" = "start") => events.filter((e) => e.id === id && e.type === type).length;

type Delivery = ReturnType<typeof delivery>;

/** POSTs one delivery; the status, checking that a failure carries the spec's reply body. */
async function post(worker: Worker, request: Delivery): Promise<number> {
  const response = await fetch(worker.url, { method: "POST", headers: request.headers, body: request.body });
  const text = await response.text();
  if (response.status >= 400) expect(isValidReplyBody(JSON.parse(text)), text).toBe(true);
  else expect(text).toBe("");
  return response.status;
}

const isAck = (status: number) => status === 200 || status === 204;
const isRetry = (status: number) => status >= 500 && status <= 599;

/** Delivers to the given workers in turn until one acknowledges; returns every status seen. */
async function redeliverUntilAck(targets: readonly Worker[], request: Delivery, what: string): Promise<number[]> {
  const statuses: number[] = [];
  let turn = 0;
  await until(async () => {
    const status = await post(targets[turn++ % targets.length]!, request);
    statuses.push(status);
    return isAck(status);
  }, what, 20_000, 20);
  return statuses;
}

beforeAll(async () => {
  redis = await startRedisServer();
  workers = await startWorkers(4, { redisUrl: redis.url, store: "redis", keyPrefix: "multiprocess:", leaseMs: LEASE_MS, report: true }, events);
});

afterAll(async () => {
  await Promise.all((workers ?? []).map((worker) => worker.kill("SIGTERM")));
  await redis?.close();
});

describe("4 worker processes sharing one Redis", () => {
  it("one notification delivered 50 times at once across them: handle runs exactly once, every delivery answered 2xx or 5xx", async () => {
    const request = delivery("PAYSCORE.USER_CONFIRM", { id: "EV-mp-50" });
    // Each run takes 500 ms, so the deliveries really overlap the one that runs.
    await Promise.all(workers.map((worker) => worker.tell({ type: "plan", id: "EV-mp-50", delayMs: 500 })));
    const statuses = await Promise.all(Array.from({ length: 50 }, (_, i) => post(workers[i % workers.length]!, request)));
    expect(statuses.filter((status) => !isAck(status) && !isRetry(status))).toEqual([]);
    expect(statuses.filter(isAck).length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter(isRetry).length).toBeGreaterThan(0); // those that came while it ran: 503, WeChat retries
    await until(() => runs("EV-mp-50", "end") === 1, "the run to end");
    expect(runs("EV-mp-50")).toBe(1);
    // WeChat's retries of the 5xx answers: acknowledged without running it again.
    for (const worker of workers) expect(await post(worker, request)).toBe(204);
    expect(runs("EV-mp-50")).toBe(1);
  });

  it("a handler that runs 3× the lease still runs once: its lease is renewed while it runs", async () => {
    const id = "EV-mp-slow";
    const request = delivery("PAYSCORE.USER_PAID", { id });
    await workers[0]!.tell({ type: "plan", id, delayMs: 3 * LEASE_MS });
    const first = post(workers[0]!, request);
    await until(() => runs(id) === 1, "the first run to start");
    const meanwhile: number[] = [];
    // Retries keep coming on the other instances for the whole run (and past two lease lengths).
    while (runs(id, "end") === 0) meanwhile.push(await post(workers[1 + (meanwhile.length % 3)]!, request));
    expect(await first).toBe(204);
    expect(meanwhile.filter((status) => status !== 503 && status !== 204)).toEqual([]);
    expect(meanwhile.filter((status) => status === 503).length).toBeGreaterThan(0);
    expect(runs(id)).toBe(1);
    expect(await post(workers[2]!, request)).toBe(204);
    expect(runs(id)).toBe(1);
  });

  it("a worker killed (SIGKILL) in the middle of handle: after its lease one redelivery runs it again, then never again", async () => {
    const id = "EV-mp-killed";
    const request = delivery("PAYSCORE.MCH_PREPAY", { id });
    const victim = workers[3]!;
    await victim.tell({ type: "plan", id, delayMs: 60_000 });
    const lost = post(victim, request).catch((error: unknown) => error); // its connection dies with it: WeChat retries
    await until(() => runs(id) === 1, "the victim to start handling");
    await victim.kill("SIGKILL");
    expect(await lost).toBeInstanceOf(Error);
    workers = workers.slice(0, 3);

    const statuses = await redeliverUntilAck(workers, request, "a redelivery to be handled after the lease");
    expect(statuses.slice(0, -1).filter((status) => status !== 503)).toEqual([]); // held by the dead worker until its lease ran out
    expect(runs(id)).toBe(2); // the killed run, and exactly one more
    expect(runs(id, "end")).toBe(1);
    for (let i = 0; i < 6; i++) expect(await post(workers[i % workers.length]!, request)).toBe(204);
    expect(runs(id)).toBe(2);
  });

  it("Redis restarted (SIGTERM, started again on the same append-only file) between the handling and a duplicate: the duplicate is recognised", async () => {
    const id = "EV-mp-restart";
    const request = delivery("PAYSCORE.USER_OPEN_SERVICE", { id });
    expect(await post(workers[0]!, request)).toBe(204);
    expect(runs(id)).toBe(1);
    const pidBefore = redis.pid;
    await redis.stop();
    await redis.start();
    expect(redis.pid).not.toBe(pidBefore);
    // 5xx while a worker's client reconnects, then the duplicate is acknowledged without running again.
    const statuses = await redeliverUntilAck(workers.slice(1), request, "the duplicate to be acknowledged after the restart");
    expect(statuses.filter((status) => !isAck(status) && !isRetry(status))).toEqual([]);
    expect(runs(id)).toBe(1);
  });

  it("Redis down: 5xx, handle not run, nothing acknowledged; back up: the next redelivery is handled once", async () => {
    const id = "EV-mp-down";
    const request = delivery("PAYSCORE.USER_CLOSE_SERVICE", { id });
    await redis.stop();
    for (const worker of workers) expect(await post(worker, request)).toBe(500);
    expect(runs(id)).toBe(0);
    await redis.start();
    const statuses = await redeliverUntilAck(workers, request, "a redelivery to be handled once Redis is back");
    expect(statuses.slice(0, -1).filter((status) => status !== 500)).toEqual([]);
    await until(() => runs(id, "end") === 1, "the run to end");
    expect(runs(id)).toBe(1);
    for (const worker of workers) expect(await post(worker, request)).toBe(204);
    expect(runs(id)).toBe(1);
  });
});
