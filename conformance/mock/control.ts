/**
 * The control interface: act as the user (authorize, revoke, confirm, pay),
 * as the clearing house (deduct), as time (expire), inspect state and the
 * notification delivery log, and inject faults. Available from code
 * (`MockControl`) and over HTTP under /mock/ (never a /v3 path), which the CLI
 * uses. The HTTP side checks Host and Origin and, when configured, a bearer token
 * (control-access.ts); bound beyond loopback, set a control token.
 */
import type { FaultKind, FaultQueue, FaultRule, PatchOperation } from "./faults.ts";
import type { Notifier } from "./notifications.ts";
import { authorize, ControlError, permissionsRecord, revoke } from "./rules/authorizations.ts";
import type { RuleContext } from "./rules/common.ts";
import { deduct } from "./rules/deduction.ts";
import { confirmOrder, expireOrder, loadOrder, payOrder, prepayOrder } from "./rules/orders.ts";
import type { NotificationFilter } from "./store.ts";
import type { NotificationRecord, NotificationState } from "./types.ts";

export { ControlError };

export interface Scope {
  /** Merchant; optional when the code / order number exists under exactly one merchant. */
  mchid?: string;
}

export class MockControl {
  readonly #ctx: RuleContext;
  readonly #faults: FaultQueue;
  readonly #notifier: Notifier;

  constructor(ctx: RuleContext, faults: FaultQueue, notifier: Notifier) {
    this.#ctx = ctx;
    this.#faults = faults;
    this.#notifier = notifier;
  }

  /** The user authorizes in the Pay Score mini-program → AVAILABLE, PAYSCORE.USER_OPEN_SERVICE. */
  async authorize(code: string, options: Scope & { openid?: string; sub_openid?: string; user_label?: "A" | "B" | "C" } = {}) {
    const { mchid, ...user } = options;
    return permissionsRecord(await authorize(this.#ctx, this.#authMchid(code, mchid), code, user));
  }

  /** The user ends the authorization → UNAVAILABLE, PAYSCORE.USER_CLOSE_SERVICE. */
  async revoke(code: string, options: Scope = {}) {
    return permissionsRecord(await revoke(this.#ctx, this.#authMchid(code, options.mchid), code));
  }

  authorization(code: string, options: Scope = {}) {
    const mchid = this.#authMchid(code, options.mchid);
    return permissionsRecord(this.#ctx.store.getAuthorization(mchid, code)!);
  }

  /** The user confirms the order → DOING/USER_CONFIRM, PAYSCORE.USER_CONFIRM; returns the jump's query_id. */
  async confirm(outOrderNo: string, options: Scope & { openid?: string } = {}) {
    const { mchid, ...user } = options;
    return confirmOrder(this.#ctx, this.#orderMchid(outOrderNo, mchid), outOrderNo, user);
  }

  /** The user pays through the cashier → (PAYSCORE.MCH_PREPAY,) DONE, PAYSCORE.USER_PAID. */
  async pay(outOrderNo: string, options: Scope & { prepay?: boolean } = {}) {
    const { mchid, ...rest } = options;
    return payOrder(this.#ctx, this.#orderMchid(outOrderNo, mchid), outOrderNo, rest);
  }

  /** PAYSCORE.MCH_PREPAY alone. */
  async prepay(outOrderNo: string, options: Scope = {}) {
    return prepayOrder(this.#ctx, this.#orderMchid(outOrderNo, options.mchid), outOrderNo);
  }

  /** The clearing house debits with the registered out_trade_no (or fails: the attempt is used up). */
  deduct(outOrderNo: string, options: Scope & { fail?: boolean } = {}) {
    const { mchid, ...rest } = options;
    return deduct(this.#ctx, this.#orderMchid(outOrderNo, mchid), outOrderNo, rest);
  }

  /** A CREATED order passes its 30 unconfirmed days now → EXPIRED. */
  expire(outOrderNo: string, options: Scope = {}) {
    return expireOrder(this.#ctx, this.#orderMchid(outOrderNo, options.mchid), outOrderNo).order;
  }

  /** The order as the platform holds it, plus the mock's own bookkeeping (query_id, deduction). */
  order(outOrderNo: string, options: Scope = {}) {
    const record = loadOrder(this.#ctx, this.#orderMchid(outOrderNo, options.mchid), outOrderNo)!;
    return { order: record.order, query_id: record.query_id, deduction: record.deduction ?? null };
  }

  /** The delivery log: every notification with its attempts (status, error, fault, serial, time). */
  notifications(filter: NotificationFilter = {}): NotificationRecord[] {
    return this.#notifier.list(filter);
  }

  /** Delivers every pending notification now, whatever its schedule. */
  flushNotifications(): Promise<void> {
    return this.#notifier.flush();
  }

  /** Resolves when the deliveries under way have finished. */
  settled(): Promise<void> {
    return this.#notifier.settled();
  }

  addFault(rule: FaultRule) {
    return this.#faults.add(rule);
  }

  faults() {
    return this.#faults.list();
  }

  clearFaults(): void {
    this.#faults.clear();
  }

  #authMchid(code: string, mchid: string | undefined): string {
    if (mchid !== undefined) {
      if (!this.#ctx.store.getAuthorization(mchid, code)) throw new ControlError(404, `no authorization ${code} for merchant ${mchid}`);
      return mchid;
    }
    return single(this.#ctx.store.findAuthorizations(code).map((record) => record.mchid), `authorization ${code}`);
  }

  #orderMchid(outOrderNo: string, mchid: string | undefined): string {
    if (mchid !== undefined) {
      if (!this.#ctx.store.getOrder(mchid, outOrderNo)) throw new ControlError(404, `no order ${outOrderNo} for merchant ${mchid}`);
      return mchid;
    }
    return single(this.#ctx.store.findOrders(outOrderNo).map((record) => record.mchid), `order ${outOrderNo}`);
  }
}

function single(mchids: string[], what: string): string {
  if (mchids.length === 0) throw new ControlError(404, `no ${what}`);
  if (mchids.length > 1) throw new ControlError(409, `${what} exists under several merchants; give mchid`);
  return mchids[0]!;
}

export interface ControlAnswer {
  status: number;
  body: unknown;
}

/**
 * HTTP control API (all JSON):
 *   GET  /mock/health
 *   GET  /mock/authorizations/{code}                 POST …/{code}/authorize | …/{code}/revoke
 *   GET  /mock/orders/{out_order_no}                 POST …/{no}/confirm | pay | prepay | deduct | expire
 *   GET  /mock/notifications?state=&event_type=&subject=    POST /mock/notifications/flush
 *   GET  /mock/faults    POST /mock/faults {kind, operation?, times?, status?, delayMs?, count?, patch?}    DELETE /mock/faults
 * Body fields and `?mchid=` are passed to the MockControl method of the same name. `body` is the parsed
 * JSON body (undefined when none was sent); anything but a JSON object answers 400, as does a path with
 * a malformed percent escape. A field of the wrong type answers 400 naming it; no action runs then.
 */
export async function handleControl(control: MockControl, method: string, url: URL, body: unknown): Promise<ControlAnswer> {
  // Query strings carry booleans as text ("?prepay=false").
  const query = Object.fromEntries([...url.searchParams].map(([k, v]) => [k, v === "true" ? true : v === "false" ? false : v]));
  if (body !== undefined && (body === null || typeof body !== "object" || Array.isArray(body))) {
    return { status: 400, body: { error: "a control request body must be a JSON object" } };
  }
  const args: Args = { ...query, ...body };
  let parts: string[];
  try {
    parts = url.pathname.replace(/^\/mock\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
  } catch (error) {
    if (error instanceof URIError) return { status: 400, body: { error: "the control path has a malformed percent escape" } };
    throw error;
  }
  const route = `${method} ${parts.map((part, i) => (i === 1 && parts.length >= 2 && parts[0] !== "notifications" && parts[0] !== "faults" ? ":id" : part)).join("/")}`;
  const id = parts[1]!;
  try {
    switch (route) {
      case "GET health":
        return ok({ ok: true });
      case "GET authorizations/:id":
        return ok(control.authorization(id, scope(args)));
      case "POST authorizations/:id/authorize":
        return ok(await control.authorize(id, {
          ...scope(args),
          openid: text(args, "openid"),
          sub_openid: text(args, "sub_openid"),
          user_label: oneOf(args, "user_label", USER_LABELS),
        }));
      case "POST authorizations/:id/revoke":
        return ok(await control.revoke(id, scope(args)));
      case "GET orders/:id":
        return ok(control.order(id, scope(args)));
      case "POST orders/:id/confirm":
        return ok(await control.confirm(id, { ...scope(args), openid: text(args, "openid") }));
      case "POST orders/:id/pay":
        return ok(await control.pay(id, { ...scope(args), prepay: flag(args, "prepay") }));
      case "POST orders/:id/prepay":
        return ok(await control.prepay(id, scope(args)));
      case "POST orders/:id/deduct":
        return ok(control.deduct(id, { ...scope(args), fail: flag(args, "fail") }));
      case "POST orders/:id/expire":
        return ok(control.expire(id, scope(args)));
      case "GET notifications":
        return ok(control.notifications({
          state: oneOf(args, "state", NOTIFICATION_STATES),
          eventType: text(args, "event_type"),
          subject: text(args, "subject"),
        }));
      case "POST notifications/flush":
        await control.flushNotifications();
        return ok({ ok: true });
      case "GET faults":
        return ok(control.faults());
      case "POST faults":
        return ok(control.addFault(normalizeFault(args)));
      case "DELETE faults":
        control.clearFaults();
        return ok({ ok: true });
      default:
        return { status: 404, body: { error: `no control route ${method} ${url.pathname}` } };
    }
  } catch (error) {
    if (error instanceof ControlError) return { status: error.status, body: { error: error.message } };
    if (error instanceof TypeError) return { status: 400, body: { error: error.message } };
    throw error;
  }
}

function ok(body: unknown): ControlAnswer {
  return { status: 200, body };
}

/** Query parameters and JSON body fields of a control request, merged (body wins). */
type Args = Readonly<Record<string, unknown>>;

const USER_LABELS = ["A", "B", "C"] as const;
const NOTIFICATION_STATES: readonly NotificationState[] = ["pending", "delivered", "failed", "held"];

function text(args: Args, name: string): string | undefined {
  const value = args[name];
  if (value === undefined || typeof value === "string") return value;
  throw new TypeError(`${name} must be a string`);
}

function flag(args: Args, name: string): boolean | undefined {
  const value = args[name];
  if (value === undefined || typeof value === "boolean") return value;
  throw new TypeError(`${name} must be true or false`);
}

function oneOf<T extends string>(args: Args, name: string, allowed: readonly T[]): T | undefined {
  const value = text(args, name);
  if (value === undefined) return undefined;
  const found = allowed.find((item) => item === value);
  if (found === undefined) throw new TypeError(`${name} must be one of ${allowed.join(", ")}`);
  return found;
}

function scope(args: Args): Scope {
  return { mchid: text(args, "mchid") };
}

/** Query strings carry numbers as text. Kind, numbers and patch are checked by `FaultQueue.add`. */
function normalizeFault(args: Args): FaultRule {
  const number = (value: unknown) => (value === undefined ? undefined : Number(value));
  const rule: FaultRule = { kind: args["kind"] as FaultKind };
  if (args["operation"] !== undefined) rule.operation = String(args["operation"]);
  for (const name of ["times", "status", "delayMs", "count"] as const) {
    const value = number(args[name]);
    if (value !== undefined) rule[name] = value;
  }
  if (args["patch"] !== undefined) rule.patch = args["patch"] as PatchOperation[];
  return rule;
}
