/** What every business rule module shares: its context, typed requests and results, and error answers. */
import type { operations, paths } from "../../../generated/schema.d.ts";
import type { AeadKey } from "../../../src/aead.ts";
import type { Clock } from "../../../src/clock.ts";
import type { PlatformKeys } from "../test-keys.ts";
import type { Notifier } from "../notifications.ts";
import type { ErrorCode, ServiceOrder } from "../spec.ts";
import type { StateStore } from "../store.ts";

/**
 * The state a new order that waits for the user's confirmation starts in. createServiceOrder's
 * x-decision: "The initial state is `CREATED` on one official page and `DOING` on a newer one …; the
 * response allows both". `DOING` here comes without `state_description` until the user confirms.
 */
export type InitialOrderState = Extract<ServiceOrder["state"], "CREATED" | "DOING">;

export interface RuleContext {
  store: StateStore;
  clock: Clock;
  notifier: Notifier;
  /** MockOptions.initialOrderState (default "CREATED"). */
  initialOrderState: InitialOrderState;
  /** The platform's keys (listCertificates serves its certificates). */
  keys: PlatformKeys;
  /** The APIv3 key the certificates are encrypted with. */
  apiV3Key: AeadKey;
}

// ---- operations, typed from the generated spec types ------------------------------------------

type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** Every operation object that `paths` holds: the HTTP API, not the webhooks (which `operations` also lists). */
type PathOperation = { [P in keyof paths]: { [M in HttpMethod]: NonNullable<paths[P][M]> }[HttpMethod] }[keyof paths];

/** The operationIds of the spec's HTTP operations (`paths`), e.g. "createServiceOrder". */
export type OperationId = { [K in keyof operations]: operations[K] extends PathOperation ? K : never }[keyof operations];

/** A parameter group the operation declares, or an empty record when it has none (`query?: never`). */
type Declared<T> = [NonNullable<T>] extends [never] ? Readonly<Record<string, never>> : NonNullable<T>;

/** The operation's JSON request body; undefined when it takes none. */
type RequestBody<K extends OperationId> = operations[K] extends { requestBody: { content: { "application/json": infer B } } } ? B : undefined;

/** A request that passed the contract check (Authorization verified, path, query and body valid for `K`). */
export interface OperationRequest<K extends OperationId> {
  /** The authenticated merchant (Authorization mchid). */
  mchid: string;
  /** Path parameters by name (percent-decoded). */
  pathParams: Declared<operations[K]["parameters"]["path"]>;
  /** Query parameters by name (percent-decoded; every query parameter in the spec is a string). */
  query: Declared<operations[K]["parameters"]["query"]>;
  /** The parsed JSON body. */
  body: RequestBody<K>;
}

type Responses<K extends OperationId> = operations[K]["responses"];
type SuccessStatus<K extends OperationId> = Extract<keyof Responses<K>, 200 | 201 | 202 | 204>;
type JsonContent<R> = R extends { content: { "application/json": infer B } } ? B : undefined;

/** A success answer the spec documents for `K`: its 2xx status with that status's body (none for 204). */
export type OperationResult<K extends OperationId> = {
  [S in SuccessStatus<K>]: JsonContent<Responses<K>[S]> extends undefined
    ? { status: S; body?: undefined }
    : { status: S; body: JsonContent<Responses<K>[S]> };
}[SuccessStatus<K>];

/** A business rule for one operation; refusals are thrown as `RuleError`. */
export type OperationHandler<K extends OperationId> = (
  ctx: RuleContext,
  request: OperationRequest<K>,
) => OperationResult<K> | Promise<OperationResult<K>>;

/** One handler per operation of the spec: a missing or an extra one is a type error. */
export type OperationHandlers = { readonly [K in OperationId]: OperationHandler<K> };

/** Any answer the mock sends for an operation: a handler's result, a refusal, or a fault's variant of either. */
export interface ApiResult {
  status: number;
  /** JSON body; undefined for 204. */
  body?: unknown;
}

/** A business-rule refusal: becomes `{code, message, detail?}` with `status`. */
export class RuleError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/**
 * 400 PARAM_ERROR naming a body field (JSON pointer) the way the platform's detail does (BadRequest:
 * "`PARAM_ERROR`: fix the parameter named in `detail`").
 */
export function paramError(field: string, issue: string, value: unknown, location = "body"): RuleError {
  return new RuleError(400, "PARAM_ERROR", `参数错误: ${field} ${issue}`, { field, value, issue, location });
}

/**
 * 400 INVALID_REQUEST naming a body field (BadRequest: "`INVALID_REQUEST`: the format is right but a business
 * rule is broken"): `message` for the caller, `issue` saying which rule.
 */
export function invalidRequest(field: string, message: string, issue: string, value: unknown): RuleError {
  return new RuleError(400, "INVALID_REQUEST", message, { field, value, issue, location: "body" });
}

/**
 * 404 ORDER_NOT_EXIST (ErrorCode: "订单不存在 — check the identifiers"); the authorization operations'
 * error tables list the same 404 code, so an unknown authorization code gets it too.
 */
export function notFound(what: string): RuleError {
  return new RuleError(404, "ORDER_NOT_EXIST", `${what}不存在`); // Chinese: no space between the words
}

/** Key-sorted JSON: two bodies with the same content compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** Copies the listed keys that are present (not undefined). */
export function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}
