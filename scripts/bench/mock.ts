// The mock's throughput: signed responses per second on loopback with 16 concurrent
// keep-alive connections, as a share of the raw RSA-sign rate of the same machine in the same run
// (WebCrypto RSASSA-PKCS1-v1_5 / SHA-256, 16 signs in flight, cached key, a message as long as the
// mock's signed response message). Target ≥ 70 %: each answer costs one sign, so the rest of the
// request path (HTTP, Authorization verify, contract check, rules, store) may take at most ~30 %.
//
// Honest load: the load generator is autocannon in a separate Node process (scripts/bench/autocannon-load.ts:
// 16 keep-alive connections, one request in flight on each), so its CPU is not the mock's event loop.
// Every request carries a signed Authorization (own nonce, own signature) from a pool signed by the
// package's signer before the rounds, so no client-side RSA sign is in the measured loop. Each
// connection sends its own share of the pool in turn (128 each by default, more than a round uses at
// the rates measured here) and starts its share again when it runs out: the mock keeps no nonce list,
// and every timestamp stays inside the 300 s window for the whole run.
// Every measured request is verified by the mock with the merchant key, checked against the contract,
// run on the state store and answered with a fresh signature over the exact body; the load generator
// counts only 200s that carry a Wechatpay-Signature, and one answer is verified independently
// (node:crypto) before the rounds. Floor and mock rounds alternate; the median of each is kept.
import { createPublicKey, verify as rsaVerify } from "node:crypto";
import { performance } from "node:perf_hooks";
import { startMock, type MockOptions } from "../../conformance/mock/index.ts";
import { RSA_SHA256 } from "../../src/keys.ts";
import { randomNonce } from "../../src/nonce.ts";
import { authorizationHeader, buildRequestMessage, buildResponseMessage, createRsaSigner } from "../../src/sign.ts";
import { utf8Encode } from "../../src/encoding.ts";
import { MCHID, MERCHANT_SERIAL, PUB_KEY_ID, loadKeys, pem } from "../../test/fixtures/keys.ts";
import { IDS, createOrderBody } from "../../test/conformance/mock/support.ts";
import { type BenchResult, median } from "./measure.ts";
import { LoadGenerator } from "./autocannon-load.ts";

export interface MockBenchOptions {
  /** Concurrent connections / requests in flight (default 16), also the floor's signs in flight. */
  concurrency?: number;
  /** Alternating rounds of floor and mock (default 5). */
  rounds?: number;
  /** Length of one round, ms (default 1500). */
  roundMs?: number;
  /** Unmeasured warm-up of each, ms (default 1000): JIT, connections, validator caches. */
  warmupMs?: number;
  /** Signed Authorization headers made before the rounds and sent in turn (default 2048). */
  signedRequests?: number;
  /** Passed to startMock (e.g. a stateFile, to measure that configuration). */
  mock?: MockOptions;
}

export interface MockRates {
  /** Signed 200 responses per second (median round). */
  rate: number;
  /** Raw RSA signs per second (median round). */
  floorRate: number;
  /** Bytes of the message the mock signs per response (`TIMESTAMP\nNONCE\nBODY\n`). */
  messageBytes: number;
  /** Where the CPU goes (median rounds), µs per operation: what to look at when the share is low. */
  cpu: {
    /** Mock process (event loop + libuv pool: verify, sign) per response. */
    mockProcess: number;
    /** The mock's event loop alone (busy time) per response. */
    mockEventLoop: number;
    /** Load generator process per response. */
    loadGenerator: number;
    /** Floor process per raw sign. */
    floorSign: number;
  };
}

const ORDER_PATH = "/v3/payscore/acquiringbank/serviceorder";

/** `concurrency` raw signs kept in flight for `ms`; signs per second. */
async function rawSignRate(key: CryptoKey, message: Uint8Array<ArrayBuffer>, ms: number, concurrency: number): Promise<number> {
  let count = 0;
  const start = performance.now();
  const deadline = start + ms;
  const loop = async () => {
    while (performance.now() < deadline) {
      await crypto.subtle.sign(RSA_SHA256, key, message);
      count++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return (count * 1000) / (performance.now() - start);
}

/** Starts a mock, creates one order, and measures GET getServiceOrder against the raw sign rate. */
export async function benchMockRate(options: MockBenchOptions = {}): Promise<MockRates> {
  const { concurrency = 16, rounds = 5, roundMs = 1500, warmupMs = 1000, signedRequests = 2048 } = options;
  const keys = await loadKeys();
  const signer = createRsaSigner({ mchid: MCHID, serialNo: MERCHANT_SERIAL, privateKey: keys.merchantPrivateKey });
  // The load generator resends its pool of signed requests, which the platform would refuse as replays.
  const mock = await startMock({ autoDeliver: false, rejectReplays: false, ...options.mock });
  const load = new LoadGenerator();
  try {
    const authorization = async (method: "GET" | "POST", pathAndQuery: string, body = "") => {
      const timestamp = Math.floor(Date.now() / 1000);
      const nonce = randomNonce(32);
      const signature = await signer.sign(buildRequestMessage({ method, pathAndQuery, timestamp, nonce, body }));
      return authorizationHeader({ mchid: MCHID, serialNo: MERCHANT_SERIAL, nonce, timestamp, signature });
    };
    const signed = async (method: "GET" | "POST", pathAndQuery: string, body = "") => {
      const headers: Record<string, string> = { Accept: "application/json", Authorization: await authorization(method, pathAndQuery, body) };
      if (body) headers["Content-Type"] = "application/json";
      return headers;
    };

    // Setup: one order, created through the API like a merchant would.
    const outOrderNo = `BENCH${Date.now().toString(36).toUpperCase()}`;
    const createBody = JSON.stringify(createOrderBody(outOrderNo, "https://merchant.example/notify"));
    const created = await fetch(`${mock.url}${ORDER_PATH}`, { method: "POST", headers: await signed("POST", ORDER_PATH, createBody), body: createBody });
    if (created.status !== 200) throw new Error(`bench: createServiceOrder answered ${created.status}: ${await created.text()}`);

    // The measured request: the same target, each time with its own Authorization, signed now (16 at a
    // time; every timestamp stays valid for 300 s).
    const query = new URLSearchParams({ out_order_no: outOrderNo, service_id: IDS.service_id, sub_mchid: IDS.sub_mchid, channel_id: IDS.channel_id });
    const path = `${ORDER_PATH}?${query}`;
    const authorizations: string[] = [];
    while (authorizations.length < signedRequests) {
      const batch = Math.min(concurrency, signedRequests - authorizations.length);
      authorizations.push(...(await Promise.all(Array.from({ length: batch }, () => authorization("GET", path)))));
    }
    const headers = { Accept: "application/json", Authorization: authorizations[0]! };

    // Check once, independently (node:crypto), that the answer is what the bench claims to measure.
    const probe = await fetch(`${mock.url}${path}`, { headers });
    const text = await probe.text();
    const h = (name: string) => probe.headers.get(name) ?? "";
    const message = buildResponseMessage({ timestamp: h("Wechatpay-Timestamp"), nonce: h("Wechatpay-Nonce"), body: text });
    const verified = rsaVerify("sha256", Buffer.from(message), createPublicKey(pem.wechatpayPubKey), Buffer.from(h("Wechatpay-Signature"), "base64"));
    if (probe.status !== 200 || h("Wechatpay-Serial") !== PUB_KEY_ID || !verified || JSON.parse(text).out_order_no !== outOrderNo) {
      throw new Error(`bench: getServiceOrder answered ${probe.status}, signature ${verified ? "valid" : "INVALID"}`);
    }
    // The floor signs a message of the same length with the same key (the mock's default: public-key mode).
    const floorMessage = utf8Encode(message) as Uint8Array<ArrayBuffer>;
    const platformKey = mock.keys.publicKey!.privateKey;

    await load.target({
      urls: [mock.url],
      requests: authorizations.map((authorization) => ({ method: "GET", path, headers: { Accept: "application/json", Authorization: authorization } })),
      expect: { status: 200, header: "Wechatpay-Signature" },
      connections: concurrency,
    });
    const cpuOf = { mockProcess: [] as number[], mockEventLoop: [] as number[], loadGenerator: [] as number[], floorSign: [] as number[] };
    const mockRound = async (ms: number) => {
      const cpu = process.cpuUsage();
      const elu = performance.eventLoopUtilization();
      const result = await load.run(ms);
      const used = process.cpuUsage(cpu);
      const busy = performance.eventLoopUtilization(elu);
      if (result.bad > 0) throw new Error(`bench: ${result.bad} of ${result.ok + result.bad} answers were not signed 200s`);
      cpuOf.mockProcess.push((used.user + used.system) / result.ok);
      cpuOf.mockEventLoop.push((busy.active * 1000) / result.ok);
      cpuOf.loadGenerator.push(result.cpuUs / result.ok);
      return (result.ok * 1000) / result.elapsedMs;
    };
    const floorRound = async (ms: number) => {
      const cpu = process.cpuUsage();
      const start = performance.now();
      const rate = await rawSignRate(platformKey, floorMessage, ms, concurrency);
      const used = process.cpuUsage(cpu);
      cpuOf.floorSign.push((used.user + used.system) / ((rate * (performance.now() - start)) / 1000));
      return rate;
    };

    await mockRound(warmupMs);
    await floorRound(warmupMs);
    for (const list of Object.values(cpuOf)) list.length = 0;
    const rates: number[] = [];
    const floorRates: number[] = [];
    for (let i = 0; i < rounds; i++) {
      floorRates.push(await floorRound(roundMs));
      rates.push(await mockRound(roundMs));
    }
    return {
      rate: median(rates),
      floorRate: median(floorRates),
      messageBytes: floorMessage.byteLength,
      cpu: {
        mockProcess: median(cpuOf.mockProcess),
        mockEventLoop: median(cpuOf.mockEventLoop),
        loadGenerator: median(cpuOf.loadGenerator),
        floorSign: median(cpuOf.floorSign),
      },
    };
  } finally {
    load.close();
    await mock.close();
  }
}

export async function benchMock(options: MockBenchOptions = {}): Promise<BenchResult> {
  const concurrency = options.concurrency ?? 16;
  const { rate, floorRate, messageBytes, cpu } = await benchMockRate(options);
  const us = (value: number) => `${Math.round(value)} µs`;
  // Where the time goes, for a share below target: CPU per response against CPU per raw sign.
  console.log(
    `  cpu per response: mock process ${us(cpu.mockProcess)} (event loop busy ${us(cpu.mockEventLoop)}), ` +
      `load generator ${us(cpu.loadGenerator)}; per raw sign ${us(cpu.floorSign)}`,
  );
  return {
    name: `mock platform (GET getServiceOrder, ${concurrency} keep-alive connections, autocannon in a second process)`,
    unit: "signed response",
    rate,
    floorRate,
    kind: "share",
    ratio: rate / floorRate,
    target: 0.7,
    floor: `raw WebCrypto RSA-2048 sign, ${concurrency} in flight, cached key, ${messageBytes}-byte message`,
  };
}
