// The `payscore` command line's conventions, each checked by running the real CLI as a child process
// (`node --import tsx conformance/cli/main.ts …`) against loopback servers: --help on every command and
// subcommand, NO_COLOR / FORCE_COLOR, one-line usage errors (exit 2), unknown options named as such,
// bad ports and URLs, report folders checked before running, a closed port detected up front, fault
// operations checked against the spec, EPIPE, the mock's access log and its --state folder.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closest, editDistance } from "../../conformance/cli/args.ts";
import { colorDecision } from "../../conformance/cli/io.ts";
import { SPEC_INDEX } from "../../generated/spec-index.ts";
import { MCHID, MERCHANT_SERIAL, fixturePath } from "../fixtures/keys.ts";

// Each test starts Node processes (tsx compiles on start-up): generous on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ESC = "\u001b[";
/** A Node stack frame, as an uncaught error prints it. */
const STACK = /^\s+at /m;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "payscore-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The environment without colour variables (the test runner may set FORCE_COLOR), plus `extra`. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NO_COLOR: _n, FORCE_COLOR: _f, PAYSCORE_MOCK_URL: _u, ...rest } = process.env;
  return { ...rest, ...extra };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "conformance/cli/main.ts", ...args], { cwd: ROOT, env: env(extraEnv) });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A port nothing listens on: bound, read, released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const CREDENTIALS = ["--mchid", MCHID, "--serial-no", MERCHANT_SERIAL, "--private-key", fixturePath("merchantKey")];

/** A usage error: exit 2, nothing on stdout, exactly the problem line and the help pointer on stderr, no stack. */
function expectUsageError(run: Run, command: string, problem: string | RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(2);
  expect(lines[0]!.startsWith(`payscore ${command}: `)).toBe(true);
  if (typeof problem === "string") expect(lines[0]).toContain(problem);
  else expect(lines[0]).toMatch(problem);
  expect(lines[1]).toBe(`Run 'payscore ${command} --help' for usage.`);
}

describe("payscore --help and --version", () => {
  it("every command and subcommand prints its own usage to stdout and exits 0, with -h and --help", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["--help"], /^usage: payscore <command>/],
      [["start", "--help"], /^usage: payscore start /],
      [["conform", "-h"], /^usage: payscore conform /],
      [["validate", "--help"], /^usage: payscore validate /],
      [["summary", "-h"], /^usage: payscore summary/],
      [["mock", "--help"], /^usage: payscore mock \[start\]/],
      [["mock", "start", "-h"], /^usage: payscore mock \[start\]/],
      [["mock", "fault", "--help"], /^usage: payscore mock fault KIND/],
      [["mock", "authorize", "-h"], /^usage: payscore mock authorize CODE/],
      [["mock", "faults", "--url", "http://127.0.0.1:1", "--help"], /^usage: payscore mock faults \[--clear\]/],
      [["help", "conform"], /^usage: payscore conform /],
    ];
    const runs = await Promise.all(cases.map(([args]) => cli(args)));
    runs.forEach((run, i) => {
      expect(run.code, cases[i]![0].join(" ")).toBe(0);
      expect(run.stderr).toBe("");
      expect(run.stdout).toMatch(cases[i]![1]);
    });
    // A subcommand's help is that subcommand's, not the whole mock text.
    expect(runs[7]!.stdout).not.toContain("authorize CODE");
    const version = await cli(["--version"]);
    const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });
});

describe("colour: NO_COLOR, FORCE_COLOR, the terminal", () => {
  it("decides from the environment: NO_COLOR (non-empty) off, FORCE_COLOR on unless 0/false, else the TTY", () => {
    expect(colorDecision({}, true)).toBe(true);
    expect(colorDecision({}, false)).toBe(false);
    expect(colorDecision({ NO_COLOR: "1" }, true)).toBe(false);
    expect(colorDecision({ NO_COLOR: "" }, true)).toBe(true);
    expect(colorDecision({ FORCE_COLOR: "1" }, false)).toBe(true);
    expect(colorDecision({ FORCE_COLOR: "" }, false)).toBe(true);
    expect(colorDecision({ FORCE_COLOR: "0" }, true)).toBe(false);
    expect(colorDecision({ FORCE_COLOR: "false" }, true)).toBe(false);
    expect(colorDecision({ NO_COLOR: "1", FORCE_COLOR: "1" }, true)).toBe(false);
  });

  it("the console report of a real run is coloured only when asked (stdout is a pipe here)", async () => {
    const run = (extra: Record<string, string>, ...flags: string[]) =>
      cli(["start", "--only", "certificates", "--out", join(dir, `color-${Object.keys(extra).join("-")}-${flags.join("")}`), ...flags], extra);
    const [plain, forced, forcedOff, noColor, forcedFlagOff] = await Promise.all([
      run({}),
      run({ FORCE_COLOR: "1" }),
      run({ FORCE_COLOR: "0" }),
      run({ NO_COLOR: "1", FORCE_COLOR: "1" }),
      run({ FORCE_COLOR: "1" }, "--no-color"),
    ]);
    for (const r of [plain, forced, forcedOff, noColor, forcedFlagOff]) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain("✓");
    }
    expect(forced.stdout).toContain(ESC);
    expect(plain.stdout).not.toContain(ESC);
    expect(forcedOff.stdout).not.toContain(ESC);
    expect(noColor.stdout).not.toContain(ESC);
    expect(forcedFlagOff.stdout).not.toContain(ESC);
  });
});

describe("usage errors: one line and a pointer, exit 2", () => {
  it("names an unknown option as unknown and a flag without its value as such; never prints the whole help", async () => {
    const [unknown, unknownMock, missing, missingMock, notForAction, unknownCommand, dashValue] = await Promise.all([
      cli(["conform", "--foo"]),
      cli(["mock", "--foo"]),
      cli(["start", "--out"]),
      cli(["mock", "--port"]),
      cli(["mock", "pay", "ORDER1", "--fail"]),
      cli(["frobnicate"]),
      cli(["mock", "fault", "latency", "--times", "-1"]),
    ]);
    expectUsageError(dashValue, "mock fault", "option '--times' needs a value (one starting with '-' is written --times=VALUE)");
    expectUsageError(unknown, "conform", "unknown option '--foo'");
    expectUsageError(unknownMock, "mock", "unknown option '--foo'");
    expect(unknownMock.stderr).not.toContain("needs a value");
    expectUsageError(missing, "start", "option '--out' needs a value");
    expectUsageError(missingMock, "mock", "option '--port' needs a value");
    expectUsageError(notForAction, "mock pay", "option '--fail' does not apply");
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr.trimEnd().split("\n")).toEqual([
      "payscore: unknown command 'frobnicate'; commands: start, conform, validate, mock, summary",
      "Run 'payscore --help' for usage.",
    ]);
  });

  it("refuses bad ports and URLs as usage errors, without a stack", async () => {
    const [word, high, notifyPort, baseUrl, mockUrl, envUrl, notifyUrl] = await Promise.all([
      cli(["mock", "--port", "abc"]),
      cli(["mock", "--port", "70000"]),
      cli(["conform", "--base-url", "http://127.0.0.1:8090", ...CREDENTIALS, "--notify-port", "99999"]),
      cli(["conform", "--base-url", "not a url", ...CREDENTIALS]),
      cli(["mock", "faults", "--url", "127.0.0.1:8090"]),
      cli(["mock", "faults"], { PAYSCORE_MOCK_URL: "localhost" }),
      cli(["conform", "--base-url", "http://127.0.0.1:8090", ...CREDENTIALS, "--notify-url", "file:///tmp/x"]),
    ]);
    expectUsageError(word, "mock", "--port must be a port number from 0 to 65535, got 'abc'");
    expectUsageError(high, "mock", "--port must be a port number from 0 to 65535, got '70000'");
    expectUsageError(notifyPort, "conform", "--notify-port must be a port number");
    expectUsageError(baseUrl, "conform", "--base-url must be an http:// or https:// URL");
    expectUsageError(mockUrl, "mock faults", "--url must be an http:// or https:// URL");
    expectUsageError(envUrl, "mock faults", "PAYSCORE_MOCK_URL must be an http:// or https:// URL");
    expectUsageError(notifyUrl, "conform", "--notify-url must be an http:// or https:// URL");
    for (const r of [word, high, notifyPort, baseUrl, mockUrl, envUrl, notifyUrl]) expect(r.stderr).not.toMatch(STACK);
  });
});

describe("checked before anything runs", () => {
  it("--out: a missing parent folder or a parent that is a file is exit 2, before the mock starts or a scenario runs", async () => {
    const file = join(dir, "a-file");
    await writeFile(file, "not a folder");
    const [missingParent, fileParent, conformMissing] = await Promise.all([
      cli(["start", "--out", join(dir, "no-such-folder", "reports")]),
      cli(["start", "--out", join(file, "reports")]),
      cli(["conform", "--base-url", "http://127.0.0.1:8090", ...CREDENTIALS, "--out", join(dir, "nowhere", "reports")]),
    ]);
    expectUsageError(missingParent, "start", `--out: folder ${join(dir, "no-such-folder")} does not exist`);
    expectUsageError(fileParent, "start", `--out: ${file} is not a folder`);
    expectUsageError(conformMissing, "conform", `--out: folder ${join(dir, "nowhere")} does not exist`);
  });

  it("--out: a folder the file system refuses, or a folder where a report file goes, is exit 2 before the run", async () => {
    const blocked = join(dir, "blocked-reports");
    await mkdir(join(blocked, "junit.xml"), { recursive: true });
    const [reportIsFolder, readOnlyFs] = await Promise.all([
      cli(["start", "--out", blocked]),
      // /sys is mounted read-only (even for root, whom file permissions do not stop).
      cli(["start", "--out", "/sys/payscore-reports"]),
    ]);
    expectUsageError(reportIsFolder, "start", `--out: ${join(blocked, "junit.xml")} is a folder`);
    expectUsageError(readOnlyFs, "start", /--out: cannot write to \/sys\/payscore-reports \((EPERM|EROFS|EACCES)\)$/);
    for (const r of [reportIsFolder, readOnlyFs]) expect(r.stdout).not.toMatch(/passed/);
  });

  it("key files are imported before anything runs: a wrong one is a usage error naming its option", async () => {
    const shortKey = join(dir, "short-apiv3-key.txt");
    await writeFile(shortKey, "12345\n");
    const base = ["conform", "--base-url", "http://127.0.0.1:8090", "--mchid", MCHID, "--serial-no", MERCHANT_SERIAL];
    const [publicAsPrivate, shortApiV3, extraVersionArg] = await Promise.all([
      cli([...base, "--private-key", fixturePath("merchantPub"), "--out", join(dir, "keys1")]),
      cli([...base, "--private-key", fixturePath("merchantKey"), "--apiv3-key-file", shortKey, "--out", join(dir, "keys2")]),
      cli(["--version", "--bogus"]),
    ]);
    expectUsageError(publicAsPrivate, "conform", `--private-key: ${fixturePath("merchantPub")}: `);
    expectUsageError(shortApiV3, "conform", `--apiv3-key-file: ${shortKey}: `);
    expect(extraVersionArg.code).toBe(2);
    expect(extraVersionArg.stderr).toContain("--version takes no arguments");
  });

  it("a closed port is reported up front, for the target and for the mock's control URL", async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}`;
    const message = `cannot connect to ${url} (connection refused): is the mock running?`;
    const [conform, control, action] = await Promise.all([
      cli(["conform", "--base-url", url, ...CREDENTIALS, "--out", join(dir, "closed")]),
      cli(["conform", "--base-url", url, ...CREDENTIALS, "--mock-control", url, "--out", join(dir, "closed2")]),
      cli(["mock", "faults", "--url", url]),
    ]);
    for (const [run, command] of [[conform, "conform"], [control, "conform"], [action, "mock faults"]] as const) {
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`payscore ${command}: ${message}\n`);
      expect(run.stdout).not.toContain("passed");
    }
  });

  it("mock fault --operation must be an operation or event type of the spec; the nearest ids are named", async () => {
    const run = await cli(["mock", "fault", "status", "--operation", "createOrder", "--url", `http://127.0.0.1:${await closedPort()}`]);
    expectUsageError(run, "mock fault", "unknown operation 'createOrder'; did you mean createServiceOrder");
    const ids = SPEC_INDEX.operations.map((o) => o.operationId);
    expect(closest("createOrder", ids, 1)).toEqual(["createServiceOrder"]);
    expect(closest("getdeductinfo", ids, 1)).toEqual(["getDeductInfo"]);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("mock --state FILE in a folder that does not exist is refused at start (exit 2)", async () => {
    const run = await cli(["mock", "--port", "0", "--state", join(dir, "no-such-folder", "state.json")]);
    expectUsageError(run, "mock", `--state: folder ${join(dir, "no-such-folder")} does not exist`);
  });
});

describe("a reader that goes away (EPIPE)", () => {
  it("`payscore start | head -1`: exits without a stack and still writes complete reports", async () => {
    const out = join(dir, "epipe");
    const child = spawn(process.execPath, ["--import", "tsx", "conformance/cli/main.ts", "start", "--out", out], { cwd: ROOT, env: env() });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    let first = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      first += chunk;
      if (first.includes("\n")) child.stdout.destroy(); // like `head -1`
    });
    const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
    expect(first).toMatch(/^embedded mock platform on http:\/\/127\.0\.0\.1:\d+/);
    expect(stderr).not.toContain("EPIPE");
    expect(stderr).not.toMatch(STACK);
    expect(code).toBe(0);
    const report = JSON.parse(await readFile(join(out, "report.json"), "utf8")) as { cases: Array<{ status: string }> };
    expect(report.cases.length).toBeGreaterThan(20);
    expect(report.cases.every((c) => c.status === "passed")).toBe(true);
    expect((await readFile(join(out, "junit.xml"), "utf8")).trimEnd()).toMatch(/<\/testsuites>$/);
    expect((await readFile(join(out, "report.html"), "utf8")).trimEnd()).toMatch(/<\/html>$/);
  });
});

describe("the mock's access log", () => {
  /** Starts `payscore mock …`; resolves with its URL, its output so far, and a stop that resolves at exit. */
  async function startMockCli(...args: string[]) {
    const child = spawn(process.execPath, ["--import", "tsx", "conformance/cli/main.ts", "mock", "--port", "0", ...args], { cwd: ROOT, env: env() });
    const output = { stdout: "", stderr: "" };
    const waiters: Array<() => void> = [];
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      output.stdout += chunk;
      for (const wake of waiters.splice(0)) wake();
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output.stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.once("close", resolve));
    const waitFor = async (pattern: RegExp): Promise<RegExpMatchArray> => {
      for (;;) {
        const match = output.stdout.match(pattern);
        if (match) return match;
        if (child.exitCode !== null) throw new Error(`mock exited: ${output.stderr}`);
        await new Promise<void>((wake) => waiters.push(wake));
      }
    };
    const url = (await waitFor(/listening on (http:\/\/\S+)/))[1]!;
    const stop = async () => {
      child.kill("SIGTERM");
      return exited;
    };
    return { url, output, waitFor, stop };
  }

  const SECRET_SIGNATURE = "c2VjcmV0LXNpZ25hdHVyZS12YWx1ZQ==";
  const SECRET_BODY = "body-secret-4f1a";
  const forged = (url: string) =>
    fetch(`${url}/v3/payscore/acquiringbank/serviceorder`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Authorization: `WECHATPAY2-SHA256-RSA2048 mchid="${MCHID}",nonce_str="abc",signature="${SECRET_SIGNATURE}",timestamp="1",serial_no="${MERCHANT_SERIAL}"`,
      },
      body: JSON.stringify({ out_order_no: SECRET_BODY }),
    });

  it("prints one line per request (method, path, status, error code, ms) and no header or body", async () => {
    const mock = await startMockCli();
    try {
      const answer = await forged(mock.url);
      expect(answer.status).toBe(401);
      await answer.text();
      const [line] = await mock.waitFor(/^POST \/v3\/payscore\/acquiringbank\/serviceorder 401 SIGN_ERROR \d+ ms$/m);
      expect(line).toBeDefined();
      await (await fetch(`${mock.url}/mock/faults`)).text();
      await mock.waitFor(/^GET \/mock\/faults 200 \d+ ms$/m);
      await (await fetch(`${mock.url}/v3/payscore/acquiringbank/serviceorder?out_order_no=${SECRET_BODY}`)).text();
      await mock.waitFor(/^GET \/v3\/payscore\/acquiringbank\/serviceorder 401 SIGN_ERROR \d+ ms$/m);
    } finally {
      expect(await mock.stop()).toBe(0);
    }
    expect(mock.output.stdout).not.toContain(SECRET_SIGNATURE);
    expect(mock.output.stdout).not.toContain(SECRET_BODY);
    expect(mock.output.stdout).not.toContain("WECHATPAY2");
  });

  it("--quiet prints no access line", async () => {
    const mock = await startMockCli("--quiet");
    const answer = await forged(mock.url);
    expect(answer.status).toBe(401);
    await answer.text();
    expect(await mock.stop()).toBe(0);
    expect(mock.output.stdout).toContain("mock platform stopped");
    expect(mock.output.stdout).not.toMatch(/ 401 /);
  });
});
