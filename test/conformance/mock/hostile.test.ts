// Hostile input on the mock's own surfaces (control API, request reading, Authorization replay, the state
// file): each case asserts the secure behaviour over real loopback HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redactValue } from "../../../conformance/redact.ts";
import { applyPatch } from "../../../conformance/mock/faults.ts";
import { startMock, type MockPlatform } from "../../../conformance/mock/server.ts";
import { IDS, ORDER_PATH, call, createOrderBody, startNotifyServer, uniqueId, type NotifyServer } from "./support.ts";

let mock: MockPlatform;
let notify: NotifyServer;

beforeAll(async () => {
  notify = await startNotifyServer();
  mock = await startMock({ notifyCompression: 1000 });
});
afterAll(async () => {
  await mock.close();
  await notify.close();
});

/** A control request as a local tool sends it: JSON body, no Origin. */
function control(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const { method = init.body === undefined ? "GET" : "POST", body, headers = {} } = init;
  return fetch(`${mock.url}${path}`, {
    method,
    headers: body === undefined ? headers : { "Content-Type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
}

const orderQuery = (no: string) => `${ORDER_PATH}?sub_mchid=${IDS.sub_mchid}&channel_id=${IDS.channel_id}&out_order_no=${no}`;

describe("prototype pollution", () => {
  for (const path of ["/__proto__/zz", "/constructor/prototype/zz", "/a/prototype", "/__proto__"]) {
    it(`a mutate-response patch at ${path} is refused with 400 and pollutes nothing`, async () => {
      const response = await control("/mock/faults", {
        body: { kind: "mutate-response", operation: "getServiceOrder", patch: [{ op: "add", path, value: 1 }] },
      });
      expect(response.status).toBe(400);
      expect(mock.control.faults()).toEqual([]);
      const no = uniqueId("PP");
      expect((await call(mock.url, "POST", ORDER_PATH, createOrderBody(no, notify.url))).status).toBe(200);
      expect((await call(mock.url, "GET", orderQuery(no))).status).toBe(200);
      expect(({} as Record<string, unknown>)["zz"]).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("zz");
      // The next valid create still succeeds.
      expect((await call(mock.url, "POST", ORDER_PATH, createOrderBody(uniqueId("PP"), notify.url))).status).toBe(200);
    });
  }

  it("applyPatch itself walks own properties only and refuses the unsafe names", () => {
    expect(() => applyPatch({}, [{ op: "add", path: "/__proto__/zz", value: 1 }])).toThrow(TypeError);
    expect(() => applyPatch({}, [{ op: "add", path: "/x/constructor/zz", value: 1 }])).toThrow(TypeError);
    expect(({} as Record<string, unknown>)["zz"]).toBeUndefined();
    // An inherited name such as toString is not walked into: an own object is created.
    expect(applyPatch({}, [{ op: "add", path: "/toString/x", value: 1 }])).toEqual({ toString: { x: 1 } });
  });

  it("redaction copies a __proto__ key as an own key, never as the copy's prototype", () => {
    const input = JSON.parse('{"__proto__":{"polluted":1},"a":"b"}') as object;
    const out = redactValue(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, "__proto__")).toBe(true);
    expect(out["polluted"]).toBeUndefined();
    expect(JSON.stringify(out)).toBe('{"__proto__":{"polluted":1},"a":"b"}');
  });

  it("a query parameter named __proto__ is kept as a parameter (and refused by the contract)", async () => {
    const response = await call(mock.url, "GET", `${orderQuery(uniqueId("PP"))}&__proto__=x`);
    expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
    expect(response.status).toBe(400);
  });
});
