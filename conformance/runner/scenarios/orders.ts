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

export function expectState(order: ServiceOrder, state: ServiceOrder["state"], description?: ServiceOrder["state_description"], collection?: NonNullable<ServiceOrder["collection"]>["state"]) {
  const ok = order.state === state
    && (description === undefined || order.state_description === description)
    && (collection === undefined || order.collection?.state === collection);
  const wanted = [state, description, collection].filter(Boolean).join("/");
  ensure(ok, `the order is ${wanted} (got ${describeState(order)})`);
}

/** What the scenarios whose order a user must confirm need (skipped with this reason otherwise). */
export const CONFIRMING_USER = {
  requires: ["user", "notifications"],
  userReason: "needs a user to confirm in the Pay Score mini-program",
} as const;

/** Step: create an order that waits for the user's confirmation. */
const create = {
  name: "create the order → CREATED",
  async run(t: StepContext, s: OrderState) {
    s.no = t.uniqueId("ORD");
    const { data } = await t.client.POST(PATHS.orders, { body: createOrderBody(t, s.no) });
    ensure(data, "the answer carries the order");
    expectState(data, "CREATED");
    ensure(data.out_order_no === s.no, "the order has our out_order_no");
    ensure(data.package, "the answer carries the package for the confirmation jump");
    t.note(`out_order_no ${s.no}`);
  },
};

/** Step: the user confirms in the mini-program; the platform tells us. */
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
    expectState(order, "DOING", "MCH_COMPLETE", "USER_PAYING");
    ensure(order.total_amount === total, `total_amount is ${total} (got ${order.total_amount})`);
  },
});

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
        expectState(await getOrder(t, { out_order_no: s.no }), "DOING", "USER_CONFIRM");
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
        ensure(n.plaintext?.["state"] === "DONE", `the notification says DONE (got ${String(n.plaintext?.["state"])})`);
      },
    },
    {
      name: "query: DONE, collection USER_PAID",
      async run(t, s) {
        expectState(await getOrder(t, { out_order_no: s.no }), "DONE", undefined, "USER_PAID");
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
    {
      name: "cancel the unconfirmed order → 204",
      async run(t, s) {
        const { response } = await t.client.POST(PATHS.cancel, { params: { path: { out_order_no: s.no } }, body: cancelBody(t.ids) });
        ensure(response.status === 204, `cancel answers 204 (got ${response.status})`);
      },
    },
    {
      name: "query: REVOKED",
      async run(t, s) {
        expectState(await getOrder(t, { out_order_no: s.no }), "REVOKED");
      },
    },
    {
      name: "complete a cancelled order → 400 ORDER_CANCELED",
      async run(t, s) {
        await t.expectError(t.client.POST(PATHS.complete, { params: { path: { out_order_no: s.no } }, body: completeBody(t, FEE) }), 400, "ORDER_CANCELED");
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
      name: "modify the amount up → 400 INVALID_REQUEST",
      async run(t, s) {
        await t.expectError(t.client.POST(PATHS.modify, { params: { path: { out_order_no: s.no } }, body: modifyBody(t, FEE) }), 400, "INVALID_REQUEST");
      },
    },
    {
      name: "cancel while the user is paying → 204, REVOKED",
      async run(t, s) {
        const { response } = await t.client.POST(PATHS.cancel, { params: { path: { out_order_no: s.no } }, body: cancelBody(t.ids) });
        ensure(response.status === 204, `cancel answers 204 (got ${response.status})`);
        expectState(await getOrder(t, { out_order_no: s.no }), "REVOKED");
      },
    },
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
        expectState(await getOrder(t, { out_order_no: s.no }), "DONE");
      },
    },
  ],
});

export const payOnDelivery = scenario<OrderState>({
  id: "pay-on-delivery",
  title: "pay on delivery",
  requires: [],
  state: fresh,
  steps: [
    {
      name: "create a pay-on-delivery order without confirmation → DOING/USER_CONFIRM",
      async run(t, s) {
        s.no = t.uniqueId("POD");
        const { data } = await t.client.POST(PATHS.payOnDelivery, { body: payOnDeliveryBody(t, s.no) });
        ensure(data, "the answer carries the order");
        expectState(data, "DOING", "USER_CONFIRM");
        t.note(`out_order_no ${s.no}`);
      },
    },
    complete(FEE),
    queryCompleted(FEE),
  ],
});
