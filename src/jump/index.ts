/**
 * Client-side jumps of Pay Score institution mode: the values a merchant App,
 * web page or mini-program passes to WeChat to open the Pay Score (or
 * repayment) mini-program. They are not HTTP calls; their contract is the
 * spec's `x-client-jumps` schemas (spec/schemas/jumps.yaml).
 *
 * Every builder reads fixed values and limits from the spec index
 * (`SPEC_INDEX.jumps`), checks its input and its output against the schema
 * with the validators compiled from the spec, and throws
 * `JumpInputError` (field pointer + rule, never the value) when they fail.
 * Each accepts an optional `JumpSpec` as last argument to use the facts and
 * validators of another copy of the spec (tests, a newer spec).
 */
export { JumpInputError, type JumpIssue } from "./errors.js";
export { JumpSpec, bundledJumpSpec, type JumpKind, type SpecValidators } from "./spec.js";
export type { JumpFact, JumpFieldFact, JumpSchemaFact } from "../spec-index.js";
export { signV2HmacSha256, signV2Payload, type SignV2Fields } from "./sign-v2.js";
export { compareVersion, readWechatVersion, supportsJump, type ClientVersions, type JumpSupport } from "./version.js";
export {
  buildEnableAppRequest,
  buildEnableJsapiRequest,
  buildEnableMiniProgramRequest,
  buildEnableNavigateToMiniProgram,
  type EnableAppInput,
  type EnableInput,
  type EnableJumpQuery,
  type WxpayScoreEnableAppRequest,
  type WxpayScoreEnableJsapiRequest,
  type WxpayScoreEnableMiniProgramRequest,
  type WxpayScoreEnableNavigateToMiniProgram,
} from "./enable.js";
export {
  buildUseRequest,
  parseUseReturn,
  type UseRequestInput,
  type WxpayScoreUseExtraData,
  type WxpayScoreUseRequest,
  type WxpayScoreUseReturn,
} from "./use.js";
export {
  buildRepaymentAppLaunch,
  buildRepaymentNavigator,
  type RepaymentAppLaunch,
  type RepaymentExtraData,
  type RepaymentInput,
  type RepaymentMiniProgramNavigator,
} from "./repayment.js";

/**
 * Whether a `wx.invoke('openBusinessView')` callback reports success: the
 * official 预授权 page's sample tests `parseInt(res.err_code) === 0` because
 * iOS sends a number and Android a string (spec/DECISIONS.md S6).
 */
export function isOpenBusinessViewSuccess(errCode: unknown): boolean {
  return Number.parseInt(String(errCode), 10) === 0;
}
