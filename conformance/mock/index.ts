/** The mock WeChat Pay Score (institution mode) platform: embeddable server, control API, CLI. */
export { startMock, type AccessEntry, type MockOptions, type MockPlatform, type SigningMode } from "./server.ts";
export { MockControl, ControlError, handleControl, type Scope } from "./control.ts";
export { FAULT_KINDS, type FaultKind, type FaultRule, type ActiveFault } from "./faults.ts";
export { FIXTURE_DEFAULTS, type KeyInput, type MerchantKeyOptions, type PlatformKeyOptions } from "./test-keys.ts";
export { UNKNOWN_SERIAL } from "./signing.ts";
export type { InitialOrderState } from "./rules/common.ts";
export type { AuthorizationRecord, DeliveryAttempt, NotificationRecord, OrderRecord } from "./types.ts";
