/**
 * `payscore mock …`: start the mock platform (printing one access line per request), or drive a
 * running one through its HTTP control API (/mock/…).
 */
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { SPEC_INDEX } from "../../generated/spec-index.ts";
import { isLoopbackHost } from "../mock/control-access.ts";
import { FAULT_KINDS } from "../mock/faults.ts";
import type { InitialOrderState } from "../mock/rules/common.ts";
import { startMock, type AccessEntry, type MockOptions, type SigningMode } from "../mock/server.ts";
import { consoleSafe } from "../report/console.ts";
import { checkReachable, closest, defineCommand, parseFlags, portArg, positiveNumberArg, unreachableFromFetch, urlArg, UsageError, wholeNumberArg } from "./args.ts";
import type { CliIo } from "./io.ts";

/** The control URL when neither --url nor $PAYSCORE_MOCK_URL is given. */
export const DEFAULT_MOCK_URL = "http://127.0.0.1:8090";

const SERVE_USAGE = `usage: payscore mock [start] [--port N] [--host H] [--state FILE] [--notify-compress F]
                [--signing public-key|certificate] [--notify-signing public-key|certificate]
                [--initial-order-state CREATED|DOING] [--control-token TOKEN] [--accept-replays] [--quiet]
      Start the mock WeChat Pay Score (institution mode) platform and keep it running (Ctrl-C stops it).
      Default keys are the committed test fixtures: merchant 1900000109,
      serial 3775B6A45ACD588826D15E583A95F5DD7E6D2C13, WeChat Pay public key PUB_KEY_ID_0112860886012025062700111588000000.
      --port N (0-65535; 0 = any free port, the default) and --host H (default 127.0.0.1): where it listens.
      --state FILE keeps authorizations, orders, pending notifications and queued faults across restarts
          (a JSON snapshot); FILE.lock keeps a second mock off the same file. FILE's folder must exist.
      --notify-compress F divides the notification retry schedule by F (e.g. 60: 15 s becomes 0.25 s).
      --initial-order-state DOING answers a new order that waits for confirmation with DOING and no
          state_description, as the newer official page describes (default CREATED); the user still
          confirms it (confirm ORDER → DOING/USER_CONFIRM, USER_CONFIRM).
      --control-token TOKEN makes the control API (/mock/…) require "Authorization: Bearer TOKEN"; set it
          whenever --host is not a loopback address (the mock warns then). The control API always refuses
          a foreign Origin or a Host that is not an address the mock listens on (403).
      --accept-replays lets an identical signed request through again (by default a reused
          mchid + nonce_str within the timestamp window is 401 SIGN_ERROR, as on the platform); for load
          generators that resend one signed request, such as the bench's comparison with Prism.
      --quiet does not print the access line each request gets on stdout
          (METHOD PATH STATUS [ERROR_CODE] N ms; no headers, no bodies).`;

const COMMON_USAGE = `      (URL default: $PAYSCORE_MOCK_URL or ${DEFAULT_MOCK_URL}; TOKEN default: $PAYSCORE_MOCK_CONTROL_TOKEN)`;

/** The control actions: arguments, their own options, what they do. */
const ACTIONS: Record<string, { synopsis: string; about: string; options: readonly string[] }> = {
  authorize: { synopsis: "authorize CODE [--openid O] [--sub-openid O] [--user-label A|B|C]", about: "the user authorizes (USER_OPEN_SERVICE)", options: ["openid", "sub-openid", "user-label"] },
  revoke: { synopsis: "revoke CODE", about: "the user revokes (USER_CLOSE_SERVICE)", options: [] },
  confirm: { synopsis: "confirm ORDER [--openid O]", about: "the user confirms a new order (USER_CONFIRM); prints query_id", options: ["openid"] },
  pay: { synopsis: "pay ORDER [--no-prepay]", about: "the user pays in the cashier (MCH_PREPAY, USER_PAID)", options: ["no-prepay"] },
  prepay: { synopsis: "prepay ORDER", about: "MCH_PREPAY only", options: [] },
  deduct: { synopsis: "deduct ORDER [--fail]", about: "the clearing house debits the registered deduction", options: ["fail"] },
  expire: { synopsis: "expire ORDER", about: "a CREATED order passes its 30 days", options: [] },
  order: { synopsis: "order ORDER", about: "show the order's state", options: [] },
  authorization: { synopsis: "authorization CODE", about: "show the authorization's state", options: [] },
  notifications: { synopsis: "notifications [--state S] [--event-type E] [--subject S]", about: "the delivery log", options: ["state", "event-type", "subject"] },
  flush: { synopsis: "flush", about: "deliver pending notifications now", options: [] },
  fault: {
    synopsis: "fault KIND [--operation OP] [--times N] [--status S] [--delay-ms MS] [--count N] [--patch JSON]",
    about: `inject a fault; KIND: ${FAULT_KINDS.join(" | ")}
          mutate-response takes --patch '[{"op":"replace","path":"/state","value":"X"}]' and/or --status S;
          OP is an operationId or a notification event type of the spec (absent = any);
          --times N uses the fault N times (default 1; --times=-1 until cleared)`,
    options: ["operation", "times", "status", "delay-ms", "count", "patch"],
  },
  faults: { synopsis: "faults [--clear]", about: "list (or clear) injected faults", options: ["clear"] },
};

const CONTROL_OPTIONS = ["url", "mchid", "control-token"] as const;
const SERVE_OPTIONS = ["port", "host", "state", "notify-compress", "signing", "notify-signing", "initial-order-state", "control-token", "accept-replays", "quiet"] as const;
const BOOLEAN_OPTIONS = new Set(["fail", "no-prepay", "clear", "accept-replays", "quiet", "help"]);
const ALL_OPTIONS = new Set<string>([...SERVE_OPTIONS, ...CONTROL_OPTIONS, ...Object.values(ACTIONS).flatMap((a) => a.options), "help"]);
const PARSE_OPTIONS = Object.fromEntries(
  [...ALL_OPTIONS].map((name) => [name, name === "help" ? { type: "boolean" as const, short: "h" } : { type: BOOLEAN_OPTIONS.has(name) ? ("boolean" as const) : ("string" as const) }]),
);

/** `payscore mock --help`: starting the mock and every control action. */
export const MOCK_USAGE = `${SERVE_USAGE}

usage: payscore mock <action> [args] [--url URL] [--mchid M] [--control-token TOKEN]
${COMMON_USAGE}
${Object.values(ACTIONS).map((a) => `      ${a.synopsis.padEnd(66)} ${a.about}`).join("\n")}

  payscore mock <action> --help shows one action. Exit status: 0 done, 1 the mock refused the
  action, 2 bad usage or no mock at the URL.`;

/** Every value `mock fault --operation` accepts: the spec's operationIds and notification event types. */
export const FAULT_SUBJECTS: readonly string[] = [...SPEC_INDEX.operations.map((o) => o.operationId), ...SPEC_INDEX.webhooks.map((w) => w.eventType)];

/** The action named on a command line (first positional), read leniently for `--help`. */
function actionOf(argv: readonly string[]): string | undefined {
  return parseArgs({ args: [...argv], options: PARSE_OPTIONS, strict: false, allowPositionals: true }).positionals[0];
}

function usageOf(argv: readonly string[]): string {
  const action = actionOf(argv);
  if (action === "start") return SERVE_USAGE;
  const known = action === undefined ? undefined : ACTIONS[action];
  if (!known) return MOCK_USAGE;
  return `usage: payscore mock ${known.synopsis} [--url URL] [--mchid M] [--control-token TOKEN]\n      ${known.about}\n${COMMON_USAGE}`;
}

type Flags = Record<string, string | boolean | undefined>;

/** `payscore mock …`; resolves to the exit status (0 done, 1 the mock refused, 2 usage or unreachable). */
export const mockCommand = defineCommand({
  name: "mock",
  usage: usageOf,
  async run(argv, io) {
    let parsed;
    try {
      parsed = parseFlags({ args: argv, options: PARSE_OPTIONS, allowPositionals: true, tokens: true });
    } catch (error) {
      // Name the action the mistake was made in (`payscore mock fault: …`), when there is a known one.
      const named = actionOf(argv);
      if (error instanceof UsageError && named !== undefined && ACTIONS[named]) throw new UsageError(error.message, { command: `mock ${named}` });
      throw error;
    }
    const { values, positionals, tokens } = parsed;
    const flags = values as Flags;
    const [action, ...rest] = positionals;
    const serving = action === undefined || action === "start";
    const command = serving ? "mock" : `mock ${action}`;
    if (!serving && !ACTIONS[action]) {
      throw new UsageError(`unknown action '${action}'; actions: start, ${Object.keys(ACTIONS).join(", ")}`);
    }
    const allowed = new Set<string>(serving ? SERVE_OPTIONS : [...CONTROL_OPTIONS, ...ACTIONS[action]!.options]);
    for (const token of tokens) {
      if (token.kind === "option" && !allowed.has(token.name)) {
        throw new UsageError(`option '${token.rawName}' does not apply to this ${serving ? "command" : "action"}`, { command });
      }
    }
    if (serving) {
      if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}'`);
      return serve(flags, io);
    }
    try {
      return await controlAction(action, rest, flags, io);
    } catch (error) {
      if (error instanceof UsageError && error.command === undefined) throw new UsageError(error.message, { command, pointToHelp: error.pointToHelp });
      throw error;
    }
  },
});

function signingMode(value: string | boolean | undefined, flag: string): SigningMode | undefined {
  if (value === undefined) return undefined;
  if (value === "public-key" || value === "certificate") return value;
  throw new UsageError(`--${flag} must be public-key or certificate`);
}

function initialOrderState(value: string | boolean | undefined): InitialOrderState | undefined {
  if (value === undefined) return undefined;
  if (value === "CREATED" || value === "DOING") return value;
  throw new UsageError("--initial-order-state must be CREATED or DOING");
}

const text = (value: string | boolean | undefined): string | undefined => (typeof value === "string" ? value : undefined);

/** The state file's folder must exist (the snapshot and its lock are written there from the start). */
function checkStateFile(file: string): void {
  const folder = dirname(resolve(file));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    // missing
  }
  if (!isFolder) throw new UsageError(`--state: folder ${folder} does not exist (create it first)`);
}

/** `GET /v3/… 200 4 ms`: one line per request, from what `onAccess` gives (never headers or bodies). */
export function formatAccess(entry: AccessEntry): string {
  const status = entry.status === undefined ? "dropped" : String(entry.status);
  return consoleSafe(`${entry.method} ${entry.path} ${status}${entry.code ? ` ${entry.code}` : ""} ${Math.round(entry.durationMs)} ms`);
}

async function serve(flags: Flags, io: CliIo): Promise<number> {
  const options: MockOptions = {};
  const port = portArg(text(flags["port"]), "--port");
  if (port !== undefined) options.port = port;
  if (text(flags["host"]) !== undefined) options.host = text(flags["host"])!;
  const stateFile = text(flags["state"]);
  if (stateFile !== undefined) {
    checkStateFile(stateFile);
    options.stateFile = stateFile;
  }
  const compression = positiveNumberArg(text(flags["notify-compress"]), "--notify-compress");
  if (compression !== undefined) options.notifyCompression = compression;
  const signing = signingMode(flags["signing"], "signing");
  if (signing) options.defaultSigning = signing;
  const notifySigning = signingMode(flags["notify-signing"], "notify-signing");
  if (notifySigning) options.notifySigning = notifySigning;
  const initial = initialOrderState(flags["initial-order-state"]);
  if (initial) options.initialOrderState = initial;
  if (flags["control-token"] !== undefined) {
    if (flags["control-token"] === "") throw new UsageError("option '--control-token' needs a value");
    options.controlToken = text(flags["control-token"])!;
  }
  if (flags["accept-replays"] === true) options.rejectReplays = false;
  if (flags["quiet"] !== true) options.onAccess = (entry) => io.out(formatAccess(entry));
  let mock;
  try {
    mock = await startMock(options);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "EADDRINUSE") throw new UsageError(`--port: ${options.port ?? 0} is in use on ${options.host ?? "127.0.0.1"}`, { pointToHelp: false });
    if (code === "EACCES") throw new UsageError(`--port: not allowed to listen on ${options.port ?? 0}`, { pointToHelp: false });
    if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND" || code === "EAI_AGAIN") throw new UsageError(`--host: cannot listen on ${options.host}`, { pointToHelp: false });
    throw error;
  }
  if (options.host !== undefined && !isLoopbackHost(options.host)) {
    io.err(
      `warning: the mock listens on ${options.host}, beyond loopback: anyone who can reach it can use its control API` +
        (options.controlToken === undefined ? " (no --control-token is set)" : " with the control token"),
    );
  }
  io.out(`mock platform listening on ${mock.url}${options.stateFile ? ` (state: ${options.stateFile})` : " (in memory)"}${initial ? `, new orders ${initial}` : ""}`);
  io.out(`control API: ${mock.url}/mock/…  — e.g. payscore mock authorize CODE --url ${mock.url}`);
  if (options.controlToken !== undefined) io.out(`control token (Authorization: Bearer …): ${options.controlToken}`);
  await (io.untilStopped ?? untilSignal)();
  await mock.close();
  io.out("mock platform stopped");
  return 0;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

async function controlAction(action: string, args: string[], flags: Flags, io: CliIo): Promise<number> {
  const base = text(flags["url"]) !== undefined
    ? urlArg(text(flags["url"]), "--url")!
    : process.env["PAYSCORE_MOCK_URL"] ? urlArg(process.env["PAYSCORE_MOCK_URL"], "PAYSCORE_MOCK_URL")! : DEFAULT_MOCK_URL;
  const scope: Record<string, unknown> = text(flags["mchid"]) !== undefined ? { mchid: text(flags["mchid"]) } : {};
  const expected = ["authorize", "revoke", "authorization", "confirm", "pay", "prepay", "expire", "deduct", "order", "fault"].includes(action) ? 1 : 0;
  if (args.length < expected) throw new UsageError(`missing ${action === "fault" ? "KIND" : ACTIONS[action]!.synopsis.split(" ")[1]}`);
  if (args.length > expected) throw new UsageError(`unexpected argument '${args[expected]}'`);
  const id = () => encodeURIComponent(args[0]!);
  let request: { method: string; path: string; body?: Record<string, unknown> };
  switch (action) {
    case "authorize":
      request = { method: "POST", path: `authorizations/${id()}/authorize`, body: { ...scope, ...pickFlags(flags, { openid: "openid", "sub-openid": "sub_openid", "user-label": "user_label" }) } };
      break;
    case "revoke":
      request = { method: "POST", path: `authorizations/${id()}/revoke`, body: scope };
      break;
    case "authorization":
      request = { method: "GET", path: `authorizations/${id()}${query(scope)}` };
      break;
    case "confirm":
      request = { method: "POST", path: `orders/${id()}/confirm`, body: { ...scope, ...pickFlags(flags, { openid: "openid" }) } };
      break;
    case "pay":
      request = { method: "POST", path: `orders/${id()}/pay`, body: { ...scope, prepay: !flags["no-prepay"] } };
      break;
    case "prepay":
    case "expire":
      request = { method: "POST", path: `orders/${id()}/${action}`, body: scope };
      break;
    case "deduct":
      request = { method: "POST", path: `orders/${id()}/deduct`, body: { ...scope, fail: flags["fail"] === true } };
      break;
    case "order":
      request = { method: "GET", path: `orders/${id()}${query(scope)}` };
      break;
    case "notifications":
      request = { method: "GET", path: `notifications${query(pickFlags(flags, { state: "state", "event-type": "event_type", subject: "subject" }))}` };
      break;
    case "flush":
      request = { method: "POST", path: "notifications/flush" };
      break;
    case "fault":
      request = { method: "POST", path: "faults", body: faultBody(args[0]!, flags) };
      break;
    default: // "faults"
      request = { method: flags["clear"] ? "DELETE" : "GET", path: "faults" };
  }
  const token = text(flags["control-token"]) ?? process.env["PAYSCORE_MOCK_CONTROL_TOKEN"];
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  if (request.body) headers["Content-Type"] = "application/json";
  const url = `${base.replace(/\/$/, "")}/mock/${request.path}`;
  await checkReachable(base);
  let response: Response;
  try {
    response = await fetch(url, { method: request.method, headers, ...(request.body ? { body: JSON.stringify(request.body) } : {}) });
  } catch (error) {
    throw unreachableFromFetch(url, error) ?? error;
  }
  const answer = await response.text();
  let shown = answer;
  try {
    shown = JSON.stringify(JSON.parse(answer), null, 2);
  } catch {
    // not JSON: print as received
  }
  if (!response.ok) {
    io.err(`${request.method} /mock/${request.path} → ${response.status}: ${shown}`);
    return 1;
  }
  io.out(shown);
  return 0;
}

/** The body of `POST /mock/faults`; KIND and --operation are checked against the mock's kinds and the spec. */
function faultBody(kind: string, flags: Flags): Record<string, unknown> {
  if (!(FAULT_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`unknown fault kind '${kind}'; did you mean ${closest(kind, FAULT_KINDS, 2).join(" or ")}? (kinds: ${FAULT_KINDS.join(", ")})`);
  }
  const body: Record<string, unknown> = { kind };
  const operation = text(flags["operation"]);
  if (operation !== undefined) {
    if (!FAULT_SUBJECTS.includes(operation)) {
      throw new UsageError(`--operation: unknown operation '${operation}'; did you mean ${closest(operation, FAULT_SUBJECTS, 3).join(", ")}?`);
    }
    body["operation"] = operation;
  }
  const patch = text(flags["patch"]);
  if (patch !== undefined) {
    try {
      body["patch"] = JSON.parse(patch);
    } catch {
      throw new UsageError("--patch must be JSON, e.g. '[{\"op\":\"remove\",\"path\":\"/order_id\"}]'");
    }
  }
  // --times -1: until the faults are cleared.
  for (const [flag, name, min] of [["times", "times", -1], ["status", "status", 0], ["delay-ms", "delayMs", 0], ["count", "count", 0]] as const) {
    const value = wholeNumberArg(text(flags[flag]), `--${flag}`, min);
    if (value !== undefined) body[name] = value;
  }
  return body;
}

function pickFlags(flags: Flags, names: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [flag, name] of Object.entries(names)) if (typeof flags[flag] === "string") out[name] = flags[flag] as string;
  return out;
}

function query(values: Record<string, unknown>): string {
  const params = new URLSearchParams(Object.entries(values).map(([k, v]) => [k, String(v)]));
  const textValue = params.toString();
  return textValue ? `?${textValue}` : "";
}
