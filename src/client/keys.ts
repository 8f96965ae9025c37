/**
 * Key sources side by side. During the platform-certificate → WeChat Pay
 * public-key migration, responses and notifications arrive signed by either
 * for days (spec-facts §7.6), so verification asks each source in turn.
 */
import type { VerificationKeySource } from "../verify.js";

/** Resolves `serial` from the first source that knows it (cheap sources first: later ones may download). */
export function anyKeySource(...sources: readonly (VerificationKeySource | undefined)[]): VerificationKeySource {
  const present = sources.filter((source): source is VerificationKeySource => source !== undefined);
  return {
    async resolve(serial) {
      for (const source of present) {
        const key = await source.resolve(serial);
        if (key !== undefined) return key;
      }
      return undefined;
    },
  };
}
