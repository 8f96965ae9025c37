/**
 * Building objects from keys chosen by whoever sent the input (JSON pointers in a fault's patch, object
 * keys of a body being redacted, query parameter names): the one place the guard against prototype
 * pollution is written.
 *
 * `__proto__` written with plain assignment changes an object's prototype (and, walked through, the
 * shared `Object.prototype`); `constructor` and `prototype` lead to the same objects by a second step.
 * Writers refuse those names as path segments and define every other key as an own data property.
 */

/** Key names a writer must not walk through or assign by plain assignment. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** True for `__proto__`, `constructor` and `prototype`. */
export function isUnsafeKey(key: string): boolean {
  return UNSAFE_KEYS.has(key);
}

/**
 * Sets `target[key] = value` as an own, enumerable, writable data property, whatever `key` is (an own
 * property named `__proto__` included): never calls a setter, never changes a prototype.
 */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
