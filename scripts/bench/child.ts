// A server the benchmarks load from another process (the signing server, the mock, Prism): started
// as a child of the bench, ready when a line of its output matches, stopped by its own pid.
import { spawn } from "node:child_process";

export interface ChildServer {
  /** The match of `ready` in the child's output (e.g. the URL it listens on); empty when `ready` is a probe. */
  ready: RegExpExecArray | [];
  pid: number;
  /** SIGTERM, then SIGKILL after 3 s; resolves when the child has exited. */
  stop(): Promise<void>;
}

/**
 * Runs `node ...args` and resolves once its stdout or stderr matches `ready`, or once the probe
 * `ready` resolves true (asked every 200 ms, for a child that prints nothing when it is ready). Rejects,
 * with the child's output so far, when it exits first or after `timeoutMs` (the child is then stopped).
 */
export function startChildServer(args: readonly string[], ready: RegExp | (() => Promise<boolean>), options: { timeoutMs?: number; cwd?: string } = {}): Promise<ChildServer> {
  const { timeoutMs = 60_000, cwd } = options;
  const child = spawn(process.execPath, args, { cwd, stdio: ["pipe", "pipe", "pipe"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // If the bench dies on an error before its `finally` could stop the child, the child goes with it.
  const orphanGuard = () => child.kill("SIGKILL");
  process.once("exit", orphanGuard);
  void exited.then(() => process.off("exit", orphanGuard));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.stdin.end();
      child.kill("SIGTERM");
      const force = setTimeout(() => child.kill("SIGKILL"), 3000);
      await exited;
      clearTimeout(force);
    }
  };
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`bench: ${args.join(" ")} was not ready after ${timeoutMs} ms:\n${output.slice(-2000)}`));
    }, timeoutMs);
    let settled = false;
    const done = (match: RegExpExecArray | []) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.stdout.off("data", onData);
      child.stderr.off("data", onData);
      // Keep draining, so that a chatty child never blocks on a full pipe.
      child.stdout.resume();
      child.stderr.resume();
      resolve({ ready: match, pid: child.pid!, stop });
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (typeof ready === "function") return;
      // eslint-disable-next-line no-control-regex
      const match = ready.exec(output.replace(/\x1b\[[0-9;]*m/g, ""));
      if (match) done(match);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      settled = true;
      reject(new Error(`bench: ${args.join(" ")} exited (${code ?? signal}) before it was ready:\n${output.slice(-2000)}`));
    });
    if (typeof ready === "function") {
      const poll = async () => {
        while (!settled) {
          if (await ready().catch(() => false)) return done([]);
          await new Promise((r) => setTimeout(r, 200));
        }
      };
      void poll();
    }
  });
}
