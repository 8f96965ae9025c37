/**
 * The signed transport: sign → send → read → verify → (retry), once per
 * attempt. Every call reaches the platform through it, whether built
 * directly (src/client/request.ts) or by openapi-fetch as its `fetch`. Signing
 * lives here rather than in an openapi-fetch onRequest hook because that runs
 * once per call, while every attempt needs a fresh nonce and timestamp (the
 * platform refuses a replayed Authorization); verification lives here so
 * that no middleware ordering can let an unverified body through.
 *
 * Signed URL: the request-target actually sent (pathname + search of the
 * final URL), because that is what the receiving server rebuilds the message
 * from (WeChat Pay APIv3 signature rules: the URL line is the request's
 * absolute URL without scheme and host, query string included). A `baseUrl`
 * with a path prefix (`https://proxy/wx`) is therefore signed *with* its
 * prefix; a proxy that strips the prefix before forwarding to WeChat would
 * break the signature and is not supported.
 */
import type { Clock } from "../clock.js";
import {
  InvalidResponseError,
  PayScoreError,
  RequestFailedError,
  SignatureVerificationError,
  WechatPayError,
  type ExchangeContext,
  type RequestFailureReason,
  withAttempts,
  withExchange,
} from "../errors.js";
import type { NonceSource } from "../nonce.js";
import { type Signer, authorizationHeader, buildRequestMessage } from "../sign.js";
import { unixSeconds } from "../clock.js";
import { WECHATPAY_HEADERS, type VerificationKeySource, type VerifiedSignature, verifySignature } from "../verify.js";
import { ResponseNonceCache, checkBinding, requestIdentity } from "./binding.js";
import { readBodyText } from "./response-body.js";
import { type RetryPolicy, backoffDelay, isRetryableStatus, isSafeMethod, mayHaveReachedPlatform, retryAfterMs } from "./retry.js";
import type { ResponseValidator } from "./validation.js";

/** A response whose body was read once, with what the transport learned about it. */
export interface RawResponse {
  /** The response as received; its body has been read (into `body`). */
  readonly response: Response;
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  /** The body exactly as received (and, when `signed`, as verified). */
  readonly body: string;
  /** `body` parsed once as JSON (undefined for an empty body or non-JSON error bodies). */
  readonly json: unknown;
  readonly requestId: string | undefined;
  /** True when the Wechatpay-* signature over `body` verified. */
  readonly signed: boolean;
}

export interface TransportConfig {
  readonly signer: Signer;
  readonly clock: Clock;
  readonly nonce: NonceSource;
  /**
   * Sends one attempt. Called with (URL, init) rather than a Request, so the
   * global fetch builds the only Request of the attempt (fetch(request)
   * would copy it, signal listeners and all).
   */
  readonly fetch: (url: URL, init: RequestInit) => Promise<Response>;
  /** Without trailing slash; openapi-fetch builds URLs as baseUrl + path. */
  readonly baseUrl: string;
  /** Without trailing slash; attempts after a network failure go here (and back). */
  readonly backupBaseUrl: string | undefined;
  readonly retry: RetryPolicy;
  readonly attemptTimeoutMs: number;
  readonly deadlineMs: number;
  readonly maxResponseBytes: number;
  readonly maxSkewSeconds: number;
  readonly userAgent: string;
  readonly validate: ResponseValidator;
}

export interface SendOptions {
  /** Keys for verifying responses. */
  readonly keys: VerificationKeySource;
  /**
   * False only for the certificate download, whose 2xx the certificate
   * manager verifies itself (with the certificates inside it, after
   * decryption). Non-2xx answers with signature headers are always verified.
   */
  readonly verifySuccess: boolean;
  /** The `Wechatpay-Serial` to ask the platform to sign with (undefined: send none). */
  readonly serial: () => string | undefined | Promise<string | undefined>;
  /** Why a serial is unknown (e.g. the certificate download failed), attached as `cause`. */
  readonly unknownSerialCause?: () => unknown;
}

const SIGNATURE_HEADER_NAMES = Object.values(WECHATPAY_HEADERS);
const REQUEST_ID = "Request-ID";
/** `Wechatpay-Serial` as a key of `Outgoing.headers` (lower case). */
const SERIAL_HEADER = WECHATPAY_HEADERS.serial.toLowerCase();

/**
 * One call (built in src/client/request.ts): the body is already text,
 * because every attempt sends and signs these same bytes, so there is no
 * stream to read once and no Request to build twice.
 */
export interface Outgoing {
  readonly method: string;
  /** The path template the call was made with, e.g. `/v3/…/serviceorder/{out_order_no}/cancel`: it names the operation. */
  readonly template: string;
  /** The final URL: baseUrl + the template with its parameters filled in + query. */
  readonly url: string;
  /**
   * The call's own headers, names in lower case (as a Headers object lists them), built once per
   * call; each attempt sends them with its own Authorization, Accept, User-Agent and, unless given
   * here, Wechatpay-Serial.
   */
  readonly headers: Readonly<Record<string, string>>;
  /** The exact body text; undefined when the call has no body. */
  readonly body: string | undefined;
  /** The caller's signal, if any. */
  readonly signal: AbortSignal | undefined;
}

export type Transport = (call: Outgoing, options: SendOptions) => Promise<RawResponse>;

/**
 * The transport of one client. It remembers the Wechatpay-Nonce of every
 * answer it verified (`ResponseNonceCache`, src/client/binding.ts) and
 * refuses one seen again within the timestamp window with
 * SignatureVerificationError "replayed"; a 2xx whose body echoes an
 * identifying request field with another value is refused with
 * InvalidResponseError "mismatched".
 */
export function createTransport(config: TransportConfig): Transport {
  const nonces = new ResponseNonceCache();
  return (call, options) => send(config, call, options, nonces);
}

/**
 * One call, with its retries. The error that ends it carries `attempts` and
 * `earlierAttemptMayHaveSucceeded` (see src/errors.ts) whichever attempt and
 * layer raised it; a caller's abort reason is passed through untouched.
 */
async function send(config: TransportConfig, call: Outgoing, options: SendOptions, nonces: ResponseNonceCache): Promise<RawResponse> {
  // Per attempt made: may the platform have acted on it? (Recorded for the retried ones.)
  const reached: boolean[] = [];
  try {
    return await sendWithRetries(config, call, options, reached, nonces);
  } catch (error) {
    const earlier = reached.slice(0, -1).some(Boolean);
    throw withAttempts(error, { attempts: reached.length, earlierAttemptMayHaveSucceeded: earlier && !isSafeMethod(call.method) });
  }
}

async function sendWithRetries(
  config: TransportConfig,
  call: Outgoing,
  options: SendOptions,
  reached: boolean[],
  nonces: ResponseNonceCache,
): Promise<RawResponse> {
  const { clock, retry } = config;
  const target = relativeTarget(call.url, config.baseUrl);
  const callerSignal = call.signal;
  // A Wechatpay-Serial set by the caller is kept; otherwise each attempt asks for the current one.
  const askSerial = !Object.hasOwn(call.headers, SERIAL_HEADER);
  const deadlineAt = clock.now() + config.deadlineMs;
  let base = config.baseUrl;
  let lastError: PayScoreError | undefined;

  for (let attempt = 1; ; attempt++) {
    if (callerSignal?.aborted) throw callerSignal.reason;
    const remaining = deadlineAt - clock.now();
    if (remaining <= 0) {
      throw lastError ?? new RequestFailedError("deadline-exceeded", "The call's deadline ran out before an attempt", { attempts: attempt - 1 });
    }
    let failure: RequestFailedError | WechatPayError;
    reached.push(false);
    try {
      return await attemptOnce(config, options, { call, askSerial, url: `${base}${target}`, target, remaining, attempt, nonces });
    } catch (error) {
      if (callerSignal?.aborted) throw callerSignal.reason;
      if (!isRetryable(error)) throw error;
      failure = error;
    }
    lastError = failure;
    reached[attempt - 1] = mayHaveReachedPlatform(failure);
    if (failure instanceof RequestFailedError && failure.reason === "deadline-exceeded") throw failure;
    if (attempt >= retry.maxAttempts) throw failure;
    if (failure instanceof RequestFailedError && config.backupBaseUrl !== undefined) {
      // The host could not be reached: try the other one (api ↔ api2).
      base = base === config.baseUrl ? config.backupBaseUrl : config.baseUrl;
    }
    const backoff = backoffDelay(retry, attempt);
    const requested = failure instanceof WechatPayError ? failure.retryAfterMs : undefined;
    const delay = requested ?? backoff;
    // Waiting past the deadline cannot help: report the failure we have now.
    if (clock.now() + delay >= deadlineAt) throw failure;
    await retry.sleep(delay, callerSignal ?? new AbortController().signal);
  }
}

function isRetryable(error: unknown): error is RequestFailedError | WechatPayError {
  if (error instanceof RequestFailedError) return true;
  return error instanceof WechatPayError && isRetryableStatus(error.status);
}

interface Attempt {
  call: Outgoing;
  askSerial: boolean;
  url: string;
  target: string;
  remaining: number;
  attempt: number;
  /** The client's response nonces (replay check). */
  nonces: ResponseNonceCache;
}

async function attemptOnce(config: TransportConfig, options: SendOptions, a: Attempt): Promise<RawResponse> {
  const { call } = a;
  const signal = perAttemptSignal(call.signal, Math.min(config.attemptTimeoutMs, a.remaining));
  const cutByDeadline = a.remaining < config.attemptTimeoutMs;
  const url = new URL(a.url);
  // Fresh timestamp and nonce per attempt: a replayed Authorization is refused by the platform.
  const timestamp = unixSeconds(config.clock);
  const nonce = config.nonce();
  const message = buildRequestMessage({
    method: call.method,
    pathAndQuery: `${url.pathname}${url.search}`,
    timestamp,
    nonce,
    body: call.body ?? "",
  });
  const signature = await config.signer.sign(message);
  // One plain record per attempt, handed to fetch as its headers init; these names replace the
  // caller's spelling of the same header (all lower case, like the call's own).
  const headers: Record<string, string> = {
    ...call.headers,
    authorization: authorizationHeader({ mchid: config.signer.mchid, serialNo: config.signer.serialNo, nonce, timestamp, signature }),
    accept: "application/json",
    "user-agent": config.userAgent,
  };
  if (a.askSerial) {
    const serial = await options.serial();
    if (serial !== undefined) headers[SERIAL_HEADER] = serial;
  }

  let response: Response | undefined;
  let text: string;
  try {
    response = await config.fetch(url, {
      method: call.method,
      headers,
      ...(call.body === undefined ? {} : { body: call.body }),
      signal: signal.signal,
      // A redirect would carry the signed Authorization elsewhere; WeChat never redirects.
      redirect: "manual",
    });
    text = await readBodyText(response, config.maxResponseBytes);
  } catch (error) {
    if (call.signal?.aborted) throw error;
    let failure = error;
    if (!(error instanceof PayScoreError)) {
      const reason: RequestFailureReason = signal.timedOut() ? (cutByDeadline ? "deadline-exceeded" : "timeout") : "network";
      failure = new RequestFailedError(reason, failureMessage(reason, a, response !== undefined), { attempts: a.attempt, cause: error });
    }
    // Lost while reading the body: the answer's status and Request-ID are known.
    throw response === undefined ? failure : withExchange(failure, exchangeOf(response));
  } finally {
    signal.dispose();
  }
  try {
    return await checkResponse(config, options, a, response, text);
  } catch (error) {
    // Verification, parsing, validation: whichever layer refused the answer, the error names the exchange.
    throw withExchange(error, exchangeOf(response));
  }
}

function exchangeOf(response: Response): ExchangeContext {
  return { requestId: response.headers.get(REQUEST_ID) ?? undefined, status: response.status };
}

/** Verify → parse → validate one received answer; a non-2xx becomes a WechatPayError. */
async function checkResponse(config: TransportConfig, options: SendOptions, a: Attempt, response: Response, text: string): Promise<RawResponse> {
  const { call } = a;
  const requestId = response.headers.get(REQUEST_ID) ?? undefined;
  const success = response.status >= 200 && response.status < 300;
  let signed = false;
  if (success ? options.verifySuccess : hasSignatureHeaders(response.headers)) {
    const verified = await verifyResponse(config, options, response.headers, text);
    signed = true;
    if (a.nonces.replayed(verified.nonce, verified.timestamp, unixSeconds(config.clock), config.maxSkewSeconds)) {
      throw new SignatureVerificationError("replayed", `${WECHATPAY_HEADERS.nonce} was already seen in an answer within the timestamp window`, {
        header: WECHATPAY_HEADERS.nonce,
        serial: verified.serial,
      });
    }
  }
  const parsed = parseJson(text);
  if (success && parsed === INVALID) {
    throw new InvalidResponseError("malformed", `HTTP ${response.status} body is not JSON`, { status: response.status, requestId });
  }
  const json = parsed === INVALID ? undefined : parsed;
  config.validate({ method: call.method, template: call.template, status: response.status, requestId, body: json });
  if (success) {
    checkBinding(requestIdentity(call.template, a.url, call.body), json, { status: response.status, requestId });
    return { response, status: response.status, statusText: response.statusText, headers: response.headers, body: text, json, requestId, signed };
  }
  throw toWechatPayError(response, json, requestId, signed, config);
}

async function verifyResponse(config: TransportConfig, options: SendOptions, headers: Headers, body: string): Promise<VerifiedSignature> {
  try {
    return await verifySignature({ headers, body, keys: options.keys, clock: config.clock, maxSkewSeconds: config.maxSkewSeconds });
  } catch (error) {
    const cause = error instanceof SignatureVerificationError && error.reason === "unknown-serial" ? options.unknownSerialCause?.() : undefined;
    if (cause === undefined) throw error;
    const unknown = error as SignatureVerificationError;
    throw new SignatureVerificationError(unknown.reason, `${unknown.message} (the platform-certificate download failed)`, {
      ...(unknown.header === undefined ? {} : { header: unknown.header }),
      ...(unknown.serial === undefined ? {} : { serial: unknown.serial }),
      cause,
    });
  }
}

function hasSignatureHeaders(headers: Headers): boolean {
  return SIGNATURE_HEADER_NAMES.some((name) => headers.has(name));
}

const INVALID = Symbol("invalid JSON");

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID;
  }
}

function toWechatPayError(
  response: Response,
  json: unknown,
  requestId: string | undefined,
  signed: boolean,
  config: TransportConfig,
): WechatPayError {
  const body = typeof json === "object" && json !== null ? (json as Record<string, unknown>) : {};
  return new WechatPayError({
    status: response.status,
    code: typeof body["code"] === "string" ? body["code"] : undefined,
    platformMessage: typeof body["message"] === "string" ? body["message"] : undefined,
    detail: body["detail"],
    requestId,
    signed,
    // Honoured only on 429, where WeChat's rate limiter is the one asking.
    retryAfterMs: response.status === 429 ? retryAfterMs(response.headers.get("Retry-After"), config.clock) : undefined,
  });
}

/**
 * The part of the URL after `baseUrl` (path + query), so a retry can go to
 * the backup host unchanged. openapi-fetch builds every URL as baseUrl + path.
 */
function relativeTarget(url: string, baseUrl: string): string {
  if (!url.startsWith(baseUrl)) {
    throw new PayScoreError("Request URL does not start with the client's baseUrl (per-call baseUrl is not supported)");
  }
  return url.slice(baseUrl.length);
}

interface AttemptSignal {
  readonly signal: AbortSignal;
  timedOut(): boolean;
  dispose(): void;
}

/** The caller's signal plus this attempt's timeout; the timer is cleared when the attempt ends. */
function perAttemptSignal(caller: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(caller?.reason);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException("The attempt timed out", "TimeoutError"));
  }, timeoutMs);
  if (caller?.aborted) onAbort();
  else caller?.addEventListener("abort", onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose() {
      clearTimeout(timer);
      caller?.removeEventListener("abort", onAbort);
    },
  };
}

function failureMessage(reason: RequestFailureReason, a: Attempt, answered: boolean): string {
  const host = new URL(a.url).host;
  if (answered) {
    const what = reason === "network" ? "lost the connection while reading" : reason === "timeout" ? "timed out reading" : "ran out of time reading";
    return `Attempt ${a.attempt} ${what} the answer from ${host}`;
  }
  const what = reason === "network" ? "could not reach" : reason === "timeout" ? "timed out waiting for" : "ran out of time waiting for";
  return `Attempt ${a.attempt} ${what} ${host}`;
}
