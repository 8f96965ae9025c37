/**
 * The main job (`npm start` → `payscore start`): start the embedded mock platform on a free loopback port
 * with the committed test keys (test-only, never used with WeChat Pay), run the whole conformance suite
 * against it with our client (the mock's HTTP control interface acts as the user), print the summary and
 * where the reports are. Exit 0 when everything conforms, 1 on a violation, 2 on bad usage (including an
 * `--out` folder that cannot be written, checked before the mock starts).
 *
 * Notification retries are compressed (15 s becomes 15 ms) so a run takes about a second.
 */
import { startMock } from "../mock/server.ts";
import { fixtureCredentials } from "../runner/fixture-credentials.ts";
import { SCENARIO_IDS, type ConformOptions } from "../runner/run.ts";
import { httpMockUser } from "../runner/user.ts";
import { checkOutDir, defineCommand, parseFlags } from "./args.ts";
import { onlyFrom, runAndReport } from "./conform.ts";
import { colorFor } from "./io.ts";

/** The documented retry delays (15 s, 30 s, …) divided by this. */
export const NOTIFY_COMPRESSION = 1000;

/** Where `payscore start` writes its reports without `--out`. */
export const START_OUT = "reports/start";

/** `payscore start --help`. */
export const START_USAGE = `usage: payscore start [--out DIR] [--only NAME…] [--color | --no-color]

Starts the embedded mock platform (test keys), runs every conformance scenario against it with this
package's client, prints the summary and writes junit.xml, report.html and report.json.
  --out DIR               report folder (default ${START_OUT}); its parent folder must exist
  --only NAME             only these scenarios (repeatable or comma-separated):
                          ${SCENARIO_IDS.join(", ")}
  --color / --no-color    ANSI colours (default: when stdout is a terminal; NO_COLOR=1 turns them
                          off, FORCE_COLOR=1 on)
  -h, --help              this text (exit 0)
exit status: 0 everything conforms, 1 any violation or failed step, 2 bad usage or an --out folder
that cannot be written`;

/** `payscore start …`; resolves to the exit status. */
export const startCommand = defineCommand({
  name: "start",
  usage: START_USAGE,
  async run(argv, io) {
    const { values } = parseFlags({
      args: argv,
      options: {
        out: { type: "string" },
        only: { type: "string", multiple: true },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
    const only = onlyFrom(values);
    const out = values.out ?? START_OUT;
    checkOutDir(out, "--out", values.out === undefined);
    const mock = await startMock({ notifyCompression: NOTIFY_COMPRESSION });
    try {
      io.out(`embedded mock platform on ${mock.url} (test keys, notification retries ÷${NOTIFY_COMPRESSION})`);
      const options: ConformOptions = {
        ...fixtureCredentials(mock.url),
        user: httpMockUser(mock.url),
        title: "payscore start: conformance suite against the embedded mock",
        target: `embedded mock ${mock.url}`,
        ...(only.length ? { only } : {}),
      };
      return (await runAndReport(options, out, io, colorFor(values, io))).code;
    } finally {
      await mock.close();
    }
  },
});
