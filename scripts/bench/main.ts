// `npm run bench`: speed held as budgets, each figure measured against a floor or a peer in the same
// run on the same machine (never an absolute time in a unit test). Prints one block per benchmark,
// every figure with its budget and ✔ or ✗, and a closing line; exits 1 when a figure misses its
// budget, so a regression is visible.
//   client         our client vs the async/sync crypto floors and wechatpay-axios-plugin (µs added, throughput at 16 in flight)
//   notifications  parseNotification vs raw verify + decrypt
//   notification-stores  notifications per second over HTTP: Redis vs memory store, 2 processes vs 1
//   mock           the mock's signed answers vs the raw RSA-sign rate
//   prism          the mock vs Stoplight Prism on the same request
//   suite          the full conformance suite's wall time
//   npm run bench               all benchmarks
//   npm run bench -- client     only those whose name starts with one of the given words
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { benchClient } from "./client.ts";
import { benchMock } from "./mock.ts";
import { benchNotificationStores } from "./notification-stores.ts";
import { benchNotifications } from "./notifications.ts";
import { benchPrism } from "./prism.ts";
import { benchSuite } from "./suite.ts";
import { type BenchResult, formatResult, meetsTarget } from "./measure.ts";

const BENCHES: Record<string, () => Promise<BenchResult | BenchResult[]>> = {
  client: () => benchClient(),
  notifications: () => benchNotifications(),
  "notification-stores": () => benchNotificationStores(),
  mock: () => benchMock(),
  prism: () => benchPrism(),
  suite: () => benchSuite(),
};

/** The machine's load, printed with the figures: other work on the cores inflates every latency. */
function machineLine(): string {
  return `${cpus().length} cores, load average ${loadavg().map((v) => v.toFixed(2)).join(" ")} (1, 5, 15 min)`;
}

export async function runBenches(only: readonly string[] = []): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  console.log(`bench: ${machineLine()}`);
  for (const [name, bench] of Object.entries(BENCHES)) {
    if (only.length > 0 && !only.some((word) => name.startsWith(word))) continue;
    const started = performance.now();
    for (const result of [await bench()].flat()) {
      console.log(`\n${formatResult(result)}`);
      results.push(result);
    }
    console.log(`  (${((performance.now() - started) / 1000).toFixed(0)} s; ${machineLine()})`);
  }
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = await runBenches(process.argv.slice(2));
  const missed = results.filter((r) => !meetsTarget(r));
  console.log(`\nbench: ${results.length - missed.length} of ${results.length} within budget`);
  process.exitCode = missed.length > 0 ? 1 : 0;
}
