// generated/ is committed; it must be exactly what `npm run generate` makes from spec/ today.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, renderGenerated } from "../../scripts/generate.ts";
import { bundledSpec } from "./spec-doc.ts";

describe("generated/", () => {
  it("is up to date with spec/ (run `npm run generate` when this fails)", async () => {
    const files = await renderGenerated(bundledSpec());
    expect(Object.keys(files).length).toBeGreaterThan(0);
    for (const [name, text] of Object.entries(files)) {
      const committed = readFileSync(join(ROOT, "generated", name), "utf8");
      expect(committed === text, `generated/${name} is stale: run \`npm run generate\``).toBe(true);
    }
  });
});
