/**
 * Request bodies and query parameters the scenarios send, typed by the generated spec types (a field the
 * spec does not have, or a wrong type, is a compile error). Values are the documentation's examples;
 * identifiers come from the run's options; service times are computed from the platform clock.
 */
import type { components } from "../../../generated/schema.js";
import { compactTime } from "../../mock/time.ts";
import type { ScenarioIds, StepContext } from "../scenario.ts";

type Schemas = components["schemas"];

export const PATHS = {
  permissions: "/v3/payscore/acquiringbank/permissions",
  permission: "/v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}",
  terminate: "/v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}/terminate",
  orders: "/v3/payscore/acquiringbank/serviceorder",
  cancel: "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel",
  complete: "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete",
  modify: "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/modify",
  sync: "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/sync",
  registerDeduction: "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/registerdeductinfo",
  deduction: "/v3/payscore/acquiringbank/serviceorder/deduction",
  payOnDelivery: "/v3/payscore/acquiringbank/servicepayondeliveryorder",
  certificates: "/v3/certificates",
} as const;

/** The service fee every order in the scenarios charges at most (fen). */
export const FEE = 4000;
/**
 * `risk_fund.amount` of the scenarios' orders (fen), above every total they complete with, so the
 * completions stay within it whichever mode the service id has (RiskFund: "`amount` caps what completion
 * may charge in 先免 mode"; the orders name `ESTIMATE_ORDER_COST`, 先享, as the 开发指引's sample does).
 */
export const RISK_FUND = 10000;

function payment(amount: number): Schemas["PostPayment"] {
  return { name: "就餐费用服务费", amount, description: "就餐人均100元服务费", count: 1 };
}

/** The identifiers every body carries. */
function base(ids: ScenarioIds) {
  return { service_id: ids.service_id, appid: ids.appid, sub_mchid: ids.sub_mchid, channel_id: ids.channel_id };
}

export function applyPermissionsBody(t: StepContext, authorizationCode: string): Schemas["ApplyPermissionsRequest"] {
  return { ...base(t.ids), authorization_code: authorizationCode, notify_url: t.notifyUrl };
}

export function permissionQuery(ids: ScenarioIds) {
  return { service_id: ids.service_id, sub_mchid: ids.sub_mchid, channel_id: ids.channel_id };
}

export function terminateBody(ids: ScenarioIds): Schemas["TerminatePermissionsRequest"] {
  return { service_id: ids.service_id, sub_mchid: ids.sub_mchid, channel_id: ids.channel_id, reason: "用户投诉" };
}

export function createOrderBody(t: StepContext, outOrderNo: string, extra: Partial<Schemas["CreateServiceOrderRequest"]> = {}): Schemas["CreateServiceOrderRequest"] {
  return {
    ...base(t.ids),
    out_order_no: outOrderNo,
    service_introduction: "某某酒店",
    post_payments: [payment(FEE)],
    risk_fund: { name: "ESTIMATE_ORDER_COST", amount: RISK_FUND, description: "就餐的预估费用" },
    time_range: { start_time: "OnAccept" },
    notify_url: t.notifyUrl,
    need_user_confirm: true,
    ...extra,
  };
}

export function payOnDeliveryBody(t: StepContext, outOrderNo: string): Schemas["CreatePayOnDeliveryOrderRequest"] {
  return {
    // Without confirmation the order names its user up front.
    ...createOrderBody(t, outOrderNo, { need_user_confirm: false, openid: t.ids.openid }),
    shopping_info: { goods: [{ name: "商品A", picture: "https://example.com/a.png", amount: 100, count: 1 }] },
  };
}

export function orderQuery(ids: ScenarioIds, by: { out_order_no: string } | { query_id: string }) {
  return { service_id: ids.service_id, sub_mchid: ids.sub_mchid, channel_id: ids.channel_id, ...by };
}

/** total_amount = Σ post_payments − Σ post_discounts: the fee minus a discount down to `total`. */
export function completeBody(t: StepContext, total: number): Schemas["CompleteServiceOrderRequest"] {
  return {
    service_id: t.ids.service_id,
    sub_mchid: t.ids.sub_mchid,
    channel_id: t.ids.channel_id,
    post_payments: [payment(FEE)],
    ...(total < FEE ? { post_discounts: [{ name: "满20减1元", description: "不与其他优惠叠加", amount: FEE - total }] } : {}),
    total_amount: total,
    profit_sharing: false,
    // Creation said OnAccept without an end: completion gives it, with seconds, later than now + 1 minute.
    time_range: { end_time: compactTime(t.now() + 10 * 60_000) },
  };
}

export function modifyBody(t: StepContext, total: number): Schemas["ModifyServiceOrderRequest"] {
  const { time_range: _time, profit_sharing: _sharing, ...amounts } = completeBody(t, total);
  return { ...amounts, post_payments: amounts.post_payments, total_amount: total, reason: "用户投诉" };
}

export function cancelBody(ids: ScenarioIds): Schemas["CancelServiceOrderRequest"] {
  return { service_id: ids.service_id, sub_mchid: ids.sub_mchid, channel_id: ids.channel_id, reason: "用户投诉" };
}

export function syncBody(t: StepContext): Schemas["SyncServiceOrderRequest"] {
  return {
    service_id: t.ids.service_id,
    sub_mchid: t.ids.sub_mchid,
    channel_id: t.ids.channel_id,
    type: "Order_Paid",
    detail: { paid_time: compactTime(t.now()) },
  };
}

export function registerDeductionBody(ids: ScenarioIds, outTradeNo: string): Schemas["RegisterDeductInfoRequest"] {
  return { service_id: ids.service_id, appid: ids.appid, sub_mchid: ids.sub_mchid, channel_id: ids.channel_id, out_trade_no: outTradeNo };
}

export function deductionQuery(ids: ScenarioIds, outOrderNo: string) {
  return { service_id: ids.service_id, appid: ids.appid, sub_mchid: ids.sub_mchid, channel_id: ids.channel_id, out_order_no: outOrderNo };
}
