/**
 * The caller's own openapi-fetch middleware (`client.use`, per-call
 * `middleware`): logging, tracing, metrics. It runs around the signed
 * transport, once per call (retries happen inside the transport):
 *
 *   onRequest  (registration order)  → the transport signs and sends what
 *                                      onRequest leaves or returns
 *   onResponse (reverse order)       → sees the verified answer
 *   onError    (reverse order)       → sees the typed error (WechatPayError,
 *                                      SignatureVerificationError, …)
 *
 * Middleware may observe, add headers or return a new Request, but never
 * supply or swap an answer: a Response from onRequest or onError would skip
 * signing and verification, and one from onResponse would replace what was
 * verified. Each is refused with a ConfigError naming the hook.
 */
import type { Middleware } from "openapi-fetch";
import { ConfigError, withExchange } from "../errors.js";

export type { Middleware } from "openapi-fetch";

/** Guarded copies of the caller's middleware, so `eject` finds what `use` registered. */
export class MiddlewareRegistry {
  readonly #guarded = new Map<Middleware, Middleware>();

  get size(): number {
    return this.#guarded.size;
  }

  /** The guarded copies of `middleware` not yet registered, now registered. */
  add(middleware: readonly Middleware[]): Middleware[] {
    const added: Middleware[] = [];
    for (const m of middleware) {
      if (this.#guarded.has(m)) continue;
      const guarded = guardMiddleware(m);
      this.#guarded.set(m, guarded);
      added.push(guarded);
    }
    return added;
  }

  /** The guarded copies of `middleware` that were registered, now forgotten. */
  remove(middleware: readonly Middleware[]): Middleware[] {
    const removed: Middleware[] = [];
    for (const m of middleware) {
      const guarded = this.#guarded.get(m);
      if (!guarded) continue;
      this.#guarded.delete(m);
      removed.push(guarded);
    }
    return removed;
  }
}

/** A copy of `m` whose hooks cannot answer a call themselves (see the module comment). */
export function guardMiddleware(m: Middleware): Middleware {
  if (typeof m !== "object" || m === null) throw new ConfigError("Middleware must be an object with onRequest, onResponse or onError");
  const guarded: { -readonly [K in keyof Hooks]?: Hooks[K] } = {};
  const { onRequest, onResponse, onError } = m as Hooks;
  if (typeof onRequest === "function") {
    guarded.onRequest = async (params) => {
      const result = await onRequest.call(m, params);
      if (result instanceof Response) throw refused("onRequest returned a Response: every answer must come from the platform, signed and verified");
      return result;
    };
  }
  if (typeof onResponse === "function") {
    guarded.onResponse = async (params) => {
      const result = await onResponse.call(m, params);
      if (result !== undefined && result !== params.response) {
        const { response } = params;
        const error = refused("onResponse returned another Response: the answer was verified as received and cannot be replaced");
        throw withExchange(error, { requestId: response.headers.get("Request-ID") ?? undefined, status: response.status });
      }
      return undefined;
    };
  }
  if (typeof onError === "function") {
    guarded.onError = async (params) => {
      const result = await onError.call(m, params);
      if (result instanceof Response) throw refused("onError returned a Response: a failed call cannot be turned into an unverified answer");
      return result;
    };
  }
  if (!guarded.onRequest && !guarded.onResponse && !guarded.onError) {
    throw new ConfigError("Middleware must have an onRequest, onResponse or onError function");
  }
  return guarded as Middleware;
}

type Hooks = { [K in "onRequest" | "onResponse" | "onError"]: NonNullable<Extract<Middleware, Record<K, unknown>>[K]> };

function refused(message: string): ConfigError {
  return new ConfigError(`Middleware ${message}`);
}
