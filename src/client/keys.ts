/**
 * Key sources side by side. During the platform-certificate → WeChat Pay
 * public-key migration, responses and notifications arrive signed by either
 * for days (spec-facts §7.6), so verification asks each source in turn.
 */
import type { VerificationKeySource } from "../verify.js";

/** Resolves `serial` from the first source that knows it (cheap sources first: later ones may download). */
export function anyKeySource(...sources: readonly (VerificationKeySource | undefined)[]): VerificationKeySource {
  const present = sources.filter((source): source is VerificationKeySource => source !== undefined);
  // One source (e.g. public-key mode without certificates): ask it directly, one async hop less per response.
  // (A wrapper still, so the caller's `client.keys` cannot be cast back to a mutable StaticKeySet.)
  const only = present.length === 1 ? present[0]! : undefined;
  if (only !== undefined) return { resolve: (serial) => only.resolve(serial) };
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
