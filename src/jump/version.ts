/**
 * Client version checks for the jumps: the official 预授权 page's `compareVersion`, the
 * WeChat version in a user agent, and the spec's `x-min-versions`.
 */
import { bundledJumpSpec, type JumpKind, type JumpSpec } from "./spec.js";

/**
 * The official 预授权 page's `compareVersion(v1, v2)`: split on ".", pad the shorter with "0",
 * compare part by part as integers. Made robust: each part counts as its
 * leading digits (`parseInt` semantics, so "1800(0x27000537)" is 1800), and a
 * part without leading digits counts as 0 instead of NaN (which compares false
 * both ways and would make the official page's loop report "equal").
 */
export function compareVersion(a: string, b: string): -1 | 0 | 1 {
  const left = versionParts(a);
  const right = versionParts(b);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    // The official 预授权 page: `while (v1.length < len) v1.push('0')` — a missing part is 0.
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference > 0 ? 1 : -1;
  }
  return 0;
}

function versionParts(version: string): number[] {
  return String(version).split(".").map(leadingNumber);
}

/** `parseInt(part, 10)` for non-negative parts, with "no digits" read as 0. */
function leadingNumber(part: string): number {
  const digits = /^\s*\+?(\d+)/.exec(part)?.[1];
  return digits === undefined ? 0 : Number(digits);
}

/**
 * The WeChat version in a user agent, as the official 预授权 page reads it
 * (`navigator.userAgent.match(/MicroMessenger\/([\d\.]+)/i)`); `undefined`
 * outside WeChat. "MicroMessenger/7.0.5.1440(0x27000537)" gives "7.0.5.1440".
 */
export function readWechatVersion(userAgent: string): string | undefined {
  return /MicroMessenger\/(\d+(?:\.\d+)*)/i.exec(userAgent)?.[1];
}

/**
 * Versions the caller knows, named `<x-min-versions key>Version`:
 * `wechatVersion` (user agent, `wx.getSystemInfoSync().version`),
 * `baseLibraryVersion` (`SDKVersion`), and optionally the SDK ones
 * (`androidOpenSdkVersion`, `iosOpenSdkVersion`, `jssdkVersion`).
 */
export interface ClientVersions {
  readonly wechatVersion?: string | undefined;
  readonly baseLibraryVersion?: string | undefined;
  readonly [name: `${string}Version`]: string | undefined;
}

export interface JumpSupport {
  readonly ok: boolean;
  /** Why not, e.g. "wechat 7.0.4 is below the minimum 7.0.5 for wxpayScoreEnableJsapi". */
  readonly reason?: string;
}

/**
 * Minimums the user's device decides: unknown counts as unsupported, since
 * the official page's rule is "below the minimum, ask the user to upgrade".
 * The SDK minimums (openSDK, JS-SDK) are the integrator's build choice and
 * are only checked when given.
 */
const DEVICE_CLIENTS: ReadonlySet<string> = new Set(["wechat", "baseLibrary"]);

/** Whether the client meets the jump's `x-min-versions` in the spec. */
export function supportsJump(kind: JumpKind, versions: ClientVersions, spec: JumpSpec = bundledJumpSpec()): JumpSupport {
  for (const [client, minimum] of Object.entries(spec.minVersions(kind))) {
    const version = versions[`${client}Version`];
    if (version === undefined) {
      if (DEVICE_CLIENTS.has(client)) return { ok: false, reason: `${client} version unknown; ${kind} needs ${minimum} or later` };
      continue;
    }
    if (compareVersion(version, minimum) < 0) {
      return { ok: false, reason: `${client} ${version} is below the minimum ${minimum} for ${kind}` };
    }
  }
  return { ok: true };
}
