/**
 * One contract for every NotificationStore, run against the in-memory store
 * and against RedisNotificationStore on a real redis-server (started here on
 * a free loopback port). Leases run out in real time on both, so the waits
 * are polls for a condition (a sentinel claim made after the one under test,
 * with the same lease, becoming claimable again), never sleeps.
 */
import { createClient, createClientPool, createCluster } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "../../src/clock.ts";
import { ConfigError } from "../../src/errors.ts";
import {
  DEFAULT_RETENTION_MS,
  MemoryNotificationStore,
  NotificationStoreError,
  RETRY_HORIZON_SECONDS,
  type NotificationStore,
} from "../../src/notification/index.ts";
import { DEFAULT_REDIS_KEY_PREFIX, RedisNotificationStore, type RedisScriptClient } from "../../src/notification/redis-store.ts";
import { startRedisServer, type RedisServer } from "./support/redis-server.ts";
import { until } from "./support/until.ts";

const LONG = 60_000;
/** Short enough to run out during a test, long enough that "still held" checks right after a claim are not racy. */
const SHORT = 150;

let ids = 0;
/** A fresh notification id per use, so tests sharing one store never see each other's keys. */
const freshId = () => `EV-contract-${process.pid}-${++ids}`;

/** Resolves once a claim made now with `leaseMs` would have expired: a sentinel claimed now becomes claimable again. */
async function leaseRunsOut(store: NotificationStore, leaseMs: number): Promise<void> {
  const sentinel = freshId();
  expect((await store.claim(sentinel, "sentinel", leaseMs, "s")).result).toBe("first");
  await until(async () => (await store.claim(sentinel, "poll", leaseMs, "s")).result === "first", "the sentinel's lease to run out");
}

function storeContract(name: string, makeStore: () => NotificationStore): void {
  describe(`NotificationStore contract: ${name}`, () => {
    let store: NotificationStore;
    beforeAll(() => {
      store = makeStore();
    });

    it("first → in-progress while held → duplicate once done, each telling the digest first recorded", async () => {
      const id = freshId();
      expect(await store.claim(id, "a", LONG, "digest-a")).toEqual({ result: "first" });
      expect(await store.claim(id, "b", LONG, "digest-b")).toEqual({ result: "in-progress", digest: "digest-a" });
      expect(await store.markDone(id, "a")).toBe(true);
      expect(await store.claim(id, "c", LONG, "digest-c")).toEqual({ result: "duplicate", digest: "digest-a" });
      expect((await store.claim(freshId(), "c", LONG, "digest-c")).result).toBe("first");
    });

    it("claims atomically: of 50 concurrent claims exactly one is first", async () => {
      const id = freshId();
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => store.claim(id, `owner-${i}`, LONG, "d")));
      expect(results.filter((r) => r.result === "first")).toHaveLength(1);
      expect(results.filter((r) => r.result === "in-progress")).toHaveLength(49);
    });

    it("release: only by the owner; afterwards the next delivery is first", async () => {
      const id = freshId();
      await store.claim(id, "a", LONG, "d");
      expect(await store.release(id, "intruder")).toBe(false);
      expect((await store.claim(id, "b", LONG, "d")).result).toBe("in-progress");
      expect(await store.release(id, "a")).toBe(true);
      expect((await store.claim(id, "b", LONG, "d")).result).toBe("first");
    });

    it("markDone: only by the owner; an intruder's leaves the claim running", async () => {
      const id = freshId();
      await store.claim(id, "a", LONG, "d");
      expect(await store.markDone(id, "intruder")).toBe(false);
      expect((await store.claim(id, "b", LONG, "d")).result).toBe("in-progress");
      expect(await store.markDone(id, "a")).toBe(true);
      expect(await store.markDone(id, "a")).toBe(false); // done already: nothing left to finish
      expect(await store.release(id, "a")).toBe(false); // a done mark is never dropped
      expect(await store.renew(id, "a", LONG)).toBe(false);
      expect((await store.claim(id, "b", LONG, "d")).result).toBe("duplicate");
    });

    it("a lease that runs out is taken over; the old owner can then neither renew, finish nor release it", async () => {
      const id = freshId();
      await store.claim(id, "crashed", SHORT, "d");
      expect((await store.claim(id, "b", LONG, "d")).result).toBe("in-progress");
      const takeover = await until(async () => {
        const claim = await store.claim(id, "b", LONG, "d2");
        return claim.result === "first" ? claim : undefined;
      }, "the lease to run out");
      expect(takeover).toEqual({ result: "first" });
      expect(await store.renew(id, "crashed", LONG)).toBe(false);
      expect(await store.markDone(id, "crashed")).toBe(false);
      expect(await store.release(id, "crashed")).toBe(false);
      expect(await store.claim(id, "c", LONG, "d3")).toEqual({ result: "in-progress", digest: "d2" });
      expect(await store.markDone(id, "b")).toBe(true);
      expect(await store.claim(id, "c", LONG, "d3")).toEqual({ result: "duplicate", digest: "d2" });
    });

    it("a lease that ran out without a takeover cannot be finished or renewed by its owner either", async () => {
      const id = freshId();
      await store.claim(id, "slow", SHORT, "d");
      await leaseRunsOut(store, SHORT);
      expect(await store.markDone(id, "slow")).toBe(false);
      expect(await store.renew(id, "slow", LONG)).toBe(false);
      expect((await store.claim(id, "next", LONG, "d")).result).toBe("first");
    });

    it("renew: only by the owner; it keeps the claim past its first lease", async () => {
      const id = freshId();
      await store.claim(id, "a", SHORT, "d");
      expect(await store.renew(id, "intruder", LONG)).toBe(false);
      expect(await store.renew(id, "a", LONG)).toBe(true);
      await leaseRunsOut(store, SHORT);
      expect((await store.claim(id, "b", LONG, "d")).result).toBe("in-progress");
      expect(await store.markDone(id, "a")).toBe(true);
    });

    it("refuses nonsense leases", async () => {
      await expect(store.claim(freshId(), "a", 0, "d")).rejects.toBeInstanceOf(ConfigError);
      await expect(store.claim(freshId(), "a", Number.NaN, "d")).rejects.toBeInstanceOf(ConfigError);
      const id = freshId();
      await store.claim(id, "a", LONG, "d");
      await expect(store.renew(id, "a", -1)).rejects.toBeInstanceOf(ConfigError);
    });
  });
}

function movableClock(start = 1_000_000): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => now, advance: (ms) => void (now += ms) };
}

storeContract("MemoryNotificationStore", () => new MemoryNotificationStore());

describe("MemoryNotificationStore", () => {
  it("a lease ends exactly leaseMs after the claim (or the last renewal)", async () => {
    const clock = movableClock();
    const store = new MemoryNotificationStore({ clock });
    expect((await store.claim("EV-1", "a", 1_000, "d")).result).toBe("first");
    clock.advance(999);
    expect((await store.claim("EV-1", "b", 1_000, "d")).result).toBe("in-progress");
    expect(await store.renew("EV-1", "a", 1_000)).toBe(true);
    clock.advance(999);
    expect((await store.claim("EV-1", "b", 1_000, "d")).result).toBe("in-progress");
    clock.advance(1);
    expect((await store.claim("EV-1", "b", 1_000, "d")).result).toBe("first");
  });

  it("keeps done marks longer than WeChat's longest retry schedule, then forgets them", async () => {
    expect(RETRY_HORIZON_SECONDS).toBe(259_200); // the notification docs: retries stop after 3 days
    const clock = movableClock();
    const store = new MemoryNotificationStore({ clock });
    await store.claim("EV-1", "a", 1_000, "d");
    await store.markDone("EV-1", "a");
    clock.advance(RETRY_HORIZON_SECONDS * 1000);
    expect((await store.claim("EV-1", "b", 1_000, "d")).result).toBe("duplicate");
    expect(store.size).toBe(1);
    clock.advance(2 * 24 * 3600 * 1000);
    expect(store.size).toBe(0);
    expect((await store.claim("EV-1", "b", 1_000, "d")).result).toBe("first");
  });

  it("sweeps expired entries", async () => {
    const clock = movableClock();
    const store = new MemoryNotificationStore({ clock, retentionMs: 10 });
    for (let i = 0; i < 100; i++) {
      await store.claim(`EV-${i}`, "a", 5, "d");
      await store.markDone(`EV-${i}`, "a");
    }
    clock.advance(120_000);
    await store.claim("EV-new", "a", 5, "d");
    expect(store.size).toBe(1);
  });

  it("refuses a nonsense retention", () => {
    expect(() => new MemoryNotificationStore({ retentionMs: -1 })).toThrow(ConfigError);
  });
});

describe("RedisNotificationStore on a real redis-server", () => {
  let redis: RedisServer;
  let client: ReturnType<typeof createClient>;
  const redisStore = (options: { keyPrefix?: string } = {}) => new RedisNotificationStore({ client, keyPrefix: "contract:", ...options });

  beforeAll(async () => {
    redis = await startRedisServer();
    client = createClient({ url: redis.url, disableOfflineQueue: true });
    client.on("error", () => undefined);
    await client.connect();
  });
  afterAll(async () => {
    await client?.close();
    await redis?.close();
  });

  storeContract("RedisNotificationStore", () => redisStore());

  it("one key per id, `<prefix>{<id>}` (the id is the Cluster hash tag), holding JSON with the lease as its TTL", async () => {
    const store = redisStore({ keyPrefix: "layout:" });
    expect(store.key("EV-9")).toBe("layout:{EV-9}");
    await store.claim("EV-9", "owner-9", 30_000, "digest-9");
    expect(JSON.parse((await client.get("layout:{EV-9}"))!)).toEqual({ state: "claimed", owner: "owner-9", digest: "digest-9" });
    const leaseTtl = await client.pTTL("layout:{EV-9}");
    expect(leaseTtl).toBeGreaterThan(0);
    expect(leaseTtl).toBeLessThanOrEqual(30_000);
    expect(new RedisNotificationStore({ client }).key("EV-9")).toBe(`${DEFAULT_REDIS_KEY_PREFIX}{EV-9}`);
  });

  it("keeps a done mark (with its digest) at least as long as WeChat's longest retry schedule", async () => {
    const store = redisStore({ keyPrefix: "retention:" });
    await store.claim("EV-done", "a", 1_000, "digest-done");
    await store.markDone("EV-done", "a");
    expect(JSON.parse((await client.get("retention:{EV-done}"))!)).toEqual({ state: "done", digest: "digest-done" });
    const ttl = await client.pTTL("retention:{EV-done}");
    expect(ttl).toBeGreaterThan(RETRY_HORIZON_SECONDS * 1000);
    expect(ttl).toBeLessThanOrEqual(DEFAULT_RETENTION_MS);
  });

  it("key prefixes keep stores apart", async () => {
    const a = redisStore({ keyPrefix: "env-a:" });
    const b = redisStore({ keyPrefix: "env-b:" });
    expect((await a.claim("EV-shared", "a", LONG, "d")).result).toBe("first");
    expect((await b.claim("EV-shared", "b", LONG, "d")).result).toBe("first");
  });

  it("runs its script again after the server forgot it (SCRIPT FLUSH, as after a restart)", async () => {
    const store = redisStore();
    const id = freshId();
    expect((await store.claim(id, "a", LONG, "d")).result).toBe("first");
    await client.scriptFlush();
    expect(await store.markDone(id, "a")).toBe(true);
    await client.scriptFlush();
    expect((await store.claim(id, "b", LONG, "d")).result).toBe("duplicate");
  });

  it("a key holding something it did not write is an invalid claim, not a first", async () => {
    const store = redisStore({ keyPrefix: "foreign:" });
    await client.set("foreign:{EV-x}", "someone else's value");
    const error = await store.claim("EV-x", "a", LONG, "d").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotificationStoreError);
    expect(error).toMatchObject({ reason: "invalid-claim", operation: "claim", id: "EV-x" });
  });

  it("rejects with the client's error when Redis is unreachable", async () => {
    const offline = createClient({ url: redis.url, disableOfflineQueue: true });
    offline.on("error", () => undefined);
    const store = new RedisNotificationStore({ client: offline });
    await expect(store.claim(freshId(), "a", LONG, "d")).rejects.toThrow();
  });

  it("refuses what is not a node-redis client, a prefix with braces and a nonsense retention", () => {
    expect(() => new RedisNotificationStore({ client: {} as RedisScriptClient })).toThrow(ConfigError);
    expect(() => new RedisNotificationStore({ client, keyPrefix: "a{b}:" })).toThrow(ConfigError);
    expect(() => new RedisNotificationStore({ client, retentionMs: 0 })).toThrow(ConfigError);
  });

  it("takes node-redis's single client, cluster and pool alike (compile-time check)", () => {
    const fits = (store: RedisScriptClient) => store;
    const build = () => {
      fits(createClient());
      fits(createCluster({ rootNodes: [] }));
      fits(createClientPool());
    };
    expect(typeof build).toBe("function");
  });
});
