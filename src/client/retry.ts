/**
 * When and how long to wait before another attempt.
 *
 * The spec's error responses (`components.responses`: a 5xx such as
 * `SYSTEM_ERROR` is retried later with the same parameters, a 429 after
 * backing off): retry transient failures with exponential backoff, reusing
 * the same business number (out_order_no…), re-signing every attempt. 429
 * is retried after `Retry-After` when the platform sends one. Everything
 * else is final: a 4xx will not change by asking again, and a failed
 * signature check must never be retried into success.
 */
import type { Clock } from "../clock.js";
import { ConfigError, RequestFailedError, WechatPayError } from "../errors.js";

export interface RetryOptions {
  /** Attempts in total, including the first (default 3; 1 disables retries). */
  maxAttempts?: number | undefined;
  /** Backoff before the 2nd attempt; doubles each time (default 200 ms). */
  baseDelayMs?: number | undefined;
  /** Cap of one backoff (default 5 s). Retry-After may ask for longer, within the deadline. */
  maxDelayMs?: number | undefined;
  /** Uniform in [0, 1) for jitter; default from crypto.getRandomValues (inject for tests). */
  random?: (() => number) | undefined;
  /** Waits `ms`, rejecting with `signal.reason` if it aborts; default setTimeout (inject for tests). */
  sleep?: ((ms: number, signal: AbortSignal) => Promise<void>) | undefined;
}

export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly random: () => number;
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
}

export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
  const policy = {
    maxAttempts: options.maxAttempts ?? 3,
    baseDelayMs: options.baseDelayMs ?? 200,
    maxDelayMs: options.maxDelayMs ?? 5_000,
    random: options.random ?? cryptoRandom,
    sleep: options.sleep ?? abortableSleep,
  };
  if (!Number.isSafeInteger(policy.maxAttempts) || policy.maxAttempts < 1) {
    throw new ConfigError("retry.maxAttempts must be a positive integer");
  }
  for (const name of ["baseDelayMs", "maxDelayMs"] as const) {
    if (!Number.isFinite(policy[name]) || policy[name] < 0) throw new ConfigError(`retry.${name} must be a non-negative number`);
  }
  return Object.freeze(policy);
}

/** 5xx and 429 are transient; every other status is the platform's final word. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * Safe methods (RFC 9110 §9.2.1: GET, HEAD, OPTIONS, TRACE) only read, so
 * repeating one cannot have changed anything on the platform.
 */
export function isSafeMethod(method: string): boolean {
  return ["GET", "HEAD", "OPTIONS", "TRACE"].includes(method.toUpperCase());
}

/**
 * Whether a failed attempt may still have reached the platform and acted:
 * false only when its outcome proves it did not, i.e. a 429 (the rate
 * limiter turned it away) or a connection that failed before the request
 * could be sent (refused, or the host name did not resolve). A timeout, a
 * connection lost after sending, or a 5xx (the platform may have acted and
 * then failed to answer) leave it open.
 */
export function mayHaveReachedPlatform(failure: RequestFailedError | WechatPayError): boolean {
  if (failure instanceof WechatPayError) return failure.status !== 429;
  // An answer arrived (its body was then lost): the request was certainly received.
  if (failure.status !== undefined) return true;
  return !(failure.reason === "network" && failedBeforeSending(failure.cause));
}

/**
 * Connection-level error codes that mean nothing was sent: Node's (undici
 * puts the system error in `cause`) and Bun's. Any other failure, including
 * one this list does not know, counts as "may have been sent".
 */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ConnectionRefused"]);

function failedBeforeSending(error: unknown): boolean {
  for (let depth = 0; depth < 4 && typeof error === "object" && error !== null; depth++) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && NOT_SENT_CODES.has(code)) return true;
    error = (error as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * "Full jitter" (uniform in [0, min(cap, base·2^(n−1))]): clients that failed
 * together do not come back together. `retry` counts from 1.
 */
export function backoffDelay(policy: RetryPolicy, retry: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  const random = policy.random();
  if (!(random >= 0 && random < 1)) throw new ConfigError("retry.random must return a number in [0, 1)");
  return Math.floor(random * ceiling);
}

/**
 * `Retry-After` as milliseconds: delta-seconds or an HTTP-date (RFC 9110
 * §10.2.3). Undefined when absent or unreadable (then plain backoff applies).
 */
export function retryAfterMs(header: string | null, clock: Clock): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d{1,9}$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - clock.now());
}

/** Uniform [0, 1) from the CSPRNG (src/ never uses Math.random). */
function cryptoRandom(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
