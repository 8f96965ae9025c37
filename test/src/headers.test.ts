/**
 * src/headers.ts: one way to read a header, the same for fetch Headers and for
 * a node:http-style record, so a check cannot pass on one form and fail on the other.
 */
import { describe, expect, it } from "vitest";
import { readHeader, type HeaderSource } from "../../src/headers.ts";

/** The same headers as fetch Headers and as a record; `readHeader` must give the same answer for both. */
function bothForms(entries: [string, string][]): HeaderSource[] {
  const record: Record<string, string | string[]> = {};
  for (const [name, value] of entries) {
    const existing = record[name];
    record[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return [new Headers(entries), record];
}

describe("readHeader", () => {
  it("matches names case-insensitively and gives undefined for an absent header", () => {
    for (const headers of bothForms([["Request-ID", "REQ-1"]])) {
      expect(readHeader(headers, "request-id")).toBe("REQ-1");
      expect(readHeader(headers, "REQUEST-ID")).toBe("REQ-1");
      expect(readHeader(headers, "Wechatpay-Serial")).toBeUndefined();
    }
    expect(readHeader(undefined, "Request-ID")).toBeUndefined();
  });

  it("joins the values of a repeated header with \", \", in order, as fetch Headers does", () => {
    for (const headers of bothForms([["Accept-Language", "zh-CN"], ["Accept-Language", "en"]])) {
      expect(readHeader(headers, "accept-language")).toBe("zh-CN, en");
    }
    // Two spellings of one name in a record are one header sent twice.
    expect(readHeader({ "Request-ID": "A", "request-id": "B" }, "Request-ID")).toBe("A, B");
    expect(readHeader({ "x-list": [] }, "x-list")).toBeUndefined();
  });

  it("drops surrounding HTTP whitespace from each value, as fetch Headers does", () => {
    expect(readHeader({ "Request-ID": " \tREQ-1 " }, "Request-ID")).toBe("REQ-1");
    expect(readHeader(new Headers({ "Request-ID": " \tREQ-1 " }), "Request-ID")).toBe("REQ-1");
    expect(readHeader({ "x-list": [" a ", "b "] }, "x-list")).toBe("a, b");
    expect(readHeader({ "Request-ID": "  " }, "Request-ID")).toBe("");
  });
});
