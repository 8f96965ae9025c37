/**
 * Error paths: the platform must refuse with the documented status and code, and its refusal must itself
 * follow the contract (signed, Request-ID, a code the spec lists for that status). A field over its
 * length is refused twice: by our own request check before sending, and by the platform.
 */
import { SPEC_INDEX } from "../../../src/spec-index.ts";
import { ensure, scenario, type StepContext } from "../scenario.ts";
import { CONFIRMED, CONFIRMING_USER, NEW_ORDER, cancelOrder, expectState, getOrder, inState } from "./orders.ts";
import { FEE, PATHS, completeBody, createOrderBody, permissionQuery, registerDeductionBody } from "./requests.ts";

interface State {
  no: string;
}

/** The spec's maxLength (characters) of a component schema (never written here: read from the spec index). */
function maxLengthOf(schema: string): number {
  const max = SPEC_INDEX.componentMaxLengths[schema];
  if (max === undefined) throw new Error(`spec: ${schema} has no maxLength`);
  return max;
}

async function createOrder(t: StepContext, s: State) {
  s.no = t.uniqueId("ERR");
  const { data } = await t.client.POST(PATHS.orders, { body: createOrderBody(t, s.no) });
  ensure(data, "the answer carries the order");
  expectState(data, ...NEW_ORDER);
  t.note(`out_order_no ${s.no}`);
}

export const errorPaths = scenario<State>({
  id: "error-paths",
  title: "error paths",
  requires: [],
  state: () => ({ no: "" }),
  steps: [
    {
      name: "query an order that does not exist → 404 ORDER_NOT_EXIST",
      async run(t) {
        await t.expectError(t.client.GET(PATHS.orders, { params: { query: { ...permissionQuery(t.ids), out_order_no: t.uniqueId("NONE") } } }), 404, "ORDER_NOT_EXIST");
      },
    },
    {
      name: "query an authorization that does not exist → 404",
      async run(t) {
        await t.expectError(t.client.GET(PATHS.permission, {
          params: { path: { authorization_code: t.uniqueId("NONE") }, query: permissionQuery(t.ids) },
        }), 404);
      },
    },
    { name: "create an order to work with → CREATED or DOING, not yet confirmed", run: createOrder },
    {
      name: "create it again with different parameters → 400 INVALID_REQUEST",
      async run(t, s) {
        const changed = createOrderBody(t, s.no, { service_introduction: "另一个服务" });
        await t.expectError(t.client.POST(PATHS.orders, { body: changed }), 400, "INVALID_REQUEST");
      },
    },
    {
      name: "complete before the user confirmed → 400 INVALID_ORDER_STATE",
      async run(t, s) {
        // completeServiceOrder: "allowed in `DOING`/`USER_CONFIRM`"; BadRequest: `INVALID_ORDER_STATE` "the
        // order's state does not allow this operation". A platform that reads a new order as
        // DOING/USER_CONFIRM may complete it, so the refusal is asked for only when the spec requires it.
        const order = await getOrder(t, { out_order_no: s.no });
        if (inState(order, CONFIRMED)) return t.note("the new order reads DOING/USER_CONFIRM, where completion is allowed: refusal not checked");
        await t.expectError(t.client.POST(PATHS.complete, { params: { path: { out_order_no: s.no } }, body: completeBody(t, FEE) }), 400, "INVALID_ORDER_STATE");
      },
    },
    {
      name: "a field over its maxLength: our check refuses it, so does the platform (400 PARAM_ERROR)",
      async run(t) {
        const max = maxLengthOf("ServiceIntroduction");
        const body = createOrderBody(t, t.uniqueId("LONG"), { service_introduction: "长".repeat(max + 1) });
        const before = t.contract.checkRequest("createServiceOrder", { body });
        ensure(
          before.some((v) => v.pointer === "/body/service_introduction" && v.rule === "maxLength"),
          "contract.checkRequest names /body/service_introduction maxLength",
        );
        const refused = await t.expectError(t.client.POST(PATHS.orders, { body }), 400, "PARAM_ERROR");
        t.note(`the platform said: ${refused.platformMessage ?? "(no message)"}`);
      },
    },
    {
      name: "the refusals left the order unconfirmed; cancel it → 204, REVOKED",
      async run(t, s) {
        expectState(await getOrder(t, { out_order_no: s.no }), ...NEW_ORDER);
        await cancelOrder(t, s); // cancelServiceOrder: allowed in `CREATED` and `DOING`
      },
    },
  ],
});

export const completionRules = scenario<State>({
  id: "completion-rules",
  title: "completion rules",
  ...CONFIRMING_USER,
  state: () => ({ no: "" }),
  steps: [
    { name: "create an order → CREATED or DOING, not yet confirmed", run: createOrder },
    {
      name: "the user confirms → PAYSCORE.USER_CONFIRM",
      async run(t, s) {
        await t.user.confirm(s.no);
        await t.notification("PAYSCORE.USER_CONFIRM", s.no);
      },
    },
    {
      name: "total_amount ≠ Σ payments − Σ discounts → 400 PARAM_ERROR",
      async run(t, s) {
        // CompleteServiceOrderRequest: "`total_amount` must equal Σ post_payments.amount − Σ post_discounts.amount (otherwise `PARAM_ERROR`)".
        const body = { ...completeBody(t, FEE - 100), total_amount: FEE - 99 };
        await t.expectError(t.client.POST(PATHS.complete, { params: { path: { out_order_no: s.no } }, body }), 400, "PARAM_ERROR");
      },
    },
    {
      name: "register a deduction before completion → 400 INVALID_ORDER_STATE",
      async run(t, s) {
        // registerDeductInfo: "After completion (`DOING`/`MCH_COMPLETE`)"; BadRequest: `INVALID_ORDER_STATE`.
        await t.expectError(t.client.POST(PATHS.registerDeduction, {
          params: { path: { out_order_no: s.no } },
          body: registerDeductionBody(t.ids, t.uniqueId("TRD")),
        }), 400, "INVALID_ORDER_STATE");
      },
    },
    {
      name: "the refusals left the order confirmed; cancel it → 204, REVOKED",
      async run(t, s) {
        expectState(await getOrder(t, { out_order_no: s.no }), CONFIRMED);
        await cancelOrder(t, s); // cancelServiceOrder: allowed in `DOING`/`USER_CONFIRM`
      },
    },
  ],
});
