// The mock's reading of the spec: each webhook's `x-retry-schedule` (seed 000 for authorization events;
// the institution and generic pages for the others), and which risk funds are 先免.
import { describe, expect, it } from "vitest";
import { DEPOSIT_FREE_RISK_FUNDS, EVENT_TYPES, retryDelaySeconds, retrySchedule, type RetrySchedule } from "../../../conformance/mock/spec.ts";

/** Every delay the schedule allows, in order, until it gives up. */
function allDelays(schedule: RetrySchedule): number[] {
  const delays: number[] = [];
  for (let failures = 1; failures < 10_000; failures++) {
    const delay = retryDelaySeconds(schedule, failures);
    if (delay === undefined) return delays;
    delays.push(delay);
  }
  throw new Error("schedule never gives up");
}

describe("retry schedules", () => {
  it("authorization events: the listed delays, then hourly while within 3 days of the first attempt", () => {
    for (const event of ["PAYSCORE.USER_OPEN_SERVICE", "PAYSCORE.USER_CLOSE_SERVICE"]) {
      const schedule = retrySchedule(event);
      expect(schedule).toMatchObject({ thenEverySeconds: 3600, giveUpAfterSeconds: 259_200 });
      const delays = allDelays(schedule);
      expect(delays.slice(0, 9)).toEqual([15, 15, 30, 180, 1800, 1800, 1800, 1800, 3600]);
      expect(delays.slice(9)).toEqual(Array(68).fill(3600));
      const total = delays.reduce((sum, delay) => sum + delay, 0);
      expect(total).toBeLessThanOrEqual(259_200);
      expect(total + 3600).toBeGreaterThan(259_200);
    }
  });

  it("other events stop after their last listed delay", () => {
    for (const event of EVENT_TYPES.filter((e) => !e.endsWith("_SERVICE"))) {
      const schedule = retrySchedule(event);
      expect(schedule.thenEverySeconds).toBeUndefined();
      expect(allDelays(schedule)).toEqual(schedule.delaysSeconds);
      expect(schedule.delaysSeconds.length).toBeGreaterThan(0);
    }
  });

  it("a limit that falls inside the listed delays cuts them short", () => {
    expect(allDelays({ delaysSeconds: [10, 20, 30], giveUpAfterSeconds: 30 })).toEqual([10, 20]);
    expect(allDelays({ delaysSeconds: [10], thenEverySeconds: 5, giveUpAfterSeconds: 21 })).toEqual([10, 5, 5]);
  });

  it("refuses a failure count below 1", () => {
    expect(() => retryDelaySeconds({ delaysSeconds: [1] }, 0)).toThrow(RangeError);
  });
});

describe("risk fund modes", () => {
  it("the 先免 names are read from RiskFundName's descriptions: DEPOSIT, ADVANCE, CASH_DEPOSIT (not the 先享 ESTIMATE_ORDER_COST)", () => {
    expect([...DEPOSIT_FREE_RISK_FUNDS].sort()).toEqual(["ADVANCE", "CASH_DEPOSIT", "DEPOSIT"]);
  });
});
