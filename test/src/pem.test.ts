import { describe, expect, it } from "vitest";
import { PemError, decodePem, encodePem, pemLabels } from "../../src/pem.ts";
import { pem, pemBody } from "../fixtures/keys.ts";

describe("PEM", () => {
  it("decodes the first block with a wanted label and lists labels", () => {
    const bundle = `${pem.merchantPub}\n${pem.merchantKey}`;
    expect(pemLabels(bundle)).toEqual(["PUBLIC KEY", "PRIVATE KEY"]);
    const block = decodePem(bundle, ["PRIVATE KEY"]);
    expect(block?.label).toBe("PRIVATE KEY");
    expect(Buffer.from(block!.der).toString("base64")).toBe(pemBody(pem.merchantKey));
    expect(decodePem(bundle, ["CERTIFICATE"])).toBeUndefined();
  });

  it("re-armours DER with 64-character lines like openssl", () => {
    const block = decodePem(pem.platformCert, ["CERTIFICATE"])!;
    expect(encodePem("CERTIFICATE", block.der)).toBe(pem.platformCert);
  });

  it("reports mismatched END labels, encrypted bodies and bad base64 without the body", () => {
    const mismatched = pem.merchantKey.replace("END PRIVATE KEY", "END PUBLIC KEY");
    expect(() => decodePem(mismatched, ["PRIVATE KEY"])).toThrow(PemError);
    const encrypted = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00\n\nAAAA\n-----END RSA PRIVATE KEY-----";
    expect(() => decodePem(encrypted, ["RSA PRIVATE KEY"])).toThrow(/encrypted/);
    const lines = pem.merchantKey.split("\n");
    lines[1] = `${lines[1]!.slice(0, 40)}!${lines[1]!.slice(41)}`;
    const broken = lines.join("\n");
    expect(broken).toContain("-----BEGIN PRIVATE KEY-----");
    try {
      decodePem(broken, ["PRIVATE KEY"]);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toBe('PEM block "PRIVATE KEY" does not contain valid base64');
    }
  });
});
