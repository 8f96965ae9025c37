/**
 * Static rules for src/: WebCrypto-only runtime code (no node: modules,
 * Buffer, process or Math.random) and no bundle of crypto helpers.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const srcDir = fileURLToPath(new URL("../../src/", import.meta.url));
const files = (readdirSync(srcDir, { recursive: true }) as string[]).filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"));
// Runtime code may import the package's runtime dependencies (and their subpaths) and files inside src/ or generated/.
const runtimeDeps = Object.keys(JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).dependencies);
const allowedImport = (file: string, specifier: string) => {
  if (specifier.startsWith(".")) {
    const target = relative(join(srcDir, ".."), resolve(dirname(join(srcDir, file)), specifier));
    return target.startsWith("src/") || target.startsWith("generated/");
  }
  return runtimeDeps.some((dep) => specifier === dep || specifier.startsWith(`${dep}/`));
};
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
        expect(allowedImport(name, specifier!), specifier).toBe(true);
      }
    });
  }

  it("bundles every entry (package, /jump, /redis) for a browser target without Node built-ins", async () => {
    const result = await build({
      entryPoints: [`${srcDir}index.ts`, `${srcDir}jump/index.ts`, `${srcDir}notification/redis-store.ts`],
      outdir: "bundle",
      bundle: true,
      write: false,
      platform: "browser",
      format: "esm",
      logLevel: "silent",
      metafile: true,
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles).toHaveLength(3);
    for (const file of result.outputFiles) {
      expect(file.text).not.toMatch(/from\s*["']node:|require\(["'](crypto|buffer)["']\)/);
    }
    // The Redis client is the user's (an optional peer dependency): no entry bundles it.
    expect(Object.keys(result.metafile.inputs).filter((input) => /node_modules\/(@redis|redis)\//.test(input))).toEqual([]);
  });
});
