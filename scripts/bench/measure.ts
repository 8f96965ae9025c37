// Shared by the benchmarks: how a rate is measured against a floor in the same run.
// Speed is a ratio to a floor measured on the same machine in the same process, never an absolute
// number in a unit test: the two are measured in alternating rounds so that a noisy neighbour or a
// CPU frequency change hits both, and the median round of each is kept.

export type BenchResult = RatioResult | WallTimeResult | BudgetResult;

/** A rate compared with a floor's rate measured in the same run. */
export interface RatioResult {
  name: string;
  /** What one operation is, e.g. "request" or "notification". */
  unit: string;
  /** Our operations per second (median round). */
  rate: number;
  /** The floor's operations per second (median round). */
  floorRate: number;
  /**
   * "overhead": our time per op ÷ the floor's (= floorRate / rate), at most `target` (1.0 = as fast as the floor).
   * "share": our rate ÷ the floor's rate, at least `target` (e.g. 0.7 = 70 % of the raw rate).
   */
  kind: "overhead" | "share";
  ratio: number;
  target: number;
  /** What the floor is made of, for the printed line. */
  floor: string;
}

/** One figure against its budget, with a peer's figure for the same thing when there is one. */
export interface BudgetCheck {
  /** What is measured, e.g. "POST µs added per call over the async floor". */
  what: string;
  value: number;
  /** "µs", "×" (a ratio) or a rate unit; ratios print with two decimals, the rest rounded. */
  unit: string;
  budget: number;
  /** true: the value must be at most the budget; false: at least. */
  atMost: boolean;
  /** The same figure for a peer measured in the same run (no budget of its own). */
  peer?: { name: string; value: number };
}

/** Several figures from one run, each with its budget, and the measured table they come from. */
export interface BudgetResult {
  name: string;
  kind: "budgets";
  /** Lines printed above the checks: the medians every figure is computed from. */
  table: string[];
  checks: BudgetCheck[];
}

/** A whole job's wall time against a budget the issue sets (e.g. the full conformance suite under 10 s). */
export interface WallTimeResult {
  name: string;
  kind: "wall";
  seconds: number;
  /** The run must take less than this. */
  targetSeconds: number;
  /** What was run, for the printed line. */
  detail: string;
}

/** Runs `op` sequentially for about `ms` milliseconds; returns operations per second. */
export async function rateOf(op: () => Promise<unknown>, ms: number): Promise<number> {
  let count = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    await op();
    count++;
    now = performance.now();
  }
  return (count * 1000) / (now - start);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface CompareOptions {
  /** Alternating rounds of each (default 15). */
  rounds?: number;
  /** Length of one round, ms (default 400). */
  roundMs?: number;
  /** Unmeasured warm-up of each, ms (default 500): JIT, key caches, validator compilation. */
  warmupMs?: number;
}

/**
 * Measures `ours` and `floor` in alternating rounds and returns both median
 * rates, and `ratio`: the median over rounds of floorRate / rate, each pair
 * measured back to back (which one goes first alternates), so that load from
 * other processes that comes and goes hits both sides of a pair alike.
 */
export async function compare(
  ours: () => Promise<unknown>,
  floor: () => Promise<unknown>,
  options: CompareOptions = {},
): Promise<{ rate: number; floorRate: number; ratio: number }> {
  const { rounds = 15, roundMs = 400, warmupMs = 500 } = options;
  await rateOf(ours, warmupMs);
  await rateOf(floor, warmupMs);
  const oursRates: number[] = [];
  const floorRates: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let oursRate: number;
    let floorRate: number;
    if (i % 2 === 0) {
      floorRate = await rateOf(floor, roundMs);
      oursRate = await rateOf(ours, roundMs);
    } else {
      oursRate = await rateOf(ours, roundMs);
      floorRate = await rateOf(floor, roundMs);
    }
    oursRates.push(oursRate);
    floorRates.push(floorRate);
    ratios.push(floorRate / oursRate);
  }
  return { rate: median(oursRates), floorRate: median(floorRates), ratio: median(ratios) };
}

export function withinBudget(c: BudgetCheck): boolean {
  return c.atMost ? c.value <= c.budget : c.value >= c.budget;
}

export function meetsTarget(r: BenchResult): boolean {
  if (r.kind === "budgets") return r.checks.every(withinBudget);
  if (r.kind === "wall") return r.seconds < r.targetSeconds;
  return r.kind === "overhead" ? r.ratio <= r.target : r.ratio >= r.target;
}

/** ✔ or ✗, so that a missed budget stands out in the printed block. */
function mark(ok: boolean): string {
  return ok ? "✔" : "✗";
}

function formatFigure(value: number, unit: string): string {
  return unit === "×" ? `${value.toFixed(2)}×` : `${Math.round(value)} ${unit}`;
}

export function formatResult(r: BenchResult): string {
  if (r.kind === "budgets") {
    const checks = r.checks.map((c) => {
      const budget = `budget ${c.atMost ? "≤" : "≥"} ${formatFigure(c.budget, c.unit)}`;
      const peer = c.peer ? `; ${c.peer.name}: ${formatFigure(c.peer.value, c.unit)}` : "";
      return `  ${mark(withinBudget(c))} ${c.what}: ${formatFigure(c.value, c.unit)} (${budget}${peer})`;
    });
    return [`${r.name}:`, ...r.table.map((line) => `    ${line}`), ...checks].join("\n");
  }
  const verdict = meetsTarget(r) ? `${mark(true)} within target` : `${mark(false)} MISSES TARGET`;
  if (r.kind === "wall") {
    return `${r.name}: ${r.seconds.toFixed(2)} s wall (${r.detail})\n  target < ${r.targetSeconds} s: ${verdict}`;
  }
  const line = r.kind === "overhead"
    ? `time ratio ${r.ratio.toFixed(3)}× the floor (target ≤ ${r.target}×)`
    : `${(r.ratio * 100).toFixed(0)} % of the floor's rate (target ≥ ${(r.target * 100).toFixed(0)} %)`;
  return [`${r.name}: ${Math.round(r.rate)} ${r.unit}/s vs floor ${Math.round(r.floorRate)}/s (${r.floor})`, `  ${line}: ${verdict}`].join("\n");
}
