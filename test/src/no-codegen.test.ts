// The runtime never compiles code from strings (Cloudflare Workers and pages with a strict
// Content-Security-Policy forbid it): the client, notification parsing and jump building run in a
// Node process started with --disallow-code-generation-from-strings, where `new Function` throws.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const script = fileURLToPath(new URL("./support/no-codegen-run.ts", import.meta.url));

describe("no code generation at run time", () => {
  it("validates responses, notifications and jumps with the validators compiled at generate time", () => {
    const out = execFileSync(process.execPath, ["--disallow-code-generation-from-strings", "--import", "tsx", script], { encoding: "utf8" });
    expect(JSON.parse(out.trim().split("\n").at(-1)!)).toEqual({
      evalBlocked: true,
      state: "CREATED",
      event: "PAYSCORE.USER_PAID",
      businessType: "wxpayScoreUse",
      queryId: "15646546545165651651",
    });
  });
});
