/**
 * Authorizations (授权, the 预授权 page): pre-authorize → UNBINDUSER; the user
 * authorizes in the Pay Score mini-program → AVAILABLE + USER_OPEN_SERVICE;
 * terminate (institution) or revoke (user) → UNAVAILABLE + USER_CLOSE_SERVICE.
 */
import { randomNonce } from "../../../src/nonce.ts";
import type { Schemas } from "../spec.ts";
import { compactTime, rfc3339 } from "../time.ts";
import type { AuthorizationRecord } from "../types.ts";
import { canonicalJson, invalidRequest, notFound, pick, RuleError, type OperationHandler, type RuleContext } from "./common.ts";

/** A user action the control API asks for cannot happen in the current state. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const applyPermissions: OperationHandler<"applyPermissions"> = (ctx, { mchid, body }) => {
  const request = canonicalJson(body);
  const existing = ctx.store.getAuthorization(mchid, body.authorization_code);
  if (existing) {
    // Same body while nobody has authorized yet: the same answer. The error table's INVALID_REQUEST reads
    // "请确认相同单号是否使用了不同的参数" (same number, different parameters), so the same parameters again succeed.
    if (existing.request === request && existing.authorization_state === "UNBINDUSER") {
      return { status: 200, body: { apply_permissions_token: existing.apply_permissions_token } };
    }
    // applyPermissions: "An authorization code is never reused for another user."; INVALID_REQUEST otherwise.
    throw invalidRequest(
      "/authorization_code",
      "authorization_code 已被使用, 请使用新的授权协议号",
      "already used with different parameters or by a user",
      body.authorization_code,
    );
  }
  const record: AuthorizationRecord = {
    mchid,
    authorization_code: body.authorization_code,
    service_id: body.service_id,
    appid: body.appid,
    sub_mchid: body.sub_mchid,
    channel_id: body.channel_id,
    ...pick(body, ["sub_appid", "notify_url"]),
    authorization_state: "UNBINDUSER",
    request,
    apply_permissions_token: `APT${randomNonce(60)}`,
    created_at: ctx.clock.now(),
  };
  ctx.store.putAuthorization(record);
  return { status: 200, body: { apply_permissions_token: record.apply_permissions_token } };
};

/** The record if it exists under this merchant and matches the identifiers the caller gave. */
function findAuthorization(ctx: RuleContext, mchid: string, code: string, ids: Record<string, string | undefined>) {
  // 404 ORDER_NOT_EXIST, as the authorization operations' error tables list it, for an unknown code or other identifiers.
  const record = ctx.store.getAuthorization(mchid, code);
  const matches =
    record &&
    Object.entries(ids).every(([name, value]) => value === undefined || record[name as keyof AuthorizationRecord] === value);
  if (!record || !matches) throw notFound("授权记录");
  return record;
}

export const getPermissionsByAuthorizationCode: OperationHandler<"getPermissionsByAuthorizationCode"> = (ctx, { mchid, pathParams, query }) => {
  const record = findAuthorization(ctx, mchid, pathParams.authorization_code, {
    service_id: query.service_id,
    sub_mchid: query.sub_mchid,
    channel_id: query.channel_id,
  });
  return { status: 200, body: permissionsRecord(record) };
};

export function permissionsRecord(record: AuthorizationRecord): Schemas["PermissionsRecord"] {
  return {
    service_id: record.service_id,
    appid: record.appid,
    mchid: record.mchid,
    ...pick(record, ["openid", "sub_openid", "sub_appid", "notify_url", "user_label"]),
    authorization_code: record.authorization_code,
    authorization_state: record.authorization_state,
    ...pick(record, ["authorization_success_time", "cancel_authorization_time"]),
    sub_mchid: record.sub_mchid,
    channel_id: record.channel_id,
  };
}

export const terminatePermissionsByAuthorizationCode: OperationHandler<"terminatePermissionsByAuthorizationCode"> = async (ctx, { mchid, pathParams, body }) => {
  const record = findAuthorization(ctx, mchid, pathParams.authorization_code, {
    service_id: body.service_id,
    sub_mchid: body.sub_mchid,
    channel_id: body.channel_id,
  });
  // terminatePermissionsByAuthorizationCode: "`authorization_state` becomes `UNAVAILABLE` and
  // `PAYSCORE.USER_CLOSE_SERVICE` is sent". Already ended: a retry succeeds (InternalServerError: "retry later
  // with the same parameters"). Nobody authorized yet: INVALID_ORDER_STATE ("单据状态错误 — 确认操作是否符合流程").
  if (record.authorization_state === "UNAVAILABLE") return { status: 204 };
  if (record.authorization_state !== "AVAILABLE") {
    throw new RuleError(400, "INVALID_ORDER_STATE", "用户尚未授权, 无法解除授权");
  }
  await close(ctx, record);
  return { status: 204 };
};

/** The user authorizes in the Pay Score mini-program (control API). */
export async function authorize(
  ctx: RuleContext,
  mchid: string,
  code: string,
  user: { openid?: string; sub_openid?: string; user_label?: Schemas["UserLabel"] } = {},
): Promise<AuthorizationRecord> {
  const record = ctx.store.getAuthorization(mchid, code);
  if (!record) throw new ControlError(404, `no authorization ${code} for merchant ${mchid}`);
  if (record.authorization_state === "AVAILABLE") throw new ControlError(409, `authorization ${code} is already AVAILABLE`);
  // A code belongs to one user for good: re-authorizing after a termination keeps the same user.
  const viaSubApp = record.sub_appid !== undefined;
  const openid = user.sub_openid ?? user.openid ?? record.sub_openid ?? record.openid ?? `o${randomNonce(27)}`;
  if (viaSubApp) record.sub_openid = openid;
  else record.openid = openid;
  if (user.user_label) record.user_label = user.user_label;
  record.authorization_state = "AVAILABLE";
  record.authorization_success_time = rfc3339(ctx.clock.now());
  ctx.store.putAuthorization(record);
  await notify(ctx, record, "USER_OPEN_SERVICE");
  return record;
}

/** The user ends the authorization in WeChat (control API). */
export async function revoke(ctx: RuleContext, mchid: string, code: string): Promise<AuthorizationRecord> {
  const record = ctx.store.getAuthorization(mchid, code);
  if (!record) throw new ControlError(404, `no authorization ${code} for merchant ${mchid}`);
  if (record.authorization_state !== "AVAILABLE") throw new ControlError(409, `authorization ${code} is not AVAILABLE`);
  await close(ctx, record);
  return record;
}

async function close(ctx: RuleContext, record: AuthorizationRecord): Promise<void> {
  record.authorization_state = "UNAVAILABLE";
  record.cancel_authorization_time = rfc3339(ctx.clock.now());
  ctx.store.putAuthorization(record);
  await notify(ctx, record, "USER_CLOSE_SERVICE");
}

async function notify(ctx: RuleContext, record: AuthorizationRecord, status: Schemas["UserServiceStatus"]): Promise<void> {
  // PAYSCORE.USER_OPEN_SERVICE / USER_CLOSE_SERVICE go to "the pre-authorization `notify_url`", which is optional.
  if (!record.notify_url) return;
  // Typed loosely: the generated type of this anyOf/oneOf schema is an unsatisfiable intersection;
  // the tests check the resource against the spec with the contract instead.
  const resource = {
    appid: record.appid,
    mchid: record.mchid,
    ...pick(record, ["sub_appid"]),
    sub_mchid: record.sub_mchid,
    channel_id: record.channel_id,
    service_id: record.service_id,
    ...pick(record, ["openid", "sub_openid"]),
    user_service_status: status,
    openorclose_time: compactTime(ctx.clock.now()),
    authorization_code: record.authorization_code,
  };
  await ctx.notifier.enqueue({
    mchid: record.mchid,
    eventType: `PAYSCORE.${status}`,
    notifyUrl: record.notify_url,
    subject: record.authorization_code,
    resource,
  });
}
