/**
 * 垫资还款: open the repayment mini-program (the official 微信垫资还款 page; spec `Repayment*`).
 * No signature. `appid` is the merchant's AppID that `openid` belongs to
 * (spec/DECISIONS.md S16), `mchid` is spelled without underscore (S17), and `openid`
 * is required (S15).
 */
import { randomNonce, type NonceSource } from "../nonce.js";
import { bundledJumpSpec, type JumpSpec } from "./spec.js";
import { urlEncodeQuery } from "./text.js";

export interface RepaymentInput {
  /** The merchant's AppID under which `openid` was issued. */
  readonly appid: string;
  /** 微信支付分配的商户号. */
  readonly mchid: string;
  /** The user's openid under `appid`. */
  readonly openid: string;
  /** Default: `nonce()`. */
  readonly nonceStr?: string;
  /** Default: a CSPRNG nonce of the spec's `nonce_str` maxLength, from [0-9A-Za-z]. */
  readonly nonce?: NonceSource;
}

export interface RepaymentExtraData {
  appid: string;
  mchid: string;
  nonce_str: string;
  openid: string;
}

/** Attributes of `<navigator target open-type app-id path version extra-data>`. */
export interface RepaymentMiniProgramNavigator {
  target: string;
  "open-type": string;
  "app-id": string;
  path: string;
  version: string;
  "extra-data": RepaymentExtraData;
}

/** `WXLaunchMiniProgram` request fields. */
export interface RepaymentAppLaunch {
  userName: string;
  path: string;
  miniProgramType: number;
}

const EXTRA = "RepaymentExtraData";
const NAVIGATOR = "RepaymentMiniProgramNavigator";
const APP = "RepaymentAppLaunch";

/** The four parameters, checked against `RepaymentExtraData`. */
function repaymentExtraData(input: RepaymentInput, spec: JumpSpec): RepaymentExtraData {
  // The official 微信垫资还款 page: nonce_str "随机字符串,不长于32位" — the schema's maxLength.
  const nonce = input.nonce ?? (() => randomNonce(spec.maxLength(EXTRA, "nonce_str")));
  const data = { appid: input.appid, mchid: input.mchid, nonce_str: input.nonceStr ?? nonce(), openid: input.openid };
  spec.check(EXTRA, data);
  return data;
}

/** `<navigator>` attributes: the fixed target, open-type, app-id, path and version, plus `extra-data`. */
export function buildRepaymentNavigator(input: RepaymentInput, spec: JumpSpec = bundledJumpSpec()): RepaymentMiniProgramNavigator {
  // The official 微信垫资还款 page: the navigator's app-id and path "为固定值"; target, open-type and version are fixed in
  // its sample too. Every attribute but extra-data is the schema's `const`.
  const fixed = (attribute: string) => spec.fixed(NAVIGATOR, attribute);
  const navigator = {
    target: fixed("target"),
    "open-type": fixed("open-type"),
    "app-id": fixed("app-id"),
    path: fixed("path"),
    version: fixed("version"),
    "extra-data": repaymentExtraData(input, spec),
  };
  spec.check(NAVIGATOR, navigator);
  return navigator;
}

/** App `WXLaunchMiniProgram`: original id, the page path with the URL-encoded parameters, release type. */
export function buildRepaymentAppLaunch(input: RepaymentInput, spec: JumpSpec = bundledJumpSpec()): RepaymentAppLaunch {
  const query = urlEncodeQuery(EXTRA, { ...repaymentExtraData(input, spec) });
  const launch = {
    userName: spec.fixed(APP, "userName"),
    // The App schema gives the page only as a pattern; the page is the navigator's fixed `path`.
    path: `${spec.fixed(NAVIGATOR, "path")}?${query}`,
    // The official 微信垫资还款 page's sample: WXMiniProgramTypeRelease — the enum's value.
    miniProgramType: Number(spec.firstEnum(APP, "miniProgramType")),
  };
  spec.check(APP, launch);
  return launch;
}
