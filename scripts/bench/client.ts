// Client overhead per request (issue 3 §6): our createPayScoreClient (sign + send + verify + parse)
// against a floor measured in the same run: a bare openapi-fetch call plus one raw RSA sign and one
// raw RSA verify on cached keys. Both talk to the same in-process `fetch` that answers with a
// pre-signed response, so the network is not measured, only what the client adds. Target ≤ 1.2×.
import createClient from "openapi-fetch";
import bundled from "../../generated/openapi.json" with { type: "json" };
import type { paths } from "../../generated/schema.js";
import { createPayScoreClient } from "../../src/client/index.ts";
import { RSA_SHA256, buildResponseMessage, randomNonce, signMessage, utf8Encode } from "../../src/index.ts";
import { MCHID, MERCHANT_SERIAL, PUB_KEY_ID, loadKeys, pem } from "../../test/fixtures/keys.ts";
import { type BenchResult, type CompareOptions, compare } from "./measure.ts";

const BASE_URL = "http://bench.invalid";
const PATH = "/v3/payscore/acquiringbank/serviceorder";

export async function benchClient(options: CompareOptions = {}): Promise<BenchResult> {
  const keys = await loadKeys();
  const schemas = (bundled as any).components.schemas;
  const body = schemas.CreateServiceOrderRequest.examples[0];
  const answer = JSON.stringify(schemas.ServiceOrder.examples[0]);

  // One signed answer, made now so its timestamp stays inside the 300 s window for the whole run.
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomNonce();
  const signature = await signMessage(keys.wechatpayPrivateKey, buildResponseMessage({ timestamp, nonce, body: answer }));
  const headers = {
    "Content-Type": "application/json", "Request-ID": "08F8B7B0A30610B2F0C5A10F18C6E2B90A2098F60B",
    "Wechatpay-Timestamp": timestamp, "Wechatpay-Nonce": nonce, "Wechatpay-Signature": signature, "Wechatpay-Serial": PUB_KEY_ID,
  };
  // Reads the request body as a real server would, so neither side skips serialisation.
  const cannedFetch = async (request: Request) => {
    await request.text();
    return new Response(answer, { status: 200, headers });
  };

  const client = await createPayScoreClient({
    mchid: MCHID, merchantSerialNo: MERCHANT_SERIAL, merchantPrivateKey: pem.merchantKey,
    wechatpayPublicKey: { id: PUB_KEY_ID, key: pem.wechatpayPubKey }, baseUrl: BASE_URL, fetch: cannedFetch,
  });
  const ours = async () => {
    const { data } = await client.POST(PATH, { body });
    if (data?.out_order_no !== body.out_order_no) throw new Error("bench: unexpected answer");
  };

  const bare = createClient<paths>({ baseUrl: BASE_URL, fetch: cannedFetch });
  const requestMessage = utf8Encode(`POST\n${PATH}\n${timestamp}\n${nonce}\n${JSON.stringify(body)}\n`) as Uint8Array<ArrayBuffer>;
  const responseMessage = utf8Encode(buildResponseMessage({ timestamp, nonce, body: answer })) as Uint8Array<ArrayBuffer>;
  const responseSignature = Uint8Array.from(atob(signature), (c) => c.charCodeAt(0));
  const floor = async () => {
    await crypto.subtle.sign(RSA_SHA256, keys.merchantPrivateKey, requestMessage);
    const { data } = await bare.POST(PATH, { body });
    if (!(await crypto.subtle.verify(RSA_SHA256, keys.wechatpayPublicKey, responseSignature, responseMessage))) throw new Error("bench: floor verify failed");
    if (data?.out_order_no !== body.out_order_no) throw new Error("bench: unexpected answer");
  };

  const { rate, floorRate, ratio } = await compare(ours, floor, options);
  return {
    name: "client overhead (POST createServiceOrder: sign + verify + parse)", unit: "request", rate, floorRate,
    kind: "overhead", ratio, target: 1.2,
    floor: "bare openapi-fetch call + 1 raw RSA sign + 1 raw RSA verify, cached keys",
  };
}
