// Business flows against the started mock with a real signer: authorizations and orders through every
// documented state, the documented error codes, and the notifications each step sends — received by a
// loopback notify_url, verified and decrypted with node:crypto, and checked against the spec.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type MockPlatform } from "../../../conformance/mock/server.ts";
import {
  IDS,
  ORDER_PATH,
  PERMISSIONS_PATH,
  call,
  completeBody,
  createOrderBody,
  nodeDecrypt,
  nodeVerify,
  startNotifyServer,
  uniqueId,
  type NotifyServer,
  type ReceivedNotification,
  type SignedResponse,
} from "./support.ts";

let mock: MockPlatform;
let notify: NotifyServer;

beforeAll(async () => {
  notify = await startNotifyServer();
  mock = await startMock();
});
afterAll(async () => {
  await mock.close();
  await notify.close();
});

/** The answer is valid against the spec for its operation and status, and signed (node:crypto). */
function expectValid(operationId: string, response: SignedResponse, platform: MockPlatform = mock): SignedResponse {
  expect(platform.contract.checkResponse(operationId, { status: response.status, headers: response.headers, body: response.body })).toEqual([]);
  expect(nodeVerify(response.headers, response.text)).toBe(true);
  return response;
}

function expectError(operationId: string, response: SignedResponse, status: number, code: string) {
  expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
  expectValid(operationId, response);
}

/** How many deliveries the tests have taken so far (every delivery here is taken, in order). */
let taken = 0;

/**
 * Waits for the next delivery not yet taken, checks it like a merchant would (node:crypto) and against
 * the spec. Counting from what was taken, not from what has arrived when this is called: a
 * notification may arrive before the test gets here (e.g. while it still reads the HTTP answer).
 */
async function nextNotification(eventType: string): Promise<{ received: ReceivedNotification; plaintext: any }> {
  const received = (await notify.waitFor(taken + 1))[taken++];
  expect(nodeVerify(received!.headers, received!.text)).toBe(true);
  expect(received!.body.event_type).toBe(eventType);
  expect(mock.contract.checkNotification(eventType, { headers: received!.headers, body: received!.body })).toEqual([]);
  const plaintext = JSON.parse(nodeDecrypt(received!.body.resource));
  expect(mock.contract.checkNotificationPlaintext(eventType, plaintext)).toEqual([]);
  return { received: received!, plaintext };
}

const byCode = (code: string, ids = IDS) =>
  `${PERMISSIONS_PATH}/authorization-code/${code}?service_id=${ids.service_id}&channel_id=${ids.channel_id}&sub_mchid=${ids.sub_mchid}`;

describe("authorization flow", () => {
  it("pre-authorize → user authorizes → USER_OPEN_SERVICE → query → terminate → USER_CLOSE_SERVICE", async () => {
    const code = uniqueId("AC");
    const apply = expectValid("applyPermissions", await call(mock.url, "POST", PERMISSIONS_PATH, { ...IDS, authorization_code: code, notify_url: notify.url }));
    expect(apply.status).toBe(200);
    // The same body again is a safe retry with the same token.
    const again = await call(mock.url, "POST", PERMISSIONS_PATH, { ...IDS, authorization_code: code, notify_url: notify.url });
    expect(again.body).toEqual(apply.body);

    const pending = expectValid("getPermissionsByAuthorizationCode", await call(mock.url, "GET", byCode(code)));
    expect(pending.body).toMatchObject({ authorization_state: "UNBINDUSER", authorization_code: code, mchid: "1900000109" });

    await mock.control.authorize(code, { openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", user_label: "A" });
    const open = await nextNotification("PAYSCORE.USER_OPEN_SERVICE");
    expect(open.received.body.summary).toBe("授权成功");
    expect(open.plaintext).toMatchObject({ user_service_status: "USER_OPEN_SERVICE", authorization_code: code, openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" });

    const available = expectValid("getPermissionsByAuthorizationCode", await call(mock.url, "GET", byCode(code)));
    expect(available.body).toMatchObject({ authorization_state: "AVAILABLE", user_label: "A", openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" });
    expect(available.body.authorization_success_time).toMatch(/\+08:00$/);

    // A used code cannot be pre-authorized again.
    expectError("applyPermissions", await call(mock.url, "POST", PERMISSIONS_PATH, { ...IDS, authorization_code: code, notify_url: notify.url }), 400, "INVALID_REQUEST");

    const terminateBody = { service_id: IDS.service_id, channel_id: IDS.channel_id, sub_mchid: IDS.sub_mchid, reason: "用户要求" };
    const terminated = expectValid("terminatePermissionsByAuthorizationCode", await call(mock.url, "POST", `${PERMISSIONS_PATH}/authorization-code/${code}/terminate`, terminateBody));
    expect(terminated.status).toBe(204);
    expect(terminated.text).toBe("");
    const close = await nextNotification("PAYSCORE.USER_CLOSE_SERVICE");
    expect(close.plaintext.user_service_status).toBe("USER_CLOSE_SERVICE");
    expect((await call(mock.url, "GET", byCode(code))).body.authorization_state).toBe("UNAVAILABLE");
  });

  it("the user can revoke; unknown codes and mismatched identifiers are 404 ORDER_NOT_EXIST", async () => {
    const code = uniqueId("AC");
    await call(mock.url, "POST", PERMISSIONS_PATH, { ...IDS, sub_appid: "wxd678efh567hg6999", authorization_code: code, notify_url: notify.url });
    await mock.control.authorize(code);
    const open = await nextNotification("PAYSCORE.USER_OPEN_SERVICE");
    expect(open.plaintext.sub_openid).toMatch(/^o/); // sub_appid given → the user is known by sub_openid
    expect(open.plaintext.openid).toBeUndefined();
    await mock.control.revoke(code);
    await nextNotification("PAYSCORE.USER_CLOSE_SERVICE");
    expectError("getPermissionsByAuthorizationCode", await call(mock.url, "GET", byCode("NOSUCHCODE")), 404, "ORDER_NOT_EXIST");
    expectError("getPermissionsByAuthorizationCode", await call(mock.url, "GET", byCode(code, { ...IDS, sub_mchid: "999" })), 404, "ORDER_NOT_EXIST");
  });

  it("terminating an authorization nobody has taken is INVALID_ORDER_STATE", async () => {
    const code = uniqueId("AC");
    await call(mock.url, "POST", PERMISSIONS_PATH, { ...IDS, authorization_code: code });
    const response = await call(mock.url, "POST", `${PERMISSIONS_PATH}/authorization-code/${code}/terminate`, {
      service_id: IDS.service_id, channel_id: IDS.channel_id, sub_mchid: IDS.sub_mchid, reason: "r",
    });
    expectError("terminatePermissionsByAuthorizationCode", response, 400, "INVALID_ORDER_STATE");
  });
});

const orderQuery = (no: string) => `${ORDER_PATH}?sub_mchid=${IDS.sub_mchid}&channel_id=${IDS.channel_id}&out_order_no=${no}`;
const deductionQuery = (no: string) =>
  `${ORDER_PATH}/deduction?service_id=${IDS.service_id}&appid=${IDS.appid}&sub_mchid=${IDS.sub_mchid}&channel_id=${IDS.channel_id}&out_order_no=${no}`;
const ids3 = { service_id: IDS.service_id, sub_mchid: IDS.sub_mchid, channel_id: IDS.channel_id };

async function createdAndConfirmed(no: string) {
  expectValid("createServiceOrder", await call(mock.url, "POST", ORDER_PATH, createOrderBody(no, notify.url)));
  const confirmed = await mock.control.confirm(no);
  await nextNotification("PAYSCORE.USER_CONFIRM");
  return confirmed;
}

describe("order flow", () => {
  it("create → confirm → complete → modify → register deduction → debit → DONE", async () => {
    const no = uniqueId("ORD");
    const body = createOrderBody(no, notify.url);
    const created = expectValid("createServiceOrder", await call(mock.url, "POST", ORDER_PATH, body));
    expect(created.body).toMatchObject({ state: "CREATED", out_order_no: no, mchid: "1900000109" });
    expect(created.body.package).toBeTruthy();
    // Idempotent: the same parameters give the same order; different ones are INVALID_REQUEST.
    expect((await call(mock.url, "POST", ORDER_PATH, body)).body).toEqual(created.body);
    expectError("createServiceOrder", await call(mock.url, "POST", ORDER_PATH, { ...body, service_introduction: "别的" }), 400, "INVALID_REQUEST");

    // Completing before the user confirms is refused.
    expectError("completeServiceOrder", await call(mock.url, "POST", `${ORDER_PATH}/${no}/complete`, completeBody()), 400, "INVALID_ORDER_STATE");

    const { query_id } = await mock.control.confirm(no, { openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" });
    const confirm = await nextNotification("PAYSCORE.USER_CONFIRM");
    expect(confirm.received.body.summary).toBe("用户确认订单");
    expect(confirm.received.body.resource).toMatchObject({ original_type: "payscore", associated_data: "payscore" });
    expect(confirm.plaintext).toMatchObject({ out_order_no: no, state: "DOING", state_description: "USER_CONFIRM", openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" });

    const byQueryId = expectValid("getServiceOrder", await call(mock.url, "GET", `${ORDER_PATH}?sub_mchid=${IDS.sub_mchid}&channel_id=${IDS.channel_id}&query_id=${query_id}`));
    expect(byQueryId.body).toMatchObject({ state: "DOING", state_description: "USER_CONFIRM" });

    // total_amount must be Σ payments − Σ discounts (the risk fund cap has its own test below).
    const wrongTotal = await call(mock.url, "POST", `${ORDER_PATH}/${no}/complete`, { ...completeBody(3900), total_amount: 3800 });
    expectError("completeServiceOrder", wrongTotal, 400, "PARAM_ERROR");
    expect(wrongTotal.body.detail).toMatchObject({ field: "/total_amount", value: 3800 });

    const complete = await call(mock.url, "POST", `${ORDER_PATH}/${no}/complete`, completeBody(3900));
    expectValid("completeServiceOrder", complete);
    expect(complete.status).toBe(204);
    // A retry of the same completion is safe.
    expect((await call(mock.url, "POST", `${ORDER_PATH}/${no}/complete`, completeBody(3900))).status).toBe(204);
    const completed = expectValid("getServiceOrder", await call(mock.url, "GET", orderQuery(no)));
    expect(completed.body).toMatchObject({
      state: "DOING", state_description: "MCH_COMPLETE", total_amount: 3900,
      collection: { state: "USER_PAYING", total_amount: 3900, paying_amount: 3900, paid_amount: 0 },
    });

    // Modify only downwards.
    const up = await call(mock.url, "POST", `${ORDER_PATH}/${no}/modify`, { ...completeBody(4000), reason: "加价", time_range: undefined });
    expectError("modifyServiceOrder", up, 400, "INVALID_REQUEST");
    const { time_range: _t, ...modifyBase } = completeBody(3500);
    expectValid("modifyServiceOrder", await call(mock.url, "POST", `${ORDER_PATH}/${no}/modify`, { ...modifyBase, reason: "用户投诉" }));
    expect((await call(mock.url, "GET", orderQuery(no))).body.collection.paying_amount).toBe(3500);

    // No deduction yet → 404; register → description; a live registration blocks cancel/modify/sync.
    expectError("getDeductInfo", await call(mock.url, "GET", deductionQuery(no)), 404, "ORDER_NOT_EXIST");
    const registerBody = { service_id: IDS.service_id, appid: IDS.appid, sub_mchid: IDS.sub_mchid, channel_id: IDS.channel_id, out_trade_no: `T${no}`.slice(0, 32) };
    const registered = expectValid("registerDeductInfo", await call(mock.url, "POST", `${ORDER_PATH}/${no}/registerdeductinfo`, registerBody));
    expect(registered.body).toEqual({ description: "某某酒店" });
    expect((await call(mock.url, "POST", `${ORDER_PATH}/${no}/registerdeductinfo`, registerBody)).body).toEqual(registered.body);
    expectError("registerDeductInfo", await call(mock.url, "POST", `${ORDER_PATH}/${no}/registerdeductinfo`, { ...registerBody, out_trade_no: "OTHER1" }), 400, "INVALID_REQUEST");
    expectError("cancelServiceOrder", await call(mock.url, "POST", `${ORDER_PATH}/${no}/cancel`, { ...ids3, reason: "r" }), 400, "INVALID_ORDER_STATE");
    const deduction = expectValid("getDeductInfo", await call(mock.url, "GET", deductionQuery(no)));
    expect(deduction.body).toEqual({ description: "某某酒店", out_trade_no: registerBody.out_trade_no });

    // A failed debit uses the number up; a new one is registered and succeeds.
    mock.control.deduct(no, { fail: true });
    expectError("registerDeductInfo", await call(mock.url, "POST", `${ORDER_PATH}/${no}/registerdeductinfo`, registerBody), 400, "INVALID_REQUEST");
    expectValid("registerDeductInfo", await call(mock.url, "POST", `${ORDER_PATH}/${no}/registerdeductinfo`, { ...registerBody, out_trade_no: `U${no}`.slice(0, 32) }));
    mock.control.deduct(no);
    const done = expectValid("getServiceOrder", await call(mock.url, "GET", orderQuery(no)));
    expect(done.body).toMatchObject({ state: "DONE", collection: { state: "USER_PAID", paying_amount: 0, paid_amount: 3500 } });
    expect(done.body.state_description).toBeUndefined();
    expectError("cancelServiceOrder", await call(mock.url, "POST", `${ORDER_PATH}/${no}/cancel`, { ...ids3, reason: "r" }), 400, "ORDER_DONE");
  });

  it("risk_fund.amount caps a 先免 completion only: 先享 (ESTIMATE_ORDER_COST) above it is accepted, DEPOSIT/ADVANCE/CASH_DEPOSIT refused", async () => {
    // RiskFund: "`amount` caps what completion may charge in 先免 mode"; RiskFundName: DEPOSIT, ADVANCE and
    // CASH_DEPOSIT are 先免, ESTIMATE_ORDER_COST is 先享 (capped by the service id, not by risk_fund.amount).
    const risk = 1000; // below the 3900 the completion charges
    const orderWith = async (name: string) => {
      const no = uniqueId("RSK");
      expectValid("createServiceOrder", await call(mock.url, "POST", ORDER_PATH, createOrderBody(no, notify.url, { risk_fund: { name, amount: risk } })));
      await mock.control.confirm(no);
      await nextNotification("PAYSCORE.USER_CONFIRM");
      return no;
    };

    const enjoyFirst = await orderWith("ESTIMATE_ORDER_COST");
    expectValid("completeServiceOrder", await call(mock.url, "POST", `${ORDER_PATH}/${enjoyFirst}/complete`, completeBody(3900)));
    expect((await call(mock.url, "GET", orderQuery(enjoyFirst))).body).toMatchObject({ state: "DOING", state_description: "MCH_COMPLETE", total_amount: 3900 });

    for (const name of ["DEPOSIT", "ADVANCE", "CASH_DEPOSIT"]) {
      const depositFree = await orderWith(name);
      const over = await call(mock.url, "POST", `${ORDER_PATH}/${depositFree}/complete`, completeBody(3900));
      expectError("completeServiceOrder", over, 400, "PARAM_ERROR");
      expect(over.body.detail).toMatchObject({ field: "/total_amount", value: 3900, location: "body" });
      // Within the cap the same order completes.
      expectValid("completeServiceOrder", await call(mock.url, "POST", `${ORDER_PATH}/${depositFree}/complete`, completeBody(risk)));
    }
  });

  it("a completion of 0 leaves the order DOING/MCH_COMPLETE with collection USER_PAYING, as completeServiceOrder says", async () => {
    const no = uniqueId("ZER");
    await createdAndConfirmed(no);
    expectValid("completeServiceOrder", await call(mock.url, "POST", `${ORDER_PATH}/${no}/complete`, completeBody(0)));
    const completed = expectValid("getServiceOrder", await call(mock.url, "GET", orderQuery(no)));
    expect(completed.body).toMatchObject({
      state: "DOING", state_description: "MCH_COMPLETE", total_amount: 0,
      collection: { state: "USER_PAYING", total_amount: 0, paying_amount: 0, paid_amount: 0 },
    });
  });

  it("cancel from CREATED, idempotent retry, then ORDER_CANCELED", async () => {
    const no = uniqueId("CAN");
    await call(mock.url, "POST", ORDER_PATH, createOrderBody(no, notify.url));
    const cancelBody = { ...ids3, reason: "用户投诉" };
    expectValid("cancelServiceOrder", await call(mock.url, "POST", `${ORDER_PATH}/${no}/cancel`, cancelBody));
    expect((await call(mock.url, "POST", `${ORDER_PATH}/${no}/cancel`, cancelBody)).status).toBe(204);
    expectError("cancelServiceOrder", await call(mock.url, "POST", `${ORDER_PATH}/${no}/cancel`, { ...cancelBody, reason: "别的" }), 400, "ORDER_CANCELED");
    expectError("completeServiceOrder", await call(mock.url, "POST", `${ORDER_PATH}/${no}/complete`, completeBody()), 400, "ORDER_CANCELED");
    expect((await call(mock.url, "GET", orderQuery(no))).body.state).toBe("REVOKED");
  });

  it("cancel after completion while USER_PAYING; sync moves a completed order to DONE", async () => {
    const cancelled = uniqueId("CAN");
    await createdAndConfirmed(cancelled);
    await call(mock.url, "POST", `${ORDER_PATH}/${cancelled}/complete`, completeBody());
    expectValid("cancelServiceOrder", await call(mock.url, "POST", `${ORDER_PATH}/${cancelled}/cancel`, { ...ids3, reason: "r" }));

    const synced = uniqueId("SYN");
    await createdAndConfirmed(synced);
    await call(mock.url, "POST", `${ORDER_PATH}/${synced}/complete`, completeBody());
    const sync = await call(mock.url, "POST", `${ORDER_PATH}/${synced}/sync`, { ...ids3, type: "Order_Paid", detail: { paid_time: "20991231120000" } });
    expectValid("syncServiceOrder", sync);
    const done = expectValid("getServiceOrder", await call(mock.url, "GET", orderQuery(synced)));
    expect(done.body.collection).toMatchObject({ state: "USER_PAID", details: [{ seq: 1, amount: 3900, paid_type: "MCH", paid_time: "20991231120000" }] });
  });

  it("the user pays through the cashier: MCH_PREPAY then USER_PAID", async () => {
    const no = uniqueId("PAY");
    await createdAndConfirmed(no);
    await call(mock.url, "POST", `${ORDER_PATH}/${no}/complete`, completeBody());
    await mock.control.pay(no);
    const prepay = await nextNotification("PAYSCORE.MCH_PREPAY");
    expect(prepay.plaintext).toMatchObject({ out_order_no: no, total_amount: 3900, prepay_req_body: { fee_type: "CNY" } });
    const paid = await nextNotification("PAYSCORE.USER_PAID");
    expect(paid.received.body.summary).toBe("支付成功");
    expect(paid.plaintext).toMatchObject({ state: "DONE", collection: { state: "USER_PAID", paid_amount: 3900 } });
    expect(paid.plaintext.collection.details[0].paid_type).toBe("NEWTON");
  });

  it("pay-on-delivery orders without confirmation start DOING/USER_CONFIRM", async () => {
    const no = uniqueId("POD");
    const body = {
      ...createOrderBody(no, notify.url, { need_user_confirm: false, openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" }),
      shopping_info: { goods: [{ name: "商品A", picture: "https://example.com/a.png", amount: 100, count: 1 }] },
    };
    const created = expectValid("createPayOnDeliveryServiceOrder", await call(mock.url, "POST", "/v3/payscore/acquiringbank/servicepayondeliveryorder", body));
    expect(created.body).toMatchObject({ state: "DOING", state_description: "USER_CONFIRM", shopping_info: body.shopping_info });
    expectValid("completeServiceOrder", await call(mock.url, "POST", `${ORDER_PATH}/${no}/complete`, completeBody()));
  });

  it("unknown orders are 404; expired orders refuse everything; bad service times are PARAM_ERROR", async () => {
    expectError("getServiceOrder", await call(mock.url, "GET", orderQuery("NOSUCHORDER")), 404, "ORDER_NOT_EXIST");
    expectError("cancelServiceOrder", await call(mock.url, "POST", `${ORDER_PATH}/NOSUCHORDER/cancel`, { ...ids3, reason: "r" }), 404, "ORDER_NOT_EXIST");

    const no = uniqueId("EXP");
    await call(mock.url, "POST", ORDER_PATH, createOrderBody(no, notify.url));
    mock.control.expire(no);
    expect((await call(mock.url, "GET", orderQuery(no))).body.state).toBe("EXPIRED");
    expectError("cancelServiceOrder", await call(mock.url, "POST", `${ORDER_PATH}/${no}/cancel`, { ...ids3, reason: "r" }), 400, "INVALID_ORDER_STATE");

    const past = await call(mock.url, "POST", ORDER_PATH, createOrderBody(uniqueId("TIM"), notify.url, { time_range: { start_time: "20091225091010" } }));
    expectError("createServiceOrder", past, 400, "PARAM_ERROR");
    expect(past.body.detail.field).toBe("/time_range/start_time");
    const backwards = await call(mock.url, "POST", ORDER_PATH, createOrderBody(uniqueId("TIM"), notify.url, {
      time_range: { start_time: "20991225091010", end_time: "20991225081010" },
    }));
    expect(backwards.body.detail.field).toBe("/time_range/end_time");
  });
});

describe("initialOrderState DOING: a new order answered as the newer official page does", () => {
  let doing: MockPlatform;
  beforeAll(async () => {
    doing = await startMock({ initialOrderState: "DOING" });
  });
  afterAll(() => doing.close());

  it("create → DOING without state_description; complete before confirmation refused; confirm → USER_CONFIRM; complete", async () => {
    const no = uniqueId("DNG");
    const body = createOrderBody(no, notify.url);
    const created = expectValid("createServiceOrder", await call(doing.url, "POST", ORDER_PATH, body), doing);
    expect(created.body).toMatchObject({ state: "DOING", out_order_no: no });
    expect(created.body).not.toHaveProperty("state_description");
    expect(created.body.package).toBeTruthy();
    expect((await call(doing.url, "POST", ORDER_PATH, body)).body).toEqual(created.body);

    // completeServiceOrder is allowed in DOING/USER_CONFIRM only: not yet.
    const early = await call(doing.url, "POST", `${ORDER_PATH}/${no}/complete`, completeBody());
    expect({ status: early.status, code: early.body?.code }).toEqual({ status: 400, code: "INVALID_ORDER_STATE" });

    // The user confirms all the same, and the confirmation notification follows.
    await doing.control.confirm(no, { openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" });
    const confirm = await nextNotification("PAYSCORE.USER_CONFIRM");
    expect(confirm.plaintext).toMatchObject({ out_order_no: no, state: "DOING", state_description: "USER_CONFIRM" });
    await expect(doing.control.confirm(no)).rejects.toThrow("not waiting for confirmation");
    expect((await call(doing.url, "GET", orderQuery(no))).body).toMatchObject({ state: "DOING", state_description: "USER_CONFIRM" });
    expectValid("completeServiceOrder", await call(doing.url, "POST", `${ORDER_PATH}/${no}/complete`, completeBody()), doing);
  });

  it("an unconfirmed DOING order can be cancelled (seed 003: DOING(进行中) is cancellable); orders without confirmation still start DOING/USER_CONFIRM", async () => {
    const no = uniqueId("DNC");
    expect((await call(doing.url, "POST", ORDER_PATH, createOrderBody(no, notify.url))).body.state).toBe("DOING");
    expectValid("cancelServiceOrder", await call(doing.url, "POST", `${ORDER_PATH}/${no}/cancel`, { ...ids3, reason: "用户投诉" }), doing);
    expect((await call(doing.url, "GET", orderQuery(no))).body.state).toBe("REVOKED");

    const pod = uniqueId("DNP");
    const created = await call(doing.url, "POST", "/v3/payscore/acquiringbank/servicepayondeliveryorder", {
      ...createOrderBody(pod, notify.url, { need_user_confirm: false, openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" }),
      shopping_info: { goods: [{ name: "商品A", picture: "https://example.com/a.png", amount: 100, count: 1 }] },
    });
    expect(created.body).toMatchObject({ state: "DOING", state_description: "USER_CONFIRM" });
  });

  it("refuses an initial state the spec does not allow for a new order", async () => {
    await expect(startMock({ initialOrderState: "DONE" as "DOING" })).rejects.toThrow("initialOrderState must be CREATED or DOING");
  });
});
