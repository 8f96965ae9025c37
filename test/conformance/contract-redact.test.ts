// conformance/redact.ts: what may never reach a report, and what must stay readable.
import { describe, expect, it } from "vitest";
import { REDACTED, redactString, redactValue } from "../../conformance/redact.ts";
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
