// Shared settings for the property-based (fuzz) suite. Every property runs with
// one fixed seed and a bounded number of runs, so CI is deterministic; every
// arbitrary bounds its input size (strings ≤ 4 KiB), so memory stays bounded.
import fc from "fast-check";
import { expect } from "vitest";

/** Fixed seed: a failure reproduces exactly (fast-check prints the counterexample path). */
export const SEED = 20261130;

/** Run parameters for a property of `numRuns` cases. */
export function runs(numRuns: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns };
}

/** Longest fuzzed string, in UTF-16 units (4 KiB). */
export const MAX_CHARS = 4096;

/** Any string up to MAX_CHARS, including lone surrogates and control characters. */
export const anyString = fc.string({ unit: "binary", maxLength: MAX_CHARS });

/** A JSON value of bounded depth and size. */
export const anyJson = fc.jsonValue({ maxDepth: 4, depthSize: "small" });

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Runs `action` and fails unless it returns, or throws an instance of one of `allowed`.
 * A raw TypeError/RangeError/SyntaxError escaping fails the property with its message.
 */
export async function onlyThrows(allowed: readonly ErrorClass[], action: () => unknown): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (allowed.some((type) => error instanceof type)) return;
    expect.fail(`unexpected ${(error as Error)?.constructor?.name ?? typeof error}: ${(error as Error)?.message ?? String(error)}`);
  }
}
