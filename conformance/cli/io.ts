/**
 * The one I/O interface every `payscore` command writes through: two line writers and the colour
 * decision, so a test can run a command in-process and read what it printed.
 */

/** What a command prints to and how it decides on colour. */
export interface CliIo {
  /** Writes `text` and a newline to standard output (a closed pipe is ignored, see `processIo`). */
  out(text: string): void;
  /** Writes `text` and a newline to standard error. */
  err(text: string): void;
  /**
   * ANSI colours when the command line has neither `--color` nor `--no-color` (`colorDecision`).
   * Absent = no colour.
   */
  color?: boolean;
  /** Resolves when a long-running command (`payscore mock`) should stop. Default: SIGINT or SIGTERM. */
  untilStopped?: () => Promise<void>;
}

/**
 * Whether to colour output when the command line does not say, following the NO_COLOR convention
 * (no-color.org) and the FORCE_COLOR variable Node.js reads:
 * - `NO_COLOR` set to any non-empty value: no colour (it wins over FORCE_COLOR);
 * - else `FORCE_COLOR` set: colour, unless it is `0` or `false`;
 * - else colour only when standard output is a terminal (`isTty`).
 */
export function colorDecision(env: Readonly<Record<string, string | undefined>>, isTty: boolean): boolean {
  if ((env["NO_COLOR"] ?? "") !== "") return false;
  const force = env["FORCE_COLOR"];
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  return isTty;
}

/** `--color` / `--no-color` from parsed flags (`--no-color` wins), else `io.color`. */
export function colorFor(flags: { color?: boolean | undefined; "no-color"?: boolean | undefined }, io: CliIo): boolean {
  if (flags["no-color"]) return false;
  return flags.color ?? io.color ?? false;
}

/**
 * The process's own stdout/stderr. A reader that goes away (`payscore start | head -1`) makes the
 * next write fail with EPIPE; that stream is then treated as closed and later writes are dropped
 * quietly, so the command finishes its work (the report files are still written) and exits with its
 * own status instead of a stack trace. Other stream errors are rethrown.
 */
export function processIo(): CliIo {
  const closed = { out: false, err: false };
  const watch = (stream: NodeJS.WriteStream, which: keyof typeof closed) => {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") closed[which] = true;
      else throw error;
    });
  };
  watch(process.stdout, "out");
  watch(process.stderr, "err");
  const write = (stream: NodeJS.WriteStream, which: keyof typeof closed, text: string) => {
    if (closed[which] || stream.destroyed) return;
    stream.write(`${text}\n`);
  };
  return {
    out: (text) => write(process.stdout, "out", text),
    err: (text) => write(process.stderr, "err", text),
    color: colorDecision(process.env, process.stdout.isTTY === true),
  };
}
