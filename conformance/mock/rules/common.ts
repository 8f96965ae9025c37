/** What every business rule module shares: its context, results and error answers. */
import type { Clock } from "../../../src/clock.ts";
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
}

export interface OperationRequest {
  /** The authenticated merchant (Authorization mchid). */
  mchid: string;
  pathParams: Record<string, string>;
  query: Record<string, string>;
  /** Parsed JSON body (already checked against the spec). */
  body: any;
}

export interface ApiResult {
  status: number;
  /** JSON body; undefined for 204. */
  body?: unknown;
}

export type OperationHandler = (ctx: RuleContext, request: OperationRequest) => Promise<ApiResult> | ApiResult;

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
 * 404 ORDER_NOT_EXIST (ErrorCode: "订单不存在 — check the identifiers"); the authorization operations'
 * error tables list the same 404 code, so an unknown authorization code gets it too.
 */
export function notFound(what: string): RuleError {
  return new RuleError(404, "ORDER_NOT_EXIST", `${what} 不存在`);
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
