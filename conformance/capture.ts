/**
 * Offline validation of captured traffic (`payscore validate FILE`): HAR 1.2 files (browser
 * devtools, mitmproxy, Charles, Fiddler) or JSON Lines of `{method, url, status, headers, body}`.
 *
 * Every exchange under the spec's paths is matched to its operation and checked with the same contract
 * as the runner: the request when it was captured, the response always (status, declared headers, body,
 * error code). Traffic under the spec's prefixes that matches no operation is a violation; anything
 * else (other hosts and APIs in a HAR) is listed as skipped. With keys, each signed response's signature
 * is verified over the captured raw body (src/verify.ts).
 *
 * Node-only (reads files, decodes base64 with Buffer), like the rest of the conformance runner.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { fixedClock } from "../src/clock.js";
import { PayScoreError, SignatureVerificationError } from "../src/errors.js";
import { WECHATPAY_HEADERS, verifySignature, type VerificationKeySource } from "../src/verify.js";
import { loadContract, type Contract, type Violation } from "./contract.js";
import { redactCase, redactString, redactValue } from "./redact.js";
import { statusOf, type CaseResult } from "./report/model.js";

/** A capture that cannot be read at all (not HAR, not JSON Lines, a line that is not an exchange). */
export class CaptureFormatError extends PayScoreError {
  override name = "CaptureFormatError";
}

export type CapturedHeaders = Record<string, string[]>;

export interface CapturedExchange {
  /** 1-based position in the file (HAR entry or JSONL line number). */
  index: number;
  method: string;
  url: string;
  /** Request headers and raw body, when the capture has them (HAR does; JSONL only with requestHeaders/requestBody). */
  request: { headers?: CapturedHeaders; body?: string };
  status: number;
  headers: CapturedHeaders;
  /** The response body exactly as captured; undefined when the capture has no text for it. */
  body: string | undefined;
  /** False when the body was captured as parsed JSON: its exact bytes (and so its signature) are lost. */
  rawBody: boolean;
  /** When the response was captured (HAR startedDateTime + time), for the signature's timestamp window. */
  capturedAt?: Date;
}

export interface Capture {
  format: "har" | "jsonl";
  exchanges: CapturedExchange[];
}

// ---- loading --------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function headersFromHar(list: unknown, where: string): CapturedHeaders {
  if (list === undefined) return {};
  if (!Array.isArray(list)) throw new CaptureFormatError(`${where}.headers must be an array of {name, value}`);
  const out: CapturedHeaders = {};
  for (const item of list) {
    if (!isObject(item) || typeof item.name !== "string" || typeof item.value !== "string") {
      throw new CaptureFormatError(`${where}.headers must be an array of {name, value}`);
    }
    // HTTP/2 pseudo-headers (:status, :path) are not headers of the message.
    if (item.name.startsWith(":")) continue;
    (out[item.name.toLowerCase()] ??= []).push(item.value);
  }
  return out;
}

function headersFromRecord(record: unknown, where: string): CapturedHeaders {
  if (record === undefined) return {};
  if (Array.isArray(record)) return headersFromHar(record, where);
  if (!isObject(record)) throw new CaptureFormatError(`${where} must be an object of header → value`);
  const out: CapturedHeaders = {};
  for (const [name, value] of Object.entries(record)) {
    const values = Array.isArray(value) ? value : [value];
    if (!values.every((v) => typeof v === "string" || typeof v === "number")) {
      throw new CaptureFormatError(`${where}.${name} must be a string or a list of strings`);
    }
    (out[name.toLowerCase()] ??= []).push(...values.map(String));
  }
  return out;
}

/** HAR `content.text`, decoded when `encoding` is base64 (binary-safe capture tools do this for JSON too). */
function harText(holder: unknown, where: string): string | undefined {
  if (!isObject(holder) || holder.text === undefined) return undefined;
  if (typeof holder.text !== "string") throw new CaptureFormatError(`${where}.text must be a string`);
  if (holder.encoding === "base64") return Buffer.from(holder.text, "base64").toString("utf8");
  if (holder.encoding !== undefined && holder.encoding !== "") {
    throw new CaptureFormatError(`${where}.encoding "${String(holder.encoding)}" is not supported (only base64)`);
  }
  return holder.text;
}

function harDate(entry: Json): Date | undefined {
  if (typeof entry.startedDateTime !== "string") return undefined;
  const started = Date.parse(entry.startedDateTime);
  if (Number.isNaN(started)) return undefined;
  // The response arrived `time` ms after the request started.
  return new Date(started + (typeof entry.time === "number" && entry.time > 0 ? entry.time : 0));
}

export function parseHar(doc: unknown): Capture {
  const entries = isObject(doc) && isObject(doc.log) ? doc.log.entries : undefined;
  if (!Array.isArray(entries)) throw new CaptureFormatError("not a HAR file: log.entries is missing");
  const exchanges = entries.map((entry, i): CapturedExchange => {
    const where = `log.entries[${i}]`;
    if (!isObject(entry) || !isObject(entry.request) || !isObject(entry.response)) {
      throw new CaptureFormatError(`${where} must have request and response`);
    }
    const { request, response } = entry;
    if (typeof request.method !== "string" || typeof request.url !== "string") {
      throw new CaptureFormatError(`${where}.request must have method and url`);
    }
    if (typeof response.status !== "number") throw new CaptureFormatError(`${where}.response.status must be a number`);
    const requestBody = harText(request.postData, `${where}.request.postData`);
    const capturedAt = harDate(entry);
    return {
      index: i + 1,
      method: request.method.toUpperCase(),
      url: request.url,
      request: { headers: headersFromHar(request.headers, `${where}.request`), ...(requestBody !== undefined && { body: requestBody }) },
      status: response.status,
      headers: headersFromHar(response.headers, `${where}.response`),
      body: harText(response.content, `${where}.response.content`),
      rawBody: true,
      ...(capturedAt && { capturedAt }),
    };
  });
  return { format: "har", exchanges };
}

/**
 * One exchange per non-empty line: `{method, url, status, headers, body}` (response headers and body),
 * optionally `requestHeaders`, `requestBody` and `time` (ISO 8601 capture time). `body` as a string is
 * the raw text; as JSON it is accepted for the schema checks, but its signature cannot be verified.
 */
export function parseJsonLines(text: string): Capture {
  const exchanges: CapturedExchange[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const where = `line ${i + 1}`;
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch {
      throw new CaptureFormatError(`${where} is not JSON`);
    }
    if (!isObject(item) || typeof item.method !== "string" || typeof item.url !== "string" || typeof item.status !== "number") {
      throw new CaptureFormatError(`${where} must be an object with method, url and status`);
    }
    const time = typeof item.time === "string" ? Date.parse(item.time) : Number.NaN;
    const requestBody = item.requestBody === undefined || typeof item.requestBody === "string" ? item.requestBody : JSON.stringify(item.requestBody);
    exchanges.push({
      index: i + 1,
      method: item.method.toUpperCase(),
      url: item.url,
      request: {
        ...(item.requestHeaders !== undefined && { headers: headersFromRecord(item.requestHeaders, `${where}.requestHeaders`) }),
        ...(requestBody !== undefined && { body: requestBody }),
      },
      status: item.status,
      headers: headersFromRecord(item.headers, `${where}.headers`),
      body: item.body === undefined || item.body === null || typeof item.body === "string" ? (item.body ?? undefined) : JSON.stringify(item.body),
      rawBody: item.body === undefined || item.body === null || typeof item.body === "string",
      ...(!Number.isNaN(time) && { capturedAt: new Date(time) }),
    });
  });
  return { format: "jsonl", exchanges };
}

/** HAR when the text is one JSON document with `log`, JSON Lines otherwise. */
export function parseCapture(text: string): Capture {
  const trimmed = text.trim();
  if (trimmed === "") throw new CaptureFormatError("the capture is empty");
  let doc: unknown;
  if (trimmed.startsWith("{")) {
    try {
      doc = JSON.parse(trimmed);
    } catch {
      // Several lines of JSON do not parse as one document: JSON Lines.
    }
  }
  return isObject(doc) && "log" in doc ? parseHar(doc) : parseJsonLines(text);
}

export async function loadCapture(file: string): Promise<Capture> {
  return parseCapture(await readFile(file, "utf8"));
}

// ---- checking -------------------------------------------------------------------------------------

export interface CheckCaptureOptions {
  contract?: Contract;
  /** Verify each signed response with these keys (WeChat Pay public keys and/or platform certificates). */
  keys?: VerificationKeySource;
  /** Suite name of the cases (default "capture"). */
  suite?: string;
}

const CAPTURE_BASE = "http://capture.invalid";

/** Static prefixes of the spec's paths ("/v3/payscore/acquiringbank", "/v3/certificates"): traffic under them is ours. */
function specPrefixes(contract: Contract): string[] {
  return [...new Set(contract.operations.map((op) => op.path.split("/").slice(0, 4).filter((s) => !s.startsWith("{")).join("/")))];
}

function firstHeader(headers: CapturedHeaders | undefined, name: string): string | undefined {
  return headers?.[name.toLowerCase()]?.[0];
}

/** Checks every exchange; one case per exchange, in capture order. */
export async function checkCapture(capture: Capture, options: CheckCaptureOptions = {}): Promise<CaseResult[]> {
  const contract = options.contract ?? loadContract();
  const prefixes = specPrefixes(contract);
  const suite = options.suite ?? "capture";
  const results: CaseResult[] = [];
  for (const exchange of capture.exchanges) {
    const started = performance.now();
    const result = await checkExchange(contract, prefixes, exchange, options.keys);
    // Key material and structure (object keys, pointers) as well as values.
    results.push(redactCase({ suite, durationMs: performance.now() - started, ...result }));
  }
  return results;
}

type Checked = Omit<CaseResult, "suite" | "durationMs">;

async function checkExchange(contract: Contract, prefixes: string[], exchange: CapturedExchange, keys: VerificationKeySource | undefined): Promise<Checked> {
  let url: URL;
  try {
    url = new URL(exchange.url, CAPTURE_BASE);
  } catch {
    const name = `#${exchange.index} ${exchange.method} ${redactString(exchange.url, { maxString: 80 })} → ${exchange.status}`;
    return { name, status: "failed", violations: [], error: "the captured URL does not parse" };
  }
  const label = `#${exchange.index} ${exchange.method} ${url.pathname} → ${exchange.status}`;
  const match = contract.findOperation(exchange.method, url.pathname);
  if (!match) {
    const ours = prefixes.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`));
    if (!ours) return { name: label, status: "skipped", violations: [], skipReason: "not a path of the spec" };
    const violation: Violation = {
      subject: `${exchange.method} ${url.pathname}`, part: "request", pointer: "/path", rule: "operation",
      message: "no operation of the spec has this method and path", value: redactValue(url.pathname, "path"),
    };
    return { name: label, status: "failed", violations: [violation] };
  }
  const { operationId } = match.operation;
  const steps = [`operation ${operationId} (${match.operation.method} ${match.operation.path})`];
  const violations: Violation[] = [];

  // Request: path and query always (they are in the URL); headers and body when captured.
  const query = Object.fromEntries(url.searchParams);
  const requestBody = parseBody(exchange.request.body);
  const requestViolations = contract.checkRequest(operationId, {
    pathParams: match.pathParams,
    query,
    ...(exchange.request.headers && { headers: exchange.request.headers }),
    ...(requestBody.ok && { body: requestBody.value }),
  });
  const bodyCaptured = exchange.request.body !== undefined;
  if (!bodyCaptured) steps.push("request body not captured: not checked");
  violations.push(...requestViolations.filter((v) => bodyCaptured || !(v.pointer === "/body" && v.rule === "required")));
  if (!requestBody.ok) violations.push(jsonViolation(operationId, "request", undefined, exchange.request.body ?? ""));

  // Response.
  const responseBody = parseBody(exchange.body);
  if (responseBody.ok) {
    violations.push(...contract.checkResponse(operationId, { status: exchange.status, headers: exchange.headers, body: responseBody.value }));
  } else {
    violations.push(jsonViolation(operationId, "response", exchange.status, exchange.body ?? ""));
  }

  if (keys) {
    const signature = await verifyCaptured(exchange, keys);
    steps.push(signature.step);
    if (signature.violation) violations.push({ subject: operationId, part: "response", status: exchange.status, ...signature.violation });
  }
  return { name: `${label} ${operationId}`, status: statusOf(violations), violations, steps };
}

function parseBody(text: string | undefined): { ok: true; value: unknown } | { ok: false } {
  if (text === undefined || text === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function jsonViolation(subject: string, part: "request" | "response", status: number | undefined, text: string): Violation {
  const v: Violation = { subject, part, pointer: "/body", rule: "json", message: "is not valid JSON", value: redactString(text, { maxString: 80 }) };
  if (status !== undefined) v.status = status;
  return v;
}

/**
 * Verifies a captured response's signature when it carries one (every 2xx must; errors may).
 *
 * The timestamp window is checked against when the capture recorded the response (HAR
 * `startedDateTime + time`, JSONL `time`): the platform's clock against the recorder's, which is the
 * same question a live client asks. Without a capture time there is no honest "now" for an offline
 * replay — the wall clock would fail every old capture — so the clock is set to the response's own
 * Wechatpay-Timestamp, which checks the signature and skips only the skew rule; the step says so.
 */
async function verifyCaptured(exchange: CapturedExchange, keys: VerificationKeySource):
  Promise<{ step: string; violation?: Omit<Violation, "subject" | "part" | "status"> }> {
  const signed = Object.values(WECHATPAY_HEADERS).some((name) => firstHeader(exchange.headers, name) !== undefined);
  if (!signed) {
    return { step: exchange.status < 300 ? "signature: none (the missing headers are reported above)" : "signature: unsigned error response, nothing to verify" };
  }
  if (!exchange.rawBody) {
    return { step: "signature: not verified, the body was captured as parsed JSON and its exact bytes are lost" };
  }
  const timestamp = Number(firstHeader(exchange.headers, WECHATPAY_HEADERS.timestamp));
  const clockMs = exchange.capturedAt ? exchange.capturedAt.getTime() : Number.isSafeInteger(timestamp) ? timestamp * 1000 : Date.now();
  const when = exchange.capturedAt ? `capture time ${exchange.capturedAt.toISOString()}` : "its own Wechatpay-Timestamp (no capture time: skew not checked)";
  try {
    const verified = await verifySignature({ headers: exchange.headers, body: exchange.body ?? "", keys, clock: fixedClock(clockMs) });
    return { step: `signature verified with ${verified.serial} at ${when}` };
  } catch (error) {
    if (!(error instanceof SignatureVerificationError)) throw error;
    const header = error.header ?? WECHATPAY_HEADERS.signature;
    const serial = firstHeader(exchange.headers, WECHATPAY_HEADERS.serial);
    return {
      step: `signature failed (${error.reason}) at ${when}`,
      violation: {
        pointer: `/headers/${header}`, rule: "signature", message: `${error.reason}: ${error.message}`,
        // The value shown belongs to the header the pointer names: the serial only when it is the serial that failed.
        ...(serial !== undefined && header === WECHATPAY_HEADERS.serial && { value: redactValue(serial, "serial") }),
      },
    };
  }
}

/** `payscore validate` and tests: load a file and check it, suite named after the file. */
export async function validateCaptureFile(file: string, options: Omit<CheckCaptureOptions, "suite"> = {}): Promise<{ capture: Capture; cases: CaseResult[] }> {
  const capture = await loadCapture(file);
  return { capture, cases: await checkCapture(capture, { ...options, suite: basename(file) }) };
}
