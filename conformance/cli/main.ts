/**
 * `payscore <command>`: the project's command line and its single entry point — the main job (`start`),
 * the mock platform, the conformance runner, the offline capture check, and a summary of what the
 * contract covers. Each command lives in its own file here; `args.ts` and `io.ts` hold what they share.
 *
 * Conventions: `--help`/`-h` on every command (stdout, exit 0), `--version`; a usage error is one line
 * `payscore <command>: <problem>` and a pointer to `--help` on stderr, exit 2; exit 1 means violations
 * found (conform, start, validate) or a refused mock action.
 */
import { reportUsageError, UsageError, type Command } from "./args.ts";
import { processIo, type CliIo } from "./io.ts";
import { packageVersion } from "../package-files.ts";

/** Each command's module is loaded only when it runs (so `--version` and usage errors answer at once). */
const commands: Record<string, { about: string; load: () => Promise<{ run: Command; usage: string }> }> = {
  start: {
    about: "start the embedded mock and run the whole conformance suite against it (npm start)",
    load: async () => import("./start.ts").then((m) => ({ run: m.startCommand, usage: m.START_USAGE })),
  },
  conform: {
    about: "run the conformance scenarios against a platform",
    load: async () => import("./conform.ts").then((m) => ({ run: m.conformCommand, usage: m.CONFORM_USAGE })),
  },
  validate: {
    about: "check a HAR / JSON Lines capture against the spec, offline",
    load: async () => import("./validate.ts").then((m) => ({ run: m.validateCommand, usage: m.VALIDATE_USAGE })),
  },
  mock: {
    about: "start the mock platform, or act on a running one (user, faults)",
    load: async () => import("./mock.ts").then((m) => ({ run: m.mockCommand, usage: m.MOCK_USAGE })),
  },
  summary: {
    about: "print what the contract covers (operations, notifications, jumps)",
    load: async () => import("./summary.ts").then((m) => ({ run: m.summaryCommand, usage: m.SUMMARY_USAGE })),
  },
};

function help(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  return [
    "usage: payscore <command> [options]     (payscore <command> --help for its options)",
    "       payscore --version",
    "",
    "commands:",
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.about}`),
    `  ${"help".padEnd(width)}  this text, or \`payscore help <command>\``,
    "",
    "Colours: NO_COLOR=1 turns them off, FORCE_COLOR=1 on (default: when stdout is a terminal).",
  ].join("\n");
}

/** Runs `payscore` with `argv` (the arguments after the program); resolves to the exit status. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name = "help", ...args] = argv;
  if (name === "--version" || name === "-v" || name === "version") {
    if (args.length > 0) {
      reportUsageError(io, "", new UsageError(`--version takes no arguments (got '${args[0]}')`));
      return 2;
    }
    io.out(packageVersion());
    return 0;
  }
  if (name === "help" || name === "--help" || name === "-h") {
    const topic = args[0];
    if (topic === undefined) {
      io.out(help());
      return 0;
    }
    const command = commands[topic];
    if (!command) {
      reportUsageError(io, "help", new UsageError(`unknown command '${topic}'`));
      return 2;
    }
    io.out((await command.load()).usage);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    const problem = name.startsWith("-") ? `unknown option '${name}'` : `unknown command '${name}'`;
    reportUsageError(io, "", new UsageError(`${problem}; commands: ${Object.keys(commands).join(", ")}`));
    return 2;
  }
  return (await command.load()).run(args, io);
}

process.exitCode = await main(process.argv.slice(2), processIo());
