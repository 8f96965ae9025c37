// `npm run bench`: every figure the issues ask for, each as a ratio against a floor measured in the
// same run on the same machine (never an absolute time in a unit test). Prints one block per
// benchmark and a closing line; exits 1 when a ratio misses its target, so a regression is visible.
//   npm run bench               all benchmarks
//   npm run bench -- client     only those whose name starts with one of the given words
import { fileURLToPath } from "node:url";
import { benchClient } from "./bench/client.ts";
import { benchMock } from "./bench/mock.ts";
import { benchNotificationStores } from "./bench/notification-stores.ts";
import { benchNotifications } from "./bench/notifications.ts";
import { benchSuite } from "./bench/suite.ts";
import { type BenchResult, formatResult, meetsTarget } from "./bench/measure.ts";

const BENCHES: Record<string, () => Promise<BenchResult | BenchResult[]>> = {
  client: () => benchClient(),
  notifications: () => benchNotifications(),
  "notification-stores": () => benchNotificationStores(),
  mock: () => benchMock(),
  suite: () => benchSuite(),
};

export async function runBenches(only: readonly string[] = []): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const [name, bench] of Object.entries(BENCHES)) {
    if (only.length > 0 && !only.some((word) => name.startsWith(word))) continue;
    for (const result of [await bench()].flat()) {
      console.log(formatResult(result));
      results.push(result);
    }
  }
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = await runBenches(process.argv.slice(2));
  const missed = results.filter((r) => !meetsTarget(r));
  console.log(`\nbench: ${results.length - missed.length} of ${results.length} within target`);
  process.exitCode = missed.length > 0 ? 1 : 0;
}
