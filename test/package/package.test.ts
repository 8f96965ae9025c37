// The npm package as a user gets it: `npm pack` once (prepack builds dist/), install the tarball into
// an empty project in the OS temp folder (offline, from the npm cache), then check what was shipped,
// that the client entry loads nothing from the conformance kit and needs exactly the runtime
// `dependencies`, that the README's TypeScript type-checks against the installed package under a
// strict consumer configuration, and that `npx payscore` runs with plain Node (no tsx anywhere).
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  name: string;
  version: string;
  dependencies: Record<string, string>;
  engines: { node: string };
};
/** The Node the package is run with here: the newest pinned runtime (engines.node excludes Node 20). */
const NODE_BIN = join(ROOT, "node_modules", "node24", "bin");
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
/** Shipped citations of internal notes: a user of the package cannot follow them. */
const INTERNAL_CITATION = /shared\/|seeds\/|spec-facts|peers\.md|\bissues? #?\d/i;

/** The folder of the machine's npm (and npx): the first PATH entry holding one, skipping node_modules/.bin. */
const NPM_DIR = (process.env.PATH ?? "").split(delimiter).find((dir) => !dir.includes("node_modules") && existsSync(join(dir, "npm")));
/** PATH for the consumer: the pinned Node first, then npm's folder and /bin; none of them may hold tsx. */
const CONSUMER_PATH = [NODE_BIN, NPM_DIR ?? "/usr/bin", "/bin"].join(delimiter);

let work: string;
let tarball: string;
let unpacked: string;
let consumer: string;
let shipped: string[];

function walk(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}

async function inConsumer(command: string, args: string[], timeout = 120_000) {
  return run(command, args, {
    cwd: consumer,
    timeout,
    env: { HOME: process.env.HOME ?? tmpdir(), PATH: CONSUMER_PATH, npm_config_update_notifier: "false", NO_COLOR: "1" },
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "payscore-package-"));
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", work], { cwd: ROOT, timeout: 300_000, maxBuffer: 64 << 20 });
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf("["))) as { filename: string }[];
  tarball = join(work, packed!.filename);
  unpacked = join(work, "unpacked");
  await run("mkdir", ["-p", unpacked]);
  await run("tar", ["-xzf", tarball, "-C", unpacked]);
  shipped = walk(join(unpacked, "package"));

  consumer = join(work, "consumer");
  await run("mkdir", ["-p", consumer]);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "strict-consumer", private: true, type: "module" }));
  await inConsumer("npm", ["install", "--offline", "--no-audit", "--no-fund", "--no-package-lock", tarball], 180_000);
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the packed npm package", () => {
  it("ships dist/, the bin, the mock's labelled test keys and the legal files, nothing else", () => {
    const outside = shipped.filter((file) => !file.startsWith("dist/"));
    expect(outside).toEqual(
      [
        "LICENSE",
        "README.md",
        "bin/payscore.mjs",
        "package.json",
        "test/fixtures/README.md",
        "test/fixtures/apiv3-key.txt",
        "test/fixtures/merchant-key.pem",
        "test/fixtures/merchant-pub.pem",
        "test/fixtures/platform-cert.pem",
        "test/fixtures/platform-key.pem",
        "test/fixtures/wechatpay-pubkey-private.pem",
        "test/fixtures/wechatpay-pubkey.pem",
      ].sort(),
    );
    // The bundled spec and its types exist once, where the compiled code imports them.
    expect(shipped.filter((file) => file.endsWith("openapi.json"))).toEqual(["dist/generated/openapi.json"]);
    expect(shipped.filter((file) => file.endsWith("schema.d.ts"))).toEqual(["dist/generated/schema.d.ts"]);
    // Everything the package runs, compiled: the CLI entry and every conformance module.
    expect(shipped).toContain("dist/conformance/cli/main.js");
    expect(shipped.filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))).toEqual([]);
    const fixturesReadme = readFileSync(join(unpacked, "package", "test/fixtures/README.md"), "utf8");
    expect(fixturesReadme).toMatch(/test-only/i);
    expect(fixturesReadme).toMatch(/never use them in production/i);
    const license = readFileSync(join(unpacked, "package", "LICENSE"), "utf8");
    expect(license).toMatch(/^MIT License/);
    expect(license).toContain("payscore-acquiringbank contributors");
  });

  it("ships source maps only with their sources embedded", () => {
    for (const file of shipped.filter((name) => name.endsWith(".map"))) {
      const map = JSON.parse(readFileSync(join(unpacked, "package", file), "utf8")) as { sources: string[]; sourcesContent?: (string | null)[] };
      expect(map.sourcesContent?.length, file).toBe(map.sources.length);
      expect(map.sourcesContent!.every((text) => typeof text === "string"), file).toBe(true);
    }
  });

  it("cites no internal notes in any shipped file", () => {
    const found = shipped.flatMap((file) => {
      const text = readFileSync(join(unpacked, "package", file), "utf8");
      return text.split("\n").flatMap((line, index) => (INTERNAL_CITATION.test(line) ? [`${file}:${index + 1}: ${line.trim().slice(0, 120)}`] : []));
    });
    expect(found).toEqual([]);
  });

  it("the entries load nothing from the conformance kit and need exactly the runtime dependencies", async () => {
    const installed = join(consumer, "node_modules", manifest.name);
    const exports = (JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as { exports: Record<string, string | { types: string; import: string }> }).exports;
    const entries = [".", "./jump", "./redis"].map((entry) => {
      const target = exports[entry] as { types: string; import: string };
      expect(existsSync(join(installed, target.types)), target.types).toBe(true);
      return join(installed, target.import);
    });
    expect(existsSync(join(installed, exports["./spec"] as string))).toBe(true);
    const packagesImported = new Set<string>();
    for (const entry of entries) {
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        platform: "neutral",
        format: "esm",
        mainFields: ["module", "main"],
        metafile: true,
        logLevel: "silent",
        // The Redis client is the user's (an optional peer dependency).
        external: ["redis", "@redis/*"],
      });
      const inputs = result.metafile.inputs;
      const ours = Object.keys(inputs).filter((input) => input.includes(`node_modules/${manifest.name}/`));
      expect(ours.length, entry).toBeGreaterThan(0);
      expect(ours.filter((input) => input.includes("/dist/conformance/")), entry).toEqual([]);
      for (const input of ours) {
        for (const imported of inputs[input]!.imports) {
          const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(imported.path)?.[1];
          if (name && name !== manifest.name) packagesImported.add(name);
        }
      }
    }
    // What the compiled entries import, measured: each runtime dependency is needed and none is missing.
    expect([...packagesImported].sort()).toEqual(Object.keys(manifest.dependencies).sort());
  });

  it("type-checks the README's TypeScript and the /jump entry in a strict NodeNext project (skipLibCheck off)", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    // Every example but the one that needs the optional `redis` peer, in README order (later ones use `client`).
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((block) => !/from "redis"/.test(block));
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    const source = [
      ...blocks,
      `import { compareVersion, type JumpKind } from "payscore-acquiringbank/jump";`,
      `import type { CreateServiceOrderRequest, ServiceOrder, UserPaidResource } from "payscore-acquiringbank";`,
      `const kind: JumpKind = "wxpayScoreUse";`,
      `const newer: number = compareVersion("8.0.50", "8.0.6");`,
      `const created: ServiceOrder | undefined = undefined;`,
      `const body: Pick<CreateServiceOrderRequest, "out_order_no"> = { out_order_no: "1234323JKHDFE1243252" };`,
      `const paid: UserPaidResource["state"] | undefined = undefined;`,
      // A request shaped like @types/node 26's IncomingMessage (event-map overloads of on/removeListener
      // beside the catch-all one) must fit the node:http notification listener's request type.
      `import { createNotificationNodeListener as nodeListenerForNewerTypes } from "payscore-acquiringbank";`,
      `interface NewerEvents { data: [chunk: Uint8Array]; end: []; close: []; error: [error: Error] }`,
      `interface NewerOn { <E extends keyof NewerEvents>(event: E, listener: (...args: NewerEvents[E]) => void): NewerRequest; (event: string | symbol, listener: (...args: any[]) => void): NewerRequest }`,
      `interface NewerRequest { headers: Record<string, string | string[] | undefined>; readableEnded: boolean; on: NewerOn; removeListener: NewerOn }`,
      `declare const newerRequest: NewerRequest;`,
      `const fitsListener: Parameters<ReturnType<typeof nodeListenerForNewerTypes>>[0] = newerRequest;`,
      `console.log(kind, newer, created, body, paid, fitsListener);`,
      `export {};`,
    ].join("\n");
    writeFileSync(join(consumer, "consumer.ts"), source);
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          lib: ["ES2022", "DOM", "DOM.Iterable"],
          strict: true,
          exactOptionalPropertyTypes: true,
          skipLibCheck: false,
          noEmit: true,
          types: ["node"],
          typeRoots: [join(ROOT, "node_modules", "@types")],
        },
        files: ["consumer.ts"],
      }),
    );
    const result = await inConsumer("node", [TSC, "-p", "."], 300_000).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }));
    expect(result.stdout).toBe("");
  }, 320_000);

  it("runs `npx payscore --version` and `npx payscore start` with plain Node, no tsx on PATH or installed", async () => {
    for (const dir of CONSUMER_PATH.split(delimiter)) expect(existsSync(join(dir, "tsx")), dir).toBe(false);
    expect(existsSync(join(consumer, "node_modules", "tsx"))).toBe(false);

    const version = await inConsumer("npx", ["--offline", "payscore", "--version"]);
    expect(version.stdout.trim()).toBe(manifest.version);

    const out = join(work, "reports");
    const start = await inConsumer("npx", ["--offline", "payscore", "start", "--out", out, "--no-color"], 180_000);
    expect(start.stdout).toMatch(/\d+ passed, 0 failed/);
    for (const report of ["junit.xml", "report.html", "report.json"]) expect(existsSync(join(out, report)), report).toBe(true);
  }, 200_000);
});
