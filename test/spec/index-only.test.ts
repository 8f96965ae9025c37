// One spec index: the runtime (src/) and the conformance kit (conformance/) read the spec only through
// generated/spec-index.ts and the generated validators. Only the generate-time builder
// (conformance/spec-index.ts) reads a bundled document and follows its `$ref`s.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { jumpFacts } from "../../conformance/spec-index.ts";
import { ROOT, SPEC } from "../../scripts/generate.ts";
import { bundledJumpSpec } from "../../src/jump/spec.ts";
import { SPEC_INDEX } from "../../src/spec-index.ts";
import { bundledSpec, type Json } from "./spec-doc.ts";

/** Generate-time builders: they read the bundled document (and follow its `$ref`s) to write generated/. */
const GENERATE_TIME = new Set(["conformance/spec-index.ts"]);

/** Every runtime source file under src/ and conformance/ (tests and generate-time builders excluded). */
function runtimeFiles(): string[] {
  return ["src", "conformance"].flatMap((dir) =>
    (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
      .map((name) => `${dir}/${name.split("\\").join("/")}`)
      .filter((file) => /\.(ts|mts|js|mjs)$/.test(file) && !file.endsWith(".d.ts") && !/\.test\.[mc]?[jt]s$/.test(file))
      .filter((file) => !GENERATE_TIME.has(file)),
  );
}

/** The file's code without comments (a `//` that starts a comment, not one inside a URL). */
function code(file: string): string {
  return readFileSync(join(ROOT, file), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/** What a file does that only a generate-time builder may do. */
function specWalking(text: string): string[] {
  const found: string[] = [];
  if (/generated\/openapi\.json|["'`]\.{1,2}\/openapi\.json/.test(text)) found.push("reads generated/openapi.json");
  if (/\$ref\b/.test(text)) found.push("follows $ref");
  return found;
}

describe("one spec index", () => {
  it("the check itself sees an import of the bundled document and a $ref follower", () => {
    expect(specWalking(`import bundled from "../../generated/openapi.json" with { type: "json" };`)).toEqual(["reads generated/openapi.json"]);
    expect(specWalking(`const file = new URL("../generated/openapi.json", import.meta.url);`)).toEqual(["reads generated/openapi.json"]);
    expect(specWalking(`while (typeof node.$ref === "string") node = at(doc, node.$ref);`)).toEqual(["follows $ref"]);
    expect(specWalking(`const target = node["$ref"];`)).toEqual(["follows $ref"]);
    expect(specWalking(`const id = "openapi.json"; // the id ajv registers the document under`)).toEqual([]);
  });

  it("no runtime file under src/ or conformance/ reads generated/openapi.json or follows $ref", () => {
    const files = runtimeFiles();
    expect(files).toContain("src/jump/spec.ts");
    expect(files).toContain("conformance/mock/spec.ts");
    const offenders = files.flatMap((file) => specWalking(code(file)).map((what) => `${file}: ${what}`));
    expect(offenders).toEqual([]);
  });
});

describe("the jumps section of the index", () => {
  const source = YAML.parse(readFileSync(SPEC, "utf8"))["x-client-jumps"] as Record<string, { $ref: string }>;

  it("lists every root x-client-jumps entry with the component the source refers to", () => {
    expect(SPEC_INDEX.jumps.map((jump) => [jump.name, jump.schema])).toEqual(Object.entries(source).map(([kind, entry]) => [kind, entry.$ref]));
  });

  it("names the same components for the bundled document (inline copies) as for the source's $refs", () => {
    const doc = bundledSpec() as Json;
    expect(doc["x-client-jumps"].wxpayScoreEnableApp.$ref).toBeUndefined();
    expect(jumpFacts(doc)).toEqual(jumpFacts({ ...doc, "x-client-jumps": source }));
    expect(jumpFacts(doc)).toEqual(SPEC_INDEX.jumps);
  });

  it("carries each field's required flag, const, enum, maxLength and the objects it holds, as the schemas write them", () => {
    const doc = bundledSpec() as Json;
    const schemas = doc.components.schemas as Json;
    const use = SPEC_INDEX.jumps.find((jump) => jump.name === "wxpayScoreUse")!;
    expect(use.minVersions).toEqual(schemas.WxpayScoreUseRequest["x-min-versions"]);
    const businessType = use.fields.find((field) => field.name === "businessType")!;
    expect(businessType).toMatchObject({ required: true, type: "string", const: schemas.WxpayScoreUseRequest.properties.businessType.const });
    const extra = use.fields.find((field) => field.name === "extraData")!;
    expect(extra.schema).toBe("#/components/schemas/WxpayScoreUseExtraData");
    expect(extra.content?.fields.map((field) => field.name)).toEqual(Object.keys(schemas.WxpayScoreUseExtraData.properties));
    const nonce = extra.content!.fields.find((field) => field.name === "nonce_str")!;
    expect(nonce.maxLength).toBe(schemas.WxpayScoreUseExtraData.properties.nonce_str.maxLength);
    expect(nonce.required).toBe(schemas.WxpayScoreUseExtraData.required.includes("nonce_str"));
    const app = SPEC_INDEX.jumps.find((jump) => jump.name === "repaymentApp")!;
    expect(app.fields.find((field) => field.name === "miniProgramType")!.enum).toEqual(schemas.RepaymentAppLaunch.properties.miniProgramType.enum);
    // An encoded string names the object it carries (contentSchema).
    expect(app.fields.find((field) => field.name === "path")!.content?.component).toBe("RepaymentExtraData");
  });

  it("is what the builders' default JumpSpec reads", () => {
    expect(bundledJumpSpec().jumps).toBe(SPEC_INDEX.jumps);
  });
});

describe("the facts the mock and the summary read", () => {
  it("match the bundled document", () => {
    const doc = bundledSpec() as Json;
    const schemas = doc.components.schemas as Json;
    expect(SPEC_INDEX.info).toEqual({ title: doc.info.title, version: doc.info.version });
    expect(SPEC_INDEX.certificates.associatedData).toBe(schemas.EncryptedCertificate.examples[0].associated_data);
    expect(SPEC_INDEX.errorMessageMaxLength).toBe(schemas.ErrorBody.properties.message.maxLength);
    expect(SPEC_INDEX.riskFundNames).toEqual(schemas.RiskFundName["x-enumDescriptions"]);
    expect(SPEC_INDEX.notifications.resourceTypes).toEqual(schemas.NotificationEnvelope.properties.resource_type.enum);
    expect(SPEC_INDEX.notifications.signatureTypes).toEqual(schemas.WechatpaySignatureType.enum);
    expect(SPEC_INDEX.componentMaxLengths.ServiceIntroduction).toBe(schemas.ServiceIntroduction.maxLength);
    expect(SPEC_INDEX.componentSchemas).toEqual(Object.keys(schemas));
    const paid = SPEC_INDEX.webhooks.find((hook) => hook.eventType === "PAYSCORE.USER_PAID")!;
    expect(paid.summary).toBe(doc.webhooks["PAYSCORE.USER_PAID"].post.summary);
    const example = schemas.UserPaidNotification.examples[0];
    expect(paid.example).toEqual({ summary: example.summary, associatedData: example.resource.associated_data, originalType: example.resource.original_type });
    for (const field of Object.keys(schemas.ServiceOrderNotificationResource.properties)) expect(paid.resourceFields).toContain(field);
  });
});
