// conformance/capture.ts + cli/validate.ts: HAR and JSON Lines captures built here (valid and broken),
// response signatures made with node:crypto (never with our own signer), checked offline.
import { sign as rsaSign } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import bundled from "../../generated/openapi.json" with { type: "json" };
import {
  CaptureFormatError, checkCapture, parseCapture, validateCaptureFile, type Capture,
} from "../../conformance/capture.ts";
import type { CaseResult } from "../../conformance/report/model.ts";
import { validateCommand } from "../../conformance/cli/validate.ts";
import { importPublicKey } from "../../src/keys.ts";
import { StaticKeySet } from "../../src/verify.ts";
import { fixturePath, pem, PUB_KEY_ID } from "../fixtures/keys.ts";

const schemas: any = (bundled as any).components.schemas;
const HOST = "https://api.mch.weixin.qq.com";
const BASE = `${HOST}/v3/payscore/acquiringbank`;
/** Capture time of every entry; responses are signed at TS unless a test says otherwise. */
const CAPTURED = "2026-11-25T10:00:00.000Z";
const TS = Math.floor(Date.parse(CAPTURED) / 1000);

const order = schemas.ServiceOrder.examples[0];
const createRequest = schemas.CreateServiceOrderRequest.examples[0];
const deductInfo = schemas.DeductInfo.examples[0];

/** Response headers of a platform response signed with the fixture WeChat Pay public key's private half. */
function signedHeaders(body: string, { timestamp = TS, privateKey = pem.wechatpayPubKeyPrivate, nonce = "c5ac7061fccab6bf3e254dcf98995b8c" } = {}) {
  const signature = rsaSign("sha256", Buffer.from(`${timestamp}\n${nonce}\n${body}\n`, "utf8"), privateKey).toString("base64");
  return {
    "Request-ID": "08F78BB5AF0610D302A0A2AC8B08BD9D1E2D8C2F",
    "Wechatpay-Timestamp": String(timestamp),
    "Wechatpay-Nonce": nonce,
    "Wechatpay-Signature": signature,
    "Wechatpay-Serial": PUB_KEY_ID,
    ...(body ? { "Content-Type": "application/json; charset=utf-8" } : {}),
  };
}

interface Entry {
  method: string; url: string; requestBody?: string; status: number;
  headers: Record<string, string>; body: string; base64?: boolean; startedDateTime?: string;
}
function har(entries: Entry[]): string {
  return JSON.stringify({
    log: {
      version: "1.2", creator: { name: "test", version: "1" },
      entries: entries.map((e) => ({
        startedDateTime: e.startedDateTime ?? CAPTURED, time: 120,
        request: {
          method: e.method, url: e.url, httpVersion: "HTTP/1.1", cookies: [], queryString: [], headersSize: -1, bodySize: -1,
          headers: [{ name: "Accept", value: "application/json" }, { name: "Wechatpay-Serial", value: PUB_KEY_ID }],
          ...(e.requestBody !== undefined && { postData: { mimeType: "application/json", text: e.requestBody } }),
        },
        response: {
          status: e.status, statusText: "", httpVersion: "HTTP/1.1", cookies: [], redirectURL: "", headersSize: -1, bodySize: -1,
          headers: [{ name: ":status", value: String(e.status) }, ...Object.entries(e.headers).map(([name, value]) => ({ name, value }))],
          content: e.base64
            ? { size: e.body.length, mimeType: "application/json", text: Buffer.from(e.body).toString("base64"), encoding: "base64" }
            : { size: e.body.length, mimeType: "application/json", text: e.body },
        },
        cache: {}, timings: { send: 0, wait: 120, receive: 0 },
      })),
    },
  });
}

const orderText = JSON.stringify(order);
const deductText = JSON.stringify([deductInfo][0]);
const goodEntries: Entry[] = [
  { method: "POST", url: `${BASE}/serviceorder`, requestBody: JSON.stringify(createRequest), status: 200, headers: signedHeaders(orderText), body: orderText },
  {
    method: "GET",
    url: `${BASE}/serviceorder/deduction?service_id=500001&appid=wxd678efh567hg6787&sub_mchid=10000000&channel_id=10000000&out_order_no=1234323JKHDFE1243252`,
    status: 200, headers: signedHeaders(deductText), body: deductText, base64: true,
  },
  {
    method: "POST", url: `${BASE}/serviceorder/1234323JKHDFE1243252/cancel`,
    requestBody: JSON.stringify(schemas.CancelServiceOrderRequest.examples[0]), status: 204, headers: signedHeaders(""), body: "",
  },
  // An unsigned error: allowed, and nothing to verify.
  {
    method: "GET", url: `${BASE}/serviceorder?sub_mchid=10000000&channel_id=10000000&out_order_no=NOPE`, status: 404,
    headers: { "Request-ID": "08F78BB5AF0610D302A0A2AC8B08BD9D1E2D8C2F", "Content-Type": "application/json" },
    body: JSON.stringify({ code: "ORDER_NOT_EXIST", message: "订单不存在" }),
  },
  { method: "GET", url: "https://example.com/favicon.ico", status: 200, headers: {}, body: "" },
];

let keys: StaticKeySet;
const dir = mkdtempSync(join(tmpdir(), "payscore-capture-"));
beforeAll(async () => {
  keys = new StaticKeySet([[PUB_KEY_ID, await importPublicKey(pem.wechatpayPubKey)]]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function byIndex(cases: CaseResult[], n: number): CaseResult {
  const found = cases.find((c) => c.name.startsWith(`#${n} `));
  if (!found) throw new Error(`no case #${n}`);
  return found;
}
function rules(c: CaseResult) {
  return c.violations.map((v) => `${v.pointer} ${v.rule}`);
}

describe("HAR", () => {
  it("a conforming capture passes, signatures verified at the capture time, other hosts skipped", async () => {
    const capture = parseCapture(har(goodEntries));
    expect(capture.format).toBe("har");
    const cases = await checkCapture(capture, { keys });
    expect(cases.map((c) => [c.status, c.violations])).toEqual([
      ["passed", []], ["passed", []], ["passed", []], ["passed", []], ["skipped", []],
    ]);
    expect(byIndex(cases, 1).name).toBe("#1 POST /v3/payscore/acquiringbank/serviceorder → 200 createServiceOrder");
    expect(byIndex(cases, 2).steps).toContain(`signature verified with ${PUB_KEY_ID} at capture time 2026-11-25T10:00:00.120Z`);
    expect(byIndex(cases, 3).steps).toContain(`signature verified with ${PUB_KEY_ID} at capture time 2026-11-25T10:00:00.120Z`);
    expect(byIndex(cases, 4).steps).toContain("signature: unsigned error response, nothing to verify");
    expect(byIndex(cases, 5).skipReason).toBe("not a path of the spec");
  });

  it("each broken exchange is reported with its pointer and rule", async () => {
    const longOrder = JSON.stringify({ ...order, out_order_no: "X".repeat(33) });
    const tampered = orderText.replace("某某酒店", "某某宾馆");
    const broken: Entry[] = [
      { method: "GET", url: `${BASE}/serviceorder?sub_mchid=1&channel_id=1&out_order_no=A`, status: 200, headers: signedHeaders(longOrder), body: longOrder },
      {
        method: "POST", url: `${BASE}/serviceorder`, requestBody: JSON.stringify({ ...createRequest, need_user_confirm: "yes" }), status: 400,
        headers: { "Request-ID": "R1", "Content-Type": "application/json" }, body: JSON.stringify({ code: "SIGN_ERROR", message: "签名错误" }),
      },
      { method: "GET", url: `${BASE}/serviceorder?sub_mchid=1&channel_id=1&out_order_no=A`, status: 200, headers: signedHeaders(orderText), body: tampered },
      { method: "GET", url: `${BASE}/serviceorder?sub_mchid=1&channel_id=1&out_order_no=A`, status: 200, headers: signedHeaders(orderText, { timestamp: TS - 301 }), body: orderText },
      { method: "GET", url: `${BASE}/serviceorder?sub_mchid=1&channel_id=1&out_order_no=A`, status: 200, headers: signedHeaders(orderText, { privateKey: pem.attackerKey }), body: orderText },
      { method: "DELETE", url: `${BASE}/serviceorder`, status: 200, headers: {}, body: "" },
      { method: "GET", url: `${BASE}/serviceorder?sub_mchid=1&channel_id=1&out_order_no=A`, status: 502, headers: { "Request-ID": "R2" }, body: "<html>bad gateway</html>" },
      { method: "POST", url: `${BASE}/serviceorder/A/cancel`, requestBody: "{}", status: 418, headers: {}, body: "" },
    ];
    const cases = await checkCapture(parseCapture(har(broken)), { keys });
    expect(cases.every((c) => c.status === "failed")).toBe(true);
    // Correctly signed, but the platform broke the schema.
    expect(rules(byIndex(cases, 1))).toEqual(["/body/out_order_no maxLength", "/body/out_order_no pattern"]);
    expect(rules(byIndex(cases, 2))).toEqual(["/body/need_user_confirm type", "/body/code error-code"]);
    expect(rules(byIndex(cases, 3))).toEqual(["/headers/Wechatpay-Signature signature"]);
    expect(byIndex(cases, 3).violations[0]!.message).toMatch(/^bad-signature:/);
    expect(rules(byIndex(cases, 4))).toEqual(["/headers/Wechatpay-Timestamp signature"]);
    expect(byIndex(cases, 4).violations[0]!.message).toMatch(/^stale-timestamp:/);
    expect(rules(byIndex(cases, 5))).toEqual(["/headers/Wechatpay-Signature signature"]);
    expect(byIndex(cases, 6).violations).toEqual([expect.objectContaining({ subject: "DELETE /v3/payscore/acquiringbank/serviceorder", pointer: "/path", rule: "operation" })]);
    expect(rules(byIndex(cases, 7))).toEqual(["/body json"]);
    expect(byIndex(cases, 7).violations[0]!.value).toBe("<html>bad gateway</html>");
    expect(rules(byIndex(cases, 8))).toContain("/status status");
  });

  it("without keys, signatures are not checked (a tampered body passes the schema)", async () => {
    const tampered = orderText.replace("某某酒店", "某某宾馆");
    const cases = await checkCapture(parseCapture(har([{ ...goodEntries[0]!, body: tampered }])));
    expect(cases[0]!.status).toBe("passed");
  });
});

describe("JSON Lines", () => {
  const lines = [
    { method: "POST", url: "/v3/payscore/acquiringbank/serviceorder", status: 200, headers: signedHeaders(orderText), body: orderText, time: CAPTURED },
    // Parsed-JSON body: schema-checked, signature cannot be verified.
    { method: "GET", url: `${BASE}/permissions/authorization-code/1234323JKHDFE1243252?service_id=500001&sub_mchid=1&channel_id=1`, status: 200,
      headers: signedHeaders("{}"), body: schemas.PermissionsRecord.examples[0] },
    // No capture time: verified at its own timestamp (skew not checked), so an old capture still verifies.
    { method: "POST", url: "/v3/payscore/acquiringbank/serviceorder/A1/cancel", status: 204, headers: signedHeaders("", { timestamp: TS - 86_400 }), body: "",
      requestBody: { reason: "x".repeat(600) } },
  ];
  const text = `${lines.map((l) => JSON.stringify(l)).join("\n")}\n\n`;

  it("parses lines, checks each, and says how signatures were handled", async () => {
    const capture = parseCapture(text);
    expect(capture.format).toBe("jsonl");
    expect(capture.exchanges.map((e) => e.index)).toEqual([1, 2, 3]);
    const cases = await checkCapture(capture, { keys });
    expect(byIndex(cases, 1)).toMatchObject({ status: "passed" });
    expect(byIndex(cases, 1).steps).toContain("request body not captured: not checked");
    expect(byIndex(cases, 2).steps).toContain("signature: not verified, the body was captured as parsed JSON and its exact bytes are lost");
    expect(byIndex(cases, 2).status).toBe("passed");
    const cancel = byIndex(cases, 3);
    expect(cancel.steps).toContain(`signature verified with ${PUB_KEY_ID} at its own Wechatpay-Timestamp (no capture time: skew not checked)`);
    // The request body was captured: its reason is too long, and required fields are missing.
    expect(rules(cancel)).toEqual(["/body/sub_mchid required", "/body/channel_id required", "/body/reason maxLength"]);
  });

  it("refuses what is not a capture, naming the line", () => {
    expect(() => parseCapture("")).toThrow(CaptureFormatError);
    expect(() => parseCapture(`${JSON.stringify(lines[0])}\nnot json\n`)).toThrow(/line 2 is not JSON/);
    expect(() => parseCapture(`{"method":"GET","url":"/x"}`)).toThrow(/line 1 must be an object with method, url and status/);
    expect(() => parseCapture(JSON.stringify({ log: {} }))).toThrow(/log.entries is missing/);
  });
});

describe("payscore validate", () => {
  const good = join(dir, "good.har");
  const bad = join(dir, "bad.jsonl");
  writeFileSync(good, har(goodEntries));
  writeFileSync(bad, `${JSON.stringify({ method: "GET", url: `${BASE}/serviceorder?sub_mchid=1&channel_id=1&out_order_no=A`, status: 200, headers: signedHeaders(orderText), body: JSON.stringify({ ...order, state: "PAID" }) })}\n`);
  const pubKeyFile = fixturePath("wechatpayPubKey");

  async function run(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await validateCommand(argv, { out: (t) => out.push(t), err: (t) => err.push(t), color: false });
    return { code, out: out.join("\n"), err: err.join("\n") };
  }

  it("exit 0 on a conforming capture, with keys, and writes the three reports", async () => {
    const outDir = join(dir, "out-good");
    const r = await run([good, "--out", outDir, "--public-key", `${PUB_KEY_ID}=${pubKeyFile}`]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("4 passed, 0 failed, 1 skipped (0 violations)");
    for (const name of ["junit.xml", "report.html", "report.json"]) expect(existsSync(join(outDir, name))).toBe(true);
    expect(readFileSync(join(outDir, "junit.xml"), "utf8")).toContain('<testsuite name="good.har" tests="5" failures="0" errors="0" skipped="1"');
  });

  it("exit 1 on any violation, shown on the console and in the HTML", async () => {
    const outDir = join(dir, "out-bad");
    const r = await run([bad, "--out", outDir, "--platform-cert", fixturePath("platformCert")]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('getServiceOrder response 200 /body/state enum');
    // Only the platform certificate was given: the response's PUB_KEY_ID serial is unknown.
    expect(r.out).toContain("/headers/Wechatpay-Serial signature: unknown-serial");
    expect(readFileSync(join(outDir, "report.html"), "utf8")).toContain('<td class="mono">/body/state</td>');
  });

  it("exit 2 on bad usage or an unreadable file, without writing reports", async () => {
    const outDir = join(dir, "out-none");
    expect((await run([])).code).toBe(2);
    expect((await run([good, bad])).code).toBe(2);
    expect((await run([good, "--bogus"])).code).toBe(2);
    expect((await run([good, "--public-key", "no-equals-sign"])).err).toContain("--public-key wants ID=FILE");
    expect((await run([good, "--public-key", `${PUB_KEY_ID}=${join(dir, "missing.pem")}`])).code).toBe(2);
    const missing = await run([join(dir, "missing.har"), "--out", outDir]);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.err).toContain("cannot read");
    const garbage = join(dir, "garbage.txt");
    writeFileSync(garbage, "hello\n");
    expect((await run([garbage, "--out", outDir])).err).toContain("line 1 is not JSON");
    expect(existsSync(outDir)).toBe(false);
  });

  it("a key file that is not a key is refused without echoing it", async () => {
    const r = await run([good, "--public-key", `${PUB_KEY_ID}=${fixturePath("merchantKey")}`]);
    expect(r.code).toBe(2);
    expect(r.err).not.toContain(pem.merchantKey.split("\n")[1]!.slice(0, 20));
  });

  it("--help prints the usage", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("usage: payscore validate FILE");
  });

  it("validateCaptureFile names the suite after the file", async () => {
    const { capture, cases } = await validateCaptureFile(good);
    expect((capture as Capture).exchanges).toHaveLength(5);
    expect(new Set(cases.map((c) => c.suite))).toEqual(new Set(["good.har"]));
  });
});
