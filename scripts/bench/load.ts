// The load generator the HTTP benches share: plain JavaScript run by a second `node`, driven over
// the IPC channel, so its CPU is not the measured server's event loop. Like wrk, it keeps
// `concurrency` keep-alive HTTP/1.1 connections (spread over the targets in turn), each with one
// request in flight, and writes prepared request bytes: the same request each time, or the next of
// a list. It reads every response whole (status line, headers, then Content-Length bytes; none
// for 204) and counts it as good only when its status is the expected one (and, if asked, it
// carries a given header). It works on raw sockets because it shares the two cores with the server:
// node:http's client costs about 65 µs of CPU per response, which the server would lose; this one
// costs a fraction of that.
import { spawn, type ChildProcess } from "node:child_process";

const LOAD_GENERATOR = String.raw`
import net from "node:net";
let targets;
let requests;
let expectStatus;
let expectHeader;
let next = 0;
let sockets = [];
const HEAD_END = Buffer.from("\r\n\r\n");
// One connection: send, read one whole response, report, repeat while asked.
function connection(target) {
  const socket = net.connect({ host: target.host, port: target.port });
  socket.setNoDelay(true);
  let buffered = Buffer.alloc(0);
  let need = -1;
  let good = false;
  let onResponse;
  socket.on("data", (chunk) => {
    buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
    if (need < 0) {
      const end = buffered.indexOf(HEAD_END);
      if (end < 0) return;
      const head = buffered.toString("latin1", 0, end).toLowerCase();
      const status = Number(head.slice(9, 12));
      const length = /\r\ncontent-length: *(\d+)/.exec(head);
      if (!length && status !== 204) return fail(new Error("response without Content-Length"));
      good = status === expectStatus && (!expectHeader || head.includes("\r\n" + expectHeader + ": "));
      need = end + 4 + (length ? Number(length[1]) : 0);
    }
    if (buffered.length < need) return;
    if (buffered.length > need) return fail(new Error("bytes after the response (nothing was pipelined)"));
    buffered = Buffer.alloc(0);
    need = -1;
    const done = onResponse;
    onResponse = undefined;
    done?.(good);
  });
  let failure;
  const fail = (error) => { failure = error; socket.destroy(); onResponse?.(error); };
  socket.on("error", fail);
  socket.on("close", () => { if (onResponse) onResponse(failure ?? new Error("connection closed")); });
  const ready = new Promise((resolve, reject) => { socket.once("connect", resolve); socket.once("error", reject); });
  return {
    ready,
    socket,
    once: () => new Promise((resolve, reject) => {
      onResponse = (result) => (result instanceof Error ? reject(result) : resolve(result));
      socket.write(requests[next++ % requests.length]);
    }),
  };
}
async function run(ms, max) {
  let ok = 0, bad = 0, issued = 0;
  next = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const deadline = start + ms;
  const loop = async (conn) => {
    while (issued < max && performance.now() < deadline) {
      issued++;
      if (await conn.once()) ok++; else bad++;
    }
  };
  await Promise.all(sockets.map(loop));
  const elapsedMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ok, bad, elapsedMs, cpuUs: used.user + used.system };
}
process.on("message", async (msg) => {
  try {
    if (msg.type === "target") {
      for (const conn of sockets) conn.socket.destroy();
      targets = msg.targets;
      requests = msg.requests.map((text) => Buffer.from(text, "base64"));
      expectStatus = msg.expect.status;
      expectHeader = msg.expect.header?.toLowerCase();
      sockets = Array.from({ length: msg.concurrency }, (_, i) => connection(targets[i % targets.length]));
      await Promise.all(sockets.map((conn) => conn.ready));
      process.send({ type: "ready" });
    } else if (msg.type === "run") {
      process.send({ type: "result", ...(await run(msg.ms, msg.max)) });
    } else if (msg.type === "exit") {
      for (const conn of sockets) conn.socket.destroy();
      process.disconnect();
    }
  } catch (error) {
    process.send({ type: "error", message: String(error && error.message || error) });
  }
});
`;

export interface LoadResult {
  /** Responses with the expected status (and header). */
  ok: number;
  /** Any other response. */
  bad: number;
  elapsedMs: number;
  /** CPU time the load generator used in the round, µs. */
  cpuUs: number;
}

export interface LoadTarget {
  /** Where to connect; connection i goes to targets[i % targets.length]. */
  targets: readonly { host: string; port: number }[];
  /** Complete HTTP/1.1 requests (see `httpRequest`), sent in turn from the first at the start of every run. */
  requests: readonly Uint8Array[];
  /** A good response has this status (and this header, when given). */
  expect: { status: number; header?: string };
  /** Connections, each with one request in flight. */
  concurrency: number;
}

/** The bytes of one HTTP/1.1 request with a keep-alive connection (the default in 1.1). */
export function httpRequest(method: string, target: { host: string; port: number }, path: string, headers: Record<string, string>, body = ""): Uint8Array {
  const bodyBytes = Buffer.from(body, "utf8");
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join("");
  const length = body === "" && method === "GET" ? "" : `Content-Length: ${bodyBytes.length}\r\n`;
  return Buffer.concat([Buffer.from(`${method} ${path} HTTP/1.1\r\nHost: ${target.host}:${target.port}\r\n${lines}${length}\r\n`, "utf8"), bodyBytes]);
}

export class LoadGenerator {
  readonly #child: ChildProcess;
  #pending: ((msg: any) => void) | undefined;

  constructor() {
    this.#child = spawn(process.execPath, ["--input-type=module", "-e", LOAD_GENERATOR], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    this.#child.on("message", (msg) => {
      const pending = this.#pending;
      this.#pending = undefined;
      pending?.(msg);
    });
  }

  #ask(msg: object): Promise<any> {
    return new Promise((resolve, reject) => {
      this.#pending = (answer) => (answer.type === "error" ? reject(new Error(`load generator: ${answer.message}`)) : resolve(answer));
      this.#child.send(msg);
    });
  }

  /** (Re)connects to the targets; resolves when every connection is open. */
  async target(load: LoadTarget): Promise<void> {
    await this.#ask({
      type: "target",
      targets: load.targets,
      requests: load.requests.map((bytes) => Buffer.from(bytes).toString("base64")),
      expect: load.expect,
      concurrency: load.concurrency,
    });
  }

  /** Sends requests for `ms` or until `max` were issued, whichever comes first. */
  run(ms: number, max: number): Promise<LoadResult> {
    return this.#ask({ type: "run", ms, max });
  }

  close(): void {
    if (this.#child.connected) this.#child.send({ type: "exit" });
    this.#child.once("exit", () => {});
    setTimeout(() => this.#child.kill(), 2000).unref();
  }
}
