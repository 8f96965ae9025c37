// Every schema in the spec compiles under ajv 2020 strict mode, and every example fits its schema.
import { describe, expect, it } from "vitest";
import { createSpecAjv } from "../../src/spec-ajv.ts";
import { bundledSpec, examples, schemaPointers } from "./spec-doc.ts";

const doc = bundledSpec();
const ajv = createSpecAjv(doc);
const pointers = schemaPointers(doc);
const allExamples = examples(doc);

describe("spec schemas compile in strict mode", () => {
  it("finds the schemas (guards against a vacuous pass)", () => {
    expect(pointers.length).toBeGreaterThan(150);
  });
  it.each(pointers)("%s", (pointer) => {
    expect(() => ajv.schemaAt(pointer)).not.toThrow();
  });
});

describe("spec examples fit their schemas", () => {
  it("finds the examples (guards against a vacuous pass)", () => {
    expect(allExamples.length).toBeGreaterThan(100);
  });
  it.each(allExamples.map((e) => [e.where, e] as const))("%s", (_where, example) => {
    const validate = ajv.schemaAt(example.schemaPointer);
    expect(validate(example.value), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("a wrong example fails", () => {
  const order = doc.components.schemas.ServiceOrder.examples[0];
  const validate = ajv.schemaAt("#/components/schemas/ServiceOrder");

  it("reports an over-long out_order_no with maxLength at its pointer", () => {
    expect(validate({ ...order, out_order_no: "X".repeat(33) })).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath: "/out_order_no", keyword: "maxLength" }));
  });
  it("reports an unknown enum value", () => {
    expect(validate({ ...order, state: "PAID" })).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath: "/state", keyword: "enum" }));
  });
  it("reports a missing required field", () => {
    const { order_id: _dropped, ...rest } = order;
    expect(validate(rest)).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ keyword: "required", params: { missingProperty: "order_id" } }));
  });
  it("reports an unknown field (objects are closed)", () => {
    expect(validate({ ...order, surprise: 1 })).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ keyword: "additionalProperties" }));
  });
});
