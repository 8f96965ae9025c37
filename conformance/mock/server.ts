/**
 * The mock platform: a real node:http server that behaves like WeChat Pay
 * for the 13 operations of the spec. Per request:
 *
 *   route (contract.findOperation) → Authorization check (401 SIGN_ERROR) →
 *   injected fault → JSON body → request check against the spec (400
 *   PARAM_ERROR naming the field, from the contract's violation) →
 *   Wechatpay-Serial picks the signing key (400 INVALID_REQUEST for a key the
 *   platform does not have) → business rules on the state store →
 *   response signed like the platform, with Request-ID.
 *
 * Keys are imported and validators compiled once at start; the only
 * synchronous I/O on the request path is the state file, when one is given.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type { AeadKey } from "../../src/aead.ts";
import { systemClock, type Clock } from "../../src/clock.ts";
import { utf8Decode } from "../../src/encoding.ts";
import { ConfigError } from "../../src/errors.ts";
import { readHeader } from "../../src/headers.ts";
import { unescapePointer } from "../../src/json-pointer.ts";
import { setOwn } from "../../src/own-keys.ts";
import { readBody } from "../read-body.ts";
import { loadContract, type Contract, type Violation } from "../contract.ts";
import { checkAuthorization, NonceCache } from "./auth.ts";
import { handleControl, MockControl } from "./control.ts";
import { controlAccess, type AccessRefusal } from "./control-access.ts";
import { applyPatch, FaultQueue, signatureFault, type ActiveFault } from "./faults.ts";
import {
  loadApiV3Key,
  loadMerchantKeys,
  loadPlatformKeys,
  type MerchantKeyOptions,
  type MerchantKeys,
  type PlatformKeyOptions,
  type PlatformKeys,
  type SigningKey,
} from "./test-keys.ts";
import { Notifier } from "./notifications.ts";
import {
  RuleError,
  type ApiResult,
  type InitialOrderState,
  type OperationHandler,
  type OperationId,
  type OperationRequest,
  type RuleContext,
} from "./rules/common.ts";
import { HANDLERS, isOperationId } from "./rules/index.ts";
import { requestId, signatureHeaders } from "./signing.ts";
import { ERROR_MESSAGE_MAX_LENGTH, type ErrorCode } from "./spec.ts";
import { StateStore } from "./store.ts";

export type SigningMode = "public-key" | "certificate";

export interface MockOptions {
  /** Default 0 (any free port). */
  port?: number;
  /**
   * Default 127.0.0.1. The control API (/mock/…) answers only requests whose Host names an address the
   * mock listens on and that carry no foreign Origin; bound beyond loopback, set `controlToken` too.
   */
  host?: string;
  /** When set, every control request must carry `Authorization: Bearer <controlToken>` (else 401). */
  controlToken?: string;
  /** Further host names (no port) the control API answers to, besides loopback and the bound address. */
  allowedHosts?: readonly string[];
  /** mchid → merchant API certificate serial → public key. Default: the test fixture merchant 1900000109. */
  merchants?: MerchantKeyOptions;
  /** Platform signing material. Default: the test fixtures' WeChat Pay public key and platform certificate 1. */
  platform?: PlatformKeyOptions;
  /** 32-byte APIv3 key (notifications, /v3/certificates). Default: the test fixture key. */
  apiV3Key?: string | Uint8Array;
  /** How responses are signed when the request names no Wechatpay-Serial. Default: public-key when configured. */
  defaultSigning?: SigningMode;
  /** Which key signs notifications. Default: `defaultSigning`. */
  notifySigning?: SigningMode;
  /** The platform's "now" (signature timestamps, skew check, windows, times in bodies). Default: system clock. */
  clock?: Clock;
  /** Notification retry delays are divided by this. Default 1 (the documented schedule). */
  notifyCompression?: number;
  /** How long a merchant has to answer a notification. Default 5000 ms (documented 5 s). */
  notifyTimeoutMs?: number;
  /** false: notifications wait for `control.flushNotifications()`. Default true. */
  autoDeliver?: boolean;
  /** State file (a JSON snapshot, rewritten atomically after every change); absent = in memory. */
  stateFile?: string;
  /** Used to deliver notifications. Default: global fetch. */
  fetch?: typeof fetch;
  /** Default: loadContract(), the spec this package ships. */
  contract?: Contract;
  /**
   * Refuse a request whose (mchid, nonce_str) was already accepted within the timestamp window, with 401
   * SIGN_ERROR, as the platform does. Default true; false lets a load generator resend a pool of signed
   * requests.
   */
  rejectReplays?: boolean;
  /**
   * Largest request body accepted. Default 1 MiB. A larger body is refused (400) as soon as the limit is
   * passed, or at once when Content-Length says so; the rest is not read and the connection is closed.
   */
  maxBodyBytes?: number;
  /**
   * The state a new order that waits for the user's confirmation is answered with: "CREATED" (default;
   * one official page) or "DOING" without `state_description` (the newer official page). Either way
   * the user confirms it through the control interface, which moves it to DOING/USER_CONFIRM and sends
   * PAYSCORE.USER_CONFIRM. Orders created without confirmation start DOING/USER_CONFIRM in both.
   */
  initialOrderState?: InitialOrderState;
  /** Concurrent connections accepted (`server.maxConnections`); further ones are closed at once. Default 256. */
  maxConnections?: number;
  /** Time a client has to send the request headers (`server.headersTimeout`), ms; then 408 and close. Default 10 000. */
  headersTimeoutMs?: number;
  /** Time a client has to send the whole request (`server.requestTimeout`), ms; then 408 and close. Default 30 000. */
  requestTimeoutMs?: number;
  /**
   * Called once per request when its connection is done with it (answered or closed): method, path
   * (no query), status and error code. Carries no headers and no bodies, so no signatures or tokens.
   */
  onAccess?: (entry: AccessEntry) => void;
}

/** One request as `MockOptions.onAccess` sees it. */
export interface AccessEntry {
  method: string;
  /** The request target's path, without the query string. */
  path: string;
  /** The answer's HTTP status; undefined when the connection closed without one (a `drop` fault, a client gone). */
  status: number | undefined;
  /** The `code` of an error answer's body (e.g. `SIGN_ERROR`), when it has one. */
  code: string | undefined;
  /** From the request's arrival to the end of the answer, in milliseconds. */
  durationMs: number;
}

/** The error code each signed error answer carried, for the access log. */
const answeredCodes = new WeakMap<ServerResponse, string>();

export interface MockPlatform {
  /** e.g. "http://127.0.0.1:40123" (no trailing slash): the client's baseUrl. */
  readonly url: string;
  readonly port: number;
  readonly control: MockControl;
  readonly store: StateStore;
  readonly contract: Contract;
  readonly keys: PlatformKeys;
  /** Stops delivering, closes connections and the server, and closes the state store. */
  close(): Promise<void>;
}

interface Runtime {
  contract: Contract;
  merchants: MerchantKeys;
  keys: PlatformKeys;
  apiV3Key: AeadKey;
  clock: Clock;
  defaultKey: SigningKey;
  faults: FaultQueue;
  ctx: RuleContext;
  control: MockControl;
  maxBodyBytes: number;
  nonces: NonceCache | undefined;
  /** Set once the server listens (the allowed Host values depend on the bound address and port). */
  controlAccess: (headers: IncomingMessage["headers"]) => AccessRefusal | undefined;
}

export async function startMock(options: MockOptions = {}): Promise<MockPlatform> {
  const clock = options.clock ?? systemClock;
  const [merchants, keys, apiV3Key] = await Promise.all([
    loadMerchantKeys(options.merchants),
    loadPlatformKeys(options.platform),
    loadApiV3Key(options.apiV3Key),
  ]);
  const defaultSigning = options.defaultSigning ?? (keys.publicKey ? "public-key" : "certificate");
  const defaultKey = pickKey(keys, defaultSigning);
  const compression = options.notifyCompression ?? 1;
  if (!(compression > 0)) throw new RangeError("notifyCompression must be > 0");
  const initialOrderState = options.initialOrderState ?? "CREATED";
  if (initialOrderState !== "CREATED" && initialOrderState !== "DOING") throw new RangeError("initialOrderState must be CREATED or DOING");
  if (options.controlToken !== undefined && options.controlToken.length === 0) throw new RangeError("controlToken must not be empty");
  const contract = options.contract ?? loadContract();
  const store = StateStore.open(options.stateFile);
  let faults: FaultQueue;
  try {
    faults = new FaultQueue(store.getFaults(), store.file ? (state) => store.putFaults(state) : undefined);
  } catch (error) {
    store.close();
    throw error instanceof TypeError ? new ConfigError(`state file ${store.file}: a saved fault is invalid: ${error.message}`) : error;
  }
  const notifier = new Notifier({
    store,
    keys,
    apiV3Key,
    clock,
    faults,
    compression,
    signWith: options.notifySigning ?? defaultSigning,
    timeoutMs: options.notifyTimeoutMs ?? 5000,
    autoDeliver: options.autoDeliver ?? true,
    fetch: options.fetch ?? fetch,
  });
  const ctx: RuleContext = { store, clock, notifier, initialOrderState, keys, apiV3Key };
  const control = new MockControl(ctx, faults, notifier);
  const runtime: Runtime = {
    contract,
    merchants,
    keys,
    apiV3Key,
    clock,
    defaultKey,
    faults,
    ctx,
    control,
    maxBodyBytes: options.maxBodyBytes ?? 1 << 20,
    nonces: options.rejectReplays === false ? undefined : new NonceCache(),
    controlAccess: () => ({ status: 403, error: "the mock is not listening yet" }),
  };
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  if (!(headersTimeout > 0 && requestTimeout >= headersTimeout)) throw new RangeError("headersTimeoutMs must be > 0 and requestTimeoutMs ≥ headersTimeoutMs");
  const server = createServer({
    headersTimeout,
    requestTimeout,
    // How often node looks for connections past those timeouts (its default, 30 s, would outlast them).
    connectionsCheckingInterval: Math.min(1000, Math.ceil(headersTimeout / 2)),
  }, (req, res) => {
    if (options.onAccess) logAccess(req, res, options.onAccess);
    handle(runtime, req, res).catch((error: unknown) => {
      // A bug in the mock, not a platform answer: say so plainly (no secrets are in scope here).
      if (!res.headersSent) {
        res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        res.end(`mock platform internal error: ${error instanceof Error ? error.message : String(error)}`);
      } else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  server.maxConnections = options.maxConnections ?? 256;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
    });
  } catch (error) {
    store.close(); // releases the state file's lock
    throw error;
  }
  const address = server.address() as AddressInfo;
  runtime.controlAccess = controlAccess({
    address: address.address,
    port: address.port,
    ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}),
    ...(options.controlToken !== undefined ? { token: options.controlToken } : {}),
  });
  notifier.start();
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    control,
    store,
    contract,
    keys,
    close() {
      closed ??= (async () => {
        await notifier.stop();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        store.close();
      })();
      return closed;
    },
  };
}

function logAccess(req: IncomingMessage, res: ServerResponse, onAccess: (entry: AccessEntry) => void): void {
  const started = performance.now();
  res.once("close", () => {
    let path: string;
    try {
      path = new URL(req.url ?? "/", "http://mock.invalid").pathname;
    } catch {
      path = "(invalid request target)";
    }
    onAccess({
      method: req.method ?? "GET",
      path,
      status: res.headersSent ? res.statusCode : undefined,
      code: answeredCodes.get(res),
      durationMs: performance.now() - started,
    });
  });
}

function pickKey(keys: PlatformKeys, mode: SigningMode): SigningKey {
  const key = mode === "public-key" ? keys.publicKey : keys.certificates[0];
  if (!key) throw new RangeError(`signing mode ${mode} needs ${mode === "public-key" ? "a platform public key" : "a platform certificate"}`);
  return key;
}

// ---- one request ---------------------------------------------------------------------------------

async function handle(rt: Runtime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const target = req.url ?? "/";
  const method = req.method ?? "GET";
  let route: Route;
  try {
    route = routeOf(rt, method, target);
  } catch {
    return refuse(res, 400, "the request target is not a valid URL");
  }
  if (route.control) return serveControl(rt, req, res, method, target);
  const raw = hasBody(req) ? await readBody(req, rt.maxBodyBytes, { overflow: "stop" }) : EMPTY;
  // The key that signs this answer: the one the request names, else the default (migration rule).
  const requested = readHeader(req.headers, "wechatpay-serial");
  const signingKey = (requested && rt.keys.bySerial(requested)) || rt.defaultKey;
  const reply = (status: number, body?: unknown, fault?: ActiveFault) => sendSigned(rt, res, signingKey, status, body, fault);
  const error = (status: number, code: ErrorCode, message: string, detail?: Record<string, unknown>) =>
    reply(status, { code, message, ...(detail ? { detail } : {}) });

  const match = route.match;
  if (!match) return error(404, "RESOURCE_NOT_EXISTS", `no API ${method} ${route.pathname}`);
  const operationId = match.operation.operationId;

  if (raw === undefined) {
    // The rest of the body is not read: answer at once and close the connection.
    res.shouldKeepAlive = false;
    return error(400, "PARAM_ERROR", "request body too large", { location: "body", issue: `larger than ${rt.maxBodyBytes} bytes` });
  }
  let text: string;
  try {
    text = raw.length === 0 ? "" : utf8Decode(raw) // strict, and a leading BOM stays: it is part of the signed bytes;
  } catch {
    return error(400, "PARAM_ERROR", "request body is not UTF-8", { field: "/", location: "body", issue: "not valid UTF-8" });
  }
  const auth = await checkAuthorization({ method, url: target, authorization: readHeader(req.headers, "authorization"), body: text }, rt.merchants, rt.clock, rt.nonces);
  if (!auth.ok) return error(401, "SIGN_ERROR", auth.message, auth.detail);

  const fault = rt.faults.takeForResponse(operationId);
  if (fault?.kind === "latency") await sleep(fault.delayMs ?? 0);
  if (fault?.kind === "status") {
    const code = rt.contract.errorCodes(operationId, fault.status!)[0] as ErrorCode | undefined;
    return reply(fault.status!, { code: code ?? "SYSTEM_ERROR", message: `injected fault: ${fault.status}` });
  }

  let body: unknown;
  if (text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      return error(400, "PARAM_ERROR", "请求体不是合法的JSON", { field: "/", location: "body", issue: "body is not valid JSON" });
    }
  }
  if (route.repeated !== undefined) {
    const name = route.repeated;
    return error(400, "PARAM_ERROR", `参数错误: ${name} appears twice`, { field: name, location: "query", issue: "repeated query parameter" });
  }
  // Fresh copies per request: rules and checks get objects nobody else holds.
  const query = { ...route.query };
  const pathParams = { ...match.pathParams };
  const violations = rt.contract.checkRequest(operationId, { pathParams, query, headers: req.headers, body });
  if (violations.length > 0) return error(400, "PARAM_ERROR", paramMessage(violations[0]!), paramDetail(violations));

  if (requested && !rt.keys.bySerial(requested)) {
    // spec WechatpaySerialRequest: a serial the merchant does not own gives 400 INVALID_REQUEST.
    return error(400, "INVALID_REQUEST", `Wechatpay-Serial ${requested} is not a platform key of this merchant`, {
      field: "Wechatpay-Serial",
      value: requested,
      location: "header",
      issue: "unknown platform certificate serial or public key id",
    });
  }

  let result: ApiResult;
  try {
    result = await runRule(rt.ctx, operationId, { mchid: auth.mchid, pathParams, query, body });
  } catch (caught) {
    if (!(caught instanceof RuleError)) throw caught;
    result = { status: caught.status, body: { code: caught.code, message: caught.message, ...(caught.detail ? { detail: caught.detail } : {}) } };
  }
  if (fault?.kind === "mutate-response") {
    // A contract-breaking variant: the operation ran; its answer changes before it is signed.
    result = { status: fault.status ?? result.status, body: fault.patch ? applyPatch(result.body, fault.patch) : result.body };
  }
  if (fault?.kind === "drop") {
    // The operation ran; the answer is lost (the caller must retry idempotently).
    res.socket?.destroy();
    return;
  }
  return reply(result.status, result.body, fault);
}

async function sendSigned(rt: Runtime, res: ServerResponse, key: SigningKey, status: number, body: unknown, fault?: ActiveFault) {
  const text = body === undefined ? "" : JSON.stringify(body);
  const code = status >= 400 ? (body as { code?: unknown } | undefined)?.code : undefined;
  if (typeof code === "string") answeredCodes.set(res, code);
  const signed = await signatureHeaders(key, text, rt.clock, signatureFault(fault));
  // One flat [name, value, …] list: node:http writes it as given, without building a header object.
  const headers: string[] = [];
  for (const name in signed) headers.push(name, signed[name]!);
  headers.push("Request-ID", requestId());
  if (text !== "") headers.push("Content-Type", "application/json; charset=utf-8");
  headers.push("Content-Length", String(Buffer.byteLength(text)));
  res.writeHead(status, headers);
  res.end(text);
}

/** A request that passed `contract.checkRequest` for its operation, before it is given the operation's types. */
interface CheckedRequest {
  mchid: string;
  pathParams: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

/**
 * Runs the business rule of `operationId`. `contract.checkRequest` has validated path, query and body
 * against the spec that the generated `operations` types are made from, which is what lets the checked
 * request be read with the operation's types.
 */
function runRule(ctx: RuleContext, operationId: string, request: CheckedRequest): Promise<ApiResult> | ApiResult {
  if (!isOperationId(operationId)) throw new Error(`no business rule for operation ${operationId}`);
  return runTyped(ctx, operationId, request);
}

function runTyped<K extends OperationId>(ctx: RuleContext, operationId: K, request: CheckedRequest) {
  const handler: OperationHandler<K> = HANDLERS[operationId];
  return handler(ctx, request as OperationRequest<K>);
}

// ---- the control API (/mock/…) ------------------------------------------------------------------

/**
 * One control request: Host, Origin and the control token are checked first (`controlAccess`: 403/401);
 * a body must be `application/json`, at most `maxBodyBytes`, UTF-8 and a JSON
 * object; anything else answers 400 before any action runs (never the action with its defaults).
 */
async function serveControl(rt: Runtime, req: IncomingMessage, res: ServerResponse, method: string, target: string): Promise<void> {
  const refusal = rt.controlAccess(req.headers);
  if (refusal) {
    if (refusal.status === 401) res.setHeader("WWW-Authenticate", "Bearer");
    return refuse(res, refusal.status, refusal.error);
  }
  let body: unknown;
  if (hasBody(req)) {
    const mediaType = (readHeader(req.headers, "content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (mediaType !== "application/json") return refuse(res, 400, "a control request body must be application/json");
    const raw = await readBody(req, rt.maxBodyBytes, { overflow: "stop" });
    if (raw === undefined) return refuse(res, 400, `a control request body must be at most ${rt.maxBodyBytes} bytes`);
    try {
      body = JSON.parse(utf8Decode(raw));
    } catch {
      return refuse(res, 400, "a control request body must be UTF-8 JSON");
    }
  }
  const answer = await handleControl(rt.control, method, new URL(target, "http://mock.invalid"), body);
  return sendJson(res, answer.status, answer.body);
}

/** An unsigned refusal before the request was read: the connection is closed after it (the body may be unread). */
function refuse(res: ServerResponse, status: number, error: string): void {
  res.shouldKeepAlive = false;
  sendJson(res, status, { error });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body ?? null);
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": String(Buffer.byteLength(text)) });
  res.end(text);
}

/** "/body/post_payments/0/amount" → the platform's detail: field "/post_payments/0/amount", location "body". */
function paramDetail(violations: Violation[]): Record<string, unknown> {
  const [first] = violations;
  const { field, location } = fieldOf(first!.pointer);
  return {
    field,
    ...(first!.value !== undefined ? { value: first!.value } : {}),
    issue: `${first!.rule}: ${first!.message}`,
    location,
    // Every broken rule, for callers that fix them all at once.
    violations: violations.map((v) => ({ ...fieldOf(v.pointer), rule: v.rule, issue: v.message })),
  };
}

function fieldOf(pointer: string): { field: string; location: string } {
  const [, part = "", ...rest] = pointer.split("/");
  const unescaped = rest.map(unescapePointer);
  if (part === "body") return { field: `/${rest.join("/")}`, location: "body" };
  if (part === "headers") return { field: unescaped.join("/"), location: "header" };
  return { field: unescaped.join("/") || part, location: part };
}

function paramMessage(violation: Violation): string {
  const { field } = fieldOf(violation.pointer);
  // Cut by characters (code points), as the spec's maxLength counts them.
  return Array.from(`参数错误: ${field} ${violation.message}`).slice(0, ERROR_MESSAGE_MAX_LENGTH).join("");
}

// ---- routing, once per distinct request target ------------------------------------------------------

interface Route {
  /** A /mock/ control request (unsigned, not an API call). */
  control: boolean;
  /** WHATWG-parsed path, as findOperation matched it. */
  pathname: string;
  match: ReturnType<Contract["findOperation"]>;
  /** Query parameters by name (values percent-decoded); copy before use. */
  query: Readonly<Record<string, string>>;
  /** A query parameter sent twice (refused with PARAM_ERROR), if any. */
  repeated?: string;
}

/** Bound on remembered targets (a memory cap: clients polling an order send the same target again and again). */
const ROUTE_CACHE_ENTRIES = 1024;
const routes = new WeakMap<Runtime, Map<string, Route>>();

/**
 * The target parsed (WHATWG URL), routed (contract.findOperation) and its query read — a pure function
 * of method + raw target, so it is worked out once per distinct target and remembered. Nothing that
 * depends on headers, body, keys, faults or state is cached: Authorization, contract checks, rules and
 * the signature still run on every request.
 */
function routeOf(rt: Runtime, method: string, target: string): Route {
  let cache = routes.get(rt);
  if (!cache) routes.set(rt, (cache = new Map()));
  const key = `${method} ${target}`;
  let route = cache.get(key);
  if (!route) {
    const url = new URL(target, "http://mock.invalid");
    const control = url.pathname === "/mock" || url.pathname.startsWith("/mock/");
    const query: Record<string, string> = {};
    let repeated: string | undefined;
    for (const [name, value] of url.searchParams) {
      if (Object.hasOwn(query, name)) {
        repeated ??= name;
        continue;
      }
      setOwn(query, name, value); // a parameter named __proto__ stays a parameter
    }
    const match = control ? undefined : rt.contract.findOperation(method, url.pathname);
    if (match) Object.freeze(match.pathParams);
    route = { control, pathname: url.pathname, match, query: Object.freeze(query), ...(repeated !== undefined ? { repeated } : {}) };
    if (cache.size >= ROUTE_CACHE_ENTRIES) cache.clear();
    cache.set(key, route);
  }
  return route;
}

const EMPTY = new Uint8Array(0);

/**
 * RFC 9112 §6.3: a request with neither Content-Length nor Transfer-Encoding has no body (node's parser
 * reads it the same way), so there is nothing to wait for; node drops the empty stream after the answer.
 */
function hasBody(req: IncomingMessage): boolean {
  const length = readHeader(req.headers, "content-length");
  return readHeader(req.headers, "transfer-encoding") !== undefined || (length !== undefined && length !== "0");
}


