/**
 * The mock's view of the spec, all of it from the spec index (generated/spec-index.ts): the
 * operation table, the event types, the notification retry schedules, and the documented examples
 * and enum values the mock answers with (envelope summaries, resource types, the 先免 risk-fund
 * names). The spec stays the only place those rules are written.
 */
import type { components } from "../../generated/schema.d.ts";
import { SPEC_INDEX, type WebhookFact } from "../../src/spec-index.ts";

export type Schemas = components["schemas"];
export type ErrorCode = Schemas["ErrorCode"];
export type EventType = Schemas["NotificationEventType"];
export type ServiceOrder = Schemas["ServiceOrder"];

export interface OperationEntry {
  operationId: string;
  method: "GET" | "POST";
  /** Path template, e.g. "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel". */
  path: string;
  /** Documented statuses, e.g. ["200", "400", …]. */
  statuses: string[];
  /** `x-exactly-one-of` (query parameters of which exactly one is required). */
  exactlyOneOf?: string[];
}

/** Every operation in the spec, in document order (from the spec index). */
export const OPERATIONS: readonly OperationEntry[] = SPEC_INDEX.operations.map((op) => ({
  operationId: op.operationId,
  method: op.method,
  path: op.template,
  statuses: Object.keys(op.responses),
  ...(op.exactlyOneOf.length > 0 ? { exactlyOneOf: [...op.exactlyOneOf] } : {}),
}));

export function operationById(operationId: string): OperationEntry {
  const op = OPERATIONS.find((entry) => entry.operationId === operationId);
  if (!op) throw new Error(`operation ${operationId} is not in the spec`);
  return op;
}

/**
 * An event's `x-retry-schedule`: the listed delays between attempts, then (the 预授权 page's authorization
 * notifications) one retry every `thenEverySeconds` until `giveUpAfterSeconds` after the first
 * attempt. Without `thenEverySeconds` the notification is given up after the last listed delay.
 */
export interface RetrySchedule {
  delaysSeconds: readonly number[];
  thenEverySeconds?: number;
  giveUpAfterSeconds?: number;
}

export function retrySchedule(eventType: string): RetrySchedule {
  const schedule = SPEC_INDEX.webhooks.find((hook) => hook.eventType === eventType)?.retrySchedule;
  return {
    delaysSeconds: schedule?.delaysSeconds ?? [],
    ...(schedule?.thenEverySeconds === undefined ? {} : { thenEverySeconds: schedule.thenEverySeconds }),
    ...(schedule?.giveUpAfterSeconds === undefined ? {} : { giveUpAfterSeconds: schedule.giveUpAfterSeconds }),
  };
}

/**
 * Seconds to wait after the `failures`-th failed attempt (1 = the first delivery failed), or
 * undefined when the schedule says to give up. The 3-day limit counts documented time since the
 * first attempt (the sum of the delays), so it does not depend on how long each attempt took.
 */
export function retryDelaySeconds(schedule: RetrySchedule, failures: number): number | undefined {
  const { delaysSeconds, thenEverySeconds, giveUpAfterSeconds } = schedule;
  if (!Number.isSafeInteger(failures) || failures < 1) throw new RangeError("failures must be a positive integer");
  const listed = Math.min(failures, delaysSeconds.length);
  const extra = failures - listed;
  if (extra > 0 && thenEverySeconds === undefined) return undefined;
  const elapsed = delaysSeconds.slice(0, listed).reduce((sum, delay) => sum + delay, 0) + extra * (thenEverySeconds ?? 0);
  if (giveUpAfterSeconds !== undefined && elapsed > giveUpAfterSeconds) return undefined;
  return extra > 0 ? thenEverySeconds : delaysSeconds[failures - 1];
}

/** The event types the spec declares (webhook keys). */
export const EVENT_TYPES = SPEC_INDEX.webhooks.map((hook) => hook.eventType as EventType);

/** The spec's facts of a webhook. Throws when the spec has no webhook for `eventType`. */
function webhook(eventType: string): WebhookFact {
  const hook = SPEC_INDEX.webhooks.find((entry) => entry.eventType === eventType);
  if (!hook) throw new Error(`event type ${eventType} is not in the spec`);
  return hook;
}

/** The `summary` of the event's documented example envelope (授权成功, 用户确认订单…); undefined when the example omits it. */
export function notificationSummary(eventType: string): string | undefined {
  return webhook(eventType).example.summary;
}

/** `resource.associated_data` / `original_type` as in the event's documented example. */
export function notificationResourceStyle(eventType: string): { associatedData: string; originalType?: string } {
  const { associatedData = "", originalType } = webhook(eventType).example;
  return originalType === undefined ? { associatedData } : { associatedData, originalType };
}

/** The fields of an event's decrypted resource (its schema's properties), in document order. */
export function resourceFields(eventType: string): readonly string[] {
  return webhook(eventType).resourceFields;
}

/** The only `resource_type` the envelope allows. */
export const RESOURCE_TYPE = SPEC_INDEX.notifications.resourceTypes[0]!;

/** The only `Wechatpay-Signature-Type` the spec allows. */
export const SIGNATURE_TYPE = SPEC_INDEX.notifications.signatureTypes[0]!;

/** The `associated_data` the certificates endpoint uses (its documented example). */
export const CERTIFICATE_ASSOCIATED_DATA = SPEC_INDEX.certificates.associatedData;

/** `maxLength` (characters) of an error answer's `message` (ErrorBody): the mock's own messages are cut to it. */
export const ERROR_MESSAGE_MAX_LENGTH = SPEC_INDEX.errorMessageMaxLength;

/**
 * The `risk_fund.name` values of the 先免 mode, read from RiskFundName's `x-enumDescriptions`
 * ("押金 — 先免模式 …"): the only orders whose completion `risk_fund.amount` caps (RiskFund: "`amount`
 * caps what completion may charge in 先免 mode").
 */
export const DEPOSIT_FREE_RISK_FUNDS: ReadonlySet<string> = new Set(
  Object.entries(SPEC_INDEX.riskFundNames)
    .filter(([, meaning]) => meaning.includes("先免"))
    .map(([name]) => name),
);
