/**
 * Injectable time source. Signing needs the current Unix time and
 * verification compares Wechatpay-Timestamp against it, so tests and the mock
 * must be able to pin or shift "now" without patching globals.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch, like `Date.now()`. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock frozen at `epochMs` (tests, replaying recorded traffic). */
export function fixedClock(epochMs: number): Clock {
  return { now: () => epochMs };
}

/**
 * Whole Unix seconds, the unit of the Authorization `timestamp` and the
 * Wechatpay-Timestamp header. Floors, so a clock at t+0.9 s still reads t.
 */
export function unixSeconds(clock: Clock = systemClock): number {
  return Math.floor(clock.now() / 1000);
}
