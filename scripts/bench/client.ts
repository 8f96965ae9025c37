// The client's cost per call, side by side with a peer SDK and two crypto floors, in one run against
// one loopback server that runs in its own process and, like the platform, checks every request's
// signature and signs every answer (signing-server.ts).
//
// Contenders, each making the same POST (applyPermissions) and GET (getPermissionsByAuthorizationCode)
// and checking what comes back:
// - "async floor": fetch + WebCrypto RSA sign + WebCrypto RSA verify on keys imported once: the least
//   any WebCrypto client has to do (this project's runtime uses WebCrypto only, so this is its floor);
// - "sync floor": the same with node:crypto (synchronous: it blocks the event loop), for reference;
// - "wechatpay-axios-plugin": the peer SDK (axios; it verifies answers: the tamper check below proves it);
// - "ours": createPayScoreClient with its defaults (validation off), public-key mode.
// Before measuring, the server tampers with one answer for each contender, and each must refuse it.
//
// Each round: sequential calls, one call of each contender in turn (the first one rotates), so that
// whatever else the machine does hits all alike (median µs per call of each); then each contender
// alone with 16 calls in flight (calls per second, and the client process's CPU time per call,
// WebCrypto's worker threads included), in an order that rotates every round, with the async floor
// measured before and after each. Figures: medians over rounds; "added" is the median over rounds
// of (contender's µs − async floor's µs in the same round), throughput the median over rounds of
// (contender's rate ÷ the mean of the async floor's rates just before and after it).
// Budgets (ours, on both methods): at most 80 µs added per call over the async floor, and at least
// 0.95× the async floor's throughput at 16 in flight.
import { createPrivateKey, createPublicKey, randomBytes, sign as rsaSign, verify as rsaVerify } from "node:crypto";
import { fileURLToPath } from "node:url";
import { Wechatpay } from "wechatpay-axios-plugin";
import { createPayScoreClient } from "../../src/index.ts";
import { MCHID, MERCHANT_SERIAL, PUB_KEY_ID, pem } from "../../test/fixtures/keys.ts";
import { startChildServer } from "./child.ts";
import { type BudgetResult, median } from "./measure.ts";
import { AUTHORIZATION_CODE, AUTHORIZATION_RECORD, PERMISSIONS_PATH } from "./signing-server.ts";

export interface ClientBenchOptions {
  /** Alternating rounds (default 5). */
  rounds?: number;
  /** Sequential calls per contender per method per round (default 200), within `sequentialMs`. */
  sequential?: number;
  /** At most this long for one method's sequential block of a round, ms (default 3000). */
  sequentialMs?: number;
  /** Calls per block at `inFlight` concurrency (default 400), within `concurrentMs`. */
  concurrent?: number;
  /** At most this long for one concurrent block, ms (default 800). */
  concurrentMs?: number;
  /** Calls in flight for the throughput figure (default 16). */
  inFlight?: number;
}

export const CLIENT_BUDGET = { addedMicros: 80, throughputShare: 0.95 } as const;

const AUTHORIZATION_TEMPLATE = "/v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}";
// The ids the signing server's record echoes: the client refuses an answer that names another request's ids.
const QUERY = { service_id: AUTHORIZATION_RECORD.service_id, channel_id: "1230000109", sub_mchid: "1230000109" };
const GET_PATH = `${AUTHORIZATION_TEMPLATE.replace("{authorization_code}", AUTHORIZATION_CODE)}?${new URLSearchParams(QUERY)}`;
const BODY = {
  service_id: AUTHORIZATION_RECORD.service_id, channel_id: "1230000109", appid: "wxd678efh567hg6787", sub_appid: "wxd678efh567hg6787",
  sub_mchid: "1230000109", authorization_code: "1234323JKHDFE1243252", notify_url: "https://www.qq.com",
};

export interface Contender {
  name: string;
  post(): Promise<void>;
  get(): Promise<void>;
}

function expectToken(data: { apply_permissions_token?: string } | undefined): void {
  if (!data?.apply_permissions_token?.startsWith("tok_")) throw new Error("bench: unexpected applyPermissions answer");
}
function expectRecord(data: { authorization_code?: string } | undefined): void {
  if (data?.authorization_code !== AUTHORIZATION_CODE) throw new Error("bench: unexpected authorization record");
}

/** The four contenders, talking to the signing server at `base`. */
export async function contenders(base: string): Promise<Contender[]> {
  const merchantKey = createPrivateKey(pem.merchantKey);
  const wechatpayKey = createPublicKey(pem.wechatpayPubKey);
  const body = JSON.stringify(BODY);
  const authorization = (nonce: string, timestamp: number, signature: string) =>
    `WECHATPAY2-SHA256-RSA2048 mchid="${MCHID}",nonce_str="${nonce}",timestamp="${timestamp}",serial_no="${MERCHANT_SERIAL}",signature="${signature}"`;
  const headers = (auth: string, withBody: boolean): Record<string, string> => ({
    Accept: "application/json", Authorization: auth, "Wechatpay-Serial": PUB_KEY_ID, ...(withBody ? { "Content-Type": "application/json" } : {}),
  });
  const answerMessage = (h: Headers, text: string) => `${h.get("wechatpay-timestamp")}\n${h.get("wechatpay-nonce")}\n${text}\n`;

  // Sync floor: node:crypto sign and verify, blocking the event loop.
  const syncCall = async (method: "POST" | "GET", path: string) => {
    const timestamp = Math.floor(Date.now() / 1000);
    const nonce = randomBytes(16).toString("hex");
    const sent = method === "POST" ? body : "";
    const signature = rsaSign("sha256", Buffer.from(`${method}\n${path}\n${timestamp}\n${nonce}\n${sent}\n`), merchantKey).toString("base64");
    const response = await fetch(base + path, { method, headers: headers(authorization(nonce, timestamp, signature), method === "POST"), body: sent || undefined });
    const text = await response.text();
    const valid = rsaVerify("sha256", Buffer.from(answerMessage(response.headers, text)), wechatpayKey, Buffer.from(response.headers.get("wechatpay-signature") ?? "", "base64"));
    if (response.status !== 200 || !valid) throw new Error(`bench: sync floor got ${response.status}, signature ${valid ? "valid" : "INVALID"}`);
    return JSON.parse(text);
  };

  // Async floor: the same with WebCrypto on keys imported once.
  const subtle = globalThis.crypto.subtle;
  const algorithm = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
  const signKey = await subtle.importKey("pkcs8", merchantKey.export({ type: "pkcs8", format: "der" }), algorithm, false, ["sign"]);
  const verifyKey = await subtle.importKey("spki", wechatpayKey.export({ type: "spki", format: "der" }), algorithm, false, ["verify"]);
  const encoder = new TextEncoder();
  const asyncCall = async (method: "POST" | "GET", path: string) => {
    const timestamp = Math.floor(Date.now() / 1000);
    const nonce = randomBytes(16).toString("hex");
    const sent = method === "POST" ? body : "";
    const signed = await subtle.sign(algorithm, signKey, encoder.encode(`${method}\n${path}\n${timestamp}\n${nonce}\n${sent}\n`));
    const response = await fetch(base + path, { method, headers: headers(authorization(nonce, timestamp, Buffer.from(signed).toString("base64")), method === "POST"), body: sent || undefined });
    const text = await response.text();
    const valid = await subtle.verify(algorithm, verifyKey, Buffer.from(response.headers.get("wechatpay-signature") ?? "", "base64"), encoder.encode(answerMessage(response.headers, text)));
    if (response.status !== 200 || !valid) throw new Error(`bench: async floor got ${response.status}, signature ${valid ? "valid" : "INVALID"}`);
    return JSON.parse(text);
  };

  const peer = new Wechatpay({ mchid: MCHID, serial: MERCHANT_SERIAL, privateKey: pem.merchantKey, certs: { [PUB_KEY_ID]: pem.wechatpayPubKey }, baseURL: base });

  const ours = await createPayScoreClient({
    mchid: MCHID, merchantSerialNo: MERCHANT_SERIAL, merchantPrivateKey: pem.merchantKey,
    wechatpayPublicKey: { id: PUB_KEY_ID, key: pem.wechatpayPubKey }, baseUrl: base, failover: false,
  });

  return [
    { name: "async floor", post: async () => expectToken(await asyncCall("POST", PERMISSIONS_PATH)), get: async () => expectRecord(await asyncCall("GET", GET_PATH)) },
    { name: "sync floor", post: async () => expectToken(await syncCall("POST", PERMISSIONS_PATH)), get: async () => expectRecord(await syncCall("GET", GET_PATH)) },
    {
      name: "wechatpay-axios-plugin",
      post: async () => expectToken((await peer.chain(PERMISSIONS_PATH).post(BODY)).data as { apply_permissions_token?: string }),
      get: async () => expectRecord((await peer.chain(GET_PATH.split("?")[0]!).get({ params: QUERY })).data),
    },
    {
      name: "ours",
      post: async () => expectToken((await ours.POST(PERMISSIONS_PATH, { body: BODY })).data),
      get: async () => expectRecord((await ours.GET(AUTHORIZATION_TEMPLATE, { params: { path: { authorization_code: AUTHORIZATION_CODE }, query: QUERY } })).data),
    },
  ];
}

/**
 * `n` rounds of one call of each contender in turn (the first one rotates), at most `ms` in all, so
 * that whatever else the machine does hits every contender alike; the median µs per call of each.
 */
async function interleaved(calls: readonly (() => Promise<void>)[], n: number, ms: number): Promise<number[]> {
  const times = calls.map(() => [] as number[]);
  const deadline = performance.now() + ms;
  for (let i = 0; i < n && performance.now() < deadline; i++) {
    for (let k = 0; k < calls.length; k++) {
      const j = (i + k) % calls.length;
      const start = performance.now();
      await calls[j]!();
      times[j]!.push((performance.now() - start) * 1000);
    }
  }
  return times.map(median);
}

/** `n` calls kept `inFlight` at a time (at most `ms`): calls per second, and this process's CPU µs per call. */
async function concurrent(call: () => Promise<void>, n: number, inFlight: number, ms: number): Promise<{ rate: number; cpu: number }> {
  let issued = 0;
  let done = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const deadline = start + ms;
  const worker = async () => {
    while (issued < n && performance.now() < deadline) {
      issued++;
      await call();
      done++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const elapsed = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { rate: (done * 1000) / elapsed, cpu: (used.user + used.system) / done };
}

/**
 * Per round: median µs per sequential call; at `inFlight`, calls per second, that rate ÷ the async
 * floor's measured just before and after it, and CPU µs per call.
 */
interface Figures {
  post: number[];
  get: number[];
  postRate: number[];
  getRate: number[];
  postShare: number[];
  getShare: number[];
  postCpu: number[];
  getCpu: number[];
}

function shareKeyOf(rateKey: "postRate" | "getRate"): "postShare" | "getShare" {
  return rateKey === "postRate" ? "postShare" : "getShare";
}

export async function benchClient(options: ClientBenchOptions = {}): Promise<BudgetResult> {
  const { rounds = 5, sequential: n = 200, sequentialMs = 3000, concurrent: m = 400, concurrentMs = 800, inFlight = 16 } = options;
  const server = await startChildServer(["--import", "tsx", fileURLToPath(new URL("./signing-server.ts", import.meta.url))], /listening on (http:\S+)/);
  try {
    const base = server.ready[1]!;
    const all = await contenders(base);

    // Every contender must refuse an answer whose body is not the one that was signed.
    for (const contender of all) {
      await fetch(`${base}/__tamper`).then((r) => r.text());
      const refused = await contender.post().then(() => false, () => true);
      if (!refused) throw new Error(`bench: ${contender.name} accepted a tampered answer`);
    }

    // Warm-up (JIT, connections, key caches), unmeasured.
    await interleaved(all.flatMap((c) => [c.post, c.get]), 50, sequentialMs);
    for (const contender of all) await concurrent(contender.post, 100, inFlight, concurrentMs);

    const figures = new Map<string, Figures>(all.map((c) => [c.name, { post: [], get: [], postRate: [], getRate: [], postShare: [], getShare: [], postCpu: [], getCpu: [] }]));
    for (let round = 0; round < rounds; round++) {
      const post = await interleaved(all.map((c) => c.post), n, sequentialMs);
      const get = await interleaved(all.map((c) => c.get), n, sequentialMs);
      all.forEach((c, i) => {
        figures.get(c.name)!.post.push(post[i]!);
        figures.get(c.name)!.get.push(get[i]!);
      });
      // Throughput: the async floor before each other contender and once more at the end, so each
      // contender's rate is compared with the floor measured just before and just after it.
      const [asyncFloor, ...others] = all as [Contender, ...Contender[]];
      const rotated = [...others.slice(round % others.length), ...others.slice(0, round % others.length)];
      for (const method of ["post", "get"] as const) {
        const rateKey = method === "post" ? "postRate" : "getRate";
        const cpuKey = method === "post" ? "postCpu" : "getCpu";
        const floorFigures = figures.get(asyncFloor.name)!;
        let before = await concurrent(asyncFloor[method], m, inFlight, concurrentMs);
        const floorRates = [before.rate];
        floorFigures[cpuKey].push(before.cpu);
        for (const contender of rotated) {
          const measured = await concurrent(contender[method], m, inFlight, concurrentMs);
          const after = await concurrent(asyncFloor[method], m, inFlight, concurrentMs);
          const f = figures.get(contender.name)!;
          f[rateKey].push(measured.rate);
          f[cpuKey].push(measured.cpu);
          f[shareKeyOf(rateKey)].push(measured.rate / ((before.rate + after.rate) / 2));
          floorRates.push(after.rate);
          floorFigures[cpuKey].push(after.cpu);
          before = after;
        }
        floorFigures[rateKey].push(median(floorRates));
        floorFigures[shareKeyOf(rateKey)].push(1);
      }
    }
    const stats = (await (await fetch(`${base}/__stats`)).json()) as { good: number; bad: number };
    // The tamper checks are the only answers a contender may refuse; no request may fail its signature check.
    if (stats.bad > 0) throw new Error(`bench: the server refused ${stats.bad} request signatures`);

    const floor = figures.get("async floor")!;
    const added = (f: Figures, key: "post" | "get") => median(f[key].map((v, i) => v - floor[key][i]!));
    const share = (f: Figures, key: "postRate" | "getRate") => median(f[shareKeyOf(key)]);
    const cell = (text: string, width: number) => text.padStart(width);
    const table = [
      `${"".padEnd(23)}${cell("sequential: µs per call", 26)}${cell("added", 15)}${cell(`${inFlight} in flight: calls/s`, 25)}${cell("× async floor", 17)}${cell("client CPU µs/call", 20)}`,
      `${"".padEnd(23)}${cell("POST", 13)}${cell("GET", 13)}${cell("POST", 8)}${cell("GET", 7)}${cell("POST", 13)}${cell("GET", 12)}${cell("POST", 9)}${cell("GET", 8)}${cell("POST", 10)}${cell("GET", 10)}`,
      ...all.map(({ name }) => {
        const f = figures.get(name)!;
        return `${name.padEnd(23)}${cell(String(Math.round(median(f.post))), 13)}${cell(String(Math.round(median(f.get))), 13)}` +
          `${cell(String(Math.round(added(f, "post"))), 8)}${cell(String(Math.round(added(f, "get"))), 7)}` +
          `${cell(String(Math.round(median(f.postRate))), 13)}${cell(String(Math.round(median(f.getRate))), 12)}` +
          `${cell(share(f, "postRate").toFixed(2), 9)}${cell(share(f, "getRate").toFixed(2), 8)}` +
          `${cell(String(Math.round(median(f.postCpu))), 10)}${cell(String(Math.round(median(f.getCpu))), 10)}`;
      }),
      `server (its own process): ${stats.good} request signatures checked, ${stats.bad} refused; every answer signed; each contender refused a tampered answer`,
    ];
    const ours = figures.get("ours")!;
    const peer = figures.get("wechatpay-axios-plugin")!;
    const peerName = "wechatpay-axios-plugin 0.9.6";
    return {
      name: `client vs peer (applyPermissions POST, getPermissionsByAuthorizationCode GET; loopback server in its own process, ${rounds} alternating rounds: up to ${n} sequential calls per contender and method, blocks of up to ${m} at ${inFlight} in flight)`,
      kind: "budgets",
      table,
      checks: [
        { what: "POST µs added per call over the async floor", value: added(ours, "post"), unit: "µs", budget: CLIENT_BUDGET.addedMicros, atMost: true, peer: { name: peerName, value: added(peer, "post") } },
        { what: "GET µs added per call over the async floor", value: added(ours, "get"), unit: "µs", budget: CLIENT_BUDGET.addedMicros, atMost: true, peer: { name: peerName, value: added(peer, "get") } },
        { what: `POST throughput at ${inFlight} in flight, × async floor`, value: share(ours, "postRate"), unit: "×", budget: CLIENT_BUDGET.throughputShare, atMost: false, peer: { name: peerName, value: share(peer, "postRate") } },
        { what: `GET throughput at ${inFlight} in flight, × async floor`, value: share(ours, "getRate"), unit: "×", budget: CLIENT_BUDGET.throughputShare, atMost: false, peer: { name: peerName, value: share(peer, "getRate") } },
      ],
    };
  } finally {
    await server.stop();
  }
}

/**
 * One contender alone, for a CPU profile of its calls (the signing server runs in its own process,
 * so the profile holds only the client side):
 *   node --cpu-prof --import tsx scripts/bench/client.ts ours get 2000
 * Prints µs per call and this process's CPU µs per call; contender names as in the table.
 */
async function profileOne(name: string, method: "post" | "get", calls: number): Promise<void> {
  const server = await startChildServer(["--import", "tsx", fileURLToPath(new URL("./signing-server.ts", import.meta.url))], /listening on (http:\S+)/);
  try {
    const contender = (await contenders(server.ready[1]!)).find((c) => c.name === name);
    if (!contender) throw new Error(`bench: no contender "${name}"`);
    for (let i = 0; i < 200; i++) await contender[method]();
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (let i = 0; i < calls; i++) await contender[method]();
    const used = process.cpuUsage(cpu);
    console.log(`${name} ${method.toUpperCase()}: ${Math.round(((performance.now() - start) * 1000) / calls)} µs per call, ${Math.round((used.user + used.system) / calls)} µs CPU per call`);
  } finally {
    await server.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [name = "ours", method = "get", calls = "2000"] = process.argv.slice(2);
  if (method !== "post" && method !== "get") throw new Error("method must be post or get");
  await profileOne(name, method, Math.min(Number(calls), 100_000));
}
