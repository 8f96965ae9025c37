/**
 * `wxpayScoreUse`: open the Pay Score mini-program so the user confirms an
 * order created with `createServiceOrder` (the official wx.openBusinessView page; spec `WxpayScoreUse*`).
 *
 * Build it on the server: the signature needs the APIv2 key, which must never
 * reach the mini-program. Send only the returned object to the client.
 */
import { systemClock, unixSeconds, type Clock } from "../clock.js";
import { randomNonce, type NonceSource } from "../nonce.js";
import { signV2HmacSha256 } from "./sign-v2.js";
import type { SpecDifference } from "../spec-ajv.js";
import { bundledJumpSpec, type JumpSpec } from "./spec.js";

export interface UseRequestInput {
  /** `mch_id`: the merchant whose APIv2 key signs (the institution; spec x-decision). */
  readonly mchId: string;
  /** `package` from the `createServiceOrder` response. */
  readonly package: string;
  /** The APIv2 merchant key (not the APIv3 key). Secret. */
  readonly apiV2Key: string;
  /** Unix seconds; default: `clock`. */
  readonly timestamp?: string | number;
  /** Default: `nonce()`. */
  readonly nonceStr?: string;
  /** Default: the system clock. */
  readonly clock?: Clock;
  /** Default: a CSPRNG nonce of the spec's `nonce_str` maxLength, from [0-9A-Za-z]. */
  readonly nonce?: NonceSource;
}

export interface WxpayScoreUseExtraData {
  mch_id: string;
  package: string;
  timestamp: string;
  nonce_str: string;
  sign_type: string;
  sign: string;
}

/** Arguments of `wx.openBusinessView` (without the callbacks). */
export interface WxpayScoreUseRequest {
  businessType: string;
  extraData: WxpayScoreUseExtraData;
}

export interface WxpayScoreUseReturn {
  query_id: string;
}

const EXTRA = "WxpayScoreUseExtraData";
const REQUEST = "WxpayScoreUseRequest";

/** `wx.openBusinessView({ businessType: "wxpayScoreUse", extraData })` arguments, signed. */
export async function buildUseRequest(input: UseRequestInput, spec: JumpSpec = bundledJumpSpec()): Promise<WxpayScoreUseRequest> {
  const fields = unsignedFields(input, spec);
  // Every field is checked before signing, so a bad value is never signed.
  spec.checkProperties(EXTRA, fields);
  const extraData = { ...fields, sign: await signV2HmacSha256(fields, input.apiV2Key) };
  const request = { businessType: spec.fixed(REQUEST, "businessType"), extraData };
  spec.check(REQUEST, request);
  return request;
}

function unsignedFields(input: UseRequestInput, spec: JumpSpec): Omit<WxpayScoreUseExtraData, "sign"> {
  return {
    mch_id: input.mchId,
    package: input.package,
    // timestamp: "Unix seconds" as a digit string (pattern ^\d{1,32}$).
    timestamp: String(input.timestamp ?? unixSeconds(input.clock ?? systemClock)),
    nonce_str: input.nonceStr ?? defaultNonce(input, spec),
    // sign_type: "only HMAC-SHA256" — the schema's `const`.
    sign_type: spec.fixed(EXTRA, "sign_type"),
  };
}

/** `nonce_str`: [0-9A-Za-z] (the schema's pattern), as long as its maxLength allows. */
function defaultNonce(input: UseRequestInput, spec: JumpSpec): string {
  return input.nonce ? input.nonce() : randomNonce(spec.maxLength(EXTRA, "nonce_str"));
}

/**
 * `referrerInfo.extraData` when the user comes back (scene 1038), read
 * against `WxpayScoreUseReturn` (the official wx.openBusinessView page: 单据查询ID `query_id`). It does not mean
 * the order was confirmed: pass `query_id` to `getServiceOrder`.
 *
 * Read tolerantly, like everything WeChat sends: a key the spec does not
 * list, or a `query_id` longer than documented, is passed to `onWarning` (its
 * pointer, rule and severity) and only `query_id` is returned. Throws
 * `JumpInputError` when `query_id` is missing, not a string or empty.
 */
export function parseUseReturn(
  extraData: unknown,
  spec: JumpSpec = bundledJumpSpec(),
  onWarning?: (differences: readonly SpecDifference[]) => void,
): WxpayScoreUseReturn {
  const differences = spec.read("WxpayScoreUseReturn", extraData);
  if (differences.length > 0) onWarning?.(differences);
  return { query_id: (extraData as WxpayScoreUseReturn).query_id };
}
