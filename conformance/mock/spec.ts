/**
 * The mock's view of the spec. The operation table, the event types and the
 * notification retry schedules come from the spec index (generated/spec-index.ts);
 * the documented examples and enum values the mock answers with (envelope
 * summaries, resource types, the 先免 risk-fund names) are read from the bundled
 * document (generated/openapi.json). Either way the spec stays the only place
 * those rules are written.
 */
import bundled from "../../generated/openapi.json" with { type: "json" };
import type { components } from "../../generated/schema.d.ts";
import { valueAtPointer } from "../../src/json-pointer.ts";
import { SPEC_INDEX } from "../../src/spec-index.ts";

export type Schemas = components["schemas"];
export type ErrorCode = Schemas["ErrorCode"];
export type EventType = Schemas["NotificationEventType"];
export type ServiceOrder = Schemas["ServiceOrder"];

type Json = { readonly [key: string]: unknown };

export const SPEC: Json = bundled as unknown as Json;

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

/** Follows a local "#/…" $ref (and the $ref it lands on, …) inside the bundled document. */
export function deref(node: unknown): Json {
  let current = node as Json;
  for (let guard = 0; typeof current?.["$ref"] === "string" && guard < 20; guard++) {
    current = valueAtPointer(SPEC, (current["$ref"] as string).replace(/^#/, "")) as Json;
  }
  return current;
}

const webhooks = SPEC["webhooks"] as Record<string, { post: Json }>;

/**
 * An event's `x-retry-schedule`: the listed delays between attempts, then (seed 000's authorization
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

/** The envelope schema of an event (e.g. `UserConfirmNotification`). */
function envelopeSchema(eventType: string): Json {
  const body = deref(webhooks[eventType]?.post["requestBody"]);
  return deref(((body["content"] as Json)["application/json"] as Json)["schema"]);
}

/** The `summary` of the event's documented example envelope (授权成功, 用户确认订单…); undefined when the example omits it. */
export function notificationSummary(eventType: string): string | undefined {
  const example = (envelopeSchema(eventType)["examples"] as Json[] | undefined)?.[0];
  return example?.["summary"] as string | undefined;
}

/** `resource.associated_data` / `original_type` as in the event's documented example. */
export function notificationResourceStyle(eventType: string): { associatedData: string; originalType?: string } {
  const example = (envelopeSchema(eventType)["examples"] as Json[] | undefined)?.[0];
  const resource = (example?.["resource"] ?? {}) as Json;
  const style: { associatedData: string; originalType?: string } = {
    associatedData: (resource["associated_data"] as string | undefined) ?? "",
  };
  if (typeof resource["original_type"] === "string") style.originalType = resource["original_type"];
  return style;
}

/** The only `resource_type` the envelope allows. */
export const RESOURCE_TYPE = (
  deref((deref({ $ref: "#/components/schemas/NotificationEnvelope" })["properties"] as Json)["resource_type"])["enum"] as string[]
)[0]!;

/** The only `Wechatpay-Signature-Type` the spec allows. */
export const SIGNATURE_TYPE = (deref({ $ref: "#/components/schemas/WechatpaySignatureType" })["enum"] as string[])[0]!;

/** The `associated_data` the certificates endpoint uses (its documented example). */
export const CERTIFICATE_ASSOCIATED_DATA = (
  (deref({ $ref: "#/components/schemas/EncryptedCertificate" })["examples"] as Json[])[0]!["associated_data"] as string
);

/** `maxLength` of an error answer's `message` (ErrorBody): the mock's own messages are cut to it. */
export const ERROR_MESSAGE_MAX_LENGTH = (
  deref((deref({ $ref: "#/components/schemas/ErrorBody" })["properties"] as Json)["message"])["maxLength"] as number
);

/**
 * The `risk_fund.name` values of the 先免 mode, read from RiskFundName's `x-enumDescriptions`
 * ("押金 — 先免模式 …"): the only orders whose completion `risk_fund.amount` caps (RiskFund: "`amount`
 * caps what completion may charge in 先免 mode").
 */
export const DEPOSIT_FREE_RISK_FUNDS: ReadonlySet<string> = new Set(
  Object.entries(deref({ $ref: "#/components/schemas/RiskFundName" })["x-enumDescriptions"] as Record<string, string>)
    .filter(([, meaning]) => meaning.includes("先免"))
    .map(([name]) => name),
);
