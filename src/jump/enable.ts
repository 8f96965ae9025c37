/**
 * `wxpayScoreEnable`: open the Pay Score mini-program so the user authorizes
 * the service (the official 预授权 page; spec `WxpayScoreEnable*` in spec/schemas/jumps.yaml).
 * Institution mode passes only `apply_permissions_token` (spec/DECISIONS.md S10).
 */
import { bundledJumpSpec, type JumpSpec } from "./spec.js";
import { urlEncodeQuery } from "./text.js";

export interface EnableInput {
  /** `apply_permissions_token` from `applyPermissions` (valid 1 hour). */
  readonly applyPermissionsToken: string;
}

export interface EnableAppInput extends EnableInput {
  /** `extInfo.miniProgramType`; default: the spec's first (only) value, 0 = 正式版. */
  readonly miniProgramType?: number;
}

export interface EnableJumpQuery {
  apply_permissions_token: string;
}

/** `WXOpenBusinessView.Req` / `WXOpenBusinessViewReq` fields. */
export interface WxpayScoreEnableAppRequest {
  businessType: string;
  query: string;
  extInfo: string;
}

/** Arguments of `wx.invoke('openBusinessView', …)`. */
export interface WxpayScoreEnableJsapiRequest {
  businessType: string;
  queryString: string;
}

/** Arguments of `wx.openBusinessView`. */
export interface WxpayScoreEnableMiniProgramRequest {
  businessType: string;
  extraData: EnableJumpQuery;
}

/** Arguments of `wx.navigateToMiniProgram`. */
export interface WxpayScoreEnableNavigateToMiniProgram {
  appId: string;
  path: string;
  extraData: EnableJumpQuery;
}

/** The 业务参数 object, checked against `EnableJumpQuery` (token string[1, 2048]). */
function enableQuery(input: EnableInput, spec: JumpSpec): EnableJumpQuery {
  const query = { apply_permissions_token: input.applyPermissionsToken };
  spec.check("EnableJumpQuery", query);
  return query;
}

/** App (openSDK): `query` is the URL-encoded token, `extInfo` the JSON `{"miniProgramType":0}`. */
export function buildEnableAppRequest(input: EnableAppInput, spec: JumpSpec = bundledJumpSpec()): WxpayScoreEnableAppRequest {
  const query = urlEncodeQuery("EnableJumpQuery", { ...enableQuery(input, spec) });
  // The official 预授权 page: "如需指定小程序版本,可填 {"miniProgramType": type},默认正式版" — the enum's 0.
  const extInfo = { miniProgramType: input.miniProgramType ?? spec.firstEnum("EnableExtInfo", "miniProgramType") };
  spec.check("EnableExtInfo", extInfo);
  const name = "WxpayScoreEnableAppRequest";
  const request = { businessType: spec.fixed(name, "businessType"), query, extInfo: JSON.stringify(extInfo) };
  spec.check(name, request); // query string[1, 2048] after encoding, extInfo string[1, 128].
  return request;
}

/** JSAPI (`wx.invoke('openBusinessView')`, WeChat ≥ 7.0.5): `queryString` is the URL-encoded token. */
export function buildEnableJsapiRequest(input: EnableInput, spec: JumpSpec = bundledJumpSpec()): WxpayScoreEnableJsapiRequest {
  const queryString = urlEncodeQuery("EnableJumpQuery", { ...enableQuery(input, spec) });
  const name = "WxpayScoreEnableJsapiRequest";
  const request = { businessType: spec.fixed(name, "businessType"), queryString };
  spec.check(name, request);
  return request;
}

/** Mini-program `wx.openBusinessView` (base library ≥ 2.6.0): the token as `extraData`. */
export function buildEnableMiniProgramRequest(
  input: EnableInput,
  spec: JumpSpec = bundledJumpSpec(),
): WxpayScoreEnableMiniProgramRequest {
  const name = "WxpayScoreEnableMiniProgramRequest";
  const request = { businessType: spec.fixed(name, "businessType"), extraData: enableQuery(input, spec) };
  spec.check(name, request);
  return request;
}

/** Mini-program `wx.navigateToMiniProgram`: the fixed Pay Score appId and path, the token as `extraData`. */
export function buildEnableNavigateToMiniProgram(
  input: EnableInput,
  spec: JumpSpec = bundledJumpSpec(),
): WxpayScoreEnableNavigateToMiniProgram {
  const name = "WxpayScoreEnableNavigateToMiniProgram";
  // The official 预授权 page marks appId and path "固定配置": the schema's `const`.
  const request = { appId: spec.fixed(name, "appId"), path: spec.fixed(name, "path"), extraData: enableQuery(input, spec) };
  spec.check(name, request);
  return request;
}
