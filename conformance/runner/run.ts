/**
 * One conformance run: our client (signing, verifying — unchanged) talks to the platform through an
 * observing fetch; a local notify endpoint receives the notifications; the scenarios run one after the
 * other, each step a case. Every answer the client saw is checked with contract.checkResponse, every
 * notification with checkNotification / the parser / checkNotificationPlaintext and our reply with
 * checkNotificationReply; the findings land on the step during which they happened.
 *
 * Scenarios the run cannot do are skipped with the reason (no user to act in WeChat, no APIv3 key, no
 * notify URL the platform can reach), and steps after a failed one are skipped ("an earlier step failed").
 */
import { importApiV3Key, type AeadKey } from "../../src/aead.ts";
import { createPayScoreClient, type PayScoreClient } from "../../src/client/index.ts";
import { systemClock, type Clock } from "../../src/clock.ts";
import {
  InvalidResponseError,
  PayScoreError,
  RequestFailedError,
  SignatureVerificationError,
  WechatPayError,
} from "../../src/errors.ts";
import { randomNonce } from "../../src/nonce.ts";
import { createNotificationParser } from "../../src/notification/parse.ts";
import { loadContract, type Contract, type Violation } from "../contract.ts";
import { redactCase, redactString } from "../redact.ts";
import type { CaseResult, RunReport } from "../report/model.ts";
import { statusOf } from "../report/model.ts";
import { parserReader, startNotifyEndpoint, type NotificationReader, type NotifyEndpoint } from "./notify-endpoint.ts";
import { checkExchange, operationOf, observingFetch, type Exchange } from "./observe.ts";
import { expectWechatPayError, StepFailure, type Requirement, type Scenario, type ScenarioIds, type StepContext } from "./scenario.ts";
import { SCENARIOS } from "./scenarios/index.ts";
import type { PlatformUser } from "./user.ts";

/** The documentation's sample identifiers (used against the mock; give real ones for the real platform). */
export const DEFAULT_IDS: ScenarioIds = {
  service_id: "500001",
  appid: "wxd678efh567hg6787",
  sub_mchid: "1230000109",
  channel_id: "1230000110",
  openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
};

export interface ConformOptions {
  /** The platform, e.g. "https://api.mch.weixin.qq.com" or the mock's URL. */
  baseUrl: string;
  mchid: string;
  merchantSerialNo: string;
  /** PKCS#8/PKCS#1 PEM or CryptoKey. */
  merchantPrivateKey: string | CryptoKey;
  wechatpayPublicKey?: { id: string; key: string | CryptoKey };
  /** X.509 PEM platform certificates to trust. */
  platformCertificates?: readonly string[];
  /** The APIv3 key (32 characters): certificates download, notification decryption. */
  apiV3Key?: string;
  ids?: Partial<ScenarioIds>;
  /** Who acts as the user; absent → scenarios that need one are skipped. */
  user?: PlatformUser;
  /** The local notify endpoint. `url` is the notify_url the platform is given (a tunnel / proxy to `port`). */
  notify?: { port?: number; host?: string; url?: string };
  /** Can the platform deliver to the notify endpoint? Default: a URL was given, or the platform is on loopback. */
  notificationsReachable?: boolean;
  /** Scenario ids or titles to run (default all). */
  only?: readonly string[];
  /** How long a step waits for a notification (default 10 s; the real platform retries after 15 s). */
  notificationTimeoutMs?: number;
  /** Called as each case finishes (console progress). */
  onCase?: (result: CaseResult) => void;
  clock?: Clock;
  /** The fetch under the observer (default global fetch). */
  fetch?: (request: Request) => Promise<Response>;
  contract?: Contract;
  /** Report title / target (default "payscore conform" / baseUrl). */
  title?: string;
  target?: string;
}

/** --only named something no scenario is called. */
export class UnknownScenarioError extends PayScoreError {
  override name = "UnknownScenarioError";
}

export const SCENARIO_IDS: readonly string[] = SCENARIOS.map((s) => s.id);

/** The scenarios --only selects (all when empty); unknown names throw, listing the known ones. */
export function selectScenarios(only: readonly string[] | undefined): ReadonlyArray<Scenario<any>> {
  if (!only || only.length === 0) return SCENARIOS;
  const unknown = only.filter((name) => !SCENARIOS.some((s) => s.id === name || s.title === name));
  if (unknown.length > 0) throw new UnknownScenarioError(`unknown scenario ${unknown.join(", ")}; known: ${SCENARIO_IDS.join(", ")}`);
  return SCENARIOS.filter((s) => only.includes(s.id) || only.includes(s.title));
}

export async function runConformance(options: ConformOptions): Promise<RunReport> {
  const startedAt = new Date();
  const started = performance.now();
  const clock = options.clock ?? systemClock;
  const contract = options.contract ?? loadContract(undefined, options.apiV3Key ? { redact: { secrets: [options.apiV3Key] } } : {});
  const scenarios = selectScenarios(options.only);
  const ids: ScenarioIds = { ...DEFAULT_IDS, ...options.ids };
  const cases: CaseResult[] = [];
  // Every case is redacted once, as it finishes: the progress line and every report format then see
  // the same text, with the APIv3 key gone from keys, pointers and messages as well as values.
  const secrets = options.apiV3Key ? [options.apiV3Key] : [];
  const finished = (result: CaseResult) => {
    const safe = redactCase(result, { secrets });
    cases.push(safe);
    options.onCase?.(safe);
  };

  // Findings go to whichever step is running when they happen.
  let sink: { violations: Violation[]; last?: Exchange } | undefined;
  const observe = (exchange: Exchange) => {
    if (!sink) return;
    sink.last = exchange;
    sink.violations.push(...checkExchange(contract, exchange));
  };

  const apiV3Key: AeadKey | undefined = options.apiV3Key === undefined ? undefined : await importApiV3Key(options.apiV3Key);
  const client = await createPayScoreClient({
    mchid: options.mchid,
    merchantSerialNo: options.merchantSerialNo,
    merchantPrivateKey: options.merchantPrivateKey,
    ...(options.wechatpayPublicKey ? { wechatpayPublicKey: options.wechatpayPublicKey } : {}),
    ...(options.platformCertificates ? { platformCertificates: options.platformCertificates } : {}),
    ...(apiV3Key ? { apiV3Key } : {}),
    baseUrl: options.baseUrl,
    failover: false,
    clock,
    // The runner wants to see each answer as it is; validation is the contract's job here.
    validate: "off",
    fetch: observingFetch(observe, options.fetch),
  });

  const reader: NotificationReader = apiV3Key
    ? parserReader(createNotificationParser({ keys: client.keys, apiV3Key, clock }), apiV3Key)
    : async () => {
        throw new Error("no APIv3 key: notifications cannot be decrypted (give --apiv3-key-file)");
      };
  const notify = await startNotifyEndpoint({
    contract,
    reader,
    ...(options.notify?.port === undefined ? {} : { port: options.notify.port }),
    ...(options.notify?.host === undefined ? {} : { host: options.notify.host }),
    ...(options.notify?.url === undefined ? {} : { publicUrl: options.notify.url }),
  });
  const reachable = options.notificationsReachable ?? (options.notify?.url !== undefined || isLoopback(options.baseUrl));

  try {
    for (const s of scenarios) {
      const reason = skipReason(s, { user: options.user, apiV3Key: options.apiV3Key, reachable });
      if (reason) {
        finished({ suite: s.title, name: `${s.steps.length} step${s.steps.length === 1 ? "" : "s"}`, status: "skipped", durationMs: 0, violations: [], skipReason: reason });
        continue;
      }
      await runScenario(s, {
        client,
        contract,
        ids,
        notify,
        clock,
        user: options.user,
        apiV3Key: options.apiV3Key,
        timeoutMs: options.notificationTimeoutMs ?? 10_000,
        setSink: (next) => (sink = next),
        finished,
      });
    }
    // Deliveries that came after their step (late retries, duplicates) still count.
    const late = notify.drain().filter((n) => n.violations.length > 0 || n.error);
    if (late.length > 0) {
      const violations = late.flatMap((n) => n.violations);
      const errors = late.flatMap((n) => (n.error ? [n.error] : []));
      finished({
        suite: "notifications",
        name: "received after their step",
        status: statusOf(violations, errors.length ? errors.join("; ") : undefined),
        durationMs: 0,
        violations,
        ...(errors.length ? { error: errors.join("; ") } : {}),
      });
    }
    // Deliveries past the endpoint's record limit: one finding, however many there were.
    const overflow = notify.overflow();
    if (overflow) {
      finished({ suite: "notifications", name: "not recorded (record limit)", status: statusOf([overflow], undefined), durationMs: 0, violations: [overflow] });
    }
  } finally {
    await notify.close();
  }

  return {
    title: options.title ?? "payscore conform",
    target: options.target ?? options.baseUrl,
    startedAt: startedAt.toISOString(),
    durationMs: performance.now() - started,
    cases,
  };
}

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host === "[::1]" || /^127\./.test(host);
}

const NEEDS: Record<Requirement, (have: { user?: PlatformUser; apiV3Key?: string; reachable: boolean }) => string | undefined> = {
  user: (have) => (have.user ? undefined : "needs a user in WeChat (give --mock-control URL to act as the user on the mock)"),
  notifications: (have) =>
    !have.apiV3Key
      ? "needs the APIv3 key (--apiv3-key-file) to decrypt notifications"
      : have.reachable ? undefined : "needs a notify URL the platform can reach (--notify-url, forwarded to --notify-port)",
  apiV3Key: (have) => (have.apiV3Key ? undefined : "needs the APIv3 key (--apiv3-key-file) to decrypt the certificates"),
};

export function skipReason(s: Scenario<any>, have: { user?: PlatformUser | undefined; apiV3Key?: string | undefined; reachable: boolean }): string | undefined {
  for (const requirement of s.requires) {
    const reason = NEEDS[requirement]({ ...(have.user ? { user: have.user } : {}), ...(have.apiV3Key ? { apiV3Key: have.apiV3Key } : {}), reachable: have.reachable });
    if (!reason) continue;
    // "needs a user to authorize in WeChat" says more than the generic sentence.
    return requirement === "user" && s.userReason ? `${s.userReason} (give --mock-control URL to act as the user on the mock)` : reason;
  }
  return undefined;
}

interface ScenarioRun {
  client: PayScoreClient;
  contract: Contract;
  ids: ScenarioIds;
  notify: NotifyEndpoint;
  clock: Clock;
  user: PlatformUser | undefined;
  apiV3Key: string | undefined;
  timeoutMs: number;
  setSink(sink: { violations: Violation[]; last?: Exchange } | undefined): void;
  finished(result: CaseResult): void;
}

let counter = 0;

/** Unique across runs (time + random) and within one (counter); [0-9A-Za-z], ≤ 32 characters. */
function uniqueId(prefix: string, clock: Clock): string {
  counter = (counter + 1) % 1296;
  return `${prefix}${clock.now().toString(36)}${counter.toString(36).padStart(2, "0")}${randomNonce(6)}`.toUpperCase().slice(0, 32);
}

async function runScenario(s: Scenario<any>, run: ScenarioRun): Promise<void> {
  const state = s.state();
  let failed = false;
  for (const step of s.steps) {
    if (failed) {
      run.finished({ suite: s.title, name: step.name, status: "skipped", durationMs: 0, violations: [], skipReason: "an earlier step failed" });
      continue;
    }
    const sink: { violations: Violation[]; last?: Exchange } = { violations: [] };
    const notes: string[] = [];
    const t: StepContext = {
      client: run.client,
      contract: run.contract,
      ids: run.ids,
      notifyUrl: run.notify.url,
      user: run.user ?? missingUser(),
      apiV3Key: run.apiV3Key,
      now: () => run.clock.now(),
      uniqueId: (prefix) => uniqueId(prefix, run.clock),
      note: (text) => void notes.push(text),
      expectError: (call, status, code) => expectWechatPayError(call, status, code),
      notification: (eventType, subject) => run.notify.waitFor(eventType, subject, run.timeoutMs),
      report: (violation) => void sink.violations.push(violation),
    };
    run.notify.drain(); // deliveries before this step belong to the previous one (already collected)
    run.setSink(sink);
    const begun = performance.now();
    let error: string | undefined;
    try {
      await step.run(t, state);
    } catch (caught) {
      const finding = signatureFinding(caught, run.contract, sink.last);
      if (finding) sink.violations.push(finding);
      else error = describeError(caught);
    } finally {
      run.setSink(undefined);
    }
    for (const n of run.notify.drain()) {
      sink.violations.push(...n.violations);
      if (n.error) error = error ? `${error}; ${n.error}` : n.error;
    }
    const status = statusOf(sink.violations, error);
    failed = status === "failed";
    run.finished({
      suite: s.title,
      name: step.name,
      status,
      durationMs: performance.now() - begun,
      violations: sink.violations,
      ...(error === undefined ? {} : { error }),
      ...(notes.length ? { steps: notes } : {}),
    });
  }
}

function missingUser(): PlatformUser {
  const refuse = async (): Promise<never> => {
    throw new StepFailure("no user can act here (scenario should have been skipped)");
  };
  return { description: "none", authorize: refuse, revoke: refuse, confirm: refuse, pay: refuse, deduct: refuse };
}

/** A response whose signature failed is a contract finding about that response, not a crash. */
function signatureFinding(error: unknown, contract: Contract, last: Exchange | undefined): Violation | undefined {
  if (!(error instanceof SignatureVerificationError)) return undefined;
  const violation: Violation = {
    subject: (last && operationOf(contract, last)) ?? "response",
    part: "response",
    pointer: `/headers/${error.header ?? "Wechatpay-Signature"}`,
    rule: "signature",
    message: `${error.reason}: ${error.message}`,
  };
  if (last?.status !== undefined) violation.status = last.status;
  // The value shown belongs to the header the pointer names: the serial only when it is the serial that failed.
  if (error.serial !== undefined && error.header === "Wechatpay-Serial") violation.value = error.serial;
  return violation;
}

function describeError(error: unknown): string {
  if (error instanceof StepFailure) return error.message;
  if (error instanceof WechatPayError) {
    const said = [error.code, error.platformMessage].filter(Boolean).join(" ");
    return `unexpected refusal: HTTP ${error.status}${said ? ` ${said}` : ""}${error.requestId ? ` (Request-ID ${error.requestId})` : ""}`;
  }
  if (error instanceof InvalidResponseError) return `invalid response (HTTP ${error.status}): ${error.message}`;
  if (error instanceof RequestFailedError) return `no answer: ${error.message}`;
  if (error instanceof Error) return `${error.name}: ${redactString(error.message)}`;
  return redactString(String(error));
}
