/**
 * `payscore mock …`: start the mock platform, or drive a running one through
 * its HTTP control API (/mock/…). Wired into conformance/cli/main.ts as the
 * `mock` command.
 */
import type { InitialOrderState } from "./rules/common.ts";
import { isLoopbackHost } from "./control-access.ts";
import { startMock, type MockOptions, type SigningMode } from "./server.ts";

export const MOCK_USAGE = `Usage:
  payscore mock [--port N] [--host H] [--state FILE] [--notify-compress F]
                [--signing public-key|certificate] [--notify-signing public-key|certificate]
                [--initial-order-state CREATED|DOING] [--control-token TOKEN] [--accept-replays]
      Start the mock WeChat Pay Score (institution mode) platform and keep it running (Ctrl-C stops it).
      Default keys are the committed test fixtures (test/fixtures/README.md): merchant 1900000109,
      serial 3775B6A45ACD588826D15E583A95F5DD7E6D2C13, WeChat Pay public key PUB_KEY_ID_0112860886012025062700111588000000.
      --state FILE keeps authorizations, orders, pending notifications and queued faults across restarts
          (a JSON snapshot); FILE.lock keeps a second mock off the same file.
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

  payscore mock <action> [args] [--url URL] [--mchid M] [--control-token TOKEN]
      (URL default: $PAYSCORE_MOCK_URL or http://127.0.0.1:8090; TOKEN default: $PAYSCORE_MOCK_CONTROL_TOKEN)
      authorize CODE [--openid O] [--sub-openid O] [--user-label A|B|C]   the user authorizes (USER_OPEN_SERVICE)
      revoke CODE                                                        the user revokes (USER_CLOSE_SERVICE)
      confirm ORDER [--openid O]                                         the user confirms a new order (USER_CONFIRM); prints query_id
      pay ORDER [--no-prepay]                                            the user pays in the cashier (MCH_PREPAY, USER_PAID)
      prepay ORDER                                                       MCH_PREPAY only
      deduct ORDER [--fail]                                              the clearing house debits the registered deduction
      expire ORDER                                                       a CREATED order passes its 30 days
      order ORDER | authorization CODE                                   show the state
      notifications [--state S] [--event-type E] [--subject S]           the delivery log
      flush                                                              deliver pending notifications now
      fault KIND [--operation OP] [--times N] [--status S] [--delay-ms MS] [--count N] [--patch JSON]
          KIND: status | latency | drop | bad-signature | stale-timestamp | unknown-serial
                | duplicate-notification | reorder-notifications | bad-tag
                | mutate-response (--patch '[{"op":"replace","path":"/state","value":"X"}]' and/or --status S)
      faults [--clear]                                                   list (or clear) injected faults
`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Resolves when the running server should stop (default: SIGINT/SIGTERM). */
  untilStopped?: () => Promise<void>;
}

const consoleIo: CliIo = { out: (text) => console.log(text), err: (text) => console.error(text) };

const BOOLEAN_FLAGS = new Set(["fail", "no-prepay", "clear", "help", "accept-replays"]);

interface Parsed {
  positional: string[];
  flags: Record<string, string | true>;
}

function parse(argv: string[]): Parsed {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    if (inline !== undefined) flags[name] = inline;
    else if (BOOLEAN_FLAGS.has(name)) flags[name] = true;
    else {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      flags[name] = value;
    }
  }
  return { positional, flags };
}

class UsageError extends Error {}

/** `payscore mock …`; returns the exit code. */
export async function mockCommand(argv: string[], io: CliIo = consoleIo): Promise<number> {
  try {
    const { positional, flags } = parse(argv);
    if (flags["help"]) {
      io.out(MOCK_USAGE);
      return 0;
    }
    const [action, ...rest] = positional;
    if (action === undefined || action === "start") return await serve(flags, io);
    return await controlAction(action, rest, flags, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${MOCK_USAGE}`);
      return 2;
    }
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

function signingMode(value: string | true | undefined, flag: string): SigningMode | undefined {
  if (value === undefined) return undefined;
  if (value === "public-key" || value === "certificate") return value;
  throw new UsageError(`--${flag} must be public-key or certificate`);
}

function initialOrderState(value: string | true | undefined): InitialOrderState | undefined {
  if (value === undefined) return undefined;
  if (value === "CREATED" || value === "DOING") return value;
  throw new UsageError("--initial-order-state must be CREATED or DOING");
}

function number(value: string | true | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new UsageError(`--${flag} must be a number`);
  return parsed;
}

async function serve(flags: Record<string, string | true>, io: CliIo): Promise<number> {
  const options: MockOptions = {};
  const port = number(flags["port"], "port");
  if (port !== undefined) options.port = port;
  if (typeof flags["host"] === "string") options.host = flags["host"];
  if (typeof flags["state"] === "string") options.stateFile = flags["state"];
  const compression = number(flags["notify-compress"], "notify-compress");
  if (compression !== undefined) options.notifyCompression = compression;
  const signing = signingMode(flags["signing"], "signing");
  if (signing) options.defaultSigning = signing;
  const notifySigning = signingMode(flags["notify-signing"], "notify-signing");
  if (notifySigning) options.notifySigning = notifySigning;
  const initial = initialOrderState(flags["initial-order-state"]);
  if (initial) options.initialOrderState = initial;
  if (flags["control-token"] !== undefined) {
    if (typeof flags["control-token"] !== "string" || flags["control-token"] === "") throw new UsageError("--control-token needs a value");
    options.controlToken = flags["control-token"];
  }
  if (flags["accept-replays"] === true) options.rejectReplays = false;
  const mock = await startMock(options);
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

async function controlAction(action: string, args: string[], flags: Record<string, string | true>, io: CliIo): Promise<number> {
  const base = (typeof flags["url"] === "string" ? flags["url"] : process.env["PAYSCORE_MOCK_URL"]) ?? "http://127.0.0.1:8090";
  const scope: Record<string, unknown> = typeof flags["mchid"] === "string" ? { mchid: flags["mchid"] } : {};
  const id = () => {
    const value = args[0];
    if (!value) throw new UsageError(`${action} needs an argument`);
    return encodeURIComponent(value);
  };
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
    case "fault": {
      const kind = args[0];
      if (!kind) throw new UsageError("fault needs a KIND");
      const body: Record<string, unknown> = { kind, ...pickFlags(flags, { operation: "operation" }) };
      if (typeof flags["patch"] === "string") {
        try {
          body["patch"] = JSON.parse(flags["patch"]);
        } catch {
          throw new UsageError("--patch must be JSON, e.g. '[{\"op\":\"remove\",\"path\":\"/order_id\"}]'");
        }
      }
      for (const [flag, name] of [["times", "times"], ["status", "status"], ["delay-ms", "delayMs"], ["count", "count"]] as const) {
        const value = number(flags[flag], flag);
        if (value !== undefined) body[name] = value;
      }
      request = { method: "POST", path: "faults", body };
      break;
    }
    case "faults":
      request = { method: flags["clear"] ? "DELETE" : "GET", path: "faults" };
      break;
    default:
      throw new UsageError(`unknown mock action "${action}"`);
  }
  const token = typeof flags["control-token"] === "string" ? flags["control-token"] : process.env["PAYSCORE_MOCK_CONTROL_TOKEN"];
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  if (request.body) headers["Content-Type"] = "application/json";
  const response = await fetch(`${base.replace(/\/$/, "")}/mock/${request.path}`, {
    method: request.method,
    headers,
    ...(request.body ? { body: JSON.stringify(request.body) } : {}),
  });
  const text = await response.text();
  let shown = text;
  try {
    shown = JSON.stringify(JSON.parse(text), null, 2);
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

function pickFlags(flags: Record<string, string | true>, names: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [flag, name] of Object.entries(names)) if (typeof flags[flag] === "string") out[name] = flags[flag] as string;
  return out;
}

function query(values: Record<string, unknown>): string {
  const params = new URLSearchParams(Object.entries(values).map(([k, v]) => [k, String(v)]));
  const text = params.toString();
  return text ? `?${text}` : "";
}
