/**
 * What the client tests share: a loopback platform server started before each
 * test (answering the spec's ServiceOrder example unless a test says
 * otherwise), a client for it with the fixture keys, and the calls' inputs.
 */
import { afterEach, beforeEach } from "vitest";
import bundled from "../../../generated/openapi.json" with { type: "json" };
import { createPayScoreClient, type PayScoreClientOptions } from "../../../src/client/index.ts";
import { MCHID, MERCHANT_SERIAL, PUB_KEY_ID, pem } from "../../fixtures/keys.ts";
import { type PlatformServer, startPlatformServer } from "./platform-server.ts";

export const ORDER = bundled.components.schemas.ServiceOrder.examples[0]!;
export const ORDER_PATH = "/v3/payscore/acquiringbank/serviceorder";
export const CANCEL_PATH = "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel";
export const QUERY = { sub_mchid: "10000000", channel_id: "12121212", out_order_no: "1234323JKHDFE1243252" };
export const CANCEL_BODY = { sub_mchid: "10000000", service_id: "500001", channel_id: "12121212", reason: "用户取消 (user cancelled)" };

/** Registers the per-test server; read `current()` inside a test for the running one. */
export function usePlatformServer(): { current(): PlatformServer; clientFor(overrides?: Partial<PayScoreClientOptions>): ReturnType<typeof createPayScoreClient> } {
  let server: PlatformServer | undefined;
  beforeEach(async () => {
    server = await startPlatformServer(() => ({ body: ORDER }));
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const current = () => {
    if (!server) throw new Error("no platform server outside a test");
    return server;
  };
  return {
    current,
    clientFor: (overrides = {}) =>
      createPayScoreClient({
        mchid: MCHID,
        merchantSerialNo: MERCHANT_SERIAL,
        merchantPrivateKey: pem.merchantKey,
        wechatpayPublicKey: { id: PUB_KEY_ID, key: pem.wechatpayPubKey },
        baseUrl: current().url,
        retry: { sleep: async () => undefined },
        ...overrides,
      }),
  };
}
