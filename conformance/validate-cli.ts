/**
 * `payscore validate FILE [--out DIR] [--public-key ID=FILE]… [--platform-cert FILE]…`
 *
 * Checks a capture (HAR 1.2 or JSON Lines) against the spec offline, prints the console report, writes
 * JUnit XML + HTML (+ JSON) to --out (default reports/validate). Exit 0 when every exchange conforms
 * (drift allowed), 1 on any violation (or drift, with --fail-on-drift), 2 on bad usage or a file that
 * cannot be read.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { PayScoreError } from "../src/errors.js";
import { importCertificate, importPublicKey } from "../src/keys.js";
import { StaticKeySet } from "../src/verify.js";
import { validateCaptureFile } from "./capture.js";
import { formatConsole } from "./report/console.js";
import { reportFailed, type RunReport } from "./report/model.js";
import { writeReports } from "./report/write.js";

export const VALIDATE_USAGE = `usage: payscore validate FILE [options]

Checks a capture of Pay Score traffic against the spec, offline.
FILE is a HAR 1.2 file or JSON Lines of {method, url, status, headers, body}
(optional per line: requestHeaders, requestBody, time).

options:
  --out DIR                where to write junit.xml, report.html, report.json (default reports/validate)
  --public-key ID=FILE     verify response signatures with a WeChat Pay public key (PEM), e.g.
                           --public-key PUB_KEY_ID_0112…=pub_key.pem (repeatable)
  --platform-cert FILE     verify with a platform certificate (PEM); its serial is read from it (repeatable)
  --fail-on-drift          also fail on drift: a key, enum value or error code the spec does not list
  --color / --no-color     ANSI colours on the console (default: when stdout is a terminal)
  -h, --help               this text

exit status: 0 every exchange conforms (drift allowed), 1 any violation (or drift, with
--fail-on-drift), 2 bad usage or unreadable file`;

export interface ValidateIo {
  out(text: string): void;
  err(text: string): void;
  /** Default for --color. */
  isTty?: boolean;
}

const defaultIo: ValidateIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  isTty: process.stdout.isTTY === true,
};

class UsageError extends Error {}

interface ValidateArgs {
  file: string;
  out: string;
  publicKeys: Array<{ id: string; file: string }>;
  platformCerts: string[];
  color: boolean | undefined;
  failOnDrift: boolean;
  help: boolean;
}

function parse(argv: string[]): ValidateArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        "public-key": { type: "string", multiple: true },
        "platform-cert": { type: "string", multiple: true },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        "fail-on-drift": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { file: "", out: "", publicKeys: [], platformCerts: [], color: undefined, failOnDrift: false, help: true };
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "missing FILE" : `one FILE expected, got ${positionals.length}`);
  const publicKeys = (values["public-key"] ?? []).map((spec) => {
    const eq = spec.indexOf("=");
    if (eq <= 0 || eq === spec.length - 1) throw new UsageError(`--public-key wants ID=FILE, got "${spec}"`);
    return { id: spec.slice(0, eq), file: spec.slice(eq + 1) };
  });
  return {
    file: positionals[0]!,
    out: values.out ?? "reports/validate",
    publicKeys,
    platformCerts: values["platform-cert"] ?? [],
    color: values["no-color"] ? false : values.color,
    failOnDrift: values["fail-on-drift"] === true,
    help: false,
  };
}

/** Imports the given keys; a file that does not read or parse is a usage problem (exit 2), named by path. */
async function loadKeys(args: ValidateArgs): Promise<StaticKeySet | undefined> {
  if (args.publicKeys.length === 0 && args.platformCerts.length === 0) return undefined;
  const keys = new StaticKeySet();
  for (const { id, file } of args.publicKeys) {
    keys.add(id, await importPublicKey(await readKeyFile(file, "--public-key")));
  }
  for (const file of args.platformCerts) {
    const cert = await importCertificate(await readKeyFile(file, "--platform-cert"));
    keys.add(cert.serialNo, cert.key);
  }
  return keys;
}

async function readKeyFile(file: string, option: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch {
    throw new UsageError(`${option}: cannot read ${file}`);
  }
}

export async function validateCommand(argv: string[], io: ValidateIo = defaultIo): Promise<number> {
  let args: ValidateArgs;
  try {
    args = parse(argv);
  } catch (error) {
    io.err(`payscore validate: ${(error as Error).message}\n\n${VALIDATE_USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(VALIDATE_USAGE);
    return 0;
  }
  const startedAt = new Date();
  const started = performance.now();
  let report: RunReport;
  try {
    const keys = await loadKeys(args);
    const { capture, cases } = await validateCaptureFile(args.file, keys ? { keys } : {});
    report = {
      title: `payscore validate (${capture.format === "har" ? "HAR" : "JSON Lines"}, ${capture.exchanges.length} exchange${capture.exchanges.length === 1 ? "" : "s"})`,
      target: args.file,
      startedAt: startedAt.toISOString(),
      durationMs: performance.now() - started,
      cases,
    };
  } catch (error) {
    // Our own typed errors (bad capture, bad key file) carry safe messages; anything else is named only.
    const message = error instanceof UsageError || error instanceof PayScoreError
      ? error.message
      : isNotFound(error) ? `cannot read ${args.file}` : `cannot validate ${args.file}: ${(error as Error).name}`;
    io.err(`payscore validate: ${message}`);
    return 2;
  }
  io.out(formatConsole(report, { color: args.color ?? io.isTty ?? false }));
  const files = await writeReports(report, args.out);
  io.out(`reports: ${files.junit}\n         ${files.html}\n         ${files.json}`);
  return reportFailed(report, { failOnDrift: args.failOnDrift }) ? 1 : 0;
}

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ENOENT" || code === "EISDIR" || code === "EACCES";
}
