/**
 * Compile-time contract of the client: the generated `paths` type every call.
 * `tsc --noEmit` checks this file (tsconfig includes test/); each
 * `@ts-expect-error` fails the type check if the line ever compiles, so a
 * loosened type is caught (each was seen to compile before its rule existed). The runtime test only makes the calls reachable.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type { components } from "../../generated/schema.js";
import type { PayScoreClient } from "../../src/client/index.ts";

type ServiceOrder = components["schemas"]["ServiceOrder"];

// Never called: the function body exists to be type-checked.
async function typed(client: PayScoreClient) {
  const { data } = await client.GET("/v3/payscore/acquiringbank/serviceorder", {
    params: { query: { sub_mchid: "1230000109", channel_id: "1230000109", out_order_no: "1234323JKHDFE1243252" } },
  });
  // Errors throw, so the success branch is all a call resolves to.
  expectTypeOf(data.out_order_no).toEqualTypeOf<string>();
  expectTypeOf(data.state).toEqualTypeOf<ServiceOrder["state"]>();
  const asOrder: ServiceOrder = data;
  void asOrder;

  const cancelled = await client.POST("/v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel", {
    params: { path: { out_order_no: "1234323JKHDFE1243252" } },
    body: { sub_mchid: "1230000109", service_id: "2002000000000558128851361561536", channel_id: "1230000109", reason: "user cancelled" },
  });
  expectTypeOf(cancelled.data).toEqualTypeOf<undefined>();

  // @ts-expect-error: no such path
  await client.GET("/v3/payscore/acquiringbank/serviceorders");
  // @ts-expect-error: cancel is POST, not GET
  await client.GET("/v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel");
  // @ts-expect-error: required query parameters (sub_mchid, channel_id) are missing
  await client.GET("/v3/payscore/acquiringbank/serviceorder", { params: { query: { out_order_no: "x" } } });
  await client.POST("/v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel", {
    // @ts-expect-error: a path parameter of the wrong type
    params: { path: { out_order_no: 42 } },
    body: { sub_mchid: "1230000109", service_id: "2002000000000558128851361561536", channel_id: "1230000109", reason: "r" },
  });
  await client.POST("/v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel", {
    params: { path: { out_order_no: "1234323JKHDFE1243252" } },
    // @ts-expect-error: a body field of the wrong type
    body: { sub_mchid: "1230000109", service_id: "2002000000000558128851361561536", channel_id: "1230000109", reason: 123 },
  });
  await client.POST("/v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel", {
    params: { path: { out_order_no: "1234323JKHDFE1243252" } },
    // @ts-expect-error: a required body field (reason) is missing
    body: { sub_mchid: "1230000109", service_id: "2002000000000558128851361561536", channel_id: "1230000109" },
  });
  await client.POST("/v3/payscore/acquiringbank/serviceorder", {
    // @ts-expect-error: an enum-typed field with a value outside the enum (risk_fund.name)
    body: { ...({} as components["schemas"]["CreateServiceOrderRequest"]), risk_fund: { name: "NOT_A_RISK_FUND", amount: 1 } },
  });
  await client.POST("/v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel", {
    params: { path: { out_order_no: "1234323JKHDFE1243252" } },
    // @ts-expect-error: a body field the spec does not declare (a misspelling of reason)
    body: { sub_mchid: "1230000109", service_id: "2002000000000558128851361561536", channel_id: "1230000109", reason: "r", reasn: "r" },
  });
  await client.GET("/v3/payscore/acquiringbank/serviceorder", {
    // @ts-expect-error: a query parameter the spec does not declare
    params: { query: { sub_mchid: "1230000109", channel_id: "1230000109", out_order_no: "x", outorderno: "x" } },
  });
  await client.POST("/v3/payscore/acquiringbank/serviceorder", {
    body: {
      ...({} as components["schemas"]["CreateServiceOrderRequest"]),
      // @ts-expect-error: an undeclared field deep inside an array item (post_payments[].extra)
      post_payments: [{ name: "x", amount: 1, description: "d", count: 1, extra: true }],
    },
  });
  // @ts-expect-error: reading a field the response does not have
  void data.not_a_field;
  // No required parameter: the init argument may be left out.
  const certificates = await client.GET("/v3/certificates");
  expectTypeOf(certificates.data.data[0]!.serial_no).toEqualTypeOf<string>();
  // @ts-expect-error: the error branch does not exist (errors are thrown)
  void (await client.GET("/v3/certificates")).error.code;
}

describe("client types", () => {
  it("are checked by tsc (this file is in the type-check)", () => {
    expect(typeof typed).toBe("function");
  });
});
