import { describe, expect, it } from "vitest";
import { fixedClock, systemClock, unixSeconds } from "../../src/clock.ts";

describe("clock", () => {
  it("systemClock follows Date.now", () => {
    const before = Date.now();
    const now = systemClock.now();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it("fixedClock is frozen and unixSeconds floors to whole seconds", () => {
    const clock = fixedClock(1_767_225_600_999);
    expect(clock.now()).toBe(1_767_225_600_999);
    expect(unixSeconds(clock)).toBe(1_767_225_600);
    expect(Math.abs(unixSeconds() - Math.floor(Date.now() / 1000))).toBeLessThanOrEqual(1);
  });
});
