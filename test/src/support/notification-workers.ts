/**
 * Starts notification-worker.ts as real processes (`fork`, `--import tsx`)
 * and talks to them over IPC: each is one instance of a notification
 * endpoint with its own HTTP server. Used by the multi-process tests and by
 * the bench.
 */
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { WorkerConfig, WorkerEvent, WorkerMessage } from "./notification-worker.ts";

const WORKER = fileURLToPath(new URL("./notification-worker.ts", import.meta.url));

/** A handle event seen from the parent. */
export interface HandleEvent {
  readonly worker: number;
  readonly type: "start" | "end";
  readonly id: string;
}

export interface Worker {
  readonly index: number;
  readonly pid: number;
  /** `http://127.0.0.1:<port>/notify` */
  readonly url: string;
  readonly port: number;
  /** Sends a message and resolves when the worker has applied it. */
  tell(message: WorkerMessage): Promise<void>;
  /** Sends `signal` and resolves when the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Forks `count` workers with `config` and resolves once every one listens.
 * `events` receives every start/end of handle, in arrival order.
 */
export async function startWorkers(count: number, config: WorkerConfig, events: HandleEvent[] = []): Promise<Worker[]> {
  return Promise.all(Array.from({ length: count }, (_, index) => startWorker(index, config, events)));
}

function startWorker(index: number, config: WorkerConfig, events: HandleEvent[]): Promise<Worker> {
  const child: ChildProcess = fork(WORKER, [JSON.stringify(config)], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // The worker answers messages in order: one waiting promise per message sent, first in first out.
  const pending: { resolve(): void; reject(error: Error): void }[] = [];
  return new Promise<Worker>((resolve, reject) => {
    child.once("exit", (code, signal) => {
      const error = new Error(`notification worker ${index} exited (${signal ?? code})`);
      for (const waiting of pending.splice(0)) waiting.reject(error);
      reject(error);
    });
    child.on("message", (event: WorkerEvent) => {
      if (event.type === "start" || event.type === "end") events.push({ worker: index, type: event.type, id: event.id });
      else if (event.type === "ok") pending.shift()?.resolve();
      else if (event.type === "error") pending.shift()?.reject(new Error(event.message));
      else if (event.type === "ready") {
        resolve({
          index,
          pid: child.pid!,
          port: event.port,
          url: `http://127.0.0.1:${event.port}/notify`,
          tell: (message) =>
            new Promise<void>((done, fail) => {
              pending.push({ resolve: done, reject: fail });
              child.send(message);
            }),
          kill: async (signal = "SIGTERM") => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            await exited;
          },
        });
      }
    });
  });
}
