/**
 * What a scenario is: a named flow of steps that share state, each step one case in the report. A step
 * calls the platform through our client and asserts what the documentation says should happen; the
 * runner adds every contract finding about what came back (responses, notifications) to that step.
 */
import type { PayScoreClient } from "../../src/client/index.ts";
import { WechatPayError } from "../../src/errors.ts";
import type { Contract, Violation } from "../contract.ts";
import type { ReceivedNotification } from "./notify-endpoint.ts";
import type { PlatformUser } from "./user.ts";

/** What a scenario needs beyond credentials; without it the whole scenario is skipped with a reason. */
export type Requirement =
  /** Someone acting as the user / clearing house (the mock's control interface). */
  | "user"
  /** Notifications the platform can deliver to our endpoint, and the APIv3 key to decrypt them. */
  | "notifications"
  /** The APIv3 key (certificate download). */
  | "apiV3Key";

/** The identifiers every Pay Score request carries (issued by WeChat Pay to the institution). */
export interface ScenarioIds {
  service_id: string;
  appid: string;
  sub_mchid: string;
  channel_id: string;
  /** A user's openid under `appid` (pay-on-delivery orders without confirmation name their user). */
  openid: string;
}

export interface StepContext {
  readonly client: PayScoreClient;
  readonly contract: Contract;
  readonly ids: ScenarioIds;
  readonly notifyUrl: string;
  /** Present whenever a scenario that declared "user" runs. */
  readonly user: PlatformUser;
  /** The APIv3 key (text) when given; present whenever a scenario that declared "apiV3Key" runs. */
  readonly apiV3Key: string | undefined;
  /** Platform "now" for service times, ms since epoch. */
  now(): number;
  /** A fresh order number / authorization code (pattern [0-9A-Za-z_|*-], ≤ 32). */
  uniqueId(prefix: string): string;
  /** A line for the report: what the step did. */
  note(text: string): void;
  /**
   * The call must be refused with this status and, when given, this code — or one of these codes, where
   * the spec documents the refusal but leaves the code open between several; returns the typed error.
   */
  expectError(call: Promise<unknown>, status: number, code?: string | readonly string[]): Promise<WechatPayError>;
  /** Waits for the notification of `eventType` about `subject` (out_order_no / authorization_code). */
  notification(eventType: string, subject: string): Promise<ReceivedNotification>;
  /** Adds a finding the step made itself (e.g. our own request check). */
  report(violation: Violation): void;
}

export interface Step<S> {
  name: string;
  run(t: StepContext, state: S): Promise<void>;
}

export interface Scenario<S = Record<string, unknown>> {
  /** Short id for --only, e.g. "order-to-payment". */
  id: string;
  /** Suite name in the report, e.g. "order to payment". */
  title: string;
  /** What it needs beyond the credentials. */
  requires: readonly Requirement[];
  /** Why it would be skipped when no user can act (shown to the reader), e.g. "needs a user to authorize in WeChat". */
  userReason?: string;
  /** Fresh state per run. */
  state(): S;
  steps: ReadonlyArray<Step<S>>;
}

/** Builds a scenario with typed state (keeps the scenario files short). */
export function scenario<S>(definition: Scenario<S>): Scenario<S> {
  return definition;
}

/** A documented behaviour did not happen. */
export class StepFailure extends Error {
  override name = "StepFailure";
}

/** Fails the step (not a contract violation: a documented behaviour did not happen). */
export function ensure(condition: unknown, message: string): asserts condition {
  if (!condition) throw new StepFailure(message);
}

/**
 * The refusal `expectError` waits for; a success or a different error fails the step with a
 * `StepFailure` naming what was expected ("expected HTTP 400 ORDER_CANCELED or INVALID_ORDER_STATE, …").
 * `code` is one code or the codes any of which the spec allows for this refusal.
 */
export async function expectWechatPayError(call: Promise<unknown>, status: number, code?: string | readonly string[]): Promise<WechatPayError> {
  const codes: readonly string[] = code === undefined ? [] : typeof code === "string" ? [code] : code;
  const wanted = `HTTP ${status}${codes.length ? ` ${codes.join(" or ")}` : ""}`;
  let result: unknown;
  try {
    result = await call;
  } catch (error) {
    if (!(error instanceof WechatPayError)) throw error;
    if (error.status !== status || (codes.length > 0 && !codes.includes(error.code ?? ""))) {
      throw new StepFailure(`expected ${wanted}, got HTTP ${error.status} ${error.code ?? "(no code)"}`);
    }
    return error;
  }
  const got = (result as { response?: Response } | undefined)?.response?.status;
  throw new StepFailure(`expected ${wanted}, got success${got ? ` (HTTP ${got})` : ""}`);
}
