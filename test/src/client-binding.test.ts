/**
 * The pieces that bind an answer to its request (src/client/binding.ts),
 * alone; the client-level behaviour (a signed answer for another order, the
 * same answer twice) is in client.test.ts against the loopback server.
 */
import { describe, expect, it } from "vitest";
import { ResponseNonceCache, checkBinding, requestIdentity } from "../../src/client/binding.ts";
import { InvalidResponseError } from "../../src/errors.ts";

describe("ResponseNonceCache", () => {
  it("refuses a nonce seen within the window and accepts it again once its timestamp has left the window", () => {
    const cache = new ResponseNonceCache();
    expect(cache.replayed("n1", 1_000, 1_000, 300)).toBe(false);
    expect(cache.replayed("n1", 1_000, 1_300, 300)).toBe(true);
    // Past 1_300 the timestamp check refuses the answer anyway; the entry has expired.
    expect(cache.replayed("n1", 1_301, 1_301, 300)).toBe(false);
  });

  it("stays bounded: when full it drops expired entries, then the oldest", () => {
    const cache = new ResponseNonceCache(3);
    for (const n of ["a", "b", "c"]) expect(cache.replayed(n, 1_000, 1_000, 300)).toBe(false);
    expect(cache.replayed("d", 1_000, 1_000, 300)).toBe(false); // evicts "a", the oldest
    expect(cache.replayed("b", 1_000, 1_000, 300)).toBe(true);
    expect(cache.replayed("a", 1_000, 1_000, 300)).toBe(false);
    expect(cache.replayed("e", 2_000, 2_000, 300)).toBe(false); // all others expired: dropped
    expect(cache.replayed("d", 2_000, 2_000, 300)).toBe(false);
    expect(cache.replayed("e", 2_000, 2_000, 300)).toBe(true);
  });
});

describe("requestIdentity and checkBinding", () => {
  const template = "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/sync";
  it("reads path (behind a baseUrl prefix, percent-decoded), query and JSON body fields", () => {
    const identity = requestIdentity(template, "https://proxy.example/wx/v3/payscore/acquiringbank/serviceorder/A%20B%2F1/sync?appid=wx1", JSON.stringify({ service_id: "5", sub_mchid: 7, reason: "r" }));
    expect(Object.fromEntries(identity)).toEqual({ out_order_no: "A B/1", appid: "wx1", service_id: "5", sub_mchid: "7" });
  });

  it("leaves out a field sent twice with different values, and a malformed escape", () => {
    const identity = requestIdentity("/v3/x/{out_order_no}", "https://h/v3/x/%E0%A4%A?sub_mchid=1&sub_mchid=2", undefined);
    expect(identity.size).toBe(0);
  });

  it("throws InvalidResponseError mismatched naming the field, not the values", () => {
    const identity = requestIdentity(template, "https://h/v3/payscore/acquiringbank/serviceorder/B/sync", undefined);
    let error: unknown;
    try {
      checkBinding(identity, { out_order_no: "A" }, { status: 200, requestId: "R1" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ reason: "mismatched", field: "out_order_no", status: 200, requestId: "R1" });
    expect((error as Error).message).not.toMatch(/"A"|\bB\b/);
    expect(() => checkBinding(identity, { out_order_no: "B" }, { status: 200, requestId: undefined })).not.toThrow();
    expect(() => checkBinding(identity, { state: "DONE" }, { status: 200, requestId: undefined })).not.toThrow();
  });
});
