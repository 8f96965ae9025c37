/**
 * Client-side jumps (src/jump/index.ts). Expected values come from the seeds, the
 * APIv2 docs' published signature vector and node:crypto, never from the code
 * under test; outputs are re-checked with an ajv instance of this test's own.
 */
import { createHmac, randomBytes, randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import YAML from "yaml";
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { describe, expect, it, vi } from "vitest";
import spec from "../../generated/openapi.json" with { type: "json" };
import { fixedClock } from "../../src/clock.ts";
import { PayScoreError } from "../../src/errors.ts";
import { SPEC } from "../../scripts/generate.ts";
import { referenceSign } from "./support/v2-sign.ts";
import {
  JumpInputError,
  JumpSpec,
  buildEnableAppRequest,
  buildEnableJsapiRequest,
  buildEnableMiniProgramRequest,
  buildEnableNavigateToMiniProgram,
  buildRepaymentAppLaunch,
  buildRepaymentNavigator,
  buildUseRequest,
  compareVersion,
  isOpenBusinessViewSuccess,
  parseUseReturn,
  readWechatVersion,
  signV2HmacSha256,
  signV2Payload,
  supportsJump,
} from "../../src/jump/index.ts";
import { createSpecAjv } from "../../src/spec-ajv.ts";
import { jumpFacts } from "../../conformance/spec-index.ts";

type Json = Record<string, any>;
const schemas = spec.components.schemas as Json;
const example = (name: string): Json => schemas[name].examples[0];
/** A root `x-client-jumps` entry, inline or by `$ref`. */
const jumpSchema = (doc: Json, kind: string): Json => {
  const entry = doc["x-client-jumps"][kind];
  return entry.$ref ? doc.components.schemas[entry.$ref.split("/").pop()] : entry;
};

// An ajv of the test's own (not src/spec-ajv.ts): the bundled doc as one schema, refs resolved inside it.
const ajv = new Ajv2020({ strict: false, allErrors: true });
// ajv-formats is CommonJS: under NodeNext its default import is the module object.
formats.default(ajv);
ajv.addSchema(spec as object, "spec");
function expectValid(name: string, value: unknown): void {
  const validate = ajv.getSchema(`spec#/components/schemas/${name}`)!;
  expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
}

/** Runs `fn`, expects a JumpInputError, returns it. */
async function jumpError(fn: () => unknown): Promise<JumpInputError> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(JumpInputError);
    expect(error).toBeInstanceOf(PayScoreError);
    return error as JumpInputError;
  }
  throw new Error("expected a JumpInputError");
}

// The APIv2 docs' sample key and signature example (spec-facts §6.4).
const V2_KEY = "192006250b4c09247ec02edce69f6a2d";
const V2_FIELDS = { appid: "wxd930ea5d5a258f4f", body: "test", device_info: "1000", mch_id: "10000100", nonce_str: "ibuaiVcKdpRxkhJA" };
const V2_STRING = `appid=wxd930ea5d5a258f4f&body=test&device_info=1000&mch_id=10000100&nonce_str=ibuaiVcKdpRxkhJA&key=${V2_KEY}`;
const V2_SIGN = "6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6";

describe("signV2HmacSha256", () => {
  it("reproduces the published APIv2 HMAC-SHA256 vector", async () => {
    // The vector itself, checked with node:crypto, so the expectation does not rest on our code.
    expect(createHmac("sha256", V2_KEY).update(V2_STRING).digest("hex").toUpperCase()).toBe(V2_SIGN);
    expect(`${signV2Payload(V2_FIELDS)}&key=${V2_KEY}`).toBe(V2_STRING);
    expect(await signV2HmacSha256(V2_FIELDS, V2_KEY)).toBe(V2_SIGN);
    // Field order in the input does not matter.
    const shuffled = { nonce_str: V2_FIELDS.nonce_str, mch_id: V2_FIELDS.mch_id, body: "test", appid: V2_FIELDS.appid, device_info: "1000" };
    expect(await signV2HmacSha256(shuffled, V2_KEY)).toBe(V2_SIGN);
  });

  it("skips `sign` and empty values, and sorts by ASCII code", async () => {
    const withNoise = { ...V2_FIELDS, sign: "ANYTHING", attach: "", detail: undefined, goods_tag: null };
    expect(await signV2HmacSha256(withNoise, V2_KEY)).toBe(V2_SIGN);
    // "B" (0x42) < "_" (0x5F) < "a" (0x61) < "b" (0x62).
    expect(signV2Payload({ b: "1", a_b: "2", ab: "3", B: "4", a: "5" })).toBe("B=4&a=5&a_b=2&ab=3&b=1");
    expect(signV2Payload({ n: 0, m: 12 })).toBe("m=12&n=0");
  });

  it("matches node:crypto createHmac for 200 random field sets and keys", async () => {
    const keyChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
    const valueChars = [...keyChars, " ", "=", "&", "+", "%", "中", "文", "😀", "é"];
    const pick = (chars: readonly string[], n: number) => Array.from({ length: n }, () => chars[randomInt(chars.length)]).join("");
    for (let i = 0; i < 200; i++) {
      const fields: Record<string, string> = {};
      for (let j = randomInt(1, 8); j > 0; j--) fields[pick([...keyChars], randomInt(1, 12))] = pick(valueChars, randomInt(0, 40));
      const key = randomBytes(16).toString("hex");
      expect(await signV2HmacSha256(fields, key)).toBe(referenceSign(fields, key));
    }
  });

  it("refuses an empty key, a non-string key and lone surrogates without echoing them", async () => {
    for (const key of ["", undefined, 42]) {
      const error = await jumpError(() => signV2HmacSha256(V2_FIELDS, key as string));
      expect(error.pointer).toBe("/apiV2Key");
    }
    const surrogateKey = `${V2_KEY}\uD800`;
    const error = await jumpError(() => signV2HmacSha256(V2_FIELDS, surrogateKey));
    expect(error.pointer).toBe("/apiV2Key");
    expect(error.message).not.toContain(V2_KEY);
    expect((await jumpError(() => signV2HmacSha256({ body: "x\uDC00" }, V2_KEY))).pointer).toBe("/body");
  });
});

describe("buildUseRequest (wxpayScoreUse)", () => {
  const useExample = example("WxpayScoreUseRequest");
  const extra = useExample.extraData;
  const exampleInput = { mchId: extra.mch_id, package: extra.package, timestamp: extra.timestamp, nonceStr: extra.nonce_str, apiV2Key: V2_KEY };

  it("reproduces the spec's example exactly (signed with the APIv2 sample key)", async () => {
    expect(referenceSign({ ...extra }, V2_KEY)).toBe(extra.sign);
    expect(await buildUseRequest(exampleInput)).toEqual(useExample);
    expect(example("WxpayScoreUseExtraData")).toEqual(extra);
  });

  it("takes the timestamp from the clock (Unix seconds) and nonce_str from the nonce source", async () => {
    const nonce = vi.fn(() => "abcDEF0123456789abcDEF0123456789");
    const { mchId, package: pkg } = exampleInput;
    const request = await buildUseRequest({ mchId, package: pkg, apiV2Key: V2_KEY, clock: fixedClock(1_530_097_563_999), nonce });
    expect(request.extraData.timestamp).toBe("1530097563");
    expect(request.extraData.nonce_str).toBe("abcDEF0123456789abcDEF0123456789");
    expect(nonce).toHaveBeenCalledOnce();
    expect(request.extraData.sign).toBe(referenceSign({ ...request.extraData }, V2_KEY));
    expectValid("WxpayScoreUseRequest", request);
  });

  it("defaults to the system clock and a fresh 32-character [0-9A-Za-z] nonce", async () => {
    const before = Math.floor(Date.now() / 1000);
    const { mchId, package: pkg } = exampleInput;
    const [a, b] = await Promise.all([0, 1].map(() => buildUseRequest({ mchId, package: pkg, apiV2Key: V2_KEY })));
    for (const request of [a!, b!]) {
      expect(request.extraData.nonce_str).toMatch(/^[0-9A-Za-z]{32}$/);
      expect(Number(request.extraData.timestamp)).toBeGreaterThanOrEqual(before);
      expect(Number(request.extraData.timestamp)).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
      expect(request.businessType).toBe("wxpayScoreUse");
      expect(request.extraData.sign_type).toBe("HMAC-SHA256");
      expectValid("WxpayScoreUseRequest", request);
    }
    expect(a!.extraData.nonce_str).not.toBe(b!.extraData.nonce_str);
  });

  const secret = "S3cr3tApiV2KeyThatMustNotLeak000";
  const bad: Array<[string, Json, string, string]> = [
    ["empty mchId", { mchId: "" }, "/mch_id", "minLength"],
    ["33-char mchId", { mchId: "1".repeat(33) }, "/mch_id", "maxLength"],
    ["nonce with '-'", { nonceStr: "abc-def" }, "/nonce_str", "pattern"],
    ["33-char nonce", { nonceStr: "a".repeat(33) }, "/nonce_str", "maxLength"],
    ["non-digit timestamp", { timestamp: "15300975.63" }, "/timestamp", "pattern"],
    ["301-char package", { package: "A".repeat(301) }, "/package", "maxLength"],
    ["missing package", { package: undefined }, "/package", "type"],
    ["empty key", { apiV2Key: "" }, "/apiV2Key", "type"],
  ];
  for (const [label, change, pointer, keyword] of bad) {
    it(`refuses ${label}: JumpInputError at ${pointer} (${keyword}), key not in the message`, async () => {
      const sign = vi.spyOn(crypto.subtle, "sign");
      const error = await jumpError(() => buildUseRequest({ ...exampleInput, apiV2Key: secret, ...change } as never));
      expect(error.pointer).toBe(pointer);
      expect(error.keyword).toBe(keyword);
      expect(error.message).toContain(pointer);
      expect(error.message).toContain(keyword);
      for (const text of [error.message, String(error.stack), JSON.stringify(error)]) expect(text).not.toContain(secret);
      // Bad input is refused before anything is signed.
      expect(sign).not.toHaveBeenCalled();
      sign.mockRestore();
    });
  }
});

describe("parseUseReturn", () => {
  it("reads an extra key or an over-long query_id tolerantly (as WeChat may send them) and reports each difference", () => {
    const seen: unknown[] = [];
    expect(parseUseReturn({ query_id: "1", extra: 1 }, undefined, (d) => seen.push(...d))).toEqual({ query_id: "1" });
    expect(parseUseReturn({ query_id: "q".repeat(65) }, undefined, (d) => seen.push(...d))).toEqual({ query_id: "q".repeat(65) });
    expect(seen).toEqual([
      expect.objectContaining({ pointer: "/extra", keyword: "additionalProperties", severity: "drift" }),
      expect.objectContaining({ pointer: "/query_id", keyword: "maxLength", severity: "violation" }),
    ]);
  });

  it("returns query_id from a valid referrerInfo.extraData", () => {
    expect(parseUseReturn(example("WxpayScoreUseReturn"))).toEqual({ query_id: "15646546545165651651" });
    expect(parseUseReturn({ query_id: "q".repeat(64) })).toEqual({ query_id: "q".repeat(64) });
  });

  it("refuses a missing, empty or non-string query_id and non-objects", async () => {
    const cases: Array<[unknown, string, string]> = [
      [{}, "/query_id", "required"],
      [{ query_id: "" }, "/query_id", "minLength"],
      [{ query_id: 15646546545165651651 }, "/query_id", "type"],
      [null, "", "type"],
    ];
    for (const [value, pointer, keyword] of cases) {
      const error = await jumpError(() => parseUseReturn(value));
      expect([error.pointer, error.keyword]).toEqual([pointer, keyword]);
      expect(error.source).toBe("WxpayScoreUseReturn");
    }
  });
});

describe("wxpayScoreEnable builders", () => {
  const token = "zyx53Nkey8o4bHpxTQvd8m7e92nG5mG2";

  it("App: the spec's example, with extInfo exactly {\"miniProgramType\":0}", () => {
    const request = buildEnableAppRequest({ applyPermissionsToken: token });
    expect(request).toEqual(example("WxpayScoreEnableAppRequest"));
    expect(request.extInfo).toBe('{"miniProgramType":0}');
    expect(buildEnableAppRequest({ applyPermissionsToken: token, miniProgramType: 0 })).toEqual(request);
    expectValid("WxpayScoreEnableAppRequest", request);
  });

  it("JSAPI: the spec's example", () => {
    const request = buildEnableJsapiRequest({ applyPermissionsToken: token });
    expect(request).toEqual(example("WxpayScoreEnableJsapiRequest"));
    expectValid("WxpayScoreEnableJsapiRequest", request);
  });

  it("mini-program openBusinessView and navigateToMiniProgram: the spec's examples", () => {
    const miniProgram = buildEnableMiniProgramRequest({ applyPermissionsToken: "1230000109" });
    expect(miniProgram).toEqual(example("WxpayScoreEnableMiniProgramRequest"));
    expectValid("WxpayScoreEnableMiniProgramRequest", miniProgram);
    const navigate = buildEnableNavigateToMiniProgram({ applyPermissionsToken: "1230000109" });
    expect(navigate).toEqual({ appId: "wxd8f3793ea3b935b8", path: "pages/use/enable", extraData: { apply_permissions_token: "1230000109" } });
    expect(navigate.appId).toBe(schemas["WxpayScoreEnableNavigateToMiniProgram"].properties.appId.const);
    expectValid("WxpayScoreEnableNavigateToMiniProgram", navigate);
  });

  it("URL-encodes special characters in the token (App query, JSAPI queryString)", () => {
    const special = "a b&c=d+e/f?g%h#i中😀";
    const encoded = "a%20b%26c%3Dd%2Be%2Ff%3Fg%25h%23i%E4%B8%AD%F0%9F%98%80";
    const app = buildEnableAppRequest({ applyPermissionsToken: special });
    const jsapi = buildEnableJsapiRequest({ applyPermissionsToken: special });
    for (const query of [app.query, jsapi.queryString]) {
      expect(query).toBe(`apply_permissions_token=${encoded}`);
      expect(new URLSearchParams(query).get("apply_permissions_token")).toBe(special);
      expect(decodeURIComponent(query.split("=")[1]!)).toBe(special);
    }
    // Objects are passed as-is, not encoded.
    expect(buildEnableMiniProgramRequest({ applyPermissionsToken: special }).extraData.apply_permissions_token).toBe(special);
  });

  it("refuses a 2049-character token, an empty one and a non-string, naming apply_permissions_token", async () => {
    const builders = [buildEnableAppRequest, buildEnableJsapiRequest, buildEnableMiniProgramRequest, buildEnableNavigateToMiniProgram];
    const cases: Array<[unknown, string]> = [["t".repeat(2049), "maxLength"], ["", "minLength"], [12345, "type"]];
    for (const build of builders) {
      for (const [value, keyword] of cases) {
        const error = await jumpError(() => build({ applyPermissionsToken: value as string }));
        expect([error.source, error.pointer, error.keyword]).toEqual(["EnableJumpQuery", "/apply_permissions_token", keyword]);
        expect(error.message).toContain("/apply_permissions_token");
      }
    }
    expect(buildEnableMiniProgramRequest({ applyPermissionsToken: "t".repeat(2048) }).extraData.apply_permissions_token).toHaveLength(2048);
  });

  it("App/JSAPI: the encoded query must itself fit string[1, 2048]", async () => {
    // "apply_permissions_token=" is 24 characters, so the longest plain token that fits is 2024.
    expect(buildEnableJsapiRequest({ applyPermissionsToken: "t".repeat(2024) }).queryString).toHaveLength(2048);
    const error = await jumpError(() => buildEnableAppRequest({ applyPermissionsToken: "t".repeat(2025) }));
    expect([error.source, error.pointer, error.keyword]).toEqual(["WxpayScoreEnableAppRequest", "/query", "maxLength"]);
    const encoded = await jumpError(() => buildEnableJsapiRequest({ applyPermissionsToken: "中".repeat(700) }));
    expect(encoded.pointer).toBe("/queryString");
  });

  it("refuses a miniProgramType outside the spec's enum and a lone surrogate", async () => {
    const error = await jumpError(() => buildEnableAppRequest({ applyPermissionsToken: token, miniProgramType: 1 }));
    expect([error.source, error.pointer, error.keyword]).toEqual(["EnableExtInfo", "/miniProgramType", "enum"]);
    const surrogate = await jumpError(() => buildEnableJsapiRequest({ applyPermissionsToken: "ab\uD83D" }));
    expect([surrogate.pointer, surrogate.keyword]).toEqual(["/apply_permissions_token", "encoding"]);
  });
});

describe("垫资还款 builders", () => {
  const navigatorExample = example("RepaymentMiniProgramNavigator");
  const data = navigatorExample["extra-data"];
  const input = { appid: data.appid, mchid: data.mchid, openid: data.openid, nonceStr: data.nonce_str };

  it("navigator: the spec's example, fixed attributes from the spec", () => {
    const navigator = buildRepaymentNavigator(input);
    expect(navigator).toEqual(navigatorExample);
    expect(navigator["app-id"]).toBe("wx5e73c65404eee268");
    expect(navigator.path).toBe("pages/invest_list/invest_list");
    expectValid("RepaymentMiniProgramNavigator", navigator);
  });

  it("App launch: the spec's example, parameters in the order appid, mchid, nonce_str, openid", () => {
    const launch = buildRepaymentAppLaunch(input);
    expect(launch).toEqual(example("RepaymentAppLaunch"));
    expect(launch).toEqual({
      userName: "gh_5e259b7a73b1",
      path: `pages/invest_list/invest_list?appid=${data.appid}&mchid=${data.mchid}&nonce_str=${data.nonce_str}&openid=${data.openid}`,
      miniProgramType: 0,
    });
    expectValid("RepaymentAppLaunch", launch);
  });

  it("URL-encodes special characters in the App path and keeps them raw in extra-data", () => {
    const special = { ...input, openid: "o+Up F8/u=M&E?b" };
    const launch = buildRepaymentAppLaunch(special);
    expect(launch.path).toContain("&openid=o%2BUp%20F8%2Fu%3DM%26E%3Fb");
    const [page, query] = launch.path.split("?");
    expect(page).toBe("pages/invest_list/invest_list");
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({ appid: data.appid, mchid: data.mchid, nonce_str: data.nonce_str, openid: special.openid });
    expect(buildRepaymentNavigator(special)["extra-data"].openid).toBe(special.openid);
    expectValid("RepaymentAppLaunch", launch);
  });

  it("makes a fresh 32-character nonce unless given one or a nonce source", () => {
    const { nonceStr: _unused, ...withoutNonce } = input;
    const a = buildRepaymentNavigator(withoutNonce)["extra-data"].nonce_str;
    const b = buildRepaymentAppLaunch(withoutNonce).path;
    expect(a).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(b).toMatch(/&nonce_str=[0-9A-Za-z]{32}&/);
    expect(b).not.toContain(a);
    expect(buildRepaymentNavigator({ ...withoutNonce, nonce: () => "n0nce" })["extra-data"].nonce_str).toBe("n0nce");
  });

  it("refuses a missing openid, an empty mchid and an over-long nonce, naming the field", async () => {
    const cases: Array<[Json, string, string]> = [
      [{ openid: undefined }, "/openid", "required"],
      [{ mchid: "" }, "/mchid", "minLength"],
      [{ appid: "w".repeat(33) }, "/appid", "maxLength"],
      [{ nonceStr: "n".repeat(33) }, "/nonce_str", "maxLength"],
    ];
    for (const build of [buildRepaymentNavigator, buildRepaymentAppLaunch]) {
      for (const [change, pointer, keyword] of cases) {
        const error = await jumpError(() => build({ ...input, ...change } as never));
        expect([error.source, error.pointer, error.keyword]).toEqual(["RepaymentExtraData", pointer, keyword]);
      }
    }
  });
});

describe("compareVersion", () => {
  const table: Array<[string, string, -1 | 0 | 1]> = [
    ["7.0.5", "7.0.5", 0],
    ["7.0.5", "7.0.4", 1],
    ["7.0.4", "7.0.5", -1],
    ["7.0.10", "7.0.9", 1],
    ["7.0.9", "7.0.10", -1],
    ["7.1", "7.0.9", 1],
    ["7.0", "7.0.0", 0],
    ["7", "7.0.0.0", 0],
    ["7.0.0.1", "7.0", 1],
    ["7.0", "7.0.0.1", -1],
    ["8.0.1", "10.0.0", -1],
    ["7.0.05", "7.0.5", 0],
    ["7.0.5.1800(0x27000537)", "7.0.5", 1],
    ["7.0.5(0x27000537)", "7.0.5", 0],
    ["7.0.4(0x27000537)", "7.0.5", -1],
    ["2.6.0", "2.10.0", -1],
    ["", "0", 0],
    ["x.1", "0.1", 0],
  ];
  for (const [a, b, expected] of table) {
    it(`compareVersion(${JSON.stringify(a)}, ${JSON.stringify(b)}) = ${expected}`, () => {
      expect(compareVersion(a, b)).toBe(expected);
      expect(compareVersion(b, a)).toBe(-expected || 0);
    });
  }
});

describe("readWechatVersion", () => {
  it("reads MicroMessenger/x.y.z from user agents", () => {
    const ios = "Mozilla/5.0 (iPhone; CPU iPhone OS 12_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/16B92 MicroMessenger/7.0.5(0x17000523) NetType/WIFI Language/zh_CN";
    const android = "Mozilla/5.0 (Linux; Android 9; MI 8) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/66.0 MQQBrowser/6.2 TBS/044807 Mobile Safari/537.36 MMWEBID/1 MicroMessenger/7.0.10.1580(0x27000A5D) Process/tools NetType/WIFI Language/zh_CN ABI/arm64";
    expect(readWechatVersion(ios)).toBe("7.0.5");
    expect(readWechatVersion(android)).toBe("7.0.10.1580");
    expect(readWechatVersion("Mozilla/5.0 micromessenger/8.0.1")).toBe("8.0.1");
    expect(readWechatVersion("Mozilla/5.0 (Macintosh) Safari/605.1.15")).toBeUndefined();
    expect(supportsJump("wxpayScoreEnableJsapi", { wechatVersion: readWechatVersion(android) }).ok).toBe(true);
  });
});

describe("supportsJump", () => {
  const wechat: Array<[Parameters<typeof supportsJump>[0], string, Json]> = [
    ["wxpayScoreEnableApp", "7.0.3", {}],
    ["wxpayScoreEnableJsapi", "7.0.5", {}],
    ["wxpayScoreEnableMiniProgram", "7.0.3", { baseLibraryVersion: "2.6.0" }],
    ["wxpayScoreEnableNavigateToMiniProgram", "7.0.3", { baseLibraryVersion: "2.6.0" }],
    ["wxpayScoreUse", "7.0.3", { baseLibraryVersion: "2.6.0" }],
  ];
  for (const [kind, minimum, rest] of wechat) {
    it(`${kind}: WeChat ${minimum} is the minimum`, () => {
      const [major, minor, patch] = minimum.split(".").map(Number) as [number, number, number];
      expect(supportsJump(kind, { ...rest, wechatVersion: minimum })).toEqual({ ok: true });
      expect(supportsJump(kind, { ...rest, wechatVersion: `${major}.${minor}.${patch + 1}` }).ok).toBe(true);
      expect(supportsJump(kind, { ...rest, wechatVersion: `${major}.${minor}.${patch}.1` }).ok).toBe(true);
      expect(supportsJump(kind, { ...rest, wechatVersion: `${major}.${minor + 1}` }).ok).toBe(true);
      const below = supportsJump(kind, { ...rest, wechatVersion: `${major}.${minor}.${patch - 1}` });
      expect(below.ok).toBe(false);
      expect(below.reason).toContain(minimum);
      expect(supportsJump(kind, { ...rest, wechatVersion: `${major - 1}.9.99` }).ok).toBe(false);
      const unknown = supportsJump(kind, rest);
      expect(unknown.ok).toBe(false);
      expect(unknown.reason).toContain("wechat");
    });
  }

  it("checks the mini-program base library at 2.6.0", () => {
    for (const kind of ["wxpayScoreEnableMiniProgram", "wxpayScoreEnableNavigateToMiniProgram", "wxpayScoreUse"] as const) {
      expect(supportsJump(kind, { wechatVersion: "8.0.0", baseLibraryVersion: "2.6.0" }).ok).toBe(true);
      expect(supportsJump(kind, { wechatVersion: "8.0.0", baseLibraryVersion: "2.10.4" }).ok).toBe(true);
      const old = supportsJump(kind, { wechatVersion: "8.0.0", baseLibraryVersion: "2.5.9" });
      expect(old).toEqual({ ok: false, reason: `baseLibrary 2.5.9 is below the minimum 2.6.0 for ${kind}` });
      expect(supportsJump(kind, { wechatVersion: "8.0.0" }).ok).toBe(false);
    }
    // JSAPI and App have no base-library minimum.
    expect(supportsJump("wxpayScoreEnableJsapi", { wechatVersion: "7.0.5", baseLibraryVersion: "1.0.0" }).ok).toBe(true);
  });

  it("checks SDK minimums only when given", () => {
    expect(supportsJump("wxpayScoreEnableJsapi", { wechatVersion: "7.0.5", jssdkVersion: "1.4.0" }).ok).toBe(false);
    expect(supportsJump("wxpayScoreEnableJsapi", { wechatVersion: "7.0.5", jssdkVersion: "1.5.0" }).ok).toBe(true);
    expect(supportsJump("wxpayScoreEnableApp", { wechatVersion: "7.0.3", androidOpenSdkVersion: "5.3.0" }).ok).toBe(false);
    expect(supportsJump("wxpayScoreEnableApp", { wechatVersion: "7.0.3", iosOpenSdkVersion: "1.8.4" }).ok).toBe(true);
  });

  it("has nothing to check for jumps without x-min-versions", () => {
    expect(supportsJump("repaymentApp", {})).toEqual({ ok: true });
    expect(supportsJump("repaymentMiniProgram", {})).toEqual({ ok: true });
  });
});

/** The root `x-client-jumps` as the source writes them (`$ref`s; the bundler inlines copies). */
function withJumpRefs(doc: Json): Json {
  doc["x-client-jumps"] = YAML.parse(readFileSync(SPEC, "utf8"))["x-client-jumps"];
  return doc;
}

/** A JumpSpec over another copy of the spec: its jump facts and validators compiled from it. */
function jumpSpecOf(doc: Json): JumpSpec {
  return new JumpSpec(jumpFacts(doc), createSpecAjv(doc));
}

describe("values come from the spec, not from the code", () => {
  it("follows a changed const, enum and x-min-versions in another copy of the spec", () => {
    const doc = withJumpRefs(structuredClone(spec) as Json);
    doc.components.schemas.WxpayScoreEnableNavigateToMiniProgram.properties.path.const = "pages/use/enable2";
    doc.components.schemas.RepaymentAppLaunch.properties.miniProgramType.enum = [2, 0];
    jumpSchema(doc, "wxpayScoreEnableJsapi")["x-min-versions"].wechat = "8.0.0";
    const other = jumpSpecOf(doc);
    expect(buildEnableNavigateToMiniProgram({ applyPermissionsToken: "t" }, other).path).toBe("pages/use/enable2");
    expect(buildRepaymentAppLaunch({ appid: "a", mchid: "m", openid: "o", nonceStr: "n" }, other).miniProgramType).toBe(2);
    expect(supportsJump("wxpayScoreEnableJsapi", { wechatVersion: "7.0.5" }, other).ok).toBe(false);
  });

  it("reports a spec without the value a builder reads as a PayScoreError, not as bad input", () => {
    const doc = withJumpRefs(structuredClone(spec) as Json);
    delete doc.components.schemas.WxpayScoreEnableJsapiRequest.properties.businessType.const;
    const error = (() => {
      try {
        buildEnableJsapiRequest({ applyPermissionsToken: "t" }, jumpSpecOf(doc));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PayScoreError);
    expect(error).not.toBeInstanceOf(JumpInputError);
    expect((error as Error).message).toContain("/components/schemas/WxpayScoreEnableJsapiRequest/properties/businessType");
  });
});

describe("isOpenBusinessViewSuccess", () => {
  it("reads err_code with parseInt semantics (number on iOS, string on Android)", () => {
    for (const code of [0, "0"]) expect(isOpenBusinessViewSuccess(code)).toBe(true);
    for (const code of [1, "1", "-1", "", undefined, null, "ok"]) expect(isOpenBusinessViewSuccess(code)).toBe(false);
  });
});
