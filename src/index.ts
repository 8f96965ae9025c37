// Public entry point: the security core (errors, encodings, clock, nonce, keys, signing,
// verification, AEAD), the typed client with its platform-certificate manager, and notifications.
// The client-side jump builders have their own entry, `payscore-acquiringbank/jump` (src/jump/index.ts).
export * from "./errors.js";
export * from "./encoding.js";
export * from "./clock.js";
export * from "./nonce.js";
export * from "./keys.js";
export * from "./sign.js";
export * from "./verify.js";
export * from "./aead.js";
export * from "./client/index.js";
export * from "./client/certificates.js";
export * from "./notification/index.js";
