/**
 * A real redis-server (Debian's package, installed by scripts/setup.sh) for
 * the tests and the bench: its own free loopback port, append-only
 * persistence in a temporary directory, no RDB snapshots. Started and
 * stopped by PID; `start()` again after `stop()` reuses the same port and the
 * same directory, so the data written before comes back from the
 * append-only file. Readiness is a PING answered with PONG, never a sleep.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { until } from "./until.ts";

export interface RedisServer {
  readonly port: number;
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  readonly dir: string;
  /** PID of the running server (undefined while stopped). */
  readonly pid: number | undefined;
  /** Starts it (again) on the same port and directory; resolves once it answers PING. */
  start(): Promise<void>;
  /** SIGTERM (Redis flushes the append-only file and exits); resolves when the process has exited. */
  stop(): Promise<void>;
  /** Stops it and removes its directory. */
  close(): Promise<void>;
}

const READY_TIMEOUT_MS = 15_000;

/** Starts a fresh redis-server; throws a clear error when it is not installed. */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "payscore-redis-"));
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();

  const server: RedisServer = {
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    get pid() {
      return child?.pid;
    },
    async start() {
      if (child) return;
      const started = spawn(
        "redis-server",
        ["--port", String(port), "--bind", "127.0.0.1", "--appendonly", "yes", "--dir", dir, "--save", "", "--daemonize", "no", "--loglevel", "warning"],
        { stdio: ["ignore", "ignore", "inherit"] },
      );
      child = started;
      let failure: Error | undefined;
      exited = new Promise<void>((resolve) => {
        started.once("exit", () => {
          if (child === started) child = undefined;
          failure ??= new Error("redis-server exited before it answered PING");
          resolve();
        });
        started.once("error", (error: NodeJS.ErrnoException) => {
          failure =
            error.code === "ENOENT" ? new Error("redis-server is not installed: run `bash scripts/setup.sh` (Debian package redis-server)") : error;
          if (child === started) child = undefined;
          resolve();
        });
      });
      await until(async () => {
        if (failure) throw failure;
        return answersPing(port);
      }, `redis-server on port ${port} to answer PING`, READY_TIMEOUT_MS, 20);
    },
    async stop() {
      const running = child;
      if (!running) return;
      running.kill("SIGTERM");
      await exited;
    },
    async close() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

/** A TCP port that was free on 127.0.0.1 a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** One inline PING over a raw connection: true when the answer is +PONG. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    let answer = "";
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk) => {
      answer += chunk.toString("latin1");
      if (answer.includes("\r\n")) done(answer.startsWith("+PONG"));
    });
  });
}
