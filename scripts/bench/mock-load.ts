// The mock bench's load generator: autocannon, run in a process of its own so that its CPU is not the
// mock's event loop, driven by scripts/bench/mock.ts over the IPC channel. Each round keeps
// `connections` keep-alive HTTP/1.1 connections with one request in flight on each (autocannon's
// default pipelining of 1). The bench signed a pool of Authorization headers before the rounds (each
// its own nonce and signature); each connection gets its own share of the pool as its request list
// (autocannon's `setupClient`), which it sends in turn, so no two requests in flight share a signature
// and autocannon builds each request once instead of once per send. Every answer is counted as good
// only when it is a 200 carrying a Wechatpay-Signature header.
import type { IncomingHttpHeaders } from "node:http";
import autocannon from "autocannon";

/** What the bench sends once, before the rounds. */
export interface LoadTarget {
  /** The mock's base URL, e.g. "http://127.0.0.1:40123". */
  url: string;
  /** The request target, path and query. */
  path: string;
  /** Headers every request carries (Accept, …). */
  headers: Record<string, string>;
  /** Signed Authorization headers, shared out between the connections; each sends its share in turn, then again. */
  authorizations: string[];
  connections: number;
}

export interface LoadResult {
  /** Signed 200 answers. */
  ok: number;
  /** Any other answer, and connection errors. */
  bad: number;
  elapsedMs: number;
  /** CPU time this process used in the round, µs. */
  cpuUs: number;
}

export type LoadMessage =
  | { type: "target"; target: LoadTarget }
  | { type: "run"; ms: number }
  | { type: "exit" };

export type LoadAnswer = { type: "ready" } | ({ type: "result" } & LoadResult) | { type: "error"; message: string };

let target: LoadTarget | undefined;

async function run(ms: number): Promise<LoadResult> {
  if (!target) throw new Error("no target yet");
  const { url, path, headers, authorizations, connections } = target;
  let ok = 0;
  let bad = 0;
  const onResponse = (status: number, _body: string, _context: object, received: IncomingHttpHeaders = {}) => {
    const signed = Object.keys(received).some((name) => name.toLowerCase() === "wechatpay-signature");
    if (status === 200 && signed) ok++;
    else bad++;
  };
  const share = Math.max(1, Math.floor(authorizations.length / connections));
  let client = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await autocannon({
    url,
    connections,
    duration: ms / 1000,
    setupClient: (connection) => {
      const first = (client++ * share) % authorizations.length;
      connection.setRequests(
        authorizations.slice(first, first + share).map((authorization) => ({
          method: "GET",
          path,
          headers: { ...headers, Authorization: authorization },
          onResponse,
        })),
      );
    },
  });
  const elapsedMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ok, bad: bad + result.errors, elapsedMs, cpuUs: used.user + used.system };
}

function answer(message: LoadAnswer): void {
  process.send!(message);
}

process.on("message", (message: LoadMessage) => {
  void (async () => {
    try {
      if (message.type === "target") {
        target = message.target;
        answer({ type: "ready" });
      } else if (message.type === "run") {
        answer({ type: "result", ...(await run(message.ms)) });
      } else {
        process.disconnect();
      }
    } catch (error) {
      answer({ type: "error", message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
