// The mock beside a peer mock server, Stoplight Prism, on the same request: GET getServiceOrder with
// the same query and the same Authorization header, loaded by autocannon (16 keep-alive connections,
// one request in flight on each). Each server runs in its own process and autocannon in a third, so
// no server shares its event loop with the load. Prism serves generated/openapi.json as it is (it
// validates the request against the spec and answers the operation's example); our mock verifies the
// Authorization signature with the merchant key, validates the request against the contract, looks the
// order up in its state and signs every answer with RSA-2048, so it does strictly more per request.
// Prism runs with its logging at "warn" (its default, "info", writes several lines per request), so
// the peer's figure is its best.
//
// The request is signed once just before the measured rounds (the mock keeps no nonce list; the
// timestamp stays inside the 300 s window for the whole run). Before measuring, one answer from each
// is checked: the mock's is a 200 for the order, its Wechatpay-Signature valid for the WeChat Pay
// public key (checked with node:crypto, not with the code under test); Prism's is a 200 with a JSON body.
// Rounds alternate the two (which goes first alternates too); medians over rounds.
// Budget: the mock's rate ≥ Prism's rate (ratio ≥ 1.00).
import { execFile } from "node:child_process";
import { createPublicKey, verify as rsaVerify } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { importMerchantPrivateKey } from "../../src/index.ts";
import { randomNonce } from "../../src/nonce.ts";
import { authorizationHeader, buildRequestMessage, buildResponseMessage, createRsaSigner } from "../../src/sign.ts";
import { MCHID, MERCHANT_SERIAL, PUB_KEY_ID, pem } from "../../test/fixtures/keys.ts";
import { IDS, createOrderBody } from "../../test/conformance/mock/support.ts";
import { type ChildServer, startChildServer } from "./child.ts";
import { type BudgetResult, median } from "./measure.ts";

export interface PrismBenchOptions {
  /** Alternating rounds (default 5). */
  rounds?: number;
  /** Seconds of load per server per round (default 2). */
  seconds?: number;
  /** Connections, one request in flight on each (default 16). */
  connections?: number;
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ORDER_PATH = "/v3/payscore/acquiringbank/serviceorder";
const require = createRequire(import.meta.url);

interface LoadRound {
  /** 2xx answers per second. */
  rate: number;
  /** Answers that were not 2xx, and socket errors / timeouts. */
  non2xx: number;
  errors: number;
  /** The server process's CPU time per 2xx answer, µs (from /proc; NaN elsewhere). */
  cpuPerAnswer: number;
}

/** CPU time (user + system, all threads) of a process so far, µs; NaN where /proc is not there. */
function processCpuMicros(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / 100;
  } catch {
    return Number.NaN;
  }
}

/** A free loopback port for Prism, which needs one on its command line. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** One autocannon run (its own process) against `url`; bounded by `seconds` and a kill timeout. */
function autocannon(url: string, headers: Record<string, string>, seconds: number, connections: number): Promise<{ ok: number; non2xx: number; errors: number; seconds: number }> {
  const args = [require.resolve("autocannon"), "-c", String(connections), "-d", String(seconds), "-j", "--renderStatusCodes", "false"];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}=${value}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { timeout: (seconds + 30) * 1000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`bench: autocannon failed: ${error.message}\n${stderr}`));
      const result = JSON.parse(stdout) as { "2xx": number; non2xx: number; errors: number; timeouts: number; duration: number };
      resolve({ ok: result["2xx"], non2xx: result.non2xx, errors: result.errors + result.timeouts, seconds: result.duration });
    });
  });
}

async function loadRound(server: ChildServer, url: string, headers: Record<string, string>, seconds: number, connections: number): Promise<LoadRound> {
  const cpu = processCpuMicros(server.pid);
  const result = await autocannon(url, headers, seconds, connections);
  return { rate: result.ok / result.seconds, non2xx: result.non2xx, errors: result.errors, cpuPerAnswer: (processCpuMicros(server.pid) - cpu) / result.ok };
}

export async function benchPrism(options: PrismBenchOptions = {}): Promise<BudgetResult> {
  const { rounds = 5, seconds = 2, connections = 16 } = options;
  const servers: ChildServer[] = [];
  try {
    const mock = await startChildServer(["--import", "tsx", `${ROOT}conformance/cli/main.ts`, "mock", "--host", "127.0.0.1", "--port", "0", "--accept-replays"], /mock platform listening on (http:\S+)/, { cwd: ROOT });
    servers.push(mock);
    const prismUrl = `http://127.0.0.1:${await freePort()}`;
    // At "warn" Prism prints nothing once it listens: ready when it answers at all.
    const prism = await startChildServer(
      [require.resolve("@stoplight/prism-cli/dist/index.js"), "mock", "-h", "127.0.0.1", "-p", new URL(prismUrl).port, "-v", "warn", `${ROOT}generated/openapi.json`],
      () => fetch(`${prismUrl}/`).then((r) => r.body?.cancel().then(() => true) ?? true),
      { cwd: ROOT, timeoutMs: 120_000 },
    );
    servers.push(prism);
    const mockUrl = mock.ready[1]!;

    const signer = createRsaSigner({ mchid: MCHID, serialNo: MERCHANT_SERIAL, privateKey: await importMerchantPrivateKey(pem.merchantKey) });
    const signedHeaders = async (method: "GET" | "POST", pathAndQuery: string, body = "") => {
      const timestamp = Math.floor(Date.now() / 1000);
      const nonce = randomNonce(32);
      const signature = await signer.sign(buildRequestMessage({ method, pathAndQuery, timestamp, nonce, body }));
      const headers: Record<string, string> = {
        Accept: "application/json", Authorization: authorizationHeader({ mchid: MCHID, serialNo: MERCHANT_SERIAL, nonce, timestamp, signature }),
      };
      if (body) headers["Content-Type"] = "application/json";
      return headers;
    };

    // The order the measured request asks for, created through the API (notifications, if any, stay on loopback).
    const outOrderNo = `PRISM${Date.now().toString(36).toUpperCase()}`;
    const createBody = JSON.stringify(createOrderBody(outOrderNo, "https://127.0.0.1:9/notify"));
    const created = await fetch(`${mockUrl}${ORDER_PATH}`, { method: "POST", headers: await signedHeaders("POST", ORDER_PATH, createBody), body: createBody });
    if (created.status !== 200) throw new Error(`bench: createServiceOrder answered ${created.status}: ${await created.text()}`);

    const path = `${ORDER_PATH}?${new URLSearchParams({ out_order_no: outOrderNo, service_id: IDS.service_id, sub_mchid: IDS.sub_mchid, channel_id: IDS.channel_id })}`;
    const headers = await signedHeaders("GET", path);

    // What each answers, checked once outside the measured rounds.
    const fromMock = await fetch(`${mockUrl}${path}`, { headers });
    const mockText = await fromMock.text();
    const h = (name: string) => fromMock.headers.get(name) ?? "";
    const verified = rsaVerify("sha256", Buffer.from(buildResponseMessage({ timestamp: h("Wechatpay-Timestamp"), nonce: h("Wechatpay-Nonce"), body: mockText })),
      createPublicKey(pem.wechatpayPubKey), Buffer.from(h("Wechatpay-Signature"), "base64"));
    if (fromMock.status !== 200 || h("Wechatpay-Serial") !== PUB_KEY_ID || !verified || JSON.parse(mockText).out_order_no !== outOrderNo) {
      throw new Error(`bench: the mock answered ${fromMock.status}, signature ${verified ? "valid" : "INVALID"}`);
    }
    const fromPrism = await fetch(`${prismUrl}${path}`, { headers });
    const prismText = await fromPrism.text();
    if (fromPrism.status !== 200 || typeof JSON.parse(prismText).out_order_no !== "string") {
      throw new Error(`bench: Prism answered ${fromPrism.status}: ${prismText.slice(0, 500)}`);
    }

    const contenders = [
      { name: "mock", server: mock, url: `${mockUrl}${path}`, rounds: [] as LoadRound[] },
      { name: "Prism", server: prism, url: `${prismUrl}${path}`, rounds: [] as LoadRound[] },
    ];
    // Warm-up, unmeasured, until the server's CPU per answer stops falling (within 10 % of the round
    // before) or 30 s: Prism's keeps falling for 15-20 s of load (its JIT warms slowly), and a short
    // warm-up would measure a cold peer.
    for (const c of contenders) {
      let previous = Number.POSITIVE_INFINITY;
      for (let second = 0; second < 30; second += seconds) {
        const { cpuPerAnswer } = await loadRound(c.server, c.url, headers, seconds, connections);
        if (cpuPerAnswer > previous * 0.9) break;
        previous = cpuPerAnswer;
      }
    }
    for (let round = 0; round < rounds; round++) {
      for (const c of round % 2 === 0 ? contenders : [...contenders].reverse()) c.rounds.push(await loadRound(c.server, c.url, headers, seconds, connections));
    }
    for (const c of contenders) {
      const failed = c.rounds.reduce((n, r) => n + r.non2xx + r.errors, 0);
      if (failed > 0) throw new Error(`bench: ${c.name} gave ${failed} answers that were not 2xx (or errors) under load`);
    }

    const [ours, peer] = contenders as [(typeof contenders)[0], (typeof contenders)[0]];
    const ratios = ours.rounds.map((r, i) => r.rate / peer.rounds[i]!.rate);
    const ratio = median(ratios);
    const cpu = (c: typeof ours) => median(c.rounds.map((r) => r.cpuPerAnswer));
    const row = (c: typeof ours, what: string) =>
      `${c.name.padEnd(7)}${String(Math.round(median(c.rounds.map((r) => r.rate)))).padStart(8)} answers/s   ${String(Math.round(cpu(c))).padStart(5)} µs CPU per answer   ${what}`;
    return {
      name: `mock vs Prism 5.14.2 (GET getServiceOrder, autocannon ${connections} connections, ${rounds} alternating rounds of ${seconds} s)`,
      kind: "budgets",
      table: [
        row(ours, "verifies the Authorization signature, validates, reads its state, signs the answer (RSA-2048)"),
        row(peer, "validates the request, answers the spec's example, no signatures"),
        `mock ÷ Prism per round: ${ratios.map((r) => r.toFixed(2)).join(", ")} (the budget takes their median)`,
      ],
      checks: [{ what: "mock's rate ÷ Prism's rate on the same request", value: ratio, unit: "×", budget: 1, atMost: false }],
    };
  } finally {
    for (const server of servers) await server.stop();
  }
}
