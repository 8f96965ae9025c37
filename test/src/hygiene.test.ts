/**
 * Static rules for src/: WebCrypto-only runtime code (no node: modules,
 * Buffer, process or Math.random) and no bundle of crypto helpers.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const srcDir = fileURLToPath(new URL("../../src/", import.meta.url));
const files = readdirSync(srcDir).filter((name) => name.endsWith(".ts"));
const code = (name: string) =>
  readFileSync(`${srcDir}${name}`, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "");

describe("src hygiene", () => {
  it("has the modules of the security core and no catch-all crypto module", () => {
    for (const name of ["errors.ts", "encoding.ts", "clock.ts", "nonce.ts", "keys.ts", "sign.ts", "verify.ts", "aead.ts", "index.ts"]) {
      expect(files).toContain(name);
    }
    expect(files).not.toContain("crypto.ts");
  });

  for (const name of files) {
    it(`${name} uses only WebCrypto-portable globals and imports`, () => {
      const text = code(name);
      expect(text).not.toMatch(/from\s+["']node:/);
      expect(text).not.toMatch(/require\(/);
      expect(text).not.toMatch(/\bBuffer\b/);
      expect(text).not.toMatch(/\bprocess\b/);
      expect(text).not.toMatch(/Math\.random/);
      for (const [, specifier] of text.matchAll(/from\s+["']([^"']+)["']/g)) {
        expect(specifier === "jose" || specifier!.startsWith("./"), specifier).toBe(true);
      }
    });
  }

  it("bundles for a browser target without Node built-ins", async () => {
    const result = await build({
      entryPoints: [`${srcDir}index.ts`],
      bundle: true,
      write: false,
      platform: "browser",
      format: "esm",
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/from\s*["']node:|require\(["'](crypto|buffer)["']\)/);
  });
});
