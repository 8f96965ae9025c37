/**
 * The main job (`npm start` → `payscore start`): start the embedded mock platform on a free loopback port
 * with the committed test keys (test/fixtures/README.md — test-only, never used with WeChat Pay), run the
 * whole conformance suite against it with our client (the mock's HTTP control interface acts as the
 * user), print the summary and where the reports are. Exit 0 when everything conforms.
 *
 * Notification retries are compressed (15 s becomes 15 ms) so a run takes about a second.
 */
import { parseArgs } from "node:util";
import { PayScoreError } from "../src/errors.ts";
import { FIXTURE_DEFAULTS } from "./mock/keys.ts";
import { startMock } from "./mock/server.ts";
import { runAndReport, type ConformIo } from "./runner/cli.ts";
import { SCENARIO_IDS, type ConformOptions } from "./runner/run.ts";
import { httpMockUser } from "./runner/user.ts";

/** The documented retry delays (15 s, 30 s, …) divided by this. */
export const NOTIFY_COMPRESSION = 1000;

export const START_USAGE = `usage: payscore start [--out DIR] [--only NAME…] [--no-color]

Starts the embedded mock platform (test keys), runs every conformance scenario against it with this
package's client, prints the summary and writes junit.xml, report.html and report.json.
  --out DIR      report folder (default reports/start)
  --only NAME    only these scenarios: ${SCENARIO_IDS.join(", ")}
exit status: 0 everything conforms, 1 any violation or failed step`;

/** Client credentials matching the mock's defaults (the same committed test keys). */
export function fixtureCredentials(baseUrl: string): ConformOptions {
  return {
    baseUrl,
    mchid: FIXTURE_DEFAULTS.mchid,
    merchantSerialNo: FIXTURE_DEFAULTS.merchantSerial,
    merchantPrivateKey: FIXTURE_DEFAULTS.merchantPrivateKey(),
    wechatpayPublicKey: { id: FIXTURE_DEFAULTS.publicKeyId, key: FIXTURE_DEFAULTS.wechatpayPublicKey() },
    apiV3Key: FIXTURE_DEFAULTS.apiV3Key().trim(),
  };
}

const defaultIo: ConformIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  isTty: process.stdout.isTTY === true,
};

export async function startCommand(argv: string[], io: ConformIo = defaultIo): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        out: { type: "string" },
        only: { type: "string", multiple: true },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (error) {
    io.err(`payscore start: ${(error as Error).message}\n\n${START_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(START_USAGE);
    return 0;
  }
  const mock = await startMock({ notifyCompression: NOTIFY_COMPRESSION });
  try {
    io.out(`embedded mock platform on ${mock.url} (test keys, notification retries ÷${NOTIFY_COMPRESSION})`);
    const only = (values.only ?? []).flatMap((item) => item.split(",")).filter(Boolean);
    const options: ConformOptions = {
      ...fixtureCredentials(mock.url),
      user: httpMockUser(mock.url),
      title: "payscore start: conformance suite against the embedded mock",
      target: `embedded mock ${mock.url}`,
      ...(only.length ? { only } : {}),
    };
    const color = values["no-color"] ? false : (values.color ?? io.isTty ?? false);
    const { code } = await runAndReport(options, values.out ?? "reports/start", io, color);
    return code;
  } catch (error) {
    if (error instanceof PayScoreError) {
      io.err(`payscore start: ${error.message}`);
      return 2;
    }
    throw error;
  } finally {
    await mock.close();
  }
}
