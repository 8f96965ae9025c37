// Property-based test for the mock's control API over real loopback HTTP:
// arbitrary methods, paths (known routes with arbitrary segments, and arbitrary
// text) and bodies (JSON values, junk text). Every answer must be 2xx or 4xx,
// never 5xx, and afterwards the mock is healthy: a valid signed create succeeds.
// Fixed seed, bounded runs; paths ≤ 4 KiB, bodies ≤ 4 KiB text or JSON depth ≤ 4.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type MockPlatform } from "../../conformance/mock/index.ts";
import { ORDER_PATH, call, createOrderBody, startNotifyServer, uniqueId, type NotifyServer } from "../conformance/mock/support.ts";
import { MAX_CHARS, anyJson, runs } from "./support.ts";

let mock: MockPlatform;
let notify: NotifyServer;

beforeAll(async () => {
  notify = await startNotifyServer();
  mock = await startMock({ port: 0 });
});
afterAll(async () => {
  await mock?.close();
  await notify?.close();
});

const ROUTES = ["health", "authorizations", "orders", "notifications", "notifications/flush", "faults"];
const ACTIONS = ["authorize", "revoke", "confirm", "pay", "prepay", "deduct", "expire", "flush", "__proto__", "constructor"];
const segment = fc.oneof(
  fc.constantFrom(...ACTIONS, "%", "%E0%A4%A", "..", "%2F", ""),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);
const path = fc.oneof(
  fc.tuple(fc.constantFrom(...ROUTES), fc.array(segment, { maxLength: 3 })).map(([route, rest]) => [route, ...rest].join("/")),
  fc.string({ unit: "binary", maxLength: MAX_CHARS }),
);
const query = fc.option(
  fc.dictionary(fc.constantFrom("mchid", "state", "event_type", "subject", "prepay", "__proto__"), fc.string({ maxLength: 20 }), { maxKeys: 3 }),
  { nil: undefined },
);
const body = fc.oneof(
  fc.constant(undefined),
  anyJson.map((v) => JSON.stringify(v) ?? "null"),
  fc.record({ kind: fc.constantFrom("status", "delay", "drop", "mutate-response", "x"), operation: fc.string({ maxLength: 20 }), times: anyJson, status: anyJson, patch: anyJson }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.string({ unit: "binary", maxLength: MAX_CHARS }),
);

describe("mock control API", () => {
  it("answers arbitrary requests with 2xx/4xx only and stays healthy", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("GET", "POST", "DELETE", "PUT"), path, query, body, async (method, p, q, b) => {
        const url = new URL(mock.url);
        url.pathname = `/mock/${p}`;
        for (const [k, v] of Object.entries(q ?? {})) url.searchParams.append(k, v);
        const response = await fetch(url, {
          method,
          ...(b === undefined || method === "GET" ? {} : { body: b, headers: { "Content-Type": "application/json" } }),
        });
        await response.arrayBuffer();
        expect(response.status, `${method} ${url.pathname}${url.search}`).toBeGreaterThanOrEqual(200);
        expect(response.status, `${method} ${url.pathname}${url.search}`).toBeLessThan(500);
      }),
      runs(200),
    );
    // Faults a request installed on purpose are the control API working; clear them, then the mock must serve.
    expect((await fetch(`${mock.url}/mock/faults`, { method: "DELETE" })).status).toBeLessThan(300);
    expect((await fetch(`${mock.url}/mock/health`)).status).toBe(200);
    expect((await call(mock.url, "POST", ORDER_PATH, createOrderBody(uniqueId("FZ"), notify.url))).status).toBe(200);
    expect(({} as Record<string, unknown>)["zz"]).toBeUndefined();
  });
});
