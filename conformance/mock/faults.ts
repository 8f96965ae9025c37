/**
 * Fault injection: rules queued through the control API, matched per
 * operation (operationId) or notification (event_type), each consumed once or
 * N times. The first matching rule applies; a rule with `times: 0` never
 * matches and is dropped.
 */
import { unescapePointer } from "../../src/json-pointer.ts";
import { isUnsafeKey, setOwn } from "../../src/own-keys.ts";
import type { SignatureFault } from "./signing.ts";

export const FAULT_KINDS = [
  /** Answer with `status` (5xx or 429) and the error code the spec lists for it, without doing the operation. */
  "status",
  /** Wait `delayMs`, then answer normally. */
  "latency",
  /** Close the connection without answering (after the operation ran, so the caller must retry idempotently). */
  "drop",
  /** Send a signature that does not verify. */
  "bad-signature",
  /** Sign with a timestamp 10 minutes old (the signature itself is valid). */
  "stale-timestamp",
  /** Sign correctly but name a Wechatpay-Serial no key has. */
  "unknown-serial",
  /** Notifications: deliver the next one twice. */
  "duplicate-notification",
  /** Notifications: hold the next `count` (default 2) and release them in reverse order. */
  "reorder-notifications",
  /**
   * Contract breaks (conformance "proof it can fail"): run the operation, then apply `patch` to its answer
   * body and/or answer with `status` instead — before signing, so only the contract is broken.
   */
  "mutate-response",
  /** Notifications: flip a bit of the AEAD tag of the next delivery (validly signed), so decryption fails. */
  "bad-tag",
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
  kind: FaultKind;
  /** operationId or event_type; absent = any. */
  operation?: string;
  /** How many times it applies (default 1; -1 = until cleared). */
  times?: number;
  /** For "status": 429, 500, 502 or 503. */
  status?: number;
  /** For "latency". */
  delayMs?: number;
  /** For "reorder-notifications". */
  count?: number;
  /** For "mutate-response": JSON Patch (RFC 6902) operations on the answer body. */
  patch?: PatchOperation[];
}

/** The RFC 6902 subset "mutate-response" needs. */
export interface PatchOperation {
  op: "add" | "replace" | "remove";
  /** JSON pointer into the body, e.g. "/state". */
  path: string;
  value?: unknown;
}

export interface ActiveFault extends Required<Pick<FaultRule, "kind" | "times">> {
  id: number;
  operation?: string;
  status?: number;
  delayMs?: number;
  count?: number;
  patch?: PatchOperation[];
  /** How many times it has applied so far. */
  applied: number;
}

const RESPONSE_KINDS: ReadonlySet<FaultKind> = new Set(["status", "latency", "drop", "bad-signature", "stale-timestamp", "unknown-serial", "mutate-response"]);
const NOTIFICATION_KINDS: ReadonlySet<FaultKind> = new Set([
  "bad-signature",
  "stale-timestamp",
  "unknown-serial",
  "duplicate-notification",
  "reorder-notifications",
  "bad-tag",
]);

export const SIGNATURE_FAULTS: ReadonlySet<FaultKind> = new Set(["bad-signature", "stale-timestamp", "unknown-serial"]);

/** What a FaultQueue keeps across a restart (in the state file): the queued rules and the next id. */
export interface FaultQueueState {
  rules: ActiveFault[];
  next: number;
}

export class FaultQueue {
  #rules: ActiveFault[] = [];
  #next = 1;
  readonly #onChange: ((state: FaultQueueState) => void) | undefined;

  /**
   * `saved`: the queue as `onChange` last reported it (each rule is checked again as by `add`; throws
   * `TypeError` for one that would be refused). `onChange` is called after every change (add, clear, a
   * rule applied), e.g. to keep the queue in the state file.
   */
  constructor(saved?: FaultQueueState, onChange?: (state: FaultQueueState) => void) {
    this.#onChange = onChange;
    for (const rule of saved?.rules ?? []) {
      checkRule(rule);
      if (!(Number.isInteger(rule.id) && rule.id > 0 && Number.isInteger(rule.applied) && rule.applied >= 0)) throw new TypeError("a saved fault needs a whole id and applied count");
      if (rule.times !== 0) this.#rules.push({ ...rule });
    }
    const highest = Math.max(0, ...this.#rules.map((rule) => rule.id));
    this.#next = Math.max(highest + 1, Number.isInteger(saved?.next) ? saved!.next : 1);
  }

  add(rule: FaultRule): ActiveFault {
    checkRule(rule);
    const times = rule.times ?? 1;
    const active: ActiveFault = { id: this.#next++, kind: rule.kind, times, applied: 0 };
    if (rule.operation !== undefined) active.operation = rule.operation;
    if (rule.status !== undefined) active.status = rule.status;
    if (rule.delayMs !== undefined) active.delayMs = rule.delayMs;
    if (rule.count !== undefined) active.count = rule.count;
    if (rule.patch !== undefined) active.patch = rule.patch;
    this.#rules.push(active);
    this.#changed();
    return { ...active };
  }

  #changed(): void {
    this.#onChange?.({ rules: this.list(), next: this.#next });
  }


  list(): ActiveFault[] {
    return this.#rules.map((rule) => ({ ...rule }));
  }

  clear(): void {
    this.#rules = [];
    this.#changed();
  }

  /** Consumes and returns the first rule for a response of `operationId`. */
  takeForResponse(operationId: string): ActiveFault | undefined {
    return this.#take(operationId, RESPONSE_KINDS);
  }

  /** Consumes and returns the first rule for a notification of `eventType`. */
  takeForNotification(eventType: string, kinds: ReadonlySet<FaultKind> = NOTIFICATION_KINDS): ActiveFault | undefined {
    return this.#take(eventType, kinds);
  }

  #take(subject: string, kinds: ReadonlySet<FaultKind>): ActiveFault | undefined {
    const index = this.#rules.findIndex(
      (rule) => kinds.has(rule.kind) && rule.times !== 0 && (rule.operation === undefined || rule.operation === subject),
    );
    if (index < 0) return undefined;
    const rule = this.#rules[index]!;
    rule.applied++;
    if (rule.times > 0) rule.times--;
    if (rule.times === 0) this.#rules.splice(index, 1);
    this.#changed();
    return { ...rule };
  }
}

export function signatureFault(rule: ActiveFault | undefined): SignatureFault | undefined {
  return rule && SIGNATURE_FAULTS.has(rule.kind) ? (rule.kind as SignatureFault) : undefined;
}

/** Throws `TypeError` for a rule `FaultQueue.add` refuses. */
function checkRule(rule: FaultRule): void {
  if (!rule || typeof rule !== "object") throw new TypeError("a fault rule must be an object");
  if (!FAULT_KINDS.includes(rule.kind)) throw new TypeError(`unknown fault kind ${String(rule.kind)}; one of ${FAULT_KINDS.join(", ")}`);
  const times = rule.times ?? 1;
  if (!Number.isInteger(times) || times < -1) throw new TypeError("fault times must be a whole number ≥ 0, or -1 for always");
  if (rule.kind === "status" && !(rule.status === 429 || (rule.status !== undefined && rule.status >= 500 && rule.status <= 599))) {
    throw new TypeError("a status fault needs status 429 or 5xx");
  }
  if (rule.kind === "latency" && !(Number.isFinite(rule.delayMs) && rule.delayMs! >= 0)) {
    throw new TypeError("a latency fault needs delayMs ≥ 0");
  }
  if (rule.kind === "mutate-response") checkMutation(rule);
}

function checkMutation(rule: FaultRule): void {
  if (rule.patch === undefined && rule.status === undefined) throw new TypeError("a mutate-response fault needs patch and/or status");
  if (rule.status !== undefined && !(Number.isInteger(rule.status) && rule.status >= 100 && rule.status <= 599)) {
    throw new TypeError("a mutate-response status must be an HTTP status");
  }
  if (rule.patch === undefined) return;
  if (!Array.isArray(rule.patch)) throw new TypeError("patch must be an array of {op, path, value}");
  for (const op of rule.patch) {
    if (!op || !["add", "replace", "remove"].includes(op.op) || typeof op.path !== "string" || !op.path.startsWith("/")) {
      throw new TypeError("each patch operation needs op add|replace|remove and a JSON pointer path");
    }
    if (pointerKeys(op.path).some(isUnsafeKey)) {
      throw new TypeError("a patch path must not name __proto__, constructor or prototype");
    }
  }
}

/** The unescaped segments of a JSON pointer ("/a/b~1c" → ["a", "b/c"]). */
function pointerKeys(path: string): string[] {
  return path.split("/").slice(1).map(unescapePointer);
}

/**
 * A copy of `body` with the operations applied. A path whose parent does not exist is created as objects
 * ("add" into an empty 204 answer gives a body), so a variant can always produce the break it wants.
 * Only own properties are walked and written; a path naming `__proto__`, `constructor` or `prototype`
 * throws `TypeError` (`FaultQueue.add` refuses such a patch before it is queued).
 */
export function applyPatch(body: unknown, operations: readonly PatchOperation[]): unknown {
  let root: unknown = body === undefined ? {} : structuredClone(body);
  for (const { op, path, value } of operations) {
    const keys = pointerKeys(path);
    if (keys.some(isUnsafeKey)) throw new TypeError("a patch path must not name __proto__, constructor or prototype");
    const last = keys.pop()!;
    let node = root as Record<string, unknown>;
    for (const key of keys) {
      const child = Object.hasOwn(node, key) ? node[key] : undefined;
      if (typeof child !== "object" || child === null) setOwn(node, key, {});
      node = node[key] as Record<string, unknown>;
    }
    if (op === "remove") {
      if (Array.isArray(node)) node.splice(Number(last), 1);
      else delete node[last];
    } else {
      setOwn(node, last, structuredClone(value));
    }
  }
  return root;
}
