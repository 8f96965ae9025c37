/**
 * What every `payscore` command shares on its command line: strict `node:util` `parseArgs` with
 * messages that name the option, the one `UsageError`, checks of ports, URLs and report folders made
 * before anything runs, and the wrapper that turns a usage error into two lines on stderr and exit 2.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { dirname, join, resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { PayScoreError } from "../../src/errors.ts";
import { isLoopbackHost } from "../mock/control-access.ts";
import { processIo, type CliIo } from "./io.ts";

/**
 * A command line the command cannot run with: an unknown option, a missing or malformed value, a
 * folder that cannot be written, a target that cannot be reached. The dispatcher prints
 * `payscore <command>: <message>`, then (when `pointToHelp`) `Run 'payscore <command> --help' for
 * usage.`, and exits 2. Messages name the option and never include a key's contents.
 */
export class UsageError extends PayScoreError {
  override name = "UsageError";
  /** Whether the help pointer line follows (false for problems no option fixes, such as a closed port). */
  readonly pointToHelp: boolean;
  /** A subcommand that raised it (e.g. `mock fault`), when it is not the command being run. */
  readonly command: string | undefined;
  constructor(message: string, options: { pointToHelp?: boolean; command?: string } = {}) {
    super(message);
    this.pointToHelp = options.pointToHelp ?? true;
    this.command = options.command;
  }
}

/**
 * `parseArgs` in strict mode; its errors become `UsageError`s worded `unknown option '--foo'`,
 * `option '--out' needs a value`, `option '--help' takes no value`, `unexpected argument 'x'`.
 */
export function parseFlags<const T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T & { strict: true }>> {
  try {
    return parseArgs({ ...config, strict: true });
  } catch (error) {
    throw usageFromParseError(error);
  }
}

function usageFromParseError(error: unknown): UsageError {
  const { code, message } = error as { code?: string; message: string };
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? "";
  const option = /--[^\s=<,]+/.exec(quoted)?.[0] ?? /-[^\s=<,]+/.exec(quoted)?.[0] ?? quoted;
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(`unknown option '${option}'`);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/does not take an argument/.test(message)) return new UsageError(`option '${option}' takes no value`);
      // parseArgs will not take a value starting with "-" after a space ("--times -1"): say how to write it.
      if (/ambiguous/.test(message)) return new UsageError(`option '${option}' needs a value (one starting with '-' is written ${option}=VALUE)`);
      return new UsageError(`option '${option}' needs a value`);
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new UsageError(`unexpected argument '${quoted}'`);
    default:
      return new UsageError(message);
  }
}

/** True when `-h` or `--help` comes before any `--` (help is shown even beside other mistakes). */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === "--") return false;
    if (arg === "-h" || arg === "--help") return true;
  }
  return false;
}

/** A TCP port, 0 (any free port) through 65535, written in decimal digits; else `UsageError` naming `flag`. */
export function portArg(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(`${flag} must be a port number from 0 to 65535, got '${value}'`);
  return port;
}

/** A whole number ≥ `min` (default 0), in decimal digits (a leading `-` when `min` < 0); else `UsageError` naming `flag`. */
export function wholeNumberArg(value: string | undefined, flag: string, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = (min < 0 ? /^-?\d+$/ : /^\d+$/).test(value) ? Number(value) : Number.NaN;
  if (!(Number.isSafeInteger(n) && n >= min)) throw new UsageError(`${flag} must be a whole number${min !== 0 ? ` ≥ ${min}` : ""}, got '${value}'`);
  return n;
}

/** A finite number > 0; else `UsageError` naming `flag`. */
export function positiveNumberArg(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = value.trim() === "" ? Number.NaN : Number(value);
  if (!(Number.isFinite(n) && n > 0)) throw new UsageError(`${flag} must be a number greater than 0, got '${value}'`);
  return n;
}

/**
 * An absolute `http:` or `https:` URL; else `UsageError` naming `flag` (the value is not repeated: a
 * URL may carry credentials).
 */
export function urlArg(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${flag} must be an http:// or https:// URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UsageError(`${flag} must be an http:// or https:// URL`);
  return value;
}

/** The files a run writes into its report folder (conformance/report/write.ts). */
const REPORT_FILES = ["junit.xml", "report.html", "report.json"] as const;

/**
 * Checks, before anything runs, that the report folder `dir` can be written, by doing it: missing
 * folders are created one level at a time (a recursive mkdir never returns under /proc), a probe
 * file is written, then the probe and the folders it created are removed; none of the report files'
 * names may be a folder. A missing parent is refused unless `createParents` (a command's default
 * folder). Throws `UsageError` naming `flag` and the folder, so a read-only file system or a
 * permission problem is exit 2 before the run, not a lost report after it.
 */
export function checkOutDir(dir: string, flag: string, createParents = false): void {
  const target = resolve(dir);
  const stat = (path: string) => {
    try {
      return statSync(path);
    } catch {
      return undefined;
    }
  };
  const missing: string[] = [];
  let existing = target;
  while (!stat(existing) && dirname(existing) !== existing) {
    missing.unshift(existing);
    existing = dirname(existing);
  }
  if (missing.length > 1 && !createParents) throw new UsageError(`${flag}: folder ${dirname(target)} does not exist (create it first)`);
  if (!stat(existing)?.isDirectory()) throw new UsageError(`${flag}: ${existing} is not a folder`);
  const created: string[] = [];
  try {
    for (const folder of missing) {
      mkdirSync(folder);
      created.unshift(folder);
    }
    const probe = join(target, `.payscore-write-check-${process.pid}`);
    writeFileSync(probe, "");
    rmSync(probe);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new UsageError(`${flag}: cannot write to ${target}${typeof code === "string" ? ` (${code})` : ""}`);
  } finally {
    // The check leaves nothing behind: the reports create the folder when there is something to write.
    for (const folder of created) rmSync(folder, { recursive: true, force: true });
  }
  for (const name of REPORT_FILES) {
    if (stat(join(target, name))?.isDirectory()) throw new UsageError(`${flag}: ${join(target, name)} is a folder`);
  }
}

/** How long `checkReachable` waits for a TCP connection. */
export const CONNECT_TIMEOUT_MS = 5000;

/**
 * Opens (and closes) a TCP connection to `url`'s host and port, so an unreachable target is reported
 * before anything runs: `cannot connect to http://127.0.0.1:8090 (connection refused): is the mock
 * running?` as a `UsageError` without the help pointer. `hint` ends the message (default: the mock
 * question for loopback addresses, nothing else).
 */
export async function checkReachable(url: string, hint?: string): Promise<void> {
  const target = new URL(url);
  const host = target.hostname.replace(/^\[(.*)\]$/, "$1");
  const port = Number(target.port || (target.protocol === "https:" ? 443 : 80));
  const failure = await new Promise<string | undefined>((done) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      done(`no answer in ${CONNECT_TIMEOUT_MS / 1000} s`);
    }, CONNECT_TIMEOUT_MS);
    socket.once("connect", () => {
      clearTimeout(timer);
      socket.destroy();
      done(undefined);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      done(connectProblem(error));
    });
  });
  if (failure !== undefined) throw unreachable(target, failure, hint);
}

/**
 * The `UsageError` for a request to `url` that failed before an answer (fetch's `TypeError` with a
 * `cause` carrying the socket's code); undefined for any other error.
 */
export function unreachableFromFetch(url: string, error: unknown, hint?: string): UsageError | undefined {
  const cause = (error as { cause?: NodeJS.ErrnoException } | null)?.cause;
  if (!(error instanceof TypeError) || !(cause instanceof Error)) return undefined;
  return unreachable(new URL(url), typeof cause.code === "string" ? connectProblem(cause) : cause.message, hint);
}

function unreachable(target: URL, problem: string, hint: string | undefined): UsageError {
  const question = hint ?? (isLoopbackHost(target.hostname) ? "is the mock running?" : undefined);
  return new UsageError(`cannot connect to ${target.origin} (${problem})${question ? `: ${question}` : ""}`, { pointToHelp: false });
}

function connectProblem(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ECONNREFUSED":
      return "connection refused";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "host not found";
    case "ETIMEDOUT":
      return "timed out";
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return "host unreachable";
    case "ECONNRESET":
      return "connection reset";
    default:
      return error.code ?? "connection failed";
  }
}

/** Levenshtein distance (insertions, deletions, substitutions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[t.length]!;
}

/** The `count` candidates nearest to `word` by `editDistance`, nearest first (ties keep their order). */
export function closest(word: string, candidates: readonly string[], count = 3): string[] {
  return candidates
    .map((candidate, index) => ({ candidate, index, distance: editDistance(word, candidate) }))
    .sort((x, y) => x.distance - y.distance || x.index - y.index)
    .slice(0, count)
    .map((c) => c.candidate);
}

/** A command: `run` gets the arguments after its name; `usage(argv)` is its help text (to stdout on `--help`). */
export interface CommandDefinition {
  /** As typed after `payscore`, e.g. `conform`. */
  name: string;
  usage: string | ((argv: readonly string[]) => string);
  run(argv: string[], io: CliIo): Promise<number> | number;
}

/** A command as the dispatcher and tests call it: returns the exit status. */
export type Command = (argv: string[], io?: CliIo) => Promise<number>;

let defaultIo: CliIo | undefined;

/**
 * Wraps a command with the conventions every command shares: `-h`/`--help` prints its usage to stdout
 * (exit 0); a `UsageError` prints `payscore <name>: <problem>` and the help pointer to stderr (exit 2);
 * any other `PayScoreError` prints `payscore <name>: <message>` (exit 2). Other errors propagate.
 * `io` defaults to the process's own streams (`processIo`).
 */
export function defineCommand(definition: CommandDefinition): Command {
  return async (argv, io = (defaultIo ??= processIo())) => {
    if (wantsHelp(argv)) {
      io.out(typeof definition.usage === "string" ? definition.usage : definition.usage(argv));
      return 0;
    }
    try {
      return await definition.run(argv, io);
    } catch (error) {
      if (error instanceof UsageError) {
        reportUsageError(io, error.command ?? definition.name, error);
        return 2;
      }
      // Our typed errors (bad key material, a state file in use…) carry safe, complete messages.
      if (error instanceof PayScoreError) {
        io.err(`payscore ${definition.name}: ${error.message}`);
        return 2;
      }
      throw error;
    }
  };
}

/** Prints a usage error: one line naming the command, then the help pointer when it applies. */
export function reportUsageError(io: CliIo, command: string, error: UsageError): void {
  const prefix = command ? `payscore ${command}` : "payscore";
  io.err(`${prefix}: ${error.message}`);
  if (error.pointToHelp) io.err(`Run '${prefix} --help' for usage.`);
}
