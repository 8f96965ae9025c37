/**
 * The contract as executable checks: every operation's request (path, query, declared headers, body) and
 * responses (status, declared headers, body, the error codes each status may carry), and every webhook's
 * envelope, decrypted plaintext and reply — all read from the spec index (generated/spec-index.ts) and
 * validated with the strict Ajv 2020 validators compiled from the spec at generate time
 * (generated/conformance-validators.ts). Nothing about a field is written here: lengths, enums, patterns
 * and error codes all come from the spec, so it stays the only place a rule lives. Another document
 * (`loadContract(doc)`) is indexed by conformance/spec-index.ts and compiled with src/spec-ajv.ts.
 *
 * Each difference is a finding, `Violation` (subject, part, status, JSON pointer, rule, message, redacted
 * value, severity): "violation" when a documented rule is broken (a missing required field, a wrong type,
 * a value over a length or outside a pattern, an undocumented status, a bad signature), "drift" when the
 * message has something the spec does not list (an unknown key, an unknown enum value or error code),
 * which the APIv3 rules tell clients to ignore. The mock turns findings in requests into 400 PARAM_ERROR
 * details, the runner and `payscore validate` into reports that fail on violations (and on drift when asked).
 */
import { VALIDATORS as CONFORMANCE_VALIDATORS } from "../generated/conformance-validators.js";
import { PayScoreError } from "../src/errors.js";
import { escapePointer, unescapePointer, valueAtPointer } from "../src/json-pointer.js";
import { compiledSpec, createSpecAjv, specIssues, type ErrorObject, type Severity, type SpecAjv } from "../src/spec-ajv.js";
import { responseFor, SPEC_INDEX, type BodyFact, type OperationFact, type ParameterFact, type ResponseFact, type WebhookFact } from "../src/spec-index.js";
import { type HeaderSource, readHeader } from "../src/headers.js";
import { operationFacts, webhookFacts } from "./spec-index.js";
import { redactString, redactValue, type RedactOptions } from "./redact.js";

/** One broken rule. Reports and the mock's 400 PARAM_ERROR detail are made from these. */
export interface Violation {
  /** operationId (e.g. "createServiceOrder") or the notification's event_type (e.g. "PAYSCORE.USER_PAID"). */
  subject: string;
  /** Which message was checked. */
  part: "request" | "response" | "notification" | "plaintext" | "reply";
  /** HTTP status of the checked response/reply, when there is one. */
  status?: number;
  /** JSON pointer into the checked message: "/body/post_payments/0/amount", "/query/service_id",
   *  "/path/out_order_no", "/headers/Wechatpay-Serial", "/status", "/plaintext/out_order_no". */
  pointer: string;
  /** ajv keyword or our rule name: "maxLength", "required", "enum", "pattern", "additionalProperties",
   *  "type", "status" (undocumented status), "content-type", "empty-body", "error-code",
   *  "exactly-one-of", "event-type", "signature", "decrypt", ... */
  rule: string;
  /** Human sentence, e.g. "must NOT have more than 32 characters". */
  message: string;
  /** The offending value (absent for "required"), with secrets redacted and long values truncated. */
  value?: unknown;
  /**
   * "violation": a documented rule is broken; "drift": something the spec does not list (unknown key,
   * enum value, error code). Absent means "violation" (checks outside the schemas: signatures, decryption).
   */
  severity?: Severity;
}

export type { Severity };

export interface OperationRef {
  operationId: string;
  method: "GET" | "POST";
  /** Path template, e.g. "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel". */
  path: string;
}

export interface RequestToCheck {
  pathParams?: Record<string, string>;
  query?: Record<string, string>;
  headers?: HeaderSource;
  body?: unknown;
}

export interface ResponseToCheck {
  status: number;
  headers: HeaderSource;
  /** Parsed JSON; undefined (or "") for an empty body. */
  body: unknown;
}

export interface Contract {
  readonly operations: readonly OperationRef[];
  /** Event types of the spec's webhooks, e.g. "PAYSCORE.USER_PAID". */
  readonly eventTypes: readonly string[];
  /** Matches a concrete request path (no query) to an operation; literal segments beat templates
   *  ("/serviceorder/deduction" is getDeductInfo, not a {out_order_no}). */
  findOperation(method: string, pathname: string):
    { operation: OperationRef; pathParams: Record<string, string> } | undefined;
  /** Path params, query params (as strings, coerced by the schema), headers that the spec declares, and the
   *  parsed JSON body (undefined when none). Checks required params, body schema, unknown query params. */
  checkRequest(operationId: string, request: RequestToCheck): Violation[];
  /** Status must be documented for the operation; body (parsed JSON, undefined for 204/empty) against that
   *  status's schema (204 must have no body); declared response headers (Request-ID, Wechatpay-*) present
   *  and matching their schemas; for error statuses, `code` must be one the spec lists for that status. */
  checkResponse(operationId: string, response: ResponseToCheck): Violation[];
  /** The envelope (id, create_time, event_type, resource_type, resource{...}, summary) and the signature
   *  headers declared for webhooks. `eventType` is the webhook key, e.g. "PAYSCORE.USER_CONFIRM". */
  checkNotification(eventType: string, notification: { headers?: HeaderSource; body: unknown }): Violation[];
  /** The decrypted resource of that event against its plaintext component schema. */
  checkNotificationPlaintext(eventType: string, plaintext: unknown): Violation[];
  /** What the merchant answered: 200/204 empty, or 4xx/5xx {code, message} within the spec's lengths. */
  checkNotificationReply(eventType: string, reply: { status: number; body: unknown }): Violation[];
  /** The error codes the spec lists for an operation's status (empty when none). */
  errorCodes(operationId: string, status: number): readonly string[];
}

export interface ContractOptions {
  /** How offending values are redacted (e.g. `secrets: [apiV3Key]`). */
  redact?: RedactOptions;
}

/** `checkRequest` & co. were asked about an operation or status the spec does not have. */
export class UnknownOperationError extends PayScoreError {
  override name = "UnknownOperationError";
}

// ---- the spec's facts (src/spec-index.ts; conformance/spec-index.ts builds them for other documents) ----

type Json = { readonly [key: string]: unknown };

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An operation's facts, with its path split into segments for matching concrete paths. */
interface IndexedOperation extends OperationFact {
  readonly ref: OperationRef;
  readonly segments: readonly string[];
}

/** URL and header values are text; a schema of another type gets the value it spells (OpenAPI "simple" style). */
function coerce(text: string, type: string | undefined): unknown {
  if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return Number(text);
  if (type === "boolean" && (text === "true" || text === "false")) return text === "true";
  return text;
}

function isEmptyBody(body: unknown): boolean {
  return body === undefined || body === "";
}

/** What a contract is made from: a spec's operations and webhooks, and validators for its pointers. */
interface SpecFacts {
  readonly operations: readonly OperationFact[];
  readonly webhooks: readonly WebhookFact[];
  readonly ajv: SpecAjv;
}

/** What a checker knows about the message it is looking at. */
interface Scope {
  subject: string;
  part: Violation["part"];
  status?: number;
}

class ContractImpl implements Contract {
  readonly operations: readonly OperationRef[];
  readonly eventTypes: readonly string[];
  readonly #ajv: SpecAjv;
  readonly #ops: IndexedOperation[];
  readonly #byId = new Map<string, IndexedOperation>();
  readonly #webhooks: Map<string, WebhookFact>;
  readonly #redact: RedactOptions;
  /** Every error code the spec lists for any operation and status. */
  readonly #allErrorCodes: ReadonlySet<string>;

  constructor(facts: SpecFacts, options: ContractOptions) {
    this.#ajv = facts.ajv;
    this.#redact = options.redact ?? {};
    this.#ops = facts.operations.map((op) => ({
      ...op,
      ref: { operationId: op.operationId, method: op.method, path: op.template },
      segments: op.template.split("/"),
    }));
    for (const op of this.#ops) this.#byId.set(op.ref.operationId, op);
    this.#allErrorCodes = new Set(this.#ops.flatMap((op) => Object.values(op.responses).flatMap((r) => r.errorCodes)));
    this.#webhooks = new Map(facts.webhooks.map((hook) => [hook.eventType, hook]));
    this.operations = Object.freeze(this.#ops.map((op) => Object.freeze({ ...op.ref })));
    this.eventTypes = Object.freeze([...this.#webhooks.keys()]);
    this.#compileAll();
  }

  /** Every validator is compiled up front, so a broken spec fails at load and checks stay cheap. */
  #compileAll(): void {
    const pointers: string[] = [];
    const ofResponses = (responses: { readonly [status: string]: ResponseFact }) => {
      for (const r of Object.values(responses)) {
        pointers.push(...r.headers.map((h) => h.schema));
        if (r.body) pointers.push(r.body);
      }
    };
    for (const op of this.#ops) {
      pointers.push(...op.parameters.map((p) => p.schema));
      if (op.body) pointers.push(op.body.pointer);
      ofResponses(op.responses);
    }
    for (const hook of this.#webhooks.values()) {
      pointers.push(...hook.headers.map((h) => h.schema));
      if (hook.body) pointers.push(hook.body.pointer);
      pointers.push(hook.resource);
      ofResponses(hook.responses);
    }
    for (const pointer of pointers) this.#ajv.schemaAt(pointer);
  }

  findOperation(method: string, pathname: string) {
    const wanted = method.toUpperCase();
    // A full request target may carry a query; only the path is matched.
    const parts = pathname.split(/[?#]/)[0]!.split("/");
    let best: { operation: OperationRef; pathParams: Record<string, string>; literals: number } | undefined;
    for (const op of this.#ops) {
      if (op.ref.method !== wanted || op.segments.length !== parts.length) continue;
      const pathParams: Record<string, string> = {};
      let literals = 0;
      const matches = op.segments.every((segment, i) => {
        const part = parts[i] ?? "";
        const param = /^\{(.+)\}$/.exec(segment)?.[1];
        if (param === undefined) {
          literals++;
          return segment === part;
        }
        if (part === "") return false;
        pathParams[param] = safeDecode(part);
        return true;
      });
      // Literal segments beat templates: /serviceorder/deduction is not an {out_order_no}.
      if (matches && (!best || literals > best.literals)) best = { operation: op.ref, pathParams, literals };
    }
    return best && { operation: best.operation, pathParams: best.pathParams };
  }

  checkRequest(operationId: string, request: RequestToCheck): Violation[] {
    const op = this.#operation(operationId);
    const scope: Scope = { subject: operationId, part: "request" };
    const out: Violation[] = [];
    const sources = { path: request.pathParams ?? {}, query: request.query ?? {} };
    for (const param of op.parameters) {
      const raw = param.in === "header" ? readHeader(request.headers, param.name) : sources[param.in][param.name];
      out.push(...this.#checkParam(scope, param, raw, param.in === "header" ? "headers" : param.in));
    }
    const declaredQuery = new Set(op.parameters.filter((p) => p.in === "query").map((p) => p.name));
    for (const [name, value] of Object.entries(sources.query)) {
      if (!declaredQuery.has(name)) {
        out.push(this.#violation(scope, `/query/${escapePointer(name)}`, "additionalProperties", "is not a query parameter of this operation", value, name));
      }
    }
    if (op.exactlyOneOf.length > 0) {
      const given = op.exactlyOneOf.filter((name) => sources.query[name] !== undefined || sources.path[name] !== undefined);
      if (given.length !== 1) {
        out.push(this.#violation(scope, "/query", "exactly-one-of",
          `must have exactly one of ${op.exactlyOneOf.join(", ")} (has ${given.length === 0 ? "none" : given.join(", ")})`));
      }
    }
    out.push(...this.#checkBody(scope, op.body, request.body));
    return out;
  }

  checkResponse(operationId: string, response: ResponseToCheck): Violation[] {
    const op = this.#operation(operationId);
    return this.#checkReplyLike({ subject: operationId, part: "response", status: response.status }, op.responses, response, true);
  }

  checkNotification(eventType: string, notification: { headers?: HeaderSource; body: unknown }): Violation[] {
    const scope: Scope = { subject: eventType, part: "notification" };
    const hook = this.#webhooks.get(eventType);
    if (!hook) return [this.#unknownEvent(scope, eventType)];
    const out: Violation[] = [];
    for (const header of hook.headers) {
      out.push(...this.#checkParam(scope, header, readHeader(notification.headers, header.name), "headers"));
    }
    out.push(...this.#checkBody(scope, hook.body, notification.body));
    return out;
  }

  checkNotificationPlaintext(eventType: string, plaintext: unknown): Violation[] {
    const scope: Scope = { subject: eventType, part: "plaintext" };
    const hook = this.#webhooks.get(eventType);
    if (!hook) return [this.#unknownEvent(scope, eventType)];
    return this.#validate(scope, hook.resource, plaintext, "/plaintext");
  }

  checkNotificationReply(eventType: string, reply: { status: number; body: unknown }): Violation[] {
    const scope: Scope = { subject: eventType, part: "reply", status: reply.status };
    const hook = this.#webhooks.get(eventType);
    if (!hook) return [this.#unknownEvent(scope, eventType)];
    return this.#checkReplyLike(scope, hook.responses, { status: reply.status, headers: undefined, body: reply.body }, false);
  }

  errorCodes(operationId: string, status: number): readonly string[] {
    return responseFor(this.#operation(operationId).responses, status)?.errorCodes ?? [];
  }

  // ---- helpers ----

  #operation(operationId: string): IndexedOperation {
    const op = this.#byId.get(operationId);
    if (!op) throw new UnknownOperationError(`no operation "${operationId}" in the spec`);
    return op;
  }

  #unknownEvent(scope: Scope, eventType: string): Violation {
    return this.#violation(scope, "/body/event_type", "event-type", "is not an event type the spec defines a webhook for", eventType);
  }

  #checkParam(scope: Scope, param: ParameterFact, raw: string | undefined, where: string): Violation[] {
    const pointer = `/${where}/${escapePointer(param.name)}`;
    if (raw === undefined) {
      const what = param.in === "header" ? `header ${param.name}` : `${param.in} parameter ${param.name}`;
      return param.required ? [this.#violation(scope, pointer, "required", `must have ${what}`)] : [];
    }
    return this.#validate(scope, param.schema, coerce(raw, param.type), pointer, param.name);
  }

  #checkBody(scope: Scope, body: BodyFact | undefined, value: unknown): Violation[] {
    if (isEmptyBody(value)) {
      return body?.required ? [this.#violation(scope, "/body", "required", "must have a JSON body")] : [];
    }
    if (!body) return [this.#violation(scope, "/body", "empty-body", "must have no body", value)];
    return this.#validate(scope, body.pointer, value, "/body");
  }

  /** A response (or a notification reply): documented status, declared headers, content type, body, error code. */
  #checkReplyLike(scope: Scope, responses: { readonly [status: string]: ResponseFact }, message: { status: number; headers: HeaderSource | undefined; body: unknown }, checkHeaders: boolean): Violation[] {
    const spec = responseFor(responses, message.status);
    if (!spec) {
      return [this.#violation(scope, "/status", "status", `status ${message.status} is not documented (documented: ${Object.keys(responses).join(", ")})`, message.status)];
    }
    const out: Violation[] = [];
    if (checkHeaders) {
      for (const header of spec.headers) out.push(...this.#checkParam(scope, header, readHeader(message.headers, header.name), "headers"));
    }
    if (isEmptyBody(message.body)) {
      if (spec.body && !spec.bodyOptional) out.push(this.#violation(scope, "/body", "required", "must have a JSON body"));
      return out;
    }
    if (!spec.body) {
      out.push(this.#violation(scope, "/body", "empty-body", `status ${message.status} must have no body`, message.body));
      return out;
    }
    const contentType = readHeader(message.headers, "Content-Type");
    if (checkHeaders && !spec.mediaTypes.includes((contentType ?? "").split(";")[0]!.trim().toLowerCase())) {
      out.push(this.#violation(scope, "/headers/Content-Type", "content-type", `must be one of ${spec.mediaTypes.join(", ")}`, contentType ?? "(none)"));
    }
    let bodyViolations = this.#validate(scope, spec.body, message.body, "/body");
    const code = isObject(message.body) ? message.body.code : undefined;
    if (spec.errorCodes.length > 0 && typeof code === "string" && !spec.errorCodes.includes(code)) {
      // The status's schema narrows ErrorCode with allOf; say which codes this status allows instead of two enum errors.
      bodyViolations = bodyViolations.filter((v) => !(v.pointer === "/body/code" && v.rule === "enum"));
      // A code the spec lists nowhere is drift (the platform added one); a known code under the wrong status breaks the rule.
      const severity: Severity = this.#allErrorCodes.has(code) ? "violation" : "drift";
      bodyViolations.unshift(this.#violation(scope, "/body/code", "error-code",
        `must be a code the spec lists for status ${message.status}: ${spec.errorCodes.join(", ")}`, code, undefined, false, severity));
    }
    out.push(...bodyViolations);
    return out;
  }

  #validate(scope: Scope, schemaPointer: string, data: unknown, prefix: string, name?: string): Violation[] {
    const validate = this.#ajv.schemaAt(schemaPointer);
    if (validate(data)) return [];
    return this.#fromAjv(scope, validate.errors ?? [], data, prefix, name);
  }

  #fromAjv(scope: Scope, errors: readonly ErrorObject[], data: unknown, prefix: string, name?: string): Violation[] {
    return specIssues(errors).map((issue) => {
      const lastSegment = issue.pointer === "" ? name : unescapePointer(issue.pointer.split("/").pop()!);
      const value = issue.keyword === "required" ? undefined : valueAtPointer(data, issue.pointer);
      return this.#violation(scope, prefix + issue.pointer, issue.keyword, issue.message, value, lastSegment, issue.keyword === "required", issue.severity);
    });
  }

  #violation(scope: Scope, pointer: string, rule: string, message: string, value?: unknown, name?: string, noValue = value === undefined, severity: Severity = rule === "additionalProperties" ? "drift" : "violation"): Violation {
    // A pointer or message can carry a secret used as a key (`/body/<the APIv3 key>`): redacted like values, not cut.
    const whole = { ...this.#redact, maxString: Number.POSITIVE_INFINITY };
    const v: Violation = { subject: redactString(scope.subject, whole), part: scope.part, pointer: redactString(pointer, whole), rule, message: redactString(message, whole), severity };
    if (scope.status !== undefined) v.status = scope.status;
    if (!noValue) v.value = redactValue(value, name ?? pointer.split("/").pop(), this.#redact);
    return v;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const cache = new WeakMap<object, Contract>();
/** The cache key of the spec this package ships (no document is read for it). */
const SHIPPED = {};

/**
 * The contract of a spec. Without `doc`: the spec this package ships, from the spec index and the
 * validators compiled at generate time. With `doc` (a bundled OpenAPI document, e.g. a test's small
 * one): indexed here and compiled with strict Ajv2020 (src/spec-ajv.ts). Every validator is compiled
 * (or looked up) once, at load; a document that lacks a schema a fact points at throws.
 */
export function loadContract(doc?: object, options: ContractOptions = {}): Contract {
  const plain = options.redact === undefined;
  const key = doc ?? SHIPPED;
  const cached = plain ? cache.get(key) : undefined;
  if (cached) return cached;
  const facts: SpecFacts = doc
    ? { operations: operationFacts(doc as Json), webhooks: webhookFacts(doc as Json), ajv: createSpecAjv(doc) }
    : { operations: SPEC_INDEX.operations, webhooks: SPEC_INDEX.webhooks, ajv: compiledSpec(CONFORMANCE_VALIDATORS, "conformance") };
  const contract = new ContractImpl(facts, options);
  if (plain) cache.set(key, contract);
  return contract;
}
