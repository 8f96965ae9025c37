/**
 * The user (and the clearing house) the scenarios need: someone has to authorize in WeChat, confirm an
 * order in the Pay Score mini-program, pay in the cashier. Against the mock that is its control interface
 * (over HTTP with --mock-control, or in-process from code); against the real platform nobody can do it
 * from here, so scenarios that need it are skipped with that reason.
 */
import type { MockControl } from "../mock/control.ts";

export interface PlatformUser {
  /** What acts as the user, for the report ("mock control http://127.0.0.1:8090/mock"). */
  readonly description: string;
  /** The user authorizes in the Pay Score mini-program → PAYSCORE.USER_OPEN_SERVICE. */
  authorize(authorizationCode: string): Promise<void>;
  /** The user ends the authorization in WeChat → PAYSCORE.USER_CLOSE_SERVICE. */
  revoke(authorizationCode: string): Promise<void>;
  /** The user confirms the order → PAYSCORE.USER_CONFIRM; returns the query_id the jump hands back. */
  confirm(outOrderNo: string): Promise<{ queryId?: string }>;
  /** The user pays a completed order in the cashier → (PAYSCORE.MCH_PREPAY,) PAYSCORE.USER_PAID. */
  pay(outOrderNo: string, options?: { prepay?: boolean }): Promise<void>;
  /** The clearing house debits with the registered deduction number. */
  deduct(outOrderNo: string): Promise<void>;
}

/** A user action the platform refused (e.g. the order is not in a state the user can confirm). */
export class UserActionError extends Error {
  override name = "UserActionError";
}

/** In-process: the MockControl of an embedded mock. */
export function controlUser(control: MockControl): PlatformUser {
  return {
    description: "embedded mock control",
    authorize: async (code) => void (await control.authorize(code)),
    revoke: async (code) => void (await control.revoke(code)),
    confirm: async (no) => ({ queryId: (await control.confirm(no)).query_id }),
    pay: async (no, options = {}) => void (await control.pay(no, options)),
    deduct: async (no) => void control.deduct(no),
  };
}

/**
 * Over HTTP: the mock's control API under `/mock/` (conformance/mock/control.ts). `controlUrl` may be the
 * mock's base URL or its `/mock` URL.
 */
export function httpMockUser(controlUrl: string, fetchImpl: typeof fetch = fetch): PlatformUser {
  const base = controlUrl.replace(/\/+$/, "").replace(/(\/mock)?$/, "/mock");
  const post = async (path: string, body: object = {}): Promise<Record<string, unknown>> => {
    const response = await fetchImpl(`${base}${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    let json: Record<string, unknown> = {};
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      // A control answer that is not JSON: reported with its status below.
    }
    if (!response.ok) throw new UserActionError(`mock control ${path}: HTTP ${response.status} ${String(json["error"] ?? text).slice(0, 200)}`);
    return json;
  };
  const seg = encodeURIComponent;
  return {
    description: `mock control ${base}`,
    authorize: async (code) => void (await post(`/authorizations/${seg(code)}/authorize`)),
    revoke: async (code) => void (await post(`/authorizations/${seg(code)}/revoke`)),
    confirm: async (no) => {
      const answer = await post(`/orders/${seg(no)}/confirm`);
      return typeof answer["query_id"] === "string" ? { queryId: answer["query_id"] } : {};
    },
    pay: async (no, options = {}) => void (await post(`/orders/${seg(no)}/pay`, options)),
    deduct: async (no) => void (await post(`/orders/${seg(no)}/deduct`)),
  };
}
