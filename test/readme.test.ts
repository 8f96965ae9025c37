// The README's TypeScript examples compile against src/ as written (the package name is mapped to
// src/index.ts), so the examples a newcomer copies cannot drift from the API.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "../scripts/generate.ts";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe("README", () => {
  it("starts with the two newcomer commands", () => {
    const first = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(first).toContain("bash scripts/setup.sh && npm start");
    expect(first).toContain("npm test");
    expect(readme.indexOf("```sh")).toBeLessThan(200);
  });

  it("has TypeScript examples that compile against src/", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const file = join(ROOT, "test", "__readme_examples__.ts");
    // One module, in README order: later examples use what earlier ones declared (e.g. `client`).
    const source = `${blocks.join("\n")}\nexport {};\n`;
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"], types: ["node"], strict: true, noEmit: true,
      skipLibCheck: true, resolveJsonModule: true, allowImportingTsExtensions: true, baseUrl: ROOT,
      paths: {
        "payscore-acquiringbank": ["src/index.ts"],
        "payscore-acquiringbank/jump": ["src/jump/index.ts"],
        "payscore-acquiringbank/redis": ["src/notification/redis-store.ts"],
      },
    };
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    host.readFile = (name) => (name === file ? source : readFile(name));
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (name) => name === file || fileExists(name);
    const program = ts.createProgram([file], options, host);
    const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === file);
    const text = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("\n");
    expect(text).toBe("");
  }, 60_000);

  it("lists each runtime the runtime tests run on, with the version package.json pins", () => {
    const pins = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { devDependencies: Record<string, string> }).devDependencies;
    const section = readme.slice(readme.indexOf("### Runtimes"), readme.indexOf("\n## ", readme.indexOf("### Runtimes")));
    const rows: [string, string][] = [
      ["Node.js", "node20"],
      ["Node.js", "node22"],
      ["Node.js", "node24"],
      ["Deno", "@deno/linux-x64-glibc"],
      ["Bun", "@oven/bun-linux-x64"],
      ["workerd", "@cloudflare/workerd-linux-64"],
    ];
    for (const [runtime, name] of rows) {
      const version = /(\d+\.\d+\.\d+)$/.exec(pins[name] ?? "")?.[1];
      expect(version, `package.json pins ${name} to an exact version`).toBeDefined();
      expect(section).toMatch(new RegExp(`\\| ${runtime}[^\\n]*\\b${version!.replace(/\./g, "\\.")}\\b`));
    }
  });
});
