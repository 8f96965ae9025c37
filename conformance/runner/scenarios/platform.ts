/**
 * Platform certificates (GET /v3/certificates): the answer is checked against the contract like every
 * other, then each certificate is decrypted with the APIv3 key and read as X.509 — its serial must be the
 * one listed next to it, and it must be valid now.
 */
import { decryptResource, importApiV3Key } from "../../../src/aead.ts";
import { importCertificate } from "../../../src/keys.ts";
import { normalizeSerial } from "../../../src/verify.ts";
import { ensure, scenario } from "../scenario.ts";
import { PATHS } from "./requests.ts";

export const certificates = scenario<Record<string, never>>({
  id: "certificates",
  title: "platform certificates",
  requires: ["apiV3Key"],
  state: () => ({}),
  steps: [
    {
      name: "download, decrypt and read the platform certificates",
      async run(t) {
        const { data } = await t.client.GET(PATHS.certificates);
        ensure(data && data.data.length > 0, "the answer lists at least one certificate");
        const key = await importApiV3Key(t.apiV3Key!);
        for (const entry of data.data) {
          const { encrypt_certificate: sealed } = entry;
          const pem = await decryptResource(key, {
            algorithm: sealed.algorithm,
            ciphertext: sealed.ciphertext,
            nonce: sealed.nonce,
            ...(sealed.associated_data === undefined ? {} : { associated_data: sealed.associated_data }),
          });
          const certificate = await importCertificate(pem);
          ensure(sameSerial(certificate.serialNo, entry.serial_no), `certificate ${entry.serial_no} decrypts to serial ${certificate.serialNo}`);
          const now = t.now();
          ensure(certificate.notBefore.getTime() <= now && now < certificate.notAfter.getTime(), `certificate ${entry.serial_no} is valid now`);
          t.note(`certificate ${entry.serial_no}, valid until ${certificate.notAfter.toISOString()}`);
        }
      },
    },
  ],
});

/** Hex serials compare without case and leading zeros (WeChat lists them as upper-case integers). */
function sameSerial(a: string, b: string): boolean {
  return normalizeSerial(a) === normalizeSerial(b);
}
