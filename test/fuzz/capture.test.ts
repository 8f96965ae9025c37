// Property-based tests for capture parsing (HAR and JSON Lines text): parseCapture
// returns a capture or throws CaptureFormatError, never a raw TypeError. Inputs are
// arbitrary text, JSON values, and HAR / JSON Lines documents with arbitrary JSON in
// their fields. Fixed seed, bounded runs; strings ≤ 4 KiB, JSON depth ≤ 4.
import fc from "fast-check";
import { describe, it } from "vitest";
import { CaptureFormatError, parseCapture } from "../../conformance/capture.ts";
import { anyJson, anyString, onlyThrows, runs } from "./support.ts";

const field = (valid: fc.Arbitrary<unknown>) => fc.option(fc.oneof(valid, anyJson), { nil: undefined });

const harHeaders = fc.oneof(
  fc.array(fc.record({ name: field(fc.string({ maxLength: 20 })), value: field(fc.string({ maxLength: 40 })) }, { requiredKeys: [] }), { maxLength: 4 }),
  anyJson,
);

const harEntry = fc.record(
  {
    startedDateTime: field(fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
    time: field(fc.double()),
    request: field(
      fc.record(
        { method: field(fc.constantFrom("GET", "POST")), url: field(fc.webUrl()), headers: harHeaders, postData: field(fc.record({ text: field(fc.string()), encoding: field(fc.constantFrom("base64", "utf8")) }, { requiredKeys: [] })) },
        { requiredKeys: [] },
      ),
    ),
    response: field(
      fc.record(
        { status: field(fc.integer({ min: 100, max: 599 })), headers: harHeaders, content: field(fc.record({ text: field(fc.string()), encoding: field(fc.constantFrom("base64", "utf8")) }, { requiredKeys: [] })) },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);

const jsonLine = fc.record(
  {
    method: field(fc.constantFrom("GET", "POST")),
    url: field(fc.webUrl()),
    status: field(fc.integer({ min: 100, max: 599 })),
    headers: field(fc.dictionary(fc.string({ maxLength: 20 }), fc.oneof(fc.string({ maxLength: 40 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 })), { maxKeys: 4 })),
    requestHeaders: field(fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 40 }), { maxKeys: 4 })),
    body: field(fc.string()),
    requestBody: field(fc.string()),
    time: field(fc.string({ maxLength: 30 })),
  },
  { requiredKeys: [] },
);

describe("parseCapture", () => {
  it("arbitrary text and JSON: a capture or CaptureFormatError only", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyString, anyJson.map((v) => JSON.stringify(v) ?? ""), anyJson.map((v) => JSON.stringify({ log: v }))), async (text) => {
        await onlyThrows([CaptureFormatError], () => parseCapture(text));
      }),
      runs(300),
    );
  });

  it("HAR documents with arbitrary fields: a capture or CaptureFormatError only", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(harEntry, anyJson), { maxLength: 4 }), async (entries) => {
        await onlyThrows([CaptureFormatError], () => parseCapture(JSON.stringify({ log: { entries } })));
      }),
      runs(300),
    );
  });

  it("JSON Lines with arbitrary fields and junk lines: a capture or CaptureFormatError only", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(jsonLine.map((o) => JSON.stringify(o)), anyJson.map((v) => JSON.stringify(v) ?? ""), fc.string({ maxLength: 80 })), { maxLength: 6 }),
        fc.constantFrom("\n", "\r\n"),
        async (lines, eol) => {
          await onlyThrows([CaptureFormatError], () => parseCapture(lines.join(eol)));
        },
      ),
      runs(300),
    );
  });
});
