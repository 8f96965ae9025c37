// conformance/redact.ts: what may never reach a report, and what must stay readable.
import { describe, expect, it } from "vitest";
import { REDACTED, REDACTED_KEY, redactCase, redactString, redactValue } from "../../conformance/redact.ts";
import { loadContract } from "../../conformance/contract.ts";
import type { CaseResult, RunReport } from "../../conformance/report/model.ts";
import { formatConsole } from "../../conformance/report/console.ts";
import { toJUnitXml } from "../../conformance/report/junit.ts";
import { toHtml } from "../../conformance/report/html.ts";
import { toJson } from "../../conformance/report/write.ts";
import { pem } from "../fixtures/keys.ts";

const AUTH = 'WECHATPAY2-SHA256-RSA2048 mchid="1900000109",nonce_str="593BEC0C930BF1AFEB40B4A08C8FB242",'
  + 'signature="uOVRnA4qG/MNnYzdQxJanN+zU+lTgIcnU9BxGw5dKjK+VdEUz2FeIoC+D5sB/LN+nGzX3hfZg6r5wT1pl2ZobmIc6p0ldN7J6yDgUzbX8Uk3sD4a4eZVPTBvqNDoUqcYMlZ9uuDdCvNv4TM3c1WzsXUrExwVkI1XO5jCNbgDJ25nkT/c1gIFvqoogl7MdSFGc4W4xZsqCItnqbypR3RuGIlR9h9vlRsy7zJR9PBI83X8alLDIfR1ukt1P7tMnmogZ0cuDY8cZsd8ZlCgLadmvej58SLsIkVxFJ8XmUgx9ZRK60YT3ZAm2rHfX9+GkdKiAX0uRUOpDaoEd1qw5T1PvtgRyVh3B7xTUQ==",'
  + 'timestamp="1554208460",serial_no="3775B6A45ACD588826D15E583A95F5DD7E6D2C13"';

describe("redactValue", () => {
  it("keeps an Authorization header's public parts and drops only its signature", () => {
    const out = String(redactValue(AUTH, "Authorization", { maxString: 1000 }));
    expect(out).toContain('signature="[redacted]"');
    expect(out).toContain('mchid="1900000109"');
    expect(out).toContain('serial_no="3775B6A45ACD588826D15E583A95F5DD7E6D2C13"');
    expect(out).not.toContain("uOVRnA4qG");
  });
  it("drops a signature inside any string, whatever the field is called", () => {
    expect(redactString(`header was ${AUTH}`, { maxString: 2000 })).not.toContain("uOVRnA4qG");
  });
  it("hides PEM key material, whole or truncated", () => {
    const key = pem.merchantKey;
    const body = key.split("\n")[1]!;
    expect(String(redactValue(key)).trim()).toBe("[redacted PEM]");
    expect(String(redactValue(`prefix ${key.slice(0, 200)}`))).not.toContain(body.slice(0, 20));
    expect(JSON.stringify(redactValue({ detail: { note: key } }))).not.toContain(body.slice(0, 20));
  });
  it("hides values of fields named like keys, secrets and signs, at any depth", () => {
    const out = redactValue({ api_v3_key: "k", privateKey: "p", client_secret: "s", sign: "ABC", nested: [{ apiKey: "x", ok: "visible" }] });
    expect(out).toEqual({ api_v3_key: REDACTED, privateKey: REDACTED, client_secret: REDACTED, sign: REDACTED, nested: [{ apiKey: REDACTED, ok: "visible" }] });
  });
  it("keeps public identifiers visible", () => {
    const value = { serial_no: "3775B6", "Wechatpay-Serial": "PUB_KEY_ID_0112860886012025062700111588000000", out_order_no: "A1" };
    expect(redactValue(value)).toEqual(value);
  });
  it("hides given secrets wherever they appear", () => {
    const secret = "PayScoreTestApiV3Key0123456789ab";
    expect(redactValue({ attach: `x${secret}y` }, undefined, { secrets: [secret] })).toEqual({ attach: `x${REDACTED}y` });
  });
  it("truncates long strings, wide arrays and objects, and deep nesting", () => {
    expect(String(redactValue("z".repeat(1000)))).toMatch(/^z{159}… \(1000 chars\)$/);
    const arr = redactValue(Array.from({ length: 50 }, (_, i) => i)) as unknown[];
    expect(arr).toHaveLength(21);
    expect(arr.at(-1)).toBe("… 30 more");
    let deep: unknown = "bottom";
    for (let i = 0; i < 10; i++) deep = { d: deep };
    expect(JSON.stringify(redactValue(deep))).toContain('"[object]"');
  });
  it("leaves numbers, booleans and null alone", () => {
    expect(redactValue(4000)).toBe(4000);
    expect(redactValue(false)).toBe(false);
    expect(redactValue(null)).toBe(null);
  });
});

describe("redaction on structure as well as values", () => {
  // A 32-character APIv3 key with "/" and "~", so its pointer-escaped form differs from it.
  const SECRET = "Ab/Cd~Ef0123456789abcdefghijklmn";
  const forms = [SECRET, "Ab~1Cd~0Ef0123456789abcdefghijklmn", encodeURIComponent(SECRET), Buffer.from(SECRET).toString("base64"), Buffer.from(SECRET).toString("hex"), Buffer.from(SECRET).toString("hex").toUpperCase()];
  const leaks = (text: string) => forms.filter((form) => text.includes(form));

  it("redacts a secret used as an object key, and keeps __proto__ a plain own key", () => {
    const input = JSON.parse(`{"${SECRET}": 1, "__proto__": {"polluted": true}, "constructor": "c"}`) as unknown;
    const out = redactValue(input, undefined, { secrets: [SECRET] }) as Record<string, unknown>;
    expect(leaks(JSON.stringify(out))).toEqual([]);
    expect(Object.keys(out)).toEqual([REDACTED, "__proto__", "constructor"]);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("recognises the secret's pointer-escaped, percent-encoded, base64 and hex forms", () => {
    for (const form of forms) expect(redactString(`x ${form} y`, { secrets: [SECRET], maxString: 1000 })).toBe(`x ${REDACTED} y`);
  });

  it("recognises key material without its PEM armour: a bare PEM body, its DER in hex, a PEM in base64 or hex", () => {
    const body = pem.merchantKey.replace(/-----[^-]+-----/g, "").trim();
    const der = Buffer.from(body.replace(/\s+/g, ""), "base64");
    const samples = {
      "bare body, lines": body,
      "bare body, one line": body.replace(/\s+/g, ""),
      "bare body in JSON text": JSON.stringify({ k: body }),
      "DER in hex": der.toString("hex"),
      "PEM in base64": Buffer.from(pem.merchantKey).toString("base64"),
      "PEM in hex": Buffer.from(pem.merchantKey).toString("hex"),
    };
    const line = body.split("\n")[1]!;
    for (const [what, text] of Object.entries(samples)) {
      const out = redactString(`before ${text} after`, { maxString: 100_000 });
      expect(out, what).toContain(REDACTED_KEY);
      expect(out, what).not.toContain(line.slice(8, 40));
      expect(out, what).not.toContain(der.toString("hex").slice(40, 80));
      expect(out, what).not.toContain(Buffer.from(pem.merchantKey).toString("base64").slice(40, 80));
      expect(out, what).toMatch(/^before .* after$/s);
    }
    // Ordinary identifiers stay readable.
    const ids = "1234323JKHDFE1243252 PUB_KEY_ID_0112860886012025062700111588000000 3775B6A45ACD588826D15E583A95F5DD7E6D2C13";
    expect(redactString(ids, { maxString: 1000 })).toBe(ids);
  });

  it("a secret used as a key never reaches the console, JUnit, HTML or JSON report, in the pointer or anywhere", () => {
    const contract = loadContract(undefined, { redact: { secrets: [SECRET] } });
    const violations = contract.checkNotificationPlaintext("PAYSCORE.USER_OPEN_SERVICE", { appid: "wx1", [SECRET]: { [SECRET]: SECRET } });
    expect(violations.some((v) => v.pointer === `/plaintext/${REDACTED}`)).toBe(true);
    expect(leaks(JSON.stringify(violations))).toEqual([]);
    // What else a case carries (a step note, an error) goes through redactCase.
    const result: CaseResult = {
      suite: "s",
      name: `step /body/${forms[1]}`,
      status: "failed",
      durationMs: 1,
      violations: [...violations, { subject: "x", part: "request", pointer: `/body/${forms[1]}`, rule: "r", message: `key ${SECRET}`, value: { [SECRET]: 1 } }],
      error: `failed at /body/${SECRET}`,
      steps: [forms[3]!],
    };
    const safe = redactCase(result, { secrets: [SECRET] });
    const report: RunReport = { title: "t", target: "x", startedAt: new Date(0).toISOString(), durationMs: 1, cases: [safe] };
    for (const text of [formatConsole(report), toJUnitXml(report), toHtml(report), toJson(report)]) expect(leaks(text)).toEqual([]);
    expect(JSON.stringify(result)).toContain(SECRET); // the input is left alone
  });
});
