// Public entry point. Security core: errors, encodings, clock, nonce, keys,
// signing, verification and AEAD. Other modules append their exports below.
export * from "./errors.js";
export * from "./encoding.js";
export * from "./clock.js";
export * from "./nonce.js";
export * from "./keys.js";
export * from "./sign.js";
export * from "./verify.js";
export * from "./aead.js";
