/**
 * Key sources side by side. During the platform-certificate → WeChat Pay
 * public-key migration, responses and notifications arrive signed by either
 * for days (WeChat Pay's guide to switching from platform certificates to the
 * WeChat Pay public key, 微信支付公钥: notifications come signed by either
 * until the switch completes), so verification asks each source in turn.
 */
import { SignatureVerificationError } from "../errors.js";
import type { VerificationKeySource } from "../verify.js";

/**
 * Resolves `serial` from the first source that has a usable key for it
 * (cheap sources first: later ones may download). A source that holds the
 * serial outside its validity window ("certificate-not-valid") does not stop
 * the search: another source may hold the same serial with a different
 * window (e.g. a newer list). Its error is thrown only when no source has a key.
 */
export function anyKeySource(...sources: readonly (VerificationKeySource | undefined)[]): VerificationKeySource {
  const present = sources.filter((source): source is VerificationKeySource => source !== undefined);
  // One source (e.g. public-key mode without certificates): ask it directly, one async hop less per response.
  // (A wrapper still, so the caller's `client.keys` cannot be cast back to a mutable StaticKeySet.)
  const only = present.length === 1 ? present[0]! : undefined;
  if (only !== undefined) return { resolve: (serial) => only.resolve(serial) };
  return {
    async resolve(serial) {
      let notValid: SignatureVerificationError | undefined;
      for (const source of present) {
        let key: CryptoKey | undefined;
        try {
          key = await source.resolve(serial);
        } catch (error) {
          if (!(error instanceof SignatureVerificationError && error.reason === "certificate-not-valid")) throw error;
          notValid ??= error;
        }
        if (key !== undefined) return key;
      }
      if (notValid !== undefined) throw notValid;
      return undefined;
    },
  };
}
