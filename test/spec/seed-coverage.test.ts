// Seed 000 is the first authority: every field of every table with its length, every error code.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/generate.ts";
import { errorCodeProblems, fieldProblems, seedErrorCodes, seedTables } from "./seed-coverage.ts";
import { bundledSpec, operations } from "./spec-doc.ts";

const SEED = join(ROOT, "..", "shared", "seeds", "000_be7d0e738b2c0d70.txt");

describe("seed 000 coverage", () => {
  it("finds the seed beside the checkout (../shared, as in CI)", () => {
    expect(existsSync(SEED), `${SEED} is missing`).toBe(true);
  });
  const seed = existsSync(SEED) ? readFileSync(SEED, "utf8") : "";
  const doc = bundledSpec();

  it("reads the seed's tables and error codes (guards against a vacuous pass)", () => {
    expect(seedTables(seed).flat().length).toBeGreaterThan(60);
    expect(seedErrorCodes(seed).length).toBe(8);
  });
  it("has every field of every table with the seed's length", () => {
    expect(fieldProblems(doc, seed)).toEqual([]);
  });
  it("carries every error code of the seed on each of the seed's operations", () => {
    expect(errorCodeProblems(doc, seed)).toEqual([]);
  });
  it("carries the seed's error codes and SIGN_ERROR on every HTTP operation", () => {
    const ids = operations(doc).map((o) => o.op.operationId).filter((id) => id !== "listCertificates");
    expect(ids).toHaveLength(12);
    expect(errorCodeProblems(doc, seed + "\n401 SIGN_ERROR 签名错误", ids)).toEqual([]);
  });
  it("finds a planted gap (the check can fail)", () => {
    const broken = structuredClone(doc);
    broken.components.schemas.AuthorizationState.maxLength = 32;
    expect(fieldProblems(broken, seed)).toContainEqual(expect.stringContaining("authorization_state"));
  });
});
