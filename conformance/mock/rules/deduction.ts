/**
 * Deduction (扣款, spec tag "Deduction"): after completion the institution
 * registers the withholding order number (`out_trade_no`, valid 24 h, one
 * withholding attempt per number) and asks its clearing house to debit; the
 * debit itself is a control-API action here ("deduct"), and WeChat announces
 * nothing about it (the institution polls the order).
 */
import { ControlError } from "./authorizations.ts";
import { invalidRequest, notFound, RuleError, type OperationHandler, type RuleContext } from "./common.ts";
import { findOrder, liveDeduction, loadOrder, settle } from "./orders.ts";

/** registerDeductInfo: "The registration is valid 24 h". */
const REGISTRATION_MS = 24 * 3600_000;

export const registerDeductInfo: OperationHandler<"registerDeductInfo"> = (ctx, request) => {
  const { body } = request;
  const record = findOrder(ctx, request.mchid, request.pathParams.out_order_no, {
    service_id: body.service_id,
    appid: body.appid,
    sub_mchid: body.sub_mchid,
    channel_id: body.channel_id,
  });
  const order = record.order;
  // registerDeductInfo: "After completion (`DOING`/`MCH_COMPLETE`)"; the refusal codes as BadRequest lists them.
  if (order.state === "REVOKED") throw new RuleError(400, "ORDER_CANCELED", "订单已取消");
  if (order.state === "DONE") throw new RuleError(400, "ORDER_DONE", "订单已完成");
  if (!(order.state === "DOING" && order.state_description === "MCH_COMPLETE")) {
    throw new RuleError(400, "INVALID_ORDER_STATE", `订单未完结, 不能登记扣款 (${order.state})`);
  }
  if (liveDeduction(ctx, record)) {
    // The same registration again is a safe retry (InternalServerError: "retry later with the same parameters").
    // The spec does not say what a second number gets while one is live; the mock's choice is INVALID_REQUEST
    // ("a business rule is broken"): the live one must be used or lapse first.
    if (record.deduction!.out_trade_no === body.out_trade_no) return { status: 200, body: { description: record.deduction!.description } };
    throw invalidRequest(
      "/out_trade_no",
      "已有生效的扣款登记",
      `out_trade_no ${record.deduction!.out_trade_no} is registered and not yet used`,
      body.out_trade_no,
    );
  }
  if (record.used_trade_nos.includes(body.out_trade_no)) {
    // registerDeductInfo: "allows one withholding attempt; to retry, register a new number".
    throw invalidRequest("/out_trade_no", "out_trade_no 已使用, 请使用新的扣款单号", "already registered once", body.out_trade_no);
  }
  const now = ctx.clock.now();
  record.deduction = {
    out_trade_no: body.out_trade_no,
    description: order.service_introduction,
    registered_at: now,
    expires_at: now + REGISTRATION_MS,
    attempted: false,
  };
  record.used_trade_nos.push(body.out_trade_no);
  ctx.store.putOrder(record);
  return { status: 200, body: { description: record.deduction.description } };
};

export const getDeductInfo: OperationHandler<"getDeductInfo"> = (ctx, request) => {
  const { query } = request;
  const record = findOrder(ctx, request.mchid, query.out_order_no, {
    service_id: query.service_id,
    appid: query.appid,
    sub_mchid: query.sub_mchid,
    channel_id: query.channel_id,
  });
  // getDeductInfo: "Without a registration: 404."
  if (!record.deduction) throw notFound("扣款信息");
  return { status: 200, body: { description: record.deduction.description, out_trade_no: record.deduction.out_trade_no } };
};

/**
 * The clearing house debits with the registered out_trade_no (control API).
 * Success: DONE / USER_PAID. `fail`: the one attempt is used up and the order
 * keeps waiting for payment (register a new number to retry).
 */
export function deduct(ctx: RuleContext, mchid: string, outOrderNo: string, options: { fail?: boolean } = {}) {
  const record = loadOrder(ctx, mchid, outOrderNo);
  if (!record) throw new ControlError(404, `no order ${outOrderNo} for merchant ${mchid}`);
  if (!liveDeduction(ctx, record)) throw new ControlError(409, `order ${outOrderNo} has no live deduction registration`);
  const deduction = record.deduction!;
  deduction.attempted = true;
  deduction.result = options.fail ? "failed" : "paid";
  if (!options.fail) settle(record.order, "MCH", ctx.clock.now());
  ctx.store.putOrder(record);
  return record.order;
}
