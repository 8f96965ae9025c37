/**
 * `payscore conform --base-url URL --mchid … --serial-no … --private-key FILE …`: runs the scenarios with
 * our client against a platform (the real one or a mock), shows progress, writes JUnit XML + HTML (+ JSON)
 * and exits 0 when everything conforms, 1 on any violation or failed step (or drift, with --fail-on-drift),
 * 2 on bad usage (checked before any scenario runs: options, key files, the report folder, and that the
 * platform and the mock's control interface accept connections).
 */
import { readFile } from "node:fs/promises";
import { importApiV3Key } from "../../src/aead.ts";
import { PayScoreError } from "../../src/errors.ts";
import { importCertificate, importMerchantPrivateKey, importPublicKey } from "../../src/keys.ts";
import { createProgressPrinter } from "../report/console.ts";
import { findingCounts, formatViolation, isDrift, reportFailed, summarize, type FailurePolicy, type RunReport } from "../report/model.ts";
import { writeReports, type WrittenReports } from "../report/write.ts";
import { runConformance, SCENARIO_IDS, selectScenarios, type ConformOptions } from "../runner/run.ts";
import { FEE } from "../runner/scenarios/requests.ts";
import { httpMockUser } from "../runner/user.ts";
import { checkOutDir, checkReachable, defineCommand, parseFlags, portArg, urlArg, UsageError, wholeNumberArg } from "./args.ts";
import { colorFor, type CliIo } from "./io.ts";

/** `payscore conform --help`. */
export const CONFORM_USAGE = `usage: payscore conform --base-url URL --mchid ID --serial-no SERIAL --private-key FILE [options]

Runs the conformance scenarios with this package's client against a Pay Score platform and checks
every response (status, body, signature headers) and every notification against the spec.

REAL ORDERS: without --mock-control this is not a dry run. The cancel, pay-on-delivery and
error-paths scenarios create real service orders on the platform at --base-url, under --mchid,
--sub-mchid and --service-id; the pay-on-delivery one names the --openid user and is completed for
${(FEE / 100).toFixed(2)} CNY before it is cancelled. Each flow cancels its order at its end; a flow that fails
part-way leaves its order open (its out_order_no is in the report: cancel it yourself). Use a test
service id and a test user, or --only certificates to read only.

credentials:
  --base-url URL            the platform, e.g. https://api.mch.weixin.qq.com or a mock's URL
  --mchid ID                the institution's merchant id
  --serial-no SERIAL        serial of the merchant API certificate
  --private-key FILE        the merchant API private key (apiclient_key.pem, PKCS#8 or PKCS#1)
  --public-key-id ID        WeChat Pay public key id (PUB_KEY_ID_…), with --public-key
  --public-key FILE         WeChat Pay public key (PEM)
  --platform-cert FILE      a platform certificate to trust (repeatable)
  --apiv3-key-file FILE     the APIv3 key (certificate download, notification decryption)

identifiers (default: the documentation's samples, which the mock accepts):
  --service-id ID  --appid ID  --sub-mchid ID  --channel-id ID  --openid ID

notifications:
  --notify-port N           port of the local notify endpoint (default: any free port)
  --notify-host HOST        address it listens on (default 127.0.0.1, also with --notify-url; e.g.
                            0.0.0.0 only when the tunnel or proxy is on another machine)
  --notify-url URL          the notify_url the platform is given (a tunnel or proxy to --notify-port)
  --notification-timeout-ms N   how long a step waits for a notification (default 10000)

running:
  --mock-control URL        the mock's control interface (its base URL): acts as the user
                            (authorize, confirm, pay). Without it, scenarios that need a user are skipped
                            and the others create and cancel REAL orders (see above).
  --only NAME               run only these scenarios (repeatable or comma-separated):
                            ${SCENARIO_IDS.join(", ")}
  --out DIR                 where to write junit.xml, report.html, report.json (default reports/conform)
  --fail-on-drift           also fail on drift: a key, enum value or error code the spec does not list
                            (by default drift is reported but does not fail the run)
  --color / --no-color      ANSI colours (default: when stdout is a terminal; NO_COLOR=1 turns
                            them off, FORCE_COLOR=1 on)
  -h, --help                this text (exit 0)

findings: a violation breaks a documented rule (missing field, wrong type, over a length, pattern,
undocumented status, bad signature); drift is something the spec does not list (unknown key, enum
value or error code), which the APIv3 rules tell clients to ignore.

exit status: 0 everything conforms (drift allowed), 1 any violation or failed step (or drift, with
--fail-on-drift), 2 bad usage, an unreadable file, an unwritable --out or a target that refuses
connections (all checked before any scenario runs)`;

const STRING_OPTIONS = [
  "base-url", "mchid", "serial-no", "private-key", "public-key-id", "public-key", "apiv3-key-file",
  "service-id", "appid", "sub-mchid", "channel-id", "openid",
  "notify-port", "notify-host", "notify-url", "notification-timeout-ms", "mock-control", "out",
] as const;

/** Parsed `payscore conform` flags, as `conformOptionsFrom` reads them. */
export type ConformFlags = Record<string, string | string[] | boolean | undefined>;

function parse(argv: string[]): ConformFlags {
  return parseFlags({
    args: argv,
    options: {
      ...Object.fromEntries(STRING_OPTIONS.map((name) => [name, { type: "string" as const }])),
      "platform-cert": { type: "string", multiple: true },
      only: { type: "string", multiple: true },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      "fail-on-drift": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  }).values as ConformFlags;
}

async function readText(file: string, option: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch {
    throw new UsageError(`--${option}: cannot read ${file}`);
  }
}

/**
 * Imports key material from `option`'s file now, before anything runs, so a wrong file (a public key
 * given as the private key, a 5-byte APIv3 key) is a usage error naming the option. The messages of
 * the key importers name the kind of key and the PEM label found, never the key.
 */
async function checkKey(option: string, file: string, load: () => Promise<unknown>): Promise<void> {
  try {
    await load();
  } catch (error) {
    if (error instanceof PayScoreError) throw new UsageError(`--${option}: ${file}: ${error.message}`);
    throw error;
  }
}

/** `--only` values: repeatable and comma-separated; each must name a scenario (`UsageError` listing them). */
export function onlyFrom(values: ConformFlags): string[] {
  const only = ((values["only"] as string[] | undefined) ?? []).flatMap((item) => item.split(",")).map((s) => s.trim()).filter(Boolean);
  try {
    selectScenarios(only);
  } catch (error) {
    if (error instanceof PayScoreError) throw new UsageError(error.message);
    throw error;
  }
  return only;
}

/**
 * The run's options from the command line; key files are read here (paths only in messages). Throws
 * `UsageError` for a missing credential, a malformed port, number or URL, an unreadable file or an
 * unknown scenario.
 */
export async function conformOptionsFrom(values: ConformFlags): Promise<ConformOptions> {
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const missing = ["base-url", "mchid", "serial-no", "private-key"].filter((name) => text(name) === undefined);
  if (missing.length > 0) throw new UsageError(`missing ${missing.map((m) => `--${m}`).join(", ")}`);
  if ((text("public-key-id") === undefined) !== (text("public-key") === undefined)) {
    throw new UsageError("--public-key-id and --public-key go together");
  }
  const options: ConformOptions = {
    baseUrl: urlArg(text("base-url"), "--base-url")!,
    mchid: text("mchid")!,
    merchantSerialNo: text("serial-no")!,
    merchantPrivateKey: "",
  };
  const port = portArg(text("notify-port"), "--notify-port");
  const url = urlArg(text("notify-url"), "--notify-url");
  const timeout = wholeNumberArg(text("notification-timeout-ms"), "--notification-timeout-ms");
  const control = urlArg(text("mock-control"), "--mock-control");
  const only = onlyFrom(values);
  const privateKey = await readText(text("private-key")!, "private-key");
  options.merchantPrivateKey = privateKey;
  const publicKey = text("public-key") === undefined ? undefined : await readText(text("public-key")!, "public-key");
  if (publicKey !== undefined) options.wechatpayPublicKey = { id: text("public-key-id")!, key: publicKey };
  const certs = (values["platform-cert"] as string[] | undefined) ?? [];
  if (certs.length > 0) options.platformCertificates = await Promise.all(certs.map((file) => readText(file, "platform-cert")));
  // The key file usually ends with a newline; the key itself is 32 characters without it.
  if (text("apiv3-key-file") !== undefined) options.apiV3Key = (await readText(text("apiv3-key-file")!, "apiv3-key-file")).trim();
  const ids: NonNullable<ConformOptions["ids"]> = {};
  for (const [flag, field] of [["service-id", "service_id"], ["appid", "appid"], ["sub-mchid", "sub_mchid"], ["channel-id", "channel_id"], ["openid", "openid"]] as const) {
    if (text(flag) !== undefined) ids[field] = text(flag)!;
  }
  if (Object.keys(ids).length > 0) options.ids = ids;
  // Loopback unless the address is given: anyone who can reach the port can post to it.
  const host = text("notify-host");
  options.notify = { ...(port === undefined ? {} : { port }), ...(host === undefined ? {} : { host }), ...(url === undefined ? {} : { url }) };
  await checkKey("private-key", text("private-key")!, () => importMerchantPrivateKey(privateKey));
  if (publicKey !== undefined) await checkKey("public-key", text("public-key")!, () => importPublicKey(publicKey));
  for (const [i, pem] of (options.platformCertificates ?? []).entries()) {
    await checkKey("platform-cert", certs[i]!, () => importCertificate(pem));
  }
  if (options.apiV3Key !== undefined) {
    const key = options.apiV3Key;
    await checkKey("apiv3-key-file", text("apiv3-key-file")!, () => importApiV3Key(key));
  }
  if (timeout !== undefined) options.notificationTimeoutMs = timeout;
  if (control !== undefined) options.user = httpMockUser(control);
  if (only.length > 0) options.only = only;
  return options;
}

/** After the progress lines: what was skipped and why, each failure with its findings, the summary. */
export function formatClosing(report: RunReport): string {
  const lines: string[] = [];
  const skipped = report.cases.filter((c) => c.status === "skipped" && c.skipReason !== "an earlier step failed");
  if (skipped.length > 0) {
    lines.push("", "Skipped:");
    for (const c of skipped) lines.push(`  ${c.suite}: ${c.skipReason}`);
  }
  const failed = report.cases.filter((c) => c.status === "failed");
  if (failed.length > 0) {
    lines.push("", "Failures:");
    for (const c of failed) {
      lines.push(`  ${c.suite} › ${c.name}`);
      if (c.error) lines.push(`      error: ${c.error}`);
      for (const v of c.violations) lines.push(`      • ${formatViolation(v)}`);
    }
  }
  const drifted = report.cases.filter((c) => c.status !== "failed" && c.violations.some(isDrift));
  if (drifted.length > 0) {
    lines.push("", "Drift (not in the spec; reported, not failed):");
    for (const c of drifted) {
      lines.push(`  ${c.suite} › ${c.name}`);
      for (const v of c.violations) lines.push(`      • ${formatViolation(v)}`);
    }
  }
  const s = summarize(report);
  lines.push("", `${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped (${findingCounts(s.violations, s.drift)}) in ${Math.round(report.durationMs)} ms`);
  return lines.join("\n");
}

/** The three report paths, one per line. */
export function formatWritten(files: WrittenReports): string {
  return `reports: ${files.junit}\n         ${files.html}\n         ${files.json}`;
}

/** Runs, prints progress and the closing summary, writes the reports into `out`; returns the exit status (0 or 1). */
export async function runAndReport(
  options: ConformOptions,
  out: string,
  io: CliIo,
  color: boolean,
  policy: FailurePolicy = {},
): Promise<{ code: number; report: RunReport; files: WrittenReports }> {
  const progress = createProgressPrinter((line) => io.out(line.replace(/\n$/, "")), { color });
  const report = await runConformance({ ...options, onCase: (c) => progress.caseFinished(c) });
  io.out(formatClosing(report));
  const files = await writeReports(report, out);
  io.out(formatWritten(files));
  return { code: reportFailed(report, policy) ? 1 : 0, report, files };
}

/** Where `payscore conform` writes its reports without `--out`. */
export const CONFORM_OUT = "reports/conform";

/** `payscore conform …`; resolves to the exit status (0 conforms, 1 violations, 2 usage). */
export const conformCommand = defineCommand({
  name: "conform",
  usage: CONFORM_USAGE,
  async run(argv, io) {
    const values = parse(argv);
    const options = await conformOptionsFrom(values);
    const out = (values["out"] as string | undefined) ?? CONFORM_OUT;
    checkOutDir(out, "--out", values["out"] === undefined);
    await checkReachable(options.baseUrl);
    if (values["mock-control"] !== undefined) await checkReachable(values["mock-control"] as string);
    io.out(`payscore conform → ${options.baseUrl}${options.user ? ` (user: ${options.user.description})` : ""}`);
    if (!options.user) io.out("no --mock-control: the scenarios create and cancel real orders on this platform");
    try {
      const policy = { failOnDrift: values["fail-on-drift"] === true };
      return (await runAndReport(options, out, io, colorFor(values, io), policy)).code;
    } catch (error) {
      // Bad key material is a PayScoreError (reported by defineCommand); a port in use is not.
      const code = (error as { code?: unknown }).code;
      if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") {
        throw new UsageError(`cannot listen for notifications (${String(code)})`, { pointToHelp: false });
      }
      throw error;
    }
  },
});
