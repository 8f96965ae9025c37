// `npm run lint` is clean, and each contract rule in redocly.yaml really fires on a planted break.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/generate.ts";

const REDOCLY = join(ROOT, "node_modules", "@redocly", "cli", "bin", "cli.js");
type Lint = { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };

function lint(specRoot: string): Lint {
  const args = [REDOCLY, "lint", join(specRoot, "openapi.yaml"), "--format=json", "--config", join(ROOT, "redocly.yaml")];
  try {
    return JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
  } catch (e: any) {
    return JSON.parse(e.stdout); // redocly exits 1 when there are errors; the report is still on stdout
  }
}

const scratch = mkdtempSync(join(tmpdir(), "payscore-lint-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Lints a copy of spec/ with one file edited by `edit`. */
function lintWith(file: string, edit: (text: string) => string): Lint {
  const dir = mkdtempSync(join(scratch, "spec-"));
  cpSync(join(ROOT, "spec"), dir, { recursive: true });
  const target = join(dir, file);
  const before = readFileSync(target, "utf8");
  const after = edit(before);
  expect(after, "the planted edit must change the file").not.toBe(before);
  writeFileSync(target, after);
  return lint(dir);
}

describe("redocly lint", () => {
  it("reports 0 errors and 0 warnings on the spec", () => {
    const result = lint(join(ROOT, "spec"));
    expect(result.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(result.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  const planted: [rule: string, file: string, edit: (t: string) => string][] = [
    ["rule/string-max-length", "schemas/identifiers.yaml", (t) => t.replace("ServiceId:\n  type: string\n  minLength: 1\n  maxLength: 32\n", "ServiceId:\n  type: string\n  minLength: 1\n")],
    ["rule/integer-bounds", "schemas/identifiers.yaml", (t) => t.replace("Amount:\n  type: integer\n  minimum: 0\n", "Amount:\n  type: integer\n")],
    ["rule/anchored-pattern", "schemas/identifiers.yaml", (t) => t.replace("pattern: '^[0-9A-Za-z_|*-]{1,32}$'", "pattern: '[0-9A-Za-z_|*-]{1,32}'")],
    ["rule/error-responses", "paths/serviceorder-cancel.yaml", (t) => t.replace(/\n    "429": .*/, "")],
    ["rule/operation-essentials", "paths/serviceorder-sync.yaml", (t) => t.replace("  tags: [Service orders]\n", "")],
    ["rule/request-id-header", "paths/permissions.yaml", (t) => t.replace(/\n        Request-ID: .*/, "")],
    ["struct", "schemas/identifiers.yaml", (t) => t.replace("maxLength: 32", "maxLenght: 32")],
    ["no-invalid-schema-examples", "schemas/enums.yaml", (t) => t.replace("examples: [DOING]", "examples: [PAID]")],
  ];
  it.each(planted)("%s fires on a planted break", (rule, file, edit) => {
    const result = lintWith(file, edit);
    expect(result.problems.map((p) => p.ruleId)).toContain(rule);
  });
});
