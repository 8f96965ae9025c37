/**
 * Service orders (spec tag "Service orders"; each rule below names the spec text it enforces):
 *
 *   create ──► CREATED or DOING ──(user confirms)──► DOING/USER_CONFIRM ──complete──► DOING/MCH_COMPLETE (USER_PAYING)
 *      │          │ 30 days (CREATED)                  │                               │ modify (down) / register deduction
 *      │          ▼                                    │                               ▼
 *      │       EXPIRED        cancel from CREATED, DOING (unconfirmed, USER_CONFIRM, USER_PAYING) ──► REVOKED
 *      └ without confirmation: DOING/USER_CONFIRM at once                 sync / debit / cashier ──► DONE (USER_PAID)
 *
 * A new order that waits for confirmation starts in `ctx.initialOrderState` (CREATED, or DOING without
 * `state_description`). Deductions (registerDeductInfo, getDeductInfo) live in deduction.ts.
 */
import { randomNonce } from "../../../src/nonce.ts";
import { DEPOSIT_FREE_RISK_FUNDS, operationById, resourceFields, type Schemas, type ServiceOrder } from "../spec.ts";
import { pooledNonce } from "../signing.ts";
import { beijingDayStart, compactTime, parseServiceTime } from "../time.ts";
import type { OrderRecord } from "../types.ts";
import { ControlError } from "./authorizations.ts";
import {
  canonicalJson,
  invalidRequest,
  notFound,
  paramError,
  pick,
  RuleError,
  type OperationHandler,
  type OperationRequest,
  type RuleContext,
} from "./common.ts";

/** OrderState EXPIRED: "a `CREATED` order left unconfirmed for 30 days". */
const EXPIRE_AFTER_MS = 30 * 86_400_000;
/** TimeRange.end_time: "later than now + 1 minute with second precision". */
const END_TIME_MARGIN_MS = 60_000;

// ---- creating --------------------------------------------------------------------------------

type CreateRequest = OperationRequest<"createServiceOrder"> | OperationRequest<"createPayOnDeliveryServiceOrder">;

function createOrder(ctx: RuleContext, { mchid, body }: CreateRequest, kind: OrderRecord["kind"]): { status: 200; body: ServiceOrder } {
  const request = canonicalJson(body);
  const existing = loadOrder(ctx, mchid, body.out_order_no);
  if (existing) {
    // createServiceOrder: "Same parameters again: the same success (idempotent). Same `out_order_no`
    // with different parameters: 400 `INVALID_REQUEST`." (pay-on-delivery: "Otherwise it follows createServiceOrder".)
    if (existing.request === request && existing.kind === kind) return { status: 200, body: existing.order };
    throw invalidRequest(
      "/out_order_no",
      "out_order_no 已存在且参数不一致",
      "an order with this out_order_no exists with different parameters",
      body.out_order_no,
    );
  }
  const now = ctx.clock.now();
  checkCreateTimeRange(body.time_range, now);
  // NeedUserConfirm: "Institution mode requires `true`"; the spec's conditional asks for a named user only when
  // it is `false`, so an absent flag confirms. Pay-on-delivery: "defaults to false for pay-on-delivery orders".
  const confirm = kind === "serviceorder" ? body.need_user_confirm !== false : body.need_user_confirm === true;
  // A confirming order starts in the configured initial state (createServiceOrder x-decision: CREATED or DOING).
  // The spec does not say where one without confirmation starts; the mock's choice is DOING/USER_CONFIRM, the
  // state completion is "allowed in", since nobody has to confirm it.
  const order: ServiceOrder = {
    out_order_no: body.out_order_no,
    service_id: body.service_id,
    appid: body.appid,
    mchid,
    ...pick(body, ["sub_appid"]),
    sub_mchid: body.sub_mchid,
    channel_id: body.channel_id,
    service_introduction: body.service_introduction,
    state: confirm ? ctx.initialOrderState : "DOING",
    ...(confirm ? {} : { state_description: "USER_CONFIRM" as const }),
    ...pick(body, ["post_payments", "post_discounts", "risk_fund", "time_range", "location", "attach", "notify_url"]),
    ...pick(body, ["openid", "sub_openid", "need_user_confirm"]),
    // Only the pay-on-delivery request has goods information (CreatePayOnDeliveryOrderRequest.shopping_info).
    ...("shopping_info" in body ? pick(body, ["shopping_info"]) : {}),
    order_id: `${compactTime(now)}${randomDigits(16)}`,
    package: randomNonce(64),
  };
  const record: OrderRecord = {
    mchid,
    out_order_no: body.out_order_no,
    kind,
    request,
    order,
    query_id: randomNonce(32),
    created_at: now,
    used_trade_nos: [],
  };
  if (!confirm) record.confirmed_at = now;
  ctx.store.putOrder(record);
  return { status: 200, body: order };
}

export const createServiceOrder: OperationHandler<"createServiceOrder"> = (ctx, request) => createOrder(ctx, request, "serviceorder");
export const createPayOnDeliveryServiceOrder: OperationHandler<"createPayOnDeliveryServiceOrder"> = (ctx, request) =>
  createOrder(ctx, request, "payondelivery");

/**
 * ServiceStartTime: "With second precision it must be later than the create call; with day precision
 * not earlier than today." TimeRange.end_time: "later than `start_time`, and later than now + 1 minute
 * with second precision" (the spec writes the end rule on TimeRange; it is applied where the end time is
 * first given, at creation).
 */
function checkCreateTimeRange(range: { start_time: string; end_time?: string }, now: number): void {
  let start: number | undefined;
  if (range.start_time !== "OnAccept") {
    start = parseServiceTime(range.start_time);
    if (start === undefined) throw paramError("/time_range/start_time", "is not a calendar date", range.start_time);
    const earliest = range.start_time.length === 8 ? beijingDayStart(now) : Math.floor(now / 1000) * 1000;
    if (start < earliest) throw paramError("/time_range/start_time", "is earlier than the time of the call", range.start_time);
  }
  if (range.end_time === undefined) return;
  const end = parseServiceTime(range.end_time);
  if (end === undefined) throw paramError("/time_range/end_time", "is not a calendar date", range.end_time);
  const seconds = range.end_time.length === 14;
  if (start !== undefined && (seconds ? end <= start : end < start)) {
    throw paramError("/time_range/end_time", "is not later than start_time", range.end_time);
  }
  if (seconds && end <= now + END_TIME_MARGIN_MS) {
    throw paramError("/time_range/end_time", "must be later than now + 1 minute", range.end_time);
  }
}

// ---- finding -----------------------------------------------------------------------------------

/** The order, with the 30-day expiry applied (and stored) when it is due. */
export function loadOrder(ctx: RuleContext, mchid: string, outOrderNo: string): OrderRecord | undefined {
  return expireIfDue(ctx, ctx.store.getOrder(mchid, outOrderNo));
}

function expireIfDue(ctx: RuleContext, record: OrderRecord | undefined): OrderRecord | undefined {
  if (record && record.order.state === "CREATED" && ctx.clock.now() - record.created_at >= EXPIRE_AFTER_MS) {
    setExpired(ctx, record);
  }
  return record;
}

function setExpired(ctx: RuleContext, record: OrderRecord): void {
  record.order.state = "EXPIRED";
  delete record.order.state_description;
  ctx.store.putOrder(record);
}

/**
 * The order under this merchant whose identifiers match what the caller sent, or 404 ORDER_NOT_EXIST
 * (ErrorCode: "订单不存在 — check the identifiers").
 */
export function findOrder(ctx: RuleContext, mchid: string, outOrderNo: string | undefined, ids: Record<string, unknown>) {
  const record = outOrderNo === undefined ? undefined : loadOrder(ctx, mchid, outOrderNo);
  if (!record || !matches(record.order, ids)) throw notFound("订单");
  return record;
}

type PathOrderOperation = "cancelServiceOrder" | "completeServiceOrder" | "modifyServiceOrder" | "syncServiceOrder";

/** The order in the path of cancel/complete/modify/sync, which must match the body's identifiers. */
function findPathOrder(ctx: RuleContext, request: OperationRequest<PathOrderOperation>) {
  const { body } = request;
  return findOrder(ctx, request.mchid, request.pathParams.out_order_no, {
    sub_mchid: body.sub_mchid,
    channel_id: body.channel_id,
    service_id: body.service_id,
  });
}

function matches(order: ServiceOrder, ids: Record<string, unknown>): boolean {
  return Object.entries(ids).every(([name, value]) => value === undefined || order[name as keyof ServiceOrder] === value);
}

export const getServiceOrder: OperationHandler<"getServiceOrder"> = (ctx, request) => {
  const { query } = request;
  // getServiceOrder: "by `out_order_no` or by `query_id` … exactly one of the two (`x-exactly-one-of`); both or
  // neither is 400 `PARAM_ERROR`".
  const keys = operationById("getServiceOrder").exactlyOneOf ?? [];
  const given = keys.filter((key) => Object.hasOwn(query, key));
  if (given.length !== 1) {
    throw paramError(keys.join("/"), `exactly one of ${keys.join(", ")} is required`, given.length ? given : undefined, "query");
  }
  const record =
    query.out_order_no !== undefined
      ? loadOrder(ctx, request.mchid, query.out_order_no)
      : expireIfDue(ctx, ctx.store.getOrderByQueryId(request.mchid, query.query_id!));
  const ids = { sub_mchid: query.sub_mchid, channel_id: query.channel_id, service_id: query.service_id };
  if (!record || !matches(record.order, ids)) throw notFound("订单");
  return { status: 200, body: record.order };
};

// ---- state guards ------------------------------------------------------------------------------

/**
 * The documented codes for an order whose state does not allow the operation. cancelServiceOrder:
 * "`DONE` gives `ORDER_DONE`, `REVOKED` gives `ORDER_CANCELED`, `EXPIRED` `INVALID_ORDER_STATE`"; the other
 * operations follow BadRequest ("`INVALID_ORDER_STATE`: the order's state does not allow this operation;
 * `ORDER_CANCELED` / `ORDER_DONE`: nothing to do").
 */
function refuseState(order: ServiceOrder): never {
  if (order.state === "REVOKED") throw new RuleError(400, "ORDER_CANCELED", "订单已取消");
  if (order.state === "DONE") throw new RuleError(400, "ORDER_DONE", "订单已完成");
  throw new RuleError(400, "INVALID_ORDER_STATE", `当前订单状态不合法 (${order.state}${order.state_description ? `/${order.state_description}` : ""})`);
}

/** A new order nobody has confirmed yet: CREATED, or DOING without `state_description` (the newer official page). */
function awaitingConfirmation(order: ServiceOrder): boolean {
  return order.state === "CREATED" || (order.state === "DOING" && order.state_description === undefined);
}

/** completeServiceOrder: "the order becomes `DOING`/`MCH_COMPLETE` with collection `USER_PAYING`". */
function isCompleted(order: ServiceOrder): boolean {
  return order.state === "DOING" && order.state_description === "MCH_COMPLETE" && order.collection?.state === "USER_PAYING";
}

/**
 * registerDeductInfo: "The registration is valid 24 h and allows one withholding attempt … While it is
 * live the order cannot be cancelled, modified or synced."
 */
export function liveDeduction(ctx: RuleContext, record: OrderRecord): boolean {
  const deduction = record.deduction;
  return !!deduction && !deduction.attempted && ctx.clock.now() < deduction.expires_at;
}

function refuseWhileDeducting(ctx: RuleContext, record: OrderRecord): void {
  if (liveDeduction(ctx, record)) throw new RuleError(400, "INVALID_ORDER_STATE", "单据正在扣款中, 请稍后再试");
}

// ---- cancel / complete / modify / sync -----------------------------------------------------------

export const cancelServiceOrder: OperationHandler<"cancelServiceOrder"> = (ctx, request) => {
  const { body } = request;
  const record = findPathOrder(ctx, request);
  const order = record.order;
  const cancelRequest = canonicalJson(body);
  // cancelServiceOrder: "Retrying with identical parameters is safe."
  if (order.state === "REVOKED" && record.cancel_request === cancelRequest) return { status: 204 };
  // cancelServiceOrder: allowed in `CREATED` and `DOING` (the institution-mode 开发指引: "CREATED(已创单)、DOING(进行中)(包括商户完结支付分订单后,
  // 且支付分订单收款状态为待支付USER_PAYING)"): a new DOING order, `USER_CONFIRM`, and `MCH_COMPLETE` while `USER_PAYING`.
  const allowed = order.state === "CREATED" || (order.state === "DOING" && (order.state_description !== "MCH_COMPLETE" || isCompleted(order)));
  if (!allowed) refuseState(order);
  refuseWhileDeducting(ctx, record);
  order.state = "REVOKED";
  delete order.state_description;
  record.cancel_request = cancelRequest;
  ctx.store.putOrder(record);
  return { status: 204 };
};

interface AmountBody {
  post_payments: Schemas["PostPayment"][];
  post_discounts?: Schemas["CompletePostDiscount"][];
  total_amount: number;
}

/**
 * CompleteServiceOrderRequest: "`total_amount` must equal Σ post_payments.amount − Σ post_discounts.amount
 * (otherwise `PARAM_ERROR`)"; ModifyServiceOrderRequest: "`total_amount` = Σ payments − Σ discounts".
 * PostPayment x-decision: "a missing amount counts as 0 in the total".
 */
function checkTotal(body: AmountBody): void {
  const payments = body.post_payments.reduce((sum, item) => sum + ((item as { amount?: number }).amount ?? 0), 0);
  const discounts = (body.post_discounts ?? []).reduce((sum, item) => sum + item.amount, 0);
  if (body.total_amount !== payments - discounts) {
    throw paramError("/total_amount", `最终总金额计算非法: must equal Σ post_payments.amount − Σ post_discounts.amount = ${payments - discounts}`, body.total_amount);
  }
}

function setAmounts(order: ServiceOrder, body: AmountBody): void {
  order.post_payments = body.post_payments;
  if (body.post_discounts) order.post_discounts = body.post_discounts;
  else delete order.post_discounts;
  order.total_amount = body.total_amount;
  order.need_collection = true;
  order.collection = { state: "USER_PAYING", total_amount: body.total_amount, paying_amount: body.total_amount, paid_amount: 0 };
}

export const completeServiceOrder: OperationHandler<"completeServiceOrder"> = (ctx, request) => {
  const { body } = request;
  const record = findPathOrder(ctx, request);
  const order = record.order;
  const completeRequest = canonicalJson(body);
  // InternalServerError: "retry later with the same parameters" — the same completion again succeeds.
  if (isCompleted(order) && record.complete_request === completeRequest) return { status: 204 };
  // completeServiceOrder: "allowed in `DOING`/`USER_CONFIRM`".
  if (!(order.state === "DOING" && order.state_description === "USER_CONFIRM")) refuseState(order);
  checkTotal(body);
  // CompleteServiceOrderRequest: "stay within the order's `risk_fund.amount` (先免) or the service id's cap
  // (先享)"; RiskFund: "`amount` caps what completion may charge in 先免 mode". Which names are 先免 comes from
  // RiskFundName's x-enumDescriptions. The mock knows no service id's 先享 cap, so 先享 is not capped here.
  const risk = order.risk_fund;
  if (risk && DEPOSIT_FREE_RISK_FUNDS.has(risk.name) && body.total_amount > risk.amount) {
    throw paramError("/total_amount", `exceeds risk_fund.amount ${risk.amount}, the cap of a 先免 (${risk.name}) order`, body.total_amount);
  }
  const created = order.time_range ?? {};
  const given = body.time_range ?? {};
  for (const name of ["start_time", "end_time"] as const) {
    const before = created[name];
    const now = given[name];
    // TimeRange: "At completion, keep the format used at creation".
    if (now !== undefined && before !== undefined && before !== "OnAccept" && before.length !== now.length) {
      throw paramError(`/time_range/${name}`, "must keep the format used at creation", now);
    }
  }
  // TimeRange: "`end_time` is required then if creation did not give it".
  if (given.end_time === undefined && created.end_time === undefined) {
    throw paramError("/time_range/end_time", "is required at completion when creation did not give it", undefined);
  }
  setAmounts(order, body);
  order.state_description = "MCH_COMPLETE";
  order.time_range = { ...created, ...given };
  if (body.location) order.location = { ...order.location, ...body.location };
  record.complete_request = completeRequest;
  record.completed_at = ctx.clock.now();
  ctx.store.putOrder(record);
  return { status: 204 };
};

export const modifyServiceOrder: OperationHandler<"modifyServiceOrder"> = (ctx, request) => {
  const { body } = request;
  const record = findPathOrder(ctx, request);
  const order = record.order;
  // modifyServiceOrder: "a completed order (`DOING`/`MCH_COMPLETE`, collection `USER_PAYING`) … Not while a
  // registered deduction is live."
  if (!isCompleted(order)) refuseState(order);
  refuseWhileDeducting(ctx, record);
  checkTotal(body);
  // modifyServiceOrder: "downwards only … not above the previous total". The spec names no code; BadRequest's
  // `INVALID_REQUEST` ("the format is right but a business rule is broken") is the mock's choice.
  if (body.total_amount > (order.total_amount ?? 0)) {
    throw invalidRequest(
      "/total_amount",
      "修改后金额不能大于原金额",
      `the amount can only go down (now ${order.total_amount})`,
      body.total_amount,
    );
  }
  setAmounts(order, body);
  ctx.store.putOrder(record);
  return { status: 204 };
};

export const syncServiceOrder: OperationHandler<"syncServiceOrder"> = (ctx, request) => {
  const { body } = request;
  const record = findPathOrder(ctx, request);
  // syncServiceOrder: "For a completed order (`DOING`/`MCH_COMPLETE`) … `type=Order_Paid` with the payment
  // time moves it to `DONE`. Not while a registered deduction is live." PaidType `MCH`: "collected by the
  // merchant's own channel".
  if (!isCompleted(record.order)) refuseState(record.order);
  refuseWhileDeducting(ctx, record);
  if (parseServiceTime(body.detail.paid_time) === undefined) throw paramError("/detail/paid_time", "is not a calendar date", body.detail.paid_time);
  settle(record.order, "MCH", ctx.clock.now(), { paid_time: body.detail.paid_time });
  ctx.store.putOrder(record);
  return { status: 204 };
};

/**
 * DONE, collected (ServiceOrder: "`state=DONE` with `collection.state=USER_PAID` means collected"): the whole
 * paying amount becomes one collection detail.
 */
export function settle(
  order: ServiceOrder,
  paidType: Schemas["PaidType"],
  now: number,
  extra: { paid_time?: string; transaction_id?: string } = {},
): void {
  const collection = order.collection ?? { state: "USER_PAYING", total_amount: order.total_amount ?? 0, paying_amount: order.total_amount ?? 0, paid_amount: 0 };
  const details = collection.details ?? [];
  if (collection.paying_amount > 0) {
    details.push({
      seq: details.length + 1,
      amount: collection.paying_amount,
      paid_type: paidType,
      paid_time: extra.paid_time ?? compactTime(now),
      ...(extra.transaction_id ? { transaction_id: extra.transaction_id } : {}),
    });
  }
  order.state = "DONE";
  delete order.state_description;
  order.collection = {
    state: "USER_PAID",
    total_amount: collection.total_amount,
    paying_amount: 0,
    paid_amount: collection.paid_amount + collection.paying_amount,
    ...(details.length ? { details } : {}),
  };
}

// ---- user actions (control API) --------------------------------------------------------------

/**
 * The decrypted resource of an order notification: the order's fields that the event's resource
 * schema lists (read from the spec, so the resource never breaks it).
 */
export function orderNotificationResource(record: OrderRecord, eventType: "PAYSCORE.USER_CONFIRM" | "PAYSCORE.USER_PAID"): Record<string, unknown> {
  const source: Record<string, unknown> = { ...record.order };
  if (record.deduction) source["out_trade_no"] = record.deduction.out_trade_no;
  return Object.fromEntries(resourceFields(eventType).filter((key) => source[key] !== undefined).map((key) => [key, source[key]]));
}

function controlOrder(ctx: RuleContext, mchid: string, outOrderNo: string): OrderRecord {
  const record = loadOrder(ctx, mchid, outOrderNo);
  if (!record) throw new ControlError(404, `no order ${outOrderNo} for merchant ${mchid}`);
  return record;
}

/**
 * The user confirms in the Pay Score mini-program: DOING/USER_CONFIRM and PAYSCORE.USER_CONFIRM (onUserConfirm:
 * "The user confirmed the order …; it is now `DOING`/`USER_CONFIRM`"), from CREATED or from a new DOING order
 * alike. Returns the query_id the jump hands back.
 */
export async function confirmOrder(ctx: RuleContext, mchid: string, outOrderNo: string, user: { openid?: string } = {}) {
  const record = controlOrder(ctx, mchid, outOrderNo);
  const order = record.order;
  if (!awaitingConfirmation(order)) {
    throw new ControlError(409, `order ${outOrderNo} is ${order.state}${order.state_description ? `/${order.state_description}` : ""}, not waiting for confirmation`);
  }
  const openid = user.openid ?? order.openid ?? order.sub_openid ?? `o${randomNonce(27)}`;
  if (order.sub_appid !== undefined && order.openid === undefined) order.sub_openid = openid;
  else order.openid = openid;
  order.state = "DOING";
  order.state_description = "USER_CONFIRM";
  record.confirmed_at = ctx.clock.now();
  ctx.store.putOrder(record);
  await notifyOrder(ctx, record, "PAYSCORE.USER_CONFIRM");
  return { query_id: record.query_id, order };
}

/** A CREATED order passes its 30 days now (OrderState EXPIRED: "a `CREATED` order left unconfirmed for 30 days"). */
export function expireOrder(ctx: RuleContext, mchid: string, outOrderNo: string): OrderRecord {
  const record = controlOrder(ctx, mchid, outOrderNo);
  if (record.order.state !== "CREATED") throw new ControlError(409, `order ${outOrderNo} is ${record.order.state}, not CREATED`);
  setExpired(ctx, record);
  return record;
}

/**
 * The user pays actively through the cashier: optionally PAYSCORE.MCH_PREPAY
 * first (WeChat asks the institution for a cashier order), then DONE with a
 * Pay Score collection and PAYSCORE.USER_PAID (UserPaidResource: "sent only when
 * the user pays through the cashier"; PaidType `NEWTON`: "collected through Pay Score").
 */
export async function payOrder(ctx: RuleContext, mchid: string, outOrderNo: string, options: { prepay?: boolean } = {}) {
  const record = controlOrder(ctx, mchid, outOrderNo);
  if (!isCompleted(record.order)) throw new ControlError(409, `order ${outOrderNo} is not completed and waiting for payment`);
  if (options.prepay !== false) await sendPrepay(ctx, record);
  settle(record.order, "NEWTON", ctx.clock.now(), { transaction_id: `4200${compactTime(ctx.clock.now())}${randomDigits(10)}` });
  ctx.store.putOrder(record);
  await notifyOrder(ctx, record, "PAYSCORE.USER_PAID");
  return record.order;
}

/** PAYSCORE.MCH_PREPAY on its own. */
export async function prepayOrder(ctx: RuleContext, mchid: string, outOrderNo: string) {
  const record = controlOrder(ctx, mchid, outOrderNo);
  if (!isCompleted(record.order)) throw new ControlError(409, `order ${outOrderNo} is not completed and waiting for payment`);
  await sendPrepay(ctx, record);
  return record.order;
}

async function sendPrepay(ctx: RuleContext, record: OrderRecord): Promise<void> {
  const order = record.order;
  if (!order.notify_url) return;
  const now = ctx.clock.now();
  const resource: Schemas["MchPrepayResource"] = {
    service_id: order.service_id,
    appid: order.appid,
    mchid: order.mchid,
    ...pick(order, ["sub_appid"]),
    sub_mchid: order.sub_mchid!,
    channel_id: order.channel_id,
    out_order_no: order.out_order_no,
    ...pick(order, ["openid", "sub_openid"]),
    total_amount: order.collection?.paying_amount ?? 0,
    prepay_req_body: {
      device_info: "WEB",
      nonce_str: randomNonce(32),
      body: order.service_introduction,
      fee_type: "CNY",
      time_start: compactTime(now),
      time_expire: compactTime(now + 2 * 3600_000),
      notify_url: order.notify_url,
      trade_type: "JSAPI",
      limit_pay: "no_credit",
      need_receipt: false,
    },
  };
  await ctx.notifier.enqueue({ mchid: order.mchid, eventType: "PAYSCORE.MCH_PREPAY", notifyUrl: order.notify_url, subject: order.out_order_no, resource });
}

async function notifyOrder(ctx: RuleContext, record: OrderRecord, eventType: "PAYSCORE.USER_CONFIRM" | "PAYSCORE.USER_PAID") {
  if (!record.order.notify_url) return;
  await ctx.notifier.enqueue({
    mchid: record.mchid,
    eventType,
    notifyUrl: record.order.notify_url,
    subject: record.out_order_no,
    resource: orderNotificationResource(record, eventType),
  });
}

/** `count` decimal digits, uniformly distributed (order_id, transaction_id). */
function randomDigits(count: number): string {
  return pooledNonce(count, "0123456789");
}
