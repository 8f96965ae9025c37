import { describe, expect, it } from "vitest";
import type { Clock } from "../../src/clock.ts";
import { ConfigError } from "../../src/errors.ts";
import { MemoryNotificationStore, RETRY_HORIZON_SECONDS } from "../../src/notification/index.ts";

function movableClock(start = 1_000_000): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => now, advance: (ms) => void (now += ms) };
}

describe("MemoryNotificationStore", () => {
  it("first → in-progress while held → duplicate once done", async () => {
    const store = new MemoryNotificationStore();
    expect(await store.claim("EV-1", "a", 60_000)).toBe("first");
    expect(await store.claim("EV-1", "b", 60_000)).toBe("in-progress");
    await store.markDone("EV-1", "a");
    expect(await store.claim("EV-1", "c", 60_000)).toBe("duplicate");
    expect(await store.claim("EV-2", "c", 60_000)).toBe("first");
  });

  it("release lets the next delivery run it again, but only the owner can release", async () => {
    const store = new MemoryNotificationStore();
    expect(await store.claim("EV-1", "a", 60_000)).toBe("first");
    await store.release("EV-1", "intruder");
    expect(await store.claim("EV-1", "b", 60_000)).toBe("in-progress");
    await store.release("EV-1", "a");
    expect(await store.claim("EV-1", "b", 60_000)).toBe("first");
  });

  it("a claim whose lease expired (crashed worker) is taken over; the old owner cannot release the new claim", async () => {
    const clock = movableClock();
    const store = new MemoryNotificationStore({ clock });
    expect(await store.claim("EV-1", "crashed", 1_000)).toBe("first");
    clock.advance(999);
    expect(await store.claim("EV-1", "b", 1_000)).toBe("in-progress");
    clock.advance(1);
    expect(await store.claim("EV-1", "b", 1_000)).toBe("first");
    await store.release("EV-1", "crashed");
    expect(await store.claim("EV-1", "c", 1_000)).toBe("in-progress");
  });

  it("keeps done marks longer than WeChat's longest retry schedule, then forgets them", async () => {
    expect(RETRY_HORIZON_SECONDS).toBe(259_200); // seed 000: stop after 3 days
    const clock = movableClock();
    const store = new MemoryNotificationStore({ clock });
    await store.claim("EV-1", "a", 1_000);
    await store.markDone("EV-1", "a");
    clock.advance(RETRY_HORIZON_SECONDS * 1000);
    expect(await store.claim("EV-1", "b", 1_000)).toBe("duplicate");
    expect(store.size).toBe(1);
    clock.advance(2 * 24 * 3600 * 1000);
    expect(store.size).toBe(0);
    expect(await store.claim("EV-1", "b", 1_000)).toBe("first");
  });

  it("sweeps expired entries", async () => {
    const clock = movableClock();
    const store = new MemoryNotificationStore({ clock, retentionMs: 10 });
    for (let i = 0; i < 100; i++) {
      await store.claim(`EV-${i}`, "a", 5);
      await store.markDone(`EV-${i}`, "a");
    }
    clock.advance(120_000);
    await store.claim("EV-new", "a", 5);
    expect(store.size).toBe(1);
  });

  it("claims atomically under concurrency: exactly one first", async () => {
    const store = new MemoryNotificationStore();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => store.claim("EV-1", `owner-${i}`, 60_000)));
    expect(results.filter((r) => r === "first")).toHaveLength(1);
    expect(results.filter((r) => r === "in-progress")).toHaveLength(49);
  });

  it("refuses nonsense leases and retention", async () => {
    const store = new MemoryNotificationStore();
    await expect(store.claim("EV-1", "a", 0)).rejects.toBeInstanceOf(ConfigError);
    await expect(store.claim("EV-1", "a", Number.NaN)).rejects.toBeInstanceOf(ConfigError);
    expect(() => new MemoryNotificationStore({ retentionMs: -1 })).toThrow(ConfigError);
  });
});
