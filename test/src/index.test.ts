import { describe, expect, it } from "vitest";
import * as api from "../../src/index.ts";

describe("index", () => {
  it("re-exports the security core", () => {
    for (const name of [
      "PayScoreError",
      "ConfigError",
      "SignatureVerificationError",
      "DecryptionError",
      "base64Encode",
      "base64Decode",
      "utf8Encode",
      "utf8Decode",
      "hexEncode",
      "systemClock",
      "randomNonce",
      "importMerchantPrivateKey",
      "importPublicKey",
      "importCertificate",
      "buildRequestMessage",
      "buildResponseMessage",
      "createRsaSigner",
      "authorizationHeader",
      "parseAuthorization",
      "signMessage",
      "StaticKeySet",
      "verifySignature",
      "importApiV3Key",
      "decryptResource",
      "encryptResource",
    ]) {
      expect(api, name).toHaveProperty(name);
    }
  });
});
