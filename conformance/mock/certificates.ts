/**
 * GET /v3/certificates (spec `listCertificates`, schemas/certificates.yaml):
 * every platform certificate in PEM, encrypted with the APIv3 key
 * (AEAD_AES_256_GCM, associated_data "certificate", a fresh nonce each time).
 * A platform with only a public key answers 404 RESOURCE_NOT_EXISTS, as the
 * real one does for merchants on the WeChat Pay public key.
 */
import { encryptResource } from "../../src/aead.ts";
import { RuleError, type OperationHandler } from "./rules/common.ts";
import { CERTIFICATE_ASSOCIATED_DATA } from "./spec.ts";
import { rfc3339 } from "./time.ts";

/** Latest instant whose Beijing-time rendering still has a 4-digit year. */
const LAST_BEIJING_MS = Date.UTC(9999, 11, 31, 15, 59, 59);

function certificateTime(date: Date): string {
  const ms = date.getTime();
  // RFC 5280's "no expiry" (9999-12-31T23:59:59Z) cannot be shown in +08:00; keep it in UTC.
  return ms > LAST_BEIJING_MS ? `${date.toISOString().slice(0, 19)}Z` : rfc3339(ms);
}

export const listCertificates: OperationHandler<"listCertificates"> = async ({ keys, apiV3Key }) => {
  if (keys.served.length === 0) {
    throw new RuleError(404, "RESOURCE_NOT_EXISTS", "无可用的平台证书, 请在商户平台-API安全申请使用微信支付公钥");
  }
  const data = await Promise.all(
    keys.served.map(async (certificate) => {
      const sealed = await encryptResource(apiV3Key, certificate.pem, { associatedData: CERTIFICATE_ASSOCIATED_DATA });
      return {
        serial_no: certificate.serial,
        effective_time: certificateTime(certificate.notBefore),
        expire_time: certificateTime(certificate.notAfter),
        encrypt_certificate: {
          algorithm: sealed.algorithm,
          nonce: sealed.nonce,
          associated_data: sealed.associated_data,
          ciphertext: sealed.ciphertext,
        },
      };
    }),
  );
  return { status: 200, body: { data } };
};
