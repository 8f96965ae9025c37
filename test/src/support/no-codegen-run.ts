// Run by test/src/no-codegen.test.ts under `node --disallow-code-generation-from-strings`: the client
// (GET and POST against a loopback server that signs its answers), notification parsing and jump
// building, each of which validates against the spec. Prints one JSON line with what happened.
import { buildUseRequest, parseUseReturn } from "../../../src/jump/index.ts";
import { parseNotification } from "../../../src/notification/index.ts";
import { APIV3_KEY } from "../../fixtures/keys.ts";
import { clock, delivery, keySet } from "../notification-fixtures.ts";
import bundled from "../../../generated/openapi.json" with { type: "json" };
import { startPlatformServer } from "./platform-server.ts";
import { createPayScoreClient } from "../../../src/client/index.ts";
import { MCHID, MERCHANT_SERIAL, PUB_KEY_ID, pem } from "../../fixtures/keys.ts";

const ORDER = bundled.components.schemas.ServiceOrder.examples[0]!;
const QUERY = { sub_mchid: "10000000", channel_id: "12121212", out_order_no: ORDER.out_order_no };
const CANCEL_BODY = { sub_mchid: "10000000", service_id: "500001", channel_id: "12121212", reason: "用户取消" };

let evalBlocked = false;
try {
  new Function("return 1")();
} catch {
  evalBlocked = true;
}

const server = await startPlatformServer();
try {
  const client = await createPayScoreClient({
    mchid: MCHID,
    merchantSerialNo: MERCHANT_SERIAL,
    merchantPrivateKey: pem.merchantKey,
    wechatpayPublicKey: { id: PUB_KEY_ID, key: pem.wechatpayPubKey },
    baseUrl: server.url,
    validate: "strict",
  });
  server.handle(() => ({ body: ORDER }));
  const got = await client.GET("/v3/payscore/acquiringbank/serviceorder", { params: { query: QUERY } });
  server.handle(() => ({ status: 204 }));
  await client.POST("/v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel", { params: { path: { out_order_no: ORDER.out_order_no } }, body: CANCEL_BODY });
  const notification = await parseNotification(delivery("PAYSCORE.USER_PAID"), { keys: await keySet(), apiV3Key: APIV3_KEY, clock });
  const jump = await buildUseRequest({ mchId: MCHID, package: "DJIOSQPYWDxUeT2QxhRMQi8Q4n4lA6U9ZbDjvgbHLaR4OqVuqcCwNg==", apiV2Key: "192006250b4c09247ec02edce69f6a2d" });
  const back = parseUseReturn({ query_id: "15646546545165651651" });
  console.log(JSON.stringify({ evalBlocked, state: got.data?.state, event: notification.eventType, businessType: jump.businessType, queryId: back.query_id }));
} finally {
  await server.close();
}
