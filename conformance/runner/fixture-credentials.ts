/**
 * Client credentials matching the mock platform's defaults: the committed test fixtures (test-only
 * keys, never used with WeChat Pay), as `payscore start` and the tests run the suite with them.
 */
import { FIXTURE_DEFAULTS } from "../mock/test-keys.ts";
import type { ConformOptions } from "./run.ts";

/** `ConformOptions` for a mock at `baseUrl` started with its default keys (merchant 1900000109, public-key mode). */
export function fixtureCredentials(baseUrl: string): ConformOptions {
  return {
    baseUrl,
    mchid: FIXTURE_DEFAULTS.mchid,
    merchantSerialNo: FIXTURE_DEFAULTS.merchantSerial,
    merchantPrivateKey: FIXTURE_DEFAULTS.merchantPrivateKey(),
    wechatpayPublicKey: { id: FIXTURE_DEFAULTS.publicKeyId, key: FIXTURE_DEFAULTS.wechatpayPublicKey() },
    apiV3Key: FIXTURE_DEFAULTS.apiV3Key().trim(),
  };
}
