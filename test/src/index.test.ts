import { describe, expect, expectTypeOf, it } from "vitest";
import * as api from "../../src/index.ts";
import type { components, CreateServiceOrderRequest, ServiceOrder, UserPaidResource } from "../../src/index.ts";

describe("index", () => {
  it("exports the public API", () => {
    for (const name of [
      "createPayScoreClient",
      "PlatformCertificateManager",
      "CertificateKeySet",
      "PayScoreError",
      "ConfigError",
      "SignatureVerificationError",
      "DecryptionError",
      "WechatPayError",
      "RequestFailedError",
      "InvalidResponseError",
      "NotificationError",
      "NotificationConflictError",
      "NotificationStoreError",
      "importMerchantPrivateKey",
      "importPublicKey",
      "importCertificate",
      "importApiV3Key",
      "StaticKeySet",
      "parseNotification",
      "createNotificationParser",
      "createNotificationHandler",
      "createNotificationFetchHandler",
      "createNotificationNodeListener",
      "MemoryNotificationStore",
      "successReply",
      "failureReply",
    ]) {
      expect(api, name).toHaveProperty(name);
    }
  });

  it("does not export internals (encodings, message builders, key plumbing, AEAD primitives)", () => {
    for (const name of [
      "hexDecode",
      "base64Encode",
      "utf8Decode",
      "wrapPkcs1",
      "assertRsaKey",
      "NONCE_ALPHABET",
      "uniformString",
      "buildRequestMessage",
      "authorizationHeader",
      "signMessage",
      "verifyMessageSignature",
      "encryptResource",
      "boundUntrusted",
      "withExchange",
    ]) {
      expect(api, name).not.toHaveProperty(name);
    }
  });

  it("exports the spec's types under the component schemas' names", () => {
    expectTypeOf<ServiceOrder>().toEqualTypeOf<components["schemas"]["ServiceOrder"]>();
    expectTypeOf<CreateServiceOrderRequest>().toEqualTypeOf<components["schemas"]["CreateServiceOrderRequest"]>();
    expectTypeOf<UserPaidResource>().toEqualTypeOf<components["schemas"]["UserPaidResource"]>();
  });
});
