/**
 * Service orders (spec tag "Service orders"): order to payment, cancel, modify, sync and pay-on-delivery.
 * Each step asserts the state the documentation says the order is in afterwards.
 */
import type { components } from "../../../generated/schema.js";
import { ensure, scenario, type StepContext } from "../scenario.ts";
import {
  FEE,
  PATHS,
  cancelBody,
  completeBody,
  createOrderBody,
  deductionQuery,
  modifyBody,
  orderQuery,
  payOnDeliveryBody,
  registerDeductionBody,
  syncBody,
} from "./requests.ts";

type ServiceOrder = components["schemas"]["ServiceOrder"];

interface OrderState {
  no: string;
  queryId?: string;
}

const fresh = (): OrderState => ({ no: "" });

export async function getOrder(t: StepContext, by: { out_order_no: string } | { query_id: string }): Promise<ServiceOrder> {
  const { data } = await t.client.GET(PATHS.orders, { params: { query: orderQuery(t.ids, by) } });
  ensure(data, "the query answers the order");
  return data;
}

function describeState(order: ServiceOrder): string {
  return [order.state, order.state_description, order.collection?.state].filter(Boolean).join("/");
}

/**
 * One state the spec allows at a step: `state`, and `state_description` (null: it must be absent) and
 * `collection.state` where the step's documentation names them; what is left out is not looked at.
 */
export interface AllowedState {
  state: ServiceOrder["state"];
  state_description?: NonNullable<ServiceOrder["state_description"]> | null;
  collection?: NonNullable<ServiceOrder["collection"]>["state"];
}

function describeAllowed(allowed: AllowedState): string {
  const description = allowed.state_description === null ? " (no state_description)" : allowed.state_description ? `/${allowed.state_description}` : "";
  return `${allowed.state}${description}${allowed.collection ? `/${allowed.collection}` : ""}`;
}

/** The order is in this allowed state. */
export function inState(order: ServiceOrder, allowed: AllowedState): boolean {
  return order.state === allowed.state
    && (allowed.state_description === undefined || order.state_description === (allowed.state_description ?? undefined))
    && (allowed.collection === undefined || order.collection?.state === allowed.collection);
}

/** Fails the step unless the order is in one of the states the spec allows here ("the order is A or B (got C)"). */
export function expectState(order: ServiceOrder, ...allowed: readonly AllowedState[]): void {
  ensure(allowed.some((a) => inState(order, a)), `the order is ${allowed.map(describeAllowed).join(" or ")} (got ${describeState(order)})`);
}

/**
 * A new order nobody has confirmed yet, as createServiceOrder may answer it: its x-decision says the
 * initial state is `CREATED` on one official page and `DOING` on a newer one and the response allows
 * both; `state_description` is optional ("Present only while `state` is `DOING`"). `MCH_COMPLETE`
 * ("the institution completed the order") cannot describe an order nobody has completed.
 * createPayOnDeliveryServiceOrder "otherwise follows createServiceOrder", so the same states.
 */
export const NEW_ORDER: readonly AllowedState[] = [
  { state: "CREATED" },
  { state: "DOING", state_description: null },
  { state: "DOING", state_description: "USER_CONFIRM" },
];

/** createServiceOrder: "confirmation moves the order to `DOING`/`USER_CONFIRM`"; completion is "allowed in `DOING`/`USER_CONFIRM`". */
export const CONFIRMED: AllowedState = { state: "DOING", state_description: "USER_CONFIRM" };

/** completeServiceOrder: "the order becomes `DOING`/`MCH_COMPLETE` with collection `USER_PAYING`". */
const COMPLETED: AllowedState = { state: "DOING", state_description: "MCH_COMPLETE", collection: "USER_PAYING" };

/** What the scenarios whose order a user must confirm need (skipped with this reason otherwise). */
export const CONFIRMING_USER = {
  requires: ["user", "notifications"],
  userReason: "needs a user to confirm in the Pay Score mini-program",
} as const;

/** Step: create an order that waits for the user's confirmation. */
const create = {
  name: "create the order → CREATED or DOING, not yet confirmed",
  async run(t: StepContext, s: OrderState) {
    s.no = t.uniqueId("ORD");
    const { data } = await t.client.POST(PATHS.orders, { body: createOrderBody(t, s.no) });
    ensure(data, "the answer carries the order");
    expectState(data, ...NEW_ORDER);
    ensure(data.out_order_no === s.no, "the order has our out_order_no");
    ensure(data.package, "the answer carries the package for the confirmation jump");
    t.note(`out_order_no ${s.no}, ${describeState(data)}`);
  },
};

/**
 * Step: the user confirms in the mini-program; the platform tells us. Whether the order was created
 * `CREATED` or `DOING`, the institution-mode 开发指引 says the same: once the user has confirmed, "商户系统将收到确认订单回调通知"
 * (PAYSCORE.USER_CONFIRM), and that notification's resource is `DOING`/`USER_CONFIRM`.
 */
const confirm = {
  name: "the user confirms → PAYSCORE.USER_CONFIRM",
  async run(t: StepContext, s: OrderState) {
    const { queryId } = await t.user.confirm(s.no);
    if (queryId !== undefined) s.queryId = queryId;
    const n = await t.notification("PAYSCORE.USER_CONFIRM", s.no);
    ensure(n.plaintext?.["state"] === "DOING", `the notification says DOING (got ${String(n.plaintext?.["state"])})`);
  },
};

const complete = (total: number) => ({
  name: `complete with total_amount ${total} → 204`,
  async run(t: StepContext, s: OrderState) {
    const { response } = await t.client.POST(PATHS.complete, { params: { path: { out_order_no: s.no } }, body: completeBody(t, total) });
    ensure(response.status === 204, `complete answers 204 (got ${response.status})`);
  },
});

const queryCompleted = (total: number) => ({
  name: "query: DOING/MCH_COMPLETE, collection USER_PAYING",
  async run(t: StepContext, s: OrderState) {
    const order = await getOrder(t, { out_order_no: s.no });
    expectState(order, COMPLETED);
    ensure(order.total_amount === total, `total_amount is ${total} (got ${order.total_amount})`);
  },
});

/** cancelServiceOrder: "Answers 204", and the order "becomes `REVOKED`". */
export async function cancelOrder(t: StepContext, s: { no: string }): Promise<void> {
  const { response } = await t.client.POST(PATHS.cancel, { params: { path: { out_order_no: s.no } }, body: cancelBody(t.ids) });
  ensure(response.status === 204, `cancel answers 204 (got ${response.status})`);
  expectState(await getOrder(t, { out_order_no: s.no }), { state: "REVOKED" });
}

export const orderToPayment = scenario<OrderState & { tradeNo: string }>({
  id: "order-to-payment",
  title: "order to payment",
  requires: ["user", "notifications"],
  userReason: "needs a user to confirm and pay in the Pay Score mini-program",
  state: () => ({ ...fresh(), tradeNo: "" }),
  steps: [
    create,
    confirm,
    {
      name: "query by out_order_no and by query_id: DOING/USER_CONFIRM",
      async run(t, s) {
        expectState(await getOrder(t, { out_order_no: s.no }), CONFIRMED);
        if (s.queryId === undefined) return t.note("no query_id from the confirmation: query_id lookup not checked");
        const byId = await getOrder(t, { query_id: s.queryId });
        ensure(byId.out_order_no === s.no, "query_id finds the same order");
      },
    },
    complete(FEE - 100),
    queryCompleted(FEE - 100),
    {
      name: "register the deduction (registerDeductInfo)",
      async run(t, s) {
        s.tradeNo = t.uniqueId("TRD");
        const { data } = await t.client.POST(PATHS.registerDeduction, {
          params: { path: { out_order_no: s.no } },
          body: registerDeductionBody(t.ids, s.tradeNo),
        });
        ensure(data?.description, "the answer carries the deduction description");
      },
    },
    {
      name: "query the deduction (getDeductInfo)",
      async run(t, s) {
        const { data } = await t.client.GET(PATHS.deduction, { params: { query: deductionQuery(t.ids, s.no) } });
        ensure(data?.out_trade_no === s.tradeNo, `out_trade_no is ${s.tradeNo} (got ${data?.out_trade_no})`);
      },
    },
    {
      name: "the user pays → PAYSCORE.MCH_PREPAY, PAYSCORE.USER_PAID",
      async run(t, s) {
        await t.user.pay(s.no, { prepay: true });
        await t.notification("PAYSCORE.MCH_PREPAY", s.no);
        const n = await t.notification("PAYSCORE.USER_PAID", s.no);
        // UserPaidResource: "The order is `DONE` and collected."
        ensure(n.plaintext?.["state"] === "DONE", `the notification says DONE (got ${String(n.plaintext?.["state"])})`);
      },
    },
    {
      name: "query: DONE, collection USER_PAID",
      async run(t, s) {
        // ServiceOrder: "`state=DONE` with `collection.state=USER_PAID` means collected".
        expectState(await getOrder(t, { out_order_no: s.no }), { state: "DONE", collection: "USER_PAID" });
      },
    },
  ],
});

export const cancel = scenario<OrderState>({
  id: "cancel",
  title: "cancel",
  requires: [],
  state: fresh,
  steps: [
    create,
    // cancelServiceOrder: allowed in `CREATED` and in `DOING` (the institution-mode 开发指引: CREATED(已创单)、DOING(进行中)).
    { name: "cancel the unconfirmed order → 204, REVOKED", run: cancelOrder },
    {
      name: "complete a cancelled order → 400 ORDER_CANCELED or INVALID_ORDER_STATE",
      async run(t, s) {
        // BadRequest: `INVALID_ORDER_STATE` "the order's state does not allow this operation", `ORDER_CANCELED`
        // "单据已取消"; the spec does not say which of the two completion of a `REVOKED` order gets.
        await t.expectError(
          t.client.POST(PATHS.complete, { params: { path: { out_order_no: s.no } }, body: completeBody(t, FEE) }),
          400,
          ["ORDER_CANCELED", "INVALID_ORDER_STATE"],
        );
      },
    },
  ],
});

export const modify = scenario<OrderState>({
  id: "modify",
  title: "modify and cancel while paying",
  ...CONFIRMING_USER,
  state: fresh,
  steps: [
    create,
    confirm,
    complete(FEE),
    {
      name: "modify the amount down → 204",
      async run(t, s) {
        const { response } = await t.client.POST(PATHS.modify, { params: { path: { out_order_no: s.no } }, body: modifyBody(t, FEE - 500) });
        ensure(response.status === 204, `modify answers 204 (got ${response.status})`);
      },
    },
    queryCompleted(FEE - 500),
    {
      name: "modify the amount up → 400 INVALID_REQUEST or PARAM_ERROR",
      async run(t, s) {
        // modifyServiceOrder: "downwards only … not above the previous total"; the spec names no code for it, and
        // BadRequest's `INVALID_REQUEST` (a business rule) and `PARAM_ERROR` (a parameter) both fit.
        await t.expectError(
          t.client.POST(PATHS.modify, { params: { path: { out_order_no: s.no } }, body: modifyBody(t, FEE) }),
          400,
          ["INVALID_REQUEST", "PARAM_ERROR"],
        );
      },
    },
    // cancelServiceOrder: allowed in "`DOING`/`MCH_COMPLETE` while collection is `USER_PAYING`".
    { name: "cancel while the user is paying → 204, REVOKED", run: cancelOrder },
  ],
});

export const sync = scenario<OrderState>({
  id: "sync",
  title: "sync",
  ...CONFIRMING_USER,
  state: fresh,
  steps: [
    create,
    confirm,
    complete(FEE),
    {
      name: "sync Order_Paid (paid elsewhere) → 204",
      async run(t, s) {
        const { response } = await t.client.POST(PATHS.sync, { params: { path: { out_order_no: s.no } }, body: syncBody(t) });
        ensure(response.status === 204, `sync answers 204 (got ${response.status})`);
      },
    },
    {
      name: "query: DONE",
      async run(t, s) {
        // syncServiceOrder: "`type=Order_Paid` with the payment time moves it to `DONE`".
        expectState(await getOrder(t, { out_order_no: s.no }), { state: "DONE" });
      },
    },
  ],
});

/**
 * Pay on delivery without confirmation. The spec does not say which of the new-order states such an order
 * starts in; completion is "allowed in `DOING`/`USER_CONFIRM`", so it is completed only from there, and
 * otherwise the step says why it did not complete. Either way the order is cancelled at the end.
 */
export const payOnDelivery = scenario<OrderState & { completable: boolean }>({
  id: "pay-on-delivery",
  title: "pay on delivery",
  requires: [],
  state: () => ({ ...fresh(), completable: false }),
  steps: [
    {
      name: "create a pay-on-delivery order without confirmation → CREATED or DOING",
      async run(t, s) {
        s.no = t.uniqueId("POD");
        const { data } = await t.client.POST(PATHS.payOnDelivery, { body: payOnDeliveryBody(t, s.no) });
        ensure(data, "the answer carries the order");
        expectState(data, ...NEW_ORDER);
        s.completable = inState(data, CONFIRMED);
        t.note(`out_order_no ${s.no}, ${describeState(data)}`);
      },
    },
    {
      name: `complete with total_amount ${FEE} → 204 (from DOING/USER_CONFIRM)`,
      async run(t, s) {
        if (!s.completable) return t.note("the order was not created DOING/USER_CONFIRM, where completion is allowed: not completed");
        await complete(FEE).run(t, s);
      },
    },
    {
      name: "query: DOING/MCH_COMPLETE, collection USER_PAYING (when completed)",
      async run(t, s) {
        if (!s.completable) return t.note("not completed: nothing to check");
        await queryCompleted(FEE).run(t, s);
      },
    },
    // cancelServiceOrder: allowed in `CREATED`, `DOING`, and while collection is `USER_PAYING`.
    { name: "cancel the order → 204, REVOKED", run: cancelOrder },
  ],
});
