// The load generator the HTTP benches share (the mock bench, the notification-store bench): autocannon,
// run in a `node` process of its own so that its CPU is not the measured server's event loop, driven
// over the IPC channel by `LoadGenerator` below. Each round keeps `connections` keep-alive HTTP/1.1
// connections with one request in flight on each (autocannon's default pipelining of 1), spread over
// the target URLs in turn. The requests are prepared once, before the rounds, and shared out: request
// i goes to URL i % urls.length, and each connection of that URL gets its own share as its request
// list (autocannon's `setupClient`), which it sends in turn, so no two requests in flight are the same
// (each signed request carries its own nonce) and autocannon builds each request once, not once per
// send. With `once`, a connection stops after its share (no request is sent twice: each notification
// id is a first delivery). An answer counts as good only with the expected status (and header).
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { readHeader, type HeaderSource } from "../../src/headers.ts";

/** One prepared request. */
export interface LoadRequest {
  method: "GET" | "POST";
  /** The request target, path and query. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** What a bench sends once, before the rounds. */
export interface LoadTarget {
  /** Base URLs, e.g. "http://127.0.0.1:40123"; connection i and request i go to urls[i % urls.length]. */
  urls: string[];
  requests: LoadRequest[];
  /** A good answer has this status (and this header, when given). */
  expect: { status: number; header?: string };
  /** Connections in all, one request in flight on each. */
  connections: number;
  /** Each connection sends its share of the requests once, then stops (default: it sends them in turn until the round ends). */
  once?: boolean;
}

export interface LoadResult {
  /** Answers with the expected status (and header). */
  ok: number;
  /** Any other answer, and connection errors. */
  bad: number;
  elapsedMs: number;
  /** CPU time the load generator process used in the round, µs. */
  cpuUs: number;
}

type LoadMessage = { type: "target"; target: LoadTarget } | { type: "run"; ms: number } | { type: "exit" };
type LoadAnswer = { type: "ready" } | ({ type: "result" } & LoadResult) | { type: "error"; message: string };

// ---- the load generator process ----

let target: LoadTarget | undefined;

/** One autocannon instance per URL, all at once, for at most `ms`. */
async function run(ms: number): Promise<LoadResult> {
  if (!target) throw new Error("no target yet");
  const { urls, requests, expect, connections, once = false } = target;
  let ok = 0;
  let bad = 0;
  const onResponse = (status: number, _body: string, _context: object, received?: HeaderSource) => {
    if (status === expect.status && (!expect.header || readHeader(received, expect.header) !== undefined)) ok++;
    else bad++;
  };
  const cpu = process.cpuUsage();
  const start = performance.now();
  const results = await Promise.all(
    urls.map(async (url, k) => {
      const mine = requests.filter((_, i) => i % urls.length === k);
      const conns = Array.from({ length: connections }, (_, i) => i).filter((i) => i % urls.length === k).length;
      if (conns === 0 || mine.length === 0) return { errors: 0 };
      const share = Math.max(1, Math.floor(mine.length / conns));
      let client = 0;
      return autocannon({
        url,
        connections: conns,
        duration: ms / 1000,
        ...(once ? { maxConnectionRequests: share } : {}),
        setupClient: (connection) => {
          const first = (client++ * share) % mine.length;
          connection.setRequests(mine.slice(first, first + share).map((request) => ({ ...request, onResponse })));
        },
      });
    }),
  );
  const elapsedMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ok, bad: bad + results.reduce((sum, result) => sum + result.errors, 0), elapsedMs, cpuUs: used.user + used.system };
}

function answer(message: LoadAnswer): void {
  process.send!(message);
}

const SCRIPT = fileURLToPath(import.meta.url);

if (process.argv[1] === SCRIPT && process.send) {
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
}

// ---- the bench's side ----

/** This file run as the load generator in a second `node`, driven over the IPC channel. */
export class LoadGenerator {
  readonly #child: ChildProcess;
  #pending: ((answer: LoadAnswer) => void) | undefined;

  constructor() {
    this.#child = spawn(process.execPath, ["--import", "tsx", SCRIPT], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    this.#child.on("message", (answer: LoadAnswer) => {
      const pending = this.#pending;
      this.#pending = undefined;
      pending?.(answer);
    });
  }

  #ask(message: LoadMessage): Promise<LoadAnswer> {
    return new Promise((resolve, reject) => {
      this.#pending = (answer) => (answer.type === "error" ? reject(new Error(`load generator: ${answer.message}`)) : resolve(answer));
      this.#child.send(message);
    });
  }

  /** Hands over the requests and targets for the next rounds. */
  async target(target: LoadTarget): Promise<void> {
    await this.#ask({ type: "target", target });
  }

  /** One round: at most `ms` (less with `once`, when every connection has sent its share). */
  async run(ms: number): Promise<LoadResult> {
    const answer = await this.#ask({ type: "run", ms });
    if (answer.type !== "result") throw new Error(`load generator answered ${answer.type}`);
    return answer;
  }

  close(): void {
    if (this.#child.connected) this.#child.send({ type: "exit" } satisfies LoadMessage);
    setTimeout(() => this.#child.kill(), 2000).unref();
  }
}
