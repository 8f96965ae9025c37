/**
 * Error paths: the platform must refuse with the documented status and code, and its refusal must itself
 * follow the contract (signed, Request-ID, a code the spec lists for that status). A field over its
 * length is refused twice: by our own request check before sending, and by the platform.
 */
import bundled from "../../../generated/openapi.json" with { type: "json" };
import { ensure, scenario, type StepContext } from "../scenario.ts";
import { CONFIRMING_USER, getOrder, expectState } from "./orders.ts";
import { FEE, PATHS, completeBody, createOrderBody, permissionQuery } from "./requests.ts";

interface State {
  no: string;
}

/** The spec's maxLength of a component schema (never written here: read from the bundled spec). */
function maxLengthOf(schema: string): number {
  const node = (bundled as { components: { schemas: Record<string, { maxLength?: number }> } }).components.schemas[schema];
  if (node?.maxLength === undefined) throw new Error(`bundled spec: ${schema} has no maxLength`);
  return node.maxLength;
}

async function createOrder(t: StepContext, s: State) {
  s.no = t.uniqueId("ERR");
  const { data } = await t.client.POST(PATHS.orders, { body: createOrderBody(t, s.no) });
  ensure(data, "the answer carries the order");
  expectState(data, "CREATED");
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
    { name: "create an order to work with → CREATED", run: createOrder },
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
      name: "the order is still CREATED; cancel it",
      async run(t, s) {
        expectState(await getOrder(t, { out_order_no: s.no }), "CREATED");
        await t.client.POST(PATHS.cancel, {
          params: { path: { out_order_no: s.no } },
          body: { service_id: t.ids.service_id, sub_mchid: t.ids.sub_mchid, channel_id: t.ids.channel_id, reason: "测试结束" },
        });
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
    { name: "create an order → CREATED", run: createOrder },
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
        const body = { ...completeBody(t, FEE - 100), total_amount: FEE - 99 };
        await t.expectError(t.client.POST(PATHS.complete, { params: { path: { out_order_no: s.no } }, body }), 400, "PARAM_ERROR");
      },
    },
    {
      name: "register a deduction before completion → 400 INVALID_ORDER_STATE",
      async run(t, s) {
        await t.expectError(t.client.POST(PATHS.registerDeduction, {
          params: { path: { out_order_no: s.no } },
          body: { service_id: t.ids.service_id, appid: t.ids.appid, sub_mchid: t.ids.sub_mchid, channel_id: t.ids.channel_id, out_trade_no: t.uniqueId("TRD") },
        }), 400, "INVALID_ORDER_STATE");
      },
    },
  ],
});
