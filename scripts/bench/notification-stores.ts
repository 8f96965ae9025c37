// Notifications per second end to end over HTTP: signed and encrypted the way WeChat Pay does it
// (node:crypto fixtures), POSTed over loopback keep-alive connections by autocannon in a process of
// its own (autocannon-load.ts; each notification sent once), and in the endpoint process verified, decrypted, validated,
// claimed, handled (an empty handle) and marked done by createNotificationNodeListener. Every
// notification has its own id, so every one is a first delivery; each round starts on a fresh
// store (a new MemoryNotificationStore, or a new key prefix in Redis).
//
// Two ratios, each from alternating rounds in the same run (median of the per-pair ratios):
//  - the Redis store against the memory store, one endpoint process: time per notification with
//    RedisNotificationStore ÷ with MemoryNotificationStore, target ≤ 1.15 (Redis costs ≤ 15 %);
//  - two endpoint processes sharing one Redis against one: notifications per second, target ≥ 1.6×.
// Redis is a real redis-server started for the run (test/src/support/redis-server.ts); the endpoint
// processes are the ones the multi-process tests use (test/src/support/notification-worker.ts).
//   npx tsx scripts/bench/notification-stores.ts
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { delivery } from "../../test/src/notification-fixtures.ts";
import { startWorkers, type Worker } from "../../test/src/support/notification-workers.ts";
import { startRedisServer } from "../../test/src/support/redis-server.ts";
import { LoadGenerator } from "./autocannon-load.ts";
import { type BenchResult, type RatioResult, formatResult, median } from "./measure.ts";

export const REDIS_STORE_TARGET = 1.15;
export const TWO_PROCESS_TARGET = 1.6;

export interface NotificationStoreBenchOptions {
  /** Alternating rounds of each side (default 5). */
  rounds?: number;
  /** Longest round, ms (default 1000); a round also ends after `pool` notifications. */
  roundMs?: number;
  /** Distinct signed notifications prepared up front (default 2048): the most one round sends. */
  pool?: number;
  /** Connections, one notification in flight on each (default 16). */
  concurrency?: number;
}

type Setup = { readonly workers: readonly Worker[]; readonly store: "memory" | "redis" };

export async function benchNotificationStores(options: NotificationStoreBenchOptions = {}): Promise<BenchResult[]> {
  const { rounds = 5, roundMs = 1000, pool = 2048, concurrency = 16 } = options;
  const redis = await startRedisServer();
  const load = new LoadGenerator();
  let workers: Worker[] = [];
  try {
    workers = await startWorkers(2, { redisUrl: redis.url, store: "memory", report: false });
    const run = `${Date.now().toString(36)}`;
    // Signed up front (about 1 ms of RSA each), so no signing happens in the measured loop.
    const deliveries = Array.from({ length: pool }, (_, i) => delivery("PAYSCORE.USER_PAID", { id: `EV-bench-${run}-${i}` }));

    let generation = 0;
    const cpu = new Map<string, { endpoints: number[]; redis: number[]; load: number[] }>();
    const round = async (setup: Setup, ms: number): Promise<number> => {
      const keyPrefix = `bench:${run}:${++generation}:`;
      await Promise.all(setup.workers.map((worker) => worker.tell({ type: "store", store: setup.store, keyPrefix })));
      const urls = setup.workers.map((worker) => `http://127.0.0.1:${worker.port}`);
      const requests = deliveries.map((d) => ({ method: "POST" as const, path: "/notify", headers: d.headers, body: d.body }));
      await load.target({ urls, requests, expect: { status: 204 }, connections: concurrency, once: true });
      const pids = [...setup.workers.map((worker) => worker.pid), redis.pid];
      const before = pids.map(cpuMicros);
      const result = await load.run(ms);
      const used = pids.map((pid, i) => cpuMicros(pid) - before[i]!);
      if (result.bad > 0) throw new Error(`bench: ${result.bad} of ${result.ok + result.bad} notifications were not answered 204`);
      const key = `${setup.workers.length} × ${setup.store}`;
      const seen = cpu.get(key) ?? { endpoints: [], redis: [], load: [] };
      cpu.set(key, seen);
      seen.endpoints.push(used.slice(0, -1).reduce((a, b) => a + b, 0) / result.ok);
      seen.redis.push(used.at(-1)! / result.ok);
      seen.load.push(result.cpuUs / result.ok);
      return (result.ok * 1000) / result.elapsedMs;
    };
    /** Alternating rounds of `a` and `b` after one warm-up round each; median rates and median per-pair ratio b/a. */
    const pairs = async (a: Setup, b: Setup) => {
      await round(a, roundMs);
      await round(b, roundMs);
      const aRates: number[] = [];
      const bRates: number[] = [];
      const ratios: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const [first, second] = i % 2 === 0 ? [a, b] : [b, a];
        const firstRate = await round(first, roundMs);
        const secondRate = await round(second, roundMs);
        const [aRate, bRate] = first === a ? [firstRate, secondRate] : [secondRate, firstRate];
        aRates.push(aRate);
        bRates.push(bRate);
        ratios.push(bRate / aRate);
      }
      return { aRate: median(aRates), bRate: median(bRates), ratio: median(ratios) };
    };

    const one = workers.slice(0, 1);
    const stores = await pairs({ workers: one, store: "memory" }, { workers: one, store: "redis" });
    const scaling = await pairs({ workers: one, store: "redis" }, { workers, store: "redis" });
    // Where the CPU goes, per notification (median rounds; from /proc, so 10 ms ticks: read as ±10 µs).
    for (const [key, seen] of cpu) {
      const us = (values: number[]) => `${Math.round(median(values))} µs`;
      console.log(`  cpu per notification, ${key}: endpoint processes ${us(seen.endpoints)}, redis-server ${us(seen.redis)}, load generator ${us(seen.load)}`);
    }
    const http = `over HTTP, ${concurrency} keep-alive connections, load from a separate process`;
    const redisVsMemory: RatioResult = {
      name: `notification store: Redis vs memory (1 endpoint process, ${http})`,
      unit: "notification",
      rate: stores.bRate,
      floorRate: stores.aRate,
      kind: "overhead",
      ratio: 1 / stores.ratio,
      target: REDIS_STORE_TARGET,
      floor: "the same endpoint with MemoryNotificationStore",
    };
    const twoVsOne: RatioResult = {
      name: `notification endpoints: 2 processes vs 1 sharing one Redis (${http})`,
      unit: "notification",
      rate: scaling.bRate,
      floorRate: scaling.aRate,
      kind: "share",
      ratio: scaling.ratio,
      target: TWO_PROCESS_TARGET,
      floor: "1 endpoint process with RedisNotificationStore",
    };
    return [redisVsMemory, twoVsOne];
  } finally {
    load.close();
    await Promise.all(workers.map((worker) => worker.kill("SIGTERM")));
    await redis.close();
  }
}

/** User + system CPU time a process has used, µs (Linux /proc; 0 where it cannot be read). */
function cpuMicros(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** USER_HZ: the unit of /proc/<pid>/stat times, 100 on Linux. */
const CLOCK_TICKS_PER_SECOND = 100;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const result of await benchNotificationStores()) console.log(formatResult(result));
}
