/**
 * `payscore validate FILE [--out DIR] [--public-key ID=FILE]… [--platform-cert FILE]…`
 *
 * Checks a capture (HAR 1.2 or JSON Lines) against the spec offline, prints the console report, writes
 * JUnit XML + HTML (+ JSON) to --out (default reports/validate). Exit 0 when every exchange conforms
 * (drift allowed), 1 on any violation (or drift, with --fail-on-drift), 2 on bad usage, a file that
 * cannot be read or a report folder that cannot be written.
 */
import { readFile } from "node:fs/promises";
import { PayScoreError } from "../../src/errors.ts";
import { importCertificate, importPublicKey } from "../../src/keys.ts";
import { StaticKeySet } from "../../src/verify.ts";
import { validateCaptureFile } from "../capture.ts";
import { formatConsole } from "../report/console.ts";
import { reportFailed, type RunReport } from "../report/model.ts";
import { writeReports } from "../report/write.ts";
import { checkOutDir, defineCommand, parseFlags, UsageError } from "./args.ts";
import { colorFor } from "./io.ts";
import { formatWritten } from "./conform.ts";

/** `payscore validate --help`. */
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
  --color / --no-color     ANSI colours on the console (default: when stdout is a terminal;
                           NO_COLOR=1 turns them off, FORCE_COLOR=1 on)
  -h, --help               this text (exit 0)

exit status: 0 every exchange conforms (drift allowed), 1 any violation (or drift, with
--fail-on-drift), 2 bad usage, an unreadable file or an --out folder that cannot be written`;

/** Where `payscore validate` writes its reports without `--out`. */
export const VALIDATE_OUT = "reports/validate";

interface ValidateArgs {
  file: string;
  out: string;
  publicKeys: Array<{ id: string; file: string }>;
  platformCerts: string[];
  flags: { color?: boolean | undefined; "no-color"?: boolean | undefined };
  failOnDrift: boolean;
}

function parse(argv: string[]): ValidateArgs {
  const { values, positionals } = parseFlags({
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
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "missing FILE" : `one FILE expected, got ${positionals.length}`);
  const publicKeys = (values["public-key"] ?? []).map((spec) => {
    const eq = spec.indexOf("=");
    if (eq <= 0 || eq === spec.length - 1) throw new UsageError(`--public-key wants ID=FILE, got "${spec}"`);
    return { id: spec.slice(0, eq), file: spec.slice(eq + 1) };
  });
  const out = values.out ?? VALIDATE_OUT;
  checkOutDir(out, "--out", values.out === undefined);
  return {
    file: positionals[0]!,
    out,
    publicKeys,
    platformCerts: values["platform-cert"] ?? [],
    flags: values,
    failOnDrift: values["fail-on-drift"] === true,
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

/** `payscore validate FILE …`; resolves to the exit status. */
export const validateCommand = defineCommand({
  name: "validate",
  usage: VALIDATE_USAGE,
  async run(argv, io) {
    const args = parse(argv);
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
      if (error instanceof PayScoreError) throw error;
      throw new UsageError(isNotFound(error) ? `cannot read ${args.file}` : `cannot validate ${args.file}: ${(error as Error).name}`, { pointToHelp: false });
    }
    io.out(formatConsole(report, { color: colorFor(args.flags, io) }));
    io.out(formatWritten(await writeReports(report, args.out)));
    return reportFailed(report, { failOnDrift: args.failOnDrift }) ? 1 : 0;
  },
});

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ENOENT" || code === "EISDIR" || code === "EACCES";
}
