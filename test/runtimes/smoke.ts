/**
 * The runtime smoke run: what an integrator does first, on whichever runtime runs this file. Bundled
 * by test/runtimes/runtimes.test.ts into one ESM file per target (Node, Deno, Bun, workerd, Chromium).
 *
 * Given the URL of the loopback platform server of the test process, it reads its input there
 * (`GET /__smoke/input`: keys, the signed and encrypted notification, the request data), then
 * - creates a client and makes a GET (query a service order) and a POST (cancel it); the client
 *   verifies each signed answer and reads it against the spec (`validate: "strict"`);
 * - verifies, decrypts and reads the notification with `parseNotification`;
 * - builds a `wxpayScoreUse` jump with `buildUseRequest` and reads its return with `parseUseReturn`;
 * and answers with a `SmokeResult`.
 *
 * How each runtime starts it:
 * - Node, Deno, Bun: `<runtime> smoke.mjs <server URL>` prints one JSON line and exits 0, or prints
 *   `{ ok: false, error }` and exits non-zero;
 * - workerd: `worker` is a module worker's handlers; `GET /?server=<server URL>` answers the JSON;
 * - a browser page: loading the module runs it against the page's own origin and stores the result
 *   in `globalThis.smokeResult` (a promise).
 * Nothing here imports a `node:` module or needs anything but WebCrypto and fetch.
 */
import { StaticKeySet, createPayScoreClient, importCertificate, importPublicKey, parseNotification } from "../../src/index.ts";
// The jump entry (the package's `/jump` export).
import { buildUseRequest, parseUseReturn } from "../../src/jump/index.ts";

/** What the test process serves at `/__smoke/input`. PEM texts; the APIv2/APIv3 keys are test keys. */
export interface SmokeInput {
  mchid: string;
  merchantSerialNo: string;
  merchantPrivateKey: string;
  wechatpayPublicKey: { id: string; key: string };
  /** The platform certificate that signed the notification (PEM). */
  platformCertificate: string;
  apiV3Key: string;
  query: { sub_mchid: string; channel_id: string; out_order_no: string; service_id: string };
  cancel: { sub_mchid: string; channel_id: string; service_id: string; reason: string };
  notification: { headers: Record<string, string>; body: string };
  jump: { mchId: string; package: string; apiV2Key: string };
  /** `query_id` of the jump's return (`extraData` handed back by the mini-program). */
  queryId: string;
}

export interface SmokeResult {
  ok: true;
  /** The runtime as it names itself (e.g. `node 22.23.5`, `deno 2.9.6`, a browser's user agent). */
  runtime: string;
  /** Whether `new Function` threw here (true where code generation from strings is forbidden). */
  evalBlocked: boolean;
  /** From the verified GET answer. */
  order: { out_order_no: string | undefined; state: string | undefined };
  /** HTTP status of the verified POST answer. */
  cancelStatus: number;
  notification: { eventType: string; id: string; resource: unknown };
  jump: { businessType: string; extraData: Record<string, string> };
  queryId: string;
}

type Globals = {
  Deno?: { args: string[]; version: { deno: string }; exit(code: number): never };
  Bun?: { version: string };
  process?: { argv?: string[]; versions?: { node?: string }; exitCode?: number };
  navigator?: { userAgent?: string };
  document?: unknown;
  location?: { origin: string };
  smokeResult?: Promise<SmokeResult | { ok: false; error: string }>;
};
const g = globalThis as unknown as Globals;

function runtimeName(): string {
  if (g.Deno) return `deno ${g.Deno.version.deno}`;
  if (g.Bun) return `bun ${g.Bun.version}`;
  // workerd also has a `process` (its Node.js compatibility layer): its user agent names it.
  if (g.navigator?.userAgent === "Cloudflare-Workers") return g.navigator.userAgent;
  if (g.process?.versions?.node) return `node ${g.process.versions.node}`;
  return g.navigator?.userAgent ?? "unknown";
}

function evalBlocked(): boolean {
  try {
    new Function("return 1")();
    return false;
  } catch {
    return true;
  }
}

/** Runs the smoke steps against the platform server at `server` (no trailing slash). */
export async function smoke(server: string): Promise<SmokeResult> {
  const inputResponse = await fetch(`${server}/__smoke/input`);
  if (!inputResponse.ok) throw new Error(`GET /__smoke/input answered ${inputResponse.status}`);
  const input = (await inputResponse.json()) as SmokeInput;

  const client = await createPayScoreClient({
    mchid: input.mchid,
    merchantSerialNo: input.merchantSerialNo,
    merchantPrivateKey: input.merchantPrivateKey,
    wechatpayPublicKey: input.wechatpayPublicKey,
    baseUrl: server,
    validate: "strict",
  });
  const got = await client.GET("/v3/payscore/acquiringbank/serviceorder", { params: { query: input.query } });
  const cancelled = await client.POST("/v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel", {
    params: { path: { out_order_no: input.query.out_order_no } },
    body: input.cancel,
  });

  const platform = await importCertificate(input.platformCertificate);
  const keys = new StaticKeySet([
    [platform.serialNo, platform.key],
    [input.wechatpayPublicKey.id, await importPublicKey(input.wechatpayPublicKey.key)],
  ]);
  const notification = await parseNotification(input.notification, { keys, apiV3Key: input.apiV3Key });

  const jump = await buildUseRequest(input.jump);
  const back = parseUseReturn({ query_id: input.queryId });

  return {
    ok: true,
    runtime: runtimeName(),
    evalBlocked: evalBlocked(),
    order: { out_order_no: got.data?.out_order_no, state: got.data?.state },
    cancelStatus: cancelled.response.status,
    notification: { eventType: notification.eventType, id: notification.id, resource: notification.resource },
    jump: { businessType: jump.businessType, extraData: { ...jump.extraData } },
    queryId: back.query_id,
  };
}

function failure(error: unknown): { ok: false; error: string } {
  return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

/**
 * workerd: a module worker's handlers; `GET /?server=<URL>` runs the smoke steps against that server.
 * A named export, re-exported as default by the worker's main module: Bun serves the default export
 * of a script it runs when that has a `fetch`, and the CLI run would then never exit.
 */
export const worker = {
  async fetch(request: Request): Promise<Response> {
    const server = new URL(request.url).searchParams.get("server");
    if (!server) return Response.json({ ok: false, error: "missing ?server=" }, { status: 400 });
    try {
      return Response.json(await smoke(server));
    } catch (error) {
      return Response.json(failure(error), { status: 500 });
    }
  },
};

// Node, Deno, Bun: started with the server URL as the only argument.
const cliServer = g.Deno ? g.Deno.args[0] : g.process?.argv?.[2];
if (cliServer) {
  try {
    console.log(JSON.stringify(await smoke(cliServer)));
  } catch (error) {
    console.log(JSON.stringify(failure(error)));
    if (g.Deno) g.Deno.exit(1);
    else if (g.process) g.process.exitCode = 1;
  }
} else if (g.document && g.location) {
  // A page: run against the page's own origin (the platform server serves the page). The promise is
  // stored at once, while the module is evaluated, so it is there before the page's load event.
  g.smokeResult = smoke(g.location.origin).catch(failure);
}
