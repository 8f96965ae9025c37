/**
 * Authorization (授权, the 预授权 page): pre-authorize → the user authorizes in WeChat → USER_OPEN_SERVICE →
 * query → the institution terminates → USER_CLOSE_SERVICE → query.
 */
import { ensure, scenario, type StepContext } from "../scenario.ts";
import { PATHS, applyPermissionsBody, permissionQuery, terminateBody } from "./requests.ts";

interface State {
  code: string;
}

async function queryState(t: StepContext, code: string) {
  const { data } = await t.client.GET(PATHS.permission, {
    params: { path: { authorization_code: code }, query: permissionQuery(t.ids) },
  });
  return data;
}

export const authorization = scenario<State>({
  id: "authorization",
  title: "authorization",
  requires: ["user", "notifications"],
  userReason: "needs a user to authorize in WeChat",
  state: () => ({ code: "" }),
  steps: [
    {
      name: "pre-authorize (applyPermissions)",
      async run(t, s) {
        s.code = t.uniqueId("AUTH");
        const { data } = await t.client.POST(PATHS.permissions, { body: applyPermissionsBody(t, s.code) });
        ensure(data?.apply_permissions_token, "the answer carries apply_permissions_token");
        t.note(`authorization_code ${s.code}`);
      },
    },
    {
      name: "query before the user authorizes: UNBINDUSER",
      async run(t, s) {
        const data = await queryState(t, s.code);
        ensure(data?.authorization_state === "UNBINDUSER", `authorization_state is UNBINDUSER (got ${data?.authorization_state})`);
      },
    },
    {
      name: "the user authorizes → PAYSCORE.USER_OPEN_SERVICE",
      async run(t, s) {
        await t.user.authorize(s.code);
        const n = await t.notification("PAYSCORE.USER_OPEN_SERVICE", s.code);
        ensure(n.plaintext?.["user_service_status"] === "USER_OPEN_SERVICE", "user_service_status is USER_OPEN_SERVICE");
      },
    },
    {
      name: "query: AVAILABLE",
      async run(t, s) {
        const data = await queryState(t, s.code);
        ensure(data?.authorization_state === "AVAILABLE", `authorization_state is AVAILABLE (got ${data?.authorization_state})`);
        ensure(data?.openid ?? data?.sub_openid, "the authorization names the user (openid or sub_openid)");
      },
    },
    {
      name: "terminate (institution) → 204",
      async run(t, s) {
        const { response } = await t.client.POST(PATHS.terminate, {
          params: { path: { authorization_code: s.code } },
          body: terminateBody(t.ids),
        });
        ensure(response.status === 204, `terminate answers 204 (got ${response.status})`);
      },
    },
    {
      name: "PAYSCORE.USER_CLOSE_SERVICE",
      async run(t, s) {
        const n = await t.notification("PAYSCORE.USER_CLOSE_SERVICE", s.code);
        ensure(n.plaintext?.["user_service_status"] === "USER_CLOSE_SERVICE", "user_service_status is USER_CLOSE_SERVICE");
      },
    },
    {
      name: "query: UNAVAILABLE",
      async run(t, s) {
        const data = await queryState(t, s.code);
        ensure(data?.authorization_state === "UNAVAILABLE", `authorization_state is UNAVAILABLE (got ${data?.authorization_state})`);
      },
    },
  ],
});
