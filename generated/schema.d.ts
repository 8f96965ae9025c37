// Generated from spec/ by `npm run generate` (scripts/generate.ts). Do not edit.

export interface paths {
    "/v3/payscore/acquiringbank/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 从业机构预授权 — pre-authorize a user
         * @description Registers an authorization code for a user-to-be and returns `apply_permissions_token` (valid 1 h),
         *     which the institution passes to the `wxpayScoreEnable` jump. The authorization starts in
         *     `UNBINDUSER`; when the user authorizes in the Pay Score mini-program it becomes `AVAILABLE` and
         *     `PAYSCORE.USER_OPEN_SERVICE` is sent to `notify_url`. An authorization code is never reused for
         *     another user. Since the 预授权 page (2022.06.09).
         */
        post: operations["applyPermissions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询与用户授权记录(授权协议号) — query an authorization
         * @description Returns the authorization registered under `authorization_code`: its `authorization_state`
         *     (`UNBINDUSER` until a user authorizes, then `AVAILABLE`, `UNAVAILABLE` after termination), the
         *     user's `openid`/`sub_openid`, the last authorization and termination times and, after a successful
         *     authorization, possibly a `user_label`. Use it when a notification is late.
         */
        get: operations["getPermissionsByAuthorizationCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 解除用户授权关系(授权协议号) — terminate an authorization
         * @description Ends the user's authorization: `authorization_state` becomes `UNAVAILABLE` and
         *     `PAYSCORE.USER_CLOSE_SERVICE` is sent to the pre-authorization `notify_url`. Answers 204.
         */
        post: operations["terminatePermissionsByAuthorizationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/payscore/acquiringbank/serviceorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询支付分订单 — query a service order
         * @description Returns the order by `out_order_no` or by `query_id` (from the `wxpayScoreUse` return) —
         *     exactly one of the two (`x-exactly-one-of`); both or neither is 400 `PARAM_ERROR`. Poll it after
         *     registering a deduction: `state=DONE` + `collection.state=USER_PAID` means collected;
         *     `state=DOING` + `state_description=MCH_COMPLETE` + `collection.state=USER_PAYING` means the
         *     deduction is in progress.
         */
        get: operations["getServiceOrder"];
        put?: never;
        /**
         * 创建支付分订单 — create a service order
         * @description Creates a service order for an authorized user, with `need_user_confirm=true` and a
         *     `risk_fund.name` of the service's mode (the 开发指引 development guide). Returns the order with `package`, which the
         *     front end passes to the `wxpayScoreUse` jump so the user confirms; confirmation moves the order to
         *     `DOING`/`USER_CONFIRM` and sends `PAYSCORE.USER_CONFIRM` to `notify_url`. Same parameters again:
         *     the same success (idempotent). Same `out_order_no` with different parameters: 400 `INVALID_REQUEST`.
         */
        post: operations["createServiceOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 取消支付分订单 — cancel a service order
         * @description Cancels the order; it becomes `REVOKED`. Allowed in `CREATED` and `DOING` (the 开发指引 development guide: a new `DOING`
         *     order, `DOING`/`USER_CONFIRM`, and `DOING`/`MCH_COMPLETE` while collection is `USER_PAYING`); not while a registered
         *     deduction is live (up to 24 h) unless the clearing-house order was closed. `DONE` gives
         *     `ORDER_DONE`, `REVOKED` gives `ORDER_CANCELED`, `EXPIRED` `INVALID_ORDER_STATE`. Retrying with
         *     identical parameters is safe. Answers 204.
         */
        post: operations["cancelServiceOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 完结支付分订单 — complete a service order
         * @description Ends the service and fixes the amount: allowed in `DOING`/`USER_CONFIRM`; the order becomes
         *     `DOING`/`MCH_COMPLETE` with collection `USER_PAYING`. `total_amount` must equal
         *     Σ post_payments.amount − Σ post_discounts.amount (`PARAM_ERROR` otherwise) and stay within
         *     `risk_fund.amount` when `risk_fund.name` is a 先免 value, or within the service id's cap for 先享
         *     (`ESTIMATE_ORDER_COST`). In institution mode WeChat Pay does not debit the user: register the
         *     deduction next (`registerDeductInfo`). Answers 204.
         */
        post: operations["completeServiceOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/modify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 修改订单金额 — lower a completed order's amount
         * @description Changes the amount of a completed order (`DOING`/`MCH_COMPLETE`, collection `USER_PAYING`),
         *     downwards only: the new `total_amount` = Σ payments − Σ discounts and not above the previous
         *     total. Not while a registered deduction is live. Answers 204.
         */
        post: operations["modifyServiceOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 同步订单信息 — report a payment made elsewhere
         * @description For a completed order (`DOING`/`MCH_COMPLETE`) that the user paid through another channel:
         *     `type=Order_Paid` with the payment time moves it to `DONE`. Not while a registered deduction is
         *     live. Answers 204.
         */
        post: operations["syncServiceOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/registerdeductinfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记扣款信息 — register a deduction
         * @description After completion (`DOING`/`MCH_COMPLETE`), registers the withholding order number
         *     `out_trade_no` that the institution will send to its clearing house (银联/网联). The registration
         *     is valid 24 h and allows one withholding attempt; to retry, register a new number. While it is live
         *     the order cannot be cancelled, modified or synced. Returns the description to pass on.
         */
        post: operations["registerDeductInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/payscore/acquiringbank/serviceorder/deduction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询扣款信息 — query the registered deduction
         * @description Returns the deduction registered for the order (`DOING`/`MCH_COMPLETE` or `DONE`, after
         *     `registerDeductInfo`): its description and `out_trade_no`. Without a registration: 404.
         */
        get: operations["getDeductInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/payscore/acquiringbank/servicepayondeliveryorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建先用后付订单 — create a pay-on-delivery order
         * @description Creates a pay-on-delivery (先用后付) service order with goods information; the user pays after
         *     receiving the goods. Otherwise it follows `createServiceOrder`: idempotent for identical
         *     parameters, `INVALID_REQUEST` for the same `out_order_no` with different ones. Without user
         *     confirmation, exactly one of `openid` / `sub_openid` is required.
         */
        post: operations["createPayOnDeliveryServiceOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载平台证书 — download the platform certificates
         * @description Lists the platform certificates, each encrypted with AEAD_AES_256_GCM and the APIv3 key
         *     (`associated_data` `certificate`). Verify the response with a certificate already trusted (or,
         *     on first download, with the certificate in the response itself after decryption), refresh at least
         *     every 12 h and before `expire_time`; a new certificate is listed 24 h before use. Merchants on the
         *     WeChat Pay public key may get 404 `RESOURCE_NOT_EXISTS`, which is not an error for them.
         */
        get: operations["listCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "PAYSCORE.USER_OPEN_SERVICE": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 授权成功通知 — PAYSCORE.USER_OPEN_SERVICE
         * @description The user authorized the service in the Pay Score mini-program; the authorization is now
         *     `AVAILABLE`. Sent to the pre-authorization `notify_url` (https, no query string). The decrypted
         *     resource is `PermissionsNotificationResource` with `user_service_status=USER_OPEN_SERVICE`; check
         *     that it matches the institution's own records before acting (the 预授权 page: guard against forged
         *     notifications). Retry schedule from the 预授权 page.
         */
        post: operations["onUserOpenService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "PAYSCORE.USER_CLOSE_SERVICE": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 解除授权成功通知 — PAYSCORE.USER_CLOSE_SERVICE
         * @description The authorization was terminated (by the user or by `terminatePermissionsByAuthorizationCode`);
         *     it is now `UNAVAILABLE`. Sent to the pre-authorization `notify_url`. The decrypted resource is
         *     `PermissionsNotificationResource` with `user_service_status=USER_CLOSE_SERVICE`.
         */
        post: operations["onUserCloseService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "PAYSCORE.USER_CONFIRM": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 用户确认订单通知 — PAYSCORE.USER_CONFIRM
         * @description The user confirmed the order in the Pay Score mini-program; it is now `DOING`/`USER_CONFIRM` and
         *     the service may start. Sent to the order's `notify_url`. If it does not arrive, query the order.
         */
        post: operations["onUserConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "PAYSCORE.USER_PAID": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 支付成功通知 — PAYSCORE.USER_PAID
         * @description The user paid the completed order through the cashier (after `PAYSCORE.MCH_PREPAY`); the order is
         *     `DONE` with collection `USER_PAID`. In institution mode debits through the clearing house are not
         *     announced: poll `getServiceOrder`. It may arrive several times as successive debits land.
         */
        post: operations["onUserPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "PAYSCORE.MCH_PREPAY": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 商户预下单通知 — PAYSCORE.MCH_PREPAY
         * @description Institution mode only: WeChat Pay asks the institution to create a cashier (收银台) order for a
         *     completed, unpaid service order, with the fields in `prepay_req_body`, so the user can pay it
         *     actively; the payment then leads to `PAYSCORE.USER_PAID`.
         */
        post: operations["onMchPrepay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description 服务ID. Issued by WeChat Pay operations; the service id must have the rights for this product (the 预授权 page).
         * @example 500001
         */
        ServiceId: string;
        /**
         * @description 从业机构的公众号ID. AppID bound to the institution's merchant id (configured in this system first).
         * @example wxd678efh567hg6787
         */
        AppId: string;
        /**
         * @description 子商户的公众号ID. AppID bound to the sub-merchant (configured in this system first).
         * @example wxd678efh567hg6787
         */
        SubAppId: string;
        /**
         * @description 商户号. The institution's merchant id, the one that signs the request (`mchid` of the Authorization header).
         * @example 1230000109
         */
        Mchid: string;
        /**
         * @description 子商户商户号. The institution's sub-merchant.
         * @example 1230000109
         */
        SubMchid: string;
        /**
         * @description 渠道商商户号. The channel merchant under the institution.
         * @example 1230000109
         */
        ChannelId: string;
        /**
         * @description 授权协议号. Digits, letters and `_-|*` only; unique under the institution's merchant id and
         *     never reused for another user (the 预授权 page; same charset as 商户订单号).
         * @example 1234323JKHDFE1243252
         */
        AuthorizationCode: string;
        /**
         * @description 商户服务订单号. Digits, letters and `_-|*`; unique under the institution's merchant id (OFF-4012691326).
         * @example 1234323JKHDFE1243252
         */
        OutOrderNo: string;
        /**
         * @description 扣款单号. Must equal the order number later sent to the clearing house (银联/网联) for withholding; one withholding attempt per number (OFF-old register-deduct-info).
         * @example 1234323JKHDFE1243252
         */
        OutTradeNo: string;
        /**
         * @description 微信支付服务订单号. WeChat Pay's own id for the service order.
         * @example 15646546545165651651
         */
        OrderId: string;
        /**
         * @description 单据查询ID. Returned to the front end by the `wxpayScoreUse` jump; an alternative key for `getServiceOrder`.
         * @example 15646546545165651651
         */
        QueryId: string;
        /**
         * @description 用户标识. The user's id under `appid`.
         * @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o
         */
        OpenId: string;
        /**
         * @description 子商户的用户标识. The user's id under `sub_appid`.
         * @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o
         */
        SubOpenId: string;
        /**
         * @description 通知地址. Must be directly reachable, `https` in production, and carry no query string (the 预授权 page).
         * @example https://api.test.com
         */
        NotifyUrl: string;
        /**
         * @description 原因. Shown to the user (cancel) or recorded (terminate, modify).
         * @example 用户投诉
         */
        Reason: string;
        /**
         * @description 商户数据包. Echoed back in the query and in notifications; URL-encode special characters.
         * @example Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald
         */
        Attach: string;
        /**
         * @description 服务信息. Shown to the user; at most 20 characters (a CJK character counts as one).
         * @example 某某酒店
         */
        ServiceIntroduction: string;
        /**
         * @description Amount in fen (分), an integer.
         * @example 4000
         */
        Amount: number;
        /**
         * @description Amount in fen (分), greater than zero.
         * @example 10000
         */
        PositiveAmount: number;
        /**
         * @description 数量. 1–100, default 1.
         * @default 1
         * @example 1
         */
        ItemCount: number;
        /**
         * @description 名称. Unique within the order (payments may repeat only the literal `商品信息`).
         * @example 就餐费用服务费
         */
        ItemName: string;
        /**
         * @description 说明.
         * @example 就餐人均100元服务费:100/小时
         */
        ItemDescription: string;
        /**
         * @description RFC 3339 time, for example `2015-05-20T13:29:35+08:00` (Beijing time) — milliseconds allowed.
         * @example 2015-05-20T13:29:35+08:00
         */
        Rfc3339Time: string;
        /**
         * @description Time as `yyyyMMddHHmmss` (Beijing time).
         * @example 20180225112233
         */
        CompactTime: string;
        /**
         * @description Service time as `yyyyMMddHHmmss` (second precision) or `yyyyMMdd` (day precision).
         * @example 20091225121010
         */
        ServiceTime: string;
        /**
         * @description 服务开始时间: `yyyyMMddHHmmss`, `yyyyMMdd`, or the literal `OnAccept` (the time the user confirms).
         *     With second precision it must be later than the create call; with day precision not earlier than today.
         * @example 20091225091010
         */
        ServiceStartTime: string;
        /**
         * @description 时间备注, shown to the user.
         * @example 备注1
         */
        TimeRemark: string;
        /**
         * @description 服务地点, shown to the user.
         * @example 嗨客时尚主题展餐厅
         */
        LocationName: string;
        /**
         * @description 是否需要用户确认. Institution mode requires `true` (the 开发指引 development guide step 1); `false` is only for services with the confirmation-free (免确认) permission, and then exactly one of `openid` / `sub_openid` is required.
         * @example true
         */
        NeedUserConfirm: boolean;
        /**
         * @description 跳转微信侧小程序订单数据. Pass it to the `wxpayScoreUse` jump; valid for 1 hour.
         * @example AAQTnZoAAAABAAAAAAD8m2b8VRdZ2kVdKmHNZiAAAABcwQVtru-5k9MmEOZJ_Pv_Nq7Cw56dNKKN5Ej3Knt5jTHF-NdsP_McFW-iaU3iuJ0gWlNQeG9UihoKi0k2pv1t71M6mpk15X6L1545yNpmPD5uhi3poFV8e_5EdYwi_cbc6tXYVfa0AJUO4OzHGPhMdT4ZMwmFFhD0HQi9mRHQhFRKPwFai4NkkW7vm9mv1test
         */
        PackageString: string;
        /**
         * @description 预授权token. Pass it to the `wxpayScoreEnable` jump; valid for 1 hour.
         * @example apply_permissions_token
         */
        ApplyPermissionsToken: string;
        /**
         * @description 商品/支付单简要描述.
         * @example 就餐费用
         */
        Description: string;
        /**
         * @description The platform's request id.
         * @example 08F78BB5AF0610D302A0A2AC8B08BD9D1E2D8C2F
         */
        RequestId: string;
        /**
         * @description Unix seconds, decimal.
         * @example 1554208460
         */
        WechatpayTimestamp: string;
        /**
         * @description Random string that is part of the signed message.
         * @example c5ac7061fccab6bf3e254dcf98995b8c
         */
        WechatpayNonce: string;
        /**
         * @description Base64 signature. A value starting with `WECHATPAY/SIGNTEST/` is a probe that must fail verification.
         * @example CtcbzwtQjN8rnOXItEBJ5aQFSnIXESeV28Pr2YEmf9wsDQ8Nx25ytW6FXBCAFdrr0mgqngX3AD9gNzjnNHzSGTPBSsaEkIfhPF4b8YRRTpny88tNLyprXA0GU5ID3DkZHpjFkX1hAp/D0fva2GKjGRLtvYbtUk/OLYqFuzbjt3yOBzJSKQqJsvbXILffgAmX4pKql+Ln+6UPvSCeKwznvtPaEx+9nMBmKu7Wpbqm/+2ksc0XwjD+xlvlECkCxfD/OJ4gN3IurE0fpjxIkvHDiinQmk51BI7zQD8k1znU7r/spPqB+vZjc5ep6DC5wZUpFu5vJ8MoNKjCu8wnxyCFdA==
         */
        WechatpaySignature: string;
        /**
         * @description A platform-certificate serial (hex, usually 40 characters) or a WeChat Pay public-key id `PUB_KEY_ID_` + digits.
         * @example 5157F09EFDC096DE15EBE81A47057A7232F1B8E1
         * @example PUB_KEY_ID_0112860886012025062700111588000000
         */
        WechatpaySerial: string;
        /**
         * @description Signature algorithm of a notification.
         * @example WECHATPAY2-SHA256-RSA2048
         * @enum {string}
         */
        WechatpaySignatureType: "WECHATPAY2-SHA256-RSA2048";
        /**
         * @description 服务订单状态.
         * @example DOING
         * @enum {string}
         */
        OrderState: "CREATED" | "DOING" | "DONE" | "REVOKED" | "EXPIRED";
        /**
         * @description 订单状态说明. Present only while `state` is `DOING`.
         * @example USER_CONFIRM
         * @enum {string}
         */
        StateDescription: "USER_CONFIRM" | "MCH_COMPLETE";
        /**
         * @description 收款状态.
         * @example USER_PAYING
         * @enum {string}
         */
        CollectionState: "USER_PAYING" | "USER_PAID";
        /**
         * @description 授权状态 (string[1, 16]).
         * @example AVAILABLE
         * @enum {string}
         */
        AuthorizationState: "UNAVAILABLE" | "AVAILABLE" | "UNBINDUSER";
        /**
         * @description 用户标签 (string[1, 32]). Returned only after a successful authorization, and not always then (the 预授权 page).
         * @example A
         * @enum {string}
         */
        UserLabel: "A" | "B" | "C";
        /**
         * @description 风险金名称. The mode is fixed per `service_id`.
         * @example ESTIMATE_ORDER_COST
         * @enum {string}
         */
        RiskFundName: "DEPOSIT" | "ADVANCE" | "CASH_DEPOSIT" | "ESTIMATE_ORDER_COST";
        /**
         * @description 收款渠道.
         * @example NEWTON
         * @enum {string}
         */
        PaidType: "NEWTON" | "MCH";
        /**
         * @description 优惠范围.
         * @example GLOBAL
         * @enum {string}
         */
        PromotionScope: "GLOBAL" | "SINGLE";
        /**
         * @description 优惠类型.
         * @example CASH
         * @enum {string}
         */
        PromotionType: "CASH" | "NOCASH";
        /**
         * @description 币种.
         * @example CNY
         * @enum {string}
         */
        Currency: "CNY";
        /**
         * @description 场景类型.
         * @example Order_Paid
         * @enum {string}
         */
        SyncType: "Order_Paid";
        /**
         * @description 回调状态 (string[1, 32]).
         * @example USER_OPEN_SERVICE
         * @enum {string}
         */
        UserServiceStatus: "USER_OPEN_SERVICE" | "USER_CLOSE_SERVICE";
        /**
         * @description 跳转链接类型.
         * @example JUMP_LINK_MINI_PROGRAM
         * @enum {string}
         */
        JumpLinkType: "JUMP_LINK_MINI_PROGRAM";
        /**
         * @description 通知类型 (string[1, 32]).
         * @example PAYSCORE.USER_OPEN_SERVICE
         * @enum {string}
         */
        NotificationEventType: "PAYSCORE.USER_OPEN_SERVICE" | "PAYSCORE.USER_CLOSE_SERVICE" | "PAYSCORE.USER_CONFIRM" | "PAYSCORE.USER_PAID" | "PAYSCORE.MCH_PREPAY";
        /**
         * @description 交易类型 of the cashier order to create (`PAYSCORE.MCH_PREPAY`).
         * @example JSAPI
         * @enum {string}
         */
        TradeType: "JSAPI" | "NATIVE" | "App";
        /**
         * @description 指定支付方式.
         * @example no_credit
         * @enum {string}
         */
        LimitPay: "no_credit";
        /**
         * @description 错误码. Which codes each HTTP status may carry is fixed by that status's response schema.
         * @example PARAM_ERROR
         * @enum {string}
         */
        ErrorCode: "PARAM_ERROR" | "INVALID_REQUEST" | "INVALID_ORDER_STATE" | "ORDER_CANCELED" | "ORDER_DONE" | "SIGN_ERROR" | "NO_AUTH" | "NOT_ENOUGH" | "ORDER_NOT_EXIST" | "RESOURCE_NOT_EXISTS" | "FREQUENCY_LIMITED" | "SYSTEM_ERROR" | "SERVICE_UNAVAILABLE";
        /**
         * @description The APIv3 error body. `code` is machine-readable; `message` is for people; `detail` is optional
         *     and shaped differently per code (real `SIGN_ERROR` bodies carry `sign_information`, nested
         *     `detail`, `field`, `location`), so it stays open.
         * @example {
         *       "code": "PARAM_ERROR",
         *       "message": "参数错误",
         *       "detail": {
         *         "field": "/service_id",
         *         "value": "",
         *         "issue": "length less than 1",
         *         "location": "body"
         *       }
         *     }
         */
        ErrorBody: {
            code: components["schemas"]["ErrorCode"];
            /** @description Human-readable reason. */
            message: string;
            detail?: components["schemas"]["ErrorDetail"];
        };
        /**
         * @description Where the error is. The classic shape is `{field, value, issue, location}` (`field` is a JSON
         *     pointer for body parameters, the name for path/query ones); other keys appear on some codes, so
         *     unknown keys are allowed here.
         * @example {
         *       "field": "/out_order_no",
         *       "value": "abc#",
         *       "issue": "does not match pattern",
         *       "location": "body"
         *     }
         */
        ErrorDetail: {
            /** @description The failing parameter. */
            field?: string;
            /** @description The failing value, of any JSON type. */
            value?: unknown;
            /** @description What is wrong with it. */
            issue?: string;
            /** @description Where the parameter is (`body`, `query`, `path`, `header`, `authorization`). */
            location?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description 400 error body.
         * @example {
         *       "code": "INVALID_ORDER_STATE",
         *       "message": "单据状态错误"
         *     }
         */
        BadRequestError: components["schemas"]["ErrorBody"] & {
            /** @enum {string} */
            code?: "PARAM_ERROR" | "INVALID_REQUEST" | "INVALID_ORDER_STATE" | "ORDER_CANCELED" | "ORDER_DONE";
        };
        /**
         * @description 401 error body.
         * @example {
         *       "code": "SIGN_ERROR",
         *       "message": "签名错误"
         *     }
         */
        UnauthorizedError: components["schemas"]["ErrorBody"] & {
            /** @enum {string} */
            code?: "SIGN_ERROR";
        };
        /**
         * @description 403 error body.
         * @example {
         *       "code": "NO_AUTH",
         *       "message": "商户信息不合法"
         *     }
         */
        ForbiddenError: components["schemas"]["ErrorBody"] & {
            /** @enum {string} */
            code?: "NO_AUTH";
        };
        /**
         * @description 404 error body.
         * @example {
         *       "code": "ORDER_NOT_EXIST",
         *       "message": "订单不存在"
         *     }
         */
        NotFoundError: components["schemas"]["ErrorBody"] & {
            /** @enum {string} */
            code?: "ORDER_NOT_EXIST";
        };
        /**
         * @description 429 error body.
         * @example {
         *       "code": "FREQUENCY_LIMITED",
         *       "message": "频率超限"
         *     }
         */
        TooManyRequestsError: components["schemas"]["ErrorBody"] & {
            /** @enum {string} */
            code?: "FREQUENCY_LIMITED";
        };
        /**
         * @description 500 error body.
         * @example {
         *       "code": "SYSTEM_ERROR",
         *       "message": "系统错误"
         *     }
         */
        ServerError: components["schemas"]["ErrorBody"] & {
            /** @enum {string} */
            code?: "SYSTEM_ERROR";
        };
        /**
         * @description 502/503 error body.
         * @example {
         *       "code": "SERVICE_UNAVAILABLE",
         *       "message": "服务不可用"
         *     }
         */
        ServiceUnavailableError: components["schemas"]["ErrorBody"] & {
            /** @enum {string} */
            code?: "SERVICE_UNAVAILABLE";
        };
        /**
         * @description 403 error body of `GET /v3/certificates`.
         * @example {
         *       "code": "NOT_ENOUGH",
         *       "message": "平台证书已过期"
         *     }
         */
        CertificatesForbiddenError: components["schemas"]["ErrorBody"] & {
            /** @enum {string} */
            code?: "NO_AUTH" | "NOT_ENOUGH";
        };
        /**
         * @description 404 error body of `GET /v3/certificates`.
         * @example {
         *       "code": "RESOURCE_NOT_EXISTS",
         *       "message": "无可用的平台证书,请在商户平台-API安全申请使用微信支付公钥"
         *     }
         */
        CertificatesNotFoundError: components["schemas"]["ErrorBody"] & {
            /** @enum {string} */
            code?: "RESOURCE_NOT_EXISTS";
        };
        /**
         * @description 从业机构预授权 request.
         * @example {
         *       "appid": "wxd678efh567hg6787",
         *       "authorization_code": "1234323JKHDFE1243252",
         *       "channel_id": "1230000109",
         *       "notify_url": "http://www.qq.com",
         *       "service_id": "service_id",
         *       "sub_appid": "wxd678efh567hg6787",
         *       "sub_mchid": "1230000109"
         *     }
         */
        ApplyPermissionsRequest: {
            service_id: components["schemas"]["ServiceId"];
            channel_id: components["schemas"]["ChannelId"];
            appid: components["schemas"]["AppId"];
            sub_appid?: components["schemas"]["SubAppId"];
            sub_mchid: components["schemas"]["SubMchid"];
            authorization_code: components["schemas"]["AuthorizationCode"];
            /** @description 授权成功回调通知地址. Receives `PAYSCORE.USER_OPEN_SERVICE` and `PAYSCORE.USER_CLOSE_SERVICE`. */
            notify_url?: components["schemas"]["NotifyUrl"];
        };
        /**
         * @example {
         *       "apply_permissions_token": "apply_permissions_token"
         *     }
         */
        ApplyPermissionsResponse: {
            apply_permissions_token: components["schemas"]["ApplyPermissionsToken"];
        };
        /**
         * @description 与用户授权记录.
         * @example {
         *       "appid": "wxd678efh567hg6787",
         *       "authorization_code": "1275342195190894594",
         *       "authorization_state": "UNAVAILABLE",
         *       "authorization_success_time": "2015-05-20T13:29:35+08:00",
         *       "cancel_authorization_time": "2015-05-20T13:29:35+08:00",
         *       "channel_id": "1230000109",
         *       "mchid": "1230000109",
         *       "notify_url": "https://www.weixin.com",
         *       "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
         *       "service_id": "2002000000000558128851361561536",
         *       "sub_appid": "wxd678efh567hg6787",
         *       "sub_mchid": "1230000109",
         *       "sub_openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
         *       "user_label": "A"
         *     }
         */
        PermissionsRecord: {
            service_id: components["schemas"]["ServiceId"];
            appid: components["schemas"]["AppId"];
            mchid: components["schemas"]["Mchid"];
            openid?: components["schemas"]["OpenId"];
            authorization_code?: components["schemas"]["AuthorizationCode"];
            authorization_state: components["schemas"]["AuthorizationState"];
            notify_url?: components["schemas"]["NotifyUrl"];
            /** @description 最近一次解除授权时间 (RFC 3339). */
            cancel_authorization_time?: components["schemas"]["Rfc3339Time"];
            /** @description 最近一次授权成功时间 (RFC 3339). */
            authorization_success_time?: components["schemas"]["Rfc3339Time"];
            sub_mchid: components["schemas"]["SubMchid"];
            sub_appid?: components["schemas"]["SubAppId"];
            sub_openid?: components["schemas"]["SubOpenId"];
            user_label?: components["schemas"]["UserLabel"];
            channel_id?: components["schemas"]["ChannelId"];
        };
        /**
         * @example {
         *       "channel_id": "1230000109",
         *       "reason": "撤销原因",
         *       "service_id": "500001",
         *       "sub_mchid": "1230000109"
         *     }
         */
        TerminatePermissionsRequest: {
            service_id: components["schemas"]["ServiceId"];
            channel_id: components["schemas"]["ChannelId"];
            sub_mchid: components["schemas"]["SubMchid"];
            /** @description 撤销原因 — why the authorization is terminated. */
            reason: components["schemas"]["Reason"];
        };
        /**
         * @description 付费项目. When `name` is given, `amount` or `description` must be given too.
         * @example {
         *       "name": "就餐费用服务费",
         *       "amount": 4000,
         *       "description": "就餐人均100元服务费:100/小时",
         *       "count": 1
         *     }
         */
        PostPayment: {
            name: components["schemas"]["ItemName"];
            /** @description 金额 in fen; 0 means no charge. */
            amount?: components["schemas"]["Amount"];
            description?: components["schemas"]["ItemDescription"];
            count?: components["schemas"]["ItemCount"];
        } | {
            amount: components["schemas"]["Amount"];
        } | {
            description: components["schemas"]["ItemDescription"];
        };
        /**
         * @description 商户优惠. Names may not repeat. At creation send no `amount` (it is settled at completion).
         * @example {
         *       "name": "满20减1元",
         *       "description": "不与其他优惠叠加"
         *     }
         */
        PostDiscount: {
            name: components["schemas"]["ItemName"];
            description: components["schemas"]["ItemDescription"];
            /** @description 优惠金额 in fen. */
            amount?: components["schemas"]["Amount"];
            count?: components["schemas"]["ItemCount"];
        };
        /**
         * @description 商户优惠 at completion or modification; `amount` is required there.
         * @example {
         *       "name": "满20减1元",
         *       "description": "不与其他优惠叠加",
         *       "amount": 100
         *     }
         */
        CompletePostDiscount: {
            name: components["schemas"]["ItemName"];
            description: components["schemas"]["ItemDescription"];
            /** @description 优惠金额 in fen. */
            amount: components["schemas"]["Amount"];
            count?: components["schemas"]["ItemCount"];
        };
        /**
         * @description 订单风险金. `amount` caps what completion may charge in 先免 mode.
         * @example {
         *       "name": "ESTIMATE_ORDER_COST",
         *       "amount": 10000,
         *       "description": "就餐的预估费用"
         *     }
         */
        RiskFund: {
            name: components["schemas"]["RiskFundName"];
            /** @description 风险金额 in fen, greater than zero and within the service id's cap. */
            amount: components["schemas"]["PositiveAmount"];
            /** @description 风险说明. */
            description?: components["schemas"]["ItemDescription"];
        };
        /**
         * @description 服务时间段. At completion, keep the format used at creation; `end_time` is required then if creation did not give it.
         * @example {
         *       "start_time": "20091225091010",
         *       "end_time": "20091225121010"
         *     }
         */
        TimeRange: {
            start_time?: components["schemas"]["ServiceStartTime"];
            /** @description 服务开始时间备注. */
            start_time_remark?: components["schemas"]["TimeRemark"];
            /** @description 预计服务结束时间; later than `start_time`, and later than now + 1 minute with second precision. */
            end_time?: components["schemas"]["ServiceTime"];
            /** @description 预计服务结束时间备注. */
            end_time_remark?: components["schemas"]["TimeRemark"];
        };
        /**
         * @description 服务时间段 at creation; `start_time` is required.
         * @example {
         *       "start_time": "OnAccept"
         *     }
         */
        CreateTimeRange: {
            start_time: components["schemas"]["ServiceStartTime"];
            /** @description 服务开始时间备注. */
            start_time_remark?: components["schemas"]["TimeRemark"];
            /** @description 预计服务结束时间. */
            end_time?: components["schemas"]["ServiceTime"];
            /** @description 预计服务结束时间备注. */
            end_time_remark?: components["schemas"]["TimeRemark"];
        };
        /**
         * @description 服务位置.
         * @example {
         *       "start_location": "嗨客时尚主题展餐厅",
         *       "end_location": "嗨客时尚主题展餐厅"
         *     }
         */
        Location: {
            /** @description 服务开始地点. */
            start_location?: components["schemas"]["LocationName"];
            /** @description 预计服务结束地点. */
            end_location?: components["schemas"]["LocationName"];
        };
        /**
         * @description 单品列表 item of a promotion.
         * @example {
         *       "goods_id": "M1006",
         *       "quantity": 1,
         *       "unit_price": 100,
         *       "discount_amount": 1,
         *       "goods_remark": "商品备注信息"
         *     }
         */
        GoodsDetail: {
            /** @description 商品编码. */
            goods_id: string;
            /** @description 商品数量. */
            quantity?: number;
            /** @description 商品单价 in fen. */
            unit_price?: components["schemas"]["Amount"];
            /** @description 商品优惠金额 in fen. */
            discount_amount?: components["schemas"]["Amount"];
            /** @description 商品备注. */
            goods_remark?: string;
        };
        /**
         * @description 优惠详情 of one collection.
         * @example {
         *       "coupon_id": "109519",
         *       "name": "单品优惠",
         *       "scope": "SINGLE",
         *       "type": "CASH",
         *       "amount": 100,
         *       "currency": "CNY"
         *     }
         */
        PromotionDetail: {
            /** @description 券ID. */
            coupon_id: string;
            /** @description 优惠名称. */
            name?: string;
            scope?: components["schemas"]["PromotionScope"];
            type?: components["schemas"]["PromotionType"];
            /** @description 优惠券面额 in fen. */
            amount: components["schemas"]["Amount"];
            /** @description 活动ID (批次ID). */
            stock_id?: string;
            /** @description 微信出资 in fen. */
            wechatpay_contribute?: components["schemas"]["Amount"];
            /** @description 商户出资 in fen. */
            merchant_contribute?: components["schemas"]["Amount"];
            /** @description 其他出资 in fen. */
            other_contribute?: components["schemas"]["Amount"];
            currency?: components["schemas"]["Currency"];
            goods_detail?: components["schemas"]["GoodsDetail"][];
        };
        /**
         * @description 收款明细.
         * @example {
         *       "seq": 1,
         *       "amount": 3900,
         *       "paid_type": "NEWTON",
         *       "paid_time": "20091225121010",
         *       "transaction_id": "4200000000202003050000000001"
         *     }
         */
        CollectionDetail: {
            /** @description 收款序号, from 1. */
            seq?: number;
            /** @description 单笔收款金额 in fen. */
            amount: components["schemas"]["Amount"];
            paid_type?: components["schemas"]["PaidType"];
            /** @description 收款成功时间, `yyyyMMddHHmmss` or `yyyyMMdd`. */
            paid_time: components["schemas"]["ServiceTime"];
            /** @description 微信支付交易单号; only when collected through Pay Score with an amount above 0. */
            transaction_id?: string;
            promotion_detail?: components["schemas"]["PromotionDetail"][];
        };
        /**
         * @description 收款信息. `total_amount` = Σ post_payments.amount − Σ post_discounts.amount.
         * @example {
         *       "state": "USER_PAYING",
         *       "total_amount": 3900,
         *       "paying_amount": 3900,
         *       "paid_amount": 0
         *     }
         */
        Collection: {
            state: components["schemas"]["CollectionState"];
            /** @description 总收款金额 in fen. */
            total_amount: components["schemas"]["Amount"];
            /** @description 待收金额 in fen. */
            paying_amount: components["schemas"]["Amount"];
            /** @description 已收金额 in fen. */
            paid_amount: components["schemas"]["Amount"];
            details?: components["schemas"]["CollectionDetail"][];
        };
        /**
         * @description 购物信息 of a pay-on-delivery (先用后付) order.
         * @example {
         *       "real_merchant_appid": "wxd678efh567hg6787",
         *       "jump_link": {
         *         "jump_link_type": "JUMP_LINK_MINI_PROGRAM",
         *         "appid": "wxd678efh567hg6787",
         *         "path": "pages/index/index"
         *       },
         *       "goods": [
         *         {
         *           "name": "商品A",
         *           "picture": "https://example.com/a.png",
         *           "amount": 100,
         *           "count": 1,
         *           "category_id": [
         *             "1001"
         *           ]
         *         }
         *       ]
         *     }
         */
        ShoppingInfo: {
            /** @description 实际售卖商户的AppID. */
            real_merchant_appid?: components["schemas"]["AppId"];
            jump_link?: components["schemas"]["JumpLink"];
            goods?: components["schemas"]["ShoppingGoods"][];
        };
        /**
         * @description 跳转链接 to the goods.
         * @example {
         *       "jump_link_type": "JUMP_LINK_MINI_PROGRAM",
         *       "appid": "wxd678efh567hg6787",
         *       "path": "pages/index/index"
         *     }
         */
        JumpLink: {
            jump_link_type: components["schemas"]["JumpLinkType"];
            /** @description 跳转小程序的AppID. */
            appid?: components["schemas"]["AppId"];
            /** @description 跳转小程序的页面路径 (length a guess). */
            path?: string;
        };
        /**
         * @description 商品信息.
         * @example {
         *       "name": "商品A",
         *       "picture": "https://example.com/a.png",
         *       "amount": 100,
         *       "count": 1
         *     }
         */
        ShoppingGoods: {
            /** @description 商品名称 (length a guess). */
            name: string;
            /** @description 商品图片链接 (length a guess). */
            picture: string;
            /** @description 商品价格 in fen. */
            amount: components["schemas"]["Amount"];
            /** @description 商品数量. */
            count: components["schemas"]["ItemCount"];
            category_id?: string[];
        };
        /**
         * @description A Pay Score service order as the create, query and pay-on-delivery operations return it.
         *     Reading the payment state (the 开发指引 development guide step 4): `state=DONE` with `collection.state=USER_PAID` means
         *     collected; `state=DOING`, `state_description=MCH_COMPLETE` with `collection.state=USER_PAYING`
         *     means the deduction is in progress.
         * @example {
         *       "out_order_no": "1234323JKHDFE1243252",
         *       "service_id": "500001",
         *       "appid": "wxd678efh567hg6787",
         *       "mchid": "1230000109",
         *       "sub_mchid": "10000000",
         *       "sub_appid": "wxd678efh567hg6788",
         *       "channel_id": "12121212",
         *       "service_introduction": "某某酒店",
         *       "state": "CREATED",
         *       "post_payments": [
         *         {
         *           "name": "就餐费用服务费",
         *           "amount": 4000,
         *           "description": "就餐人均100元服务费:100/小时",
         *           "count": 1
         *         }
         *       ],
         *       "post_discounts": [
         *         {
         *           "name": "满20减1元",
         *           "description": "不与其他优惠叠加"
         *         }
         *       ],
         *       "risk_fund": {
         *         "name": "ESTIMATE_ORDER_COST",
         *         "amount": 10000,
         *         "description": "就餐的预估费用"
         *       },
         *       "time_range": {
         *         "start_time": "20091225091010",
         *         "end_time": "20091225121010"
         *       },
         *       "location": {
         *         "start_location": "嗨客时尚主题展餐厅",
         *         "end_location": "嗨客时尚主题展餐厅"
         *       },
         *       "attach": "Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald",
         *       "notify_url": "https://api.test.com",
         *       "order_id": "15646546545165651651",
         *       "package": "DJIOSQPYWDxsjdldeuwhdodhdkjowjdieoiowlwejkdoeoieoeoeiqqwiwilw"
         *     }
         */
        ServiceOrder: {
            out_order_no: components["schemas"]["OutOrderNo"];
            service_id: components["schemas"]["ServiceId"];
            appid: components["schemas"]["AppId"];
            mchid: components["schemas"]["Mchid"];
            sub_appid?: components["schemas"]["SubAppId"];
            sub_mchid?: components["schemas"]["SubMchid"];
            channel_id: components["schemas"]["ChannelId"];
            service_introduction: components["schemas"]["ServiceIntroduction"];
            state: components["schemas"]["OrderState"];
            state_description?: components["schemas"]["StateDescription"];
            post_payments?: components["schemas"]["PostPayment"][];
            post_discounts?: components["schemas"]["PostDiscount"][];
            risk_fund?: components["schemas"]["RiskFund"];
            /** @description 总金额 in fen, once completed. */
            total_amount?: components["schemas"]["Amount"];
            /** @description 是否需要收款 — true when Pay Score collects the money. */
            need_collection?: boolean;
            collection?: components["schemas"]["Collection"];
            time_range?: components["schemas"]["TimeRange"];
            location?: components["schemas"]["Location"];
            attach?: components["schemas"]["Attach"];
            notify_url?: components["schemas"]["NotifyUrl"];
            openid?: components["schemas"]["OpenId"];
            sub_openid?: components["schemas"]["SubOpenId"];
            order_id: components["schemas"]["OrderId"];
            package?: components["schemas"]["PackageString"];
            need_user_confirm?: components["schemas"]["NeedUserConfirm"];
            shopping_info?: components["schemas"]["ShoppingInfo"];
        };
        /**
         * @description 创建支付分订单. Same parameters sent again succeed idempotently; the same `out_order_no` with
         *     different parameters fails with `INVALID_REQUEST`.
         * @example {
         *       "out_order_no": "1234323JKHDFE1243252",
         *       "appid": "wxd678efh567hg6787",
         *       "service_id": "500001",
         *       "sub_mchid": "10000000",
         *       "sub_appid": "wxd678efh567hg6788",
         *       "channel_id": "12121212",
         *       "service_introduction": "某某酒店",
         *       "post_payments": [
         *         {
         *           "name": "就餐费用服务费",
         *           "amount": 4000,
         *           "description": "就餐人均100元服务费:100/小时",
         *           "count": 1
         *         }
         *       ],
         *       "post_discounts": [
         *         {
         *           "name": "满20减1元",
         *           "description": "不与其他优惠叠加"
         *         }
         *       ],
         *       "time_range": {
         *         "start_time": "20091225091010",
         *         "end_time": "20091225121010"
         *       },
         *       "location": {
         *         "start_location": "嗨客时尚主题展餐厅",
         *         "end_location": "嗨客时尚主题展餐厅"
         *       },
         *       "risk_fund": {
         *         "name": "ESTIMATE_ORDER_COST",
         *         "amount": 10000,
         *         "description": "就餐的预估费用"
         *       },
         *       "attach": "Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald",
         *       "notify_url": "https://api.test.com",
         *       "need_user_confirm": true
         *     }
         */
        CreateServiceOrderRequest: {
            service_id: components["schemas"]["ServiceId"];
            /** @description 从业机构的公众号ID; must match the later complete/cancel calls. */
            appid: components["schemas"]["AppId"];
            sub_mchid: components["schemas"]["SubMchid"];
            sub_appid?: components["schemas"]["SubAppId"];
            channel_id: components["schemas"]["ChannelId"];
            out_order_no: components["schemas"]["OutOrderNo"];
            service_introduction: components["schemas"]["ServiceIntroduction"];
            post_payments?: components["schemas"]["PostPayment"][];
            post_discounts?: components["schemas"]["PostDiscount"][];
            risk_fund: components["schemas"]["RiskFund"];
            time_range: components["schemas"]["CreateTimeRange"];
            location?: components["schemas"]["Location"];
            attach?: components["schemas"]["Attach"];
            /** @description 商户回调地址. Receives `PAYSCORE.USER_CONFIRM` and `PAYSCORE.USER_PAID`. */
            notify_url: components["schemas"]["NotifyUrl"];
            openid?: components["schemas"]["OpenId"];
            sub_openid?: components["schemas"]["SubOpenId"];
            need_user_confirm?: components["schemas"]["NeedUserConfirm"];
        };
        /**
         * @description 创建先用后付订单 — a service order with goods information (`shopping_info`).
         * @example {
         *       "out_order_no": "POD20241101000001",
         *       "appid": "wxd678efh567hg6787",
         *       "service_id": "500001",
         *       "sub_mchid": "10000000",
         *       "channel_id": "12121212",
         *       "service_introduction": "先用后付商品",
         *       "post_payments": [
         *         {
         *           "name": "商品A",
         *           "amount": 100,
         *           "count": 1
         *         }
         *       ],
         *       "risk_fund": {
         *         "name": "ESTIMATE_ORDER_COST",
         *         "amount": 100
         *       },
         *       "time_range": {
         *         "start_time": "OnAccept"
         *       },
         *       "notify_url": "https://api.test.com",
         *       "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
         *       "shopping_info": {
         *         "jump_link": {
         *           "jump_link_type": "JUMP_LINK_MINI_PROGRAM",
         *           "appid": "wxd678efh567hg6787",
         *           "path": "pages/index/index"
         *         },
         *         "goods": [
         *           {
         *             "name": "商品A",
         *             "picture": "https://example.com/a.png",
         *             "amount": 100,
         *             "count": 1
         *           }
         *         ]
         *       }
         *     }
         */
        CreatePayOnDeliveryOrderRequest: {
            service_id: components["schemas"]["ServiceId"];
            appid: components["schemas"]["AppId"];
            mchid?: components["schemas"]["Mchid"];
            sub_mchid: components["schemas"]["SubMchid"];
            sub_appid?: components["schemas"]["SubAppId"];
            channel_id: components["schemas"]["ChannelId"];
            out_order_no: components["schemas"]["OutOrderNo"];
            service_introduction: components["schemas"]["ServiceIntroduction"];
            post_payments?: components["schemas"]["PostPayment"][];
            post_discounts?: components["schemas"]["PostDiscount"][];
            risk_fund: components["schemas"]["RiskFund"];
            time_range: components["schemas"]["CreateTimeRange"];
            location?: components["schemas"]["Location"];
            attach?: components["schemas"]["Attach"];
            notify_url: components["schemas"]["NotifyUrl"];
            openid?: components["schemas"]["OpenId"];
            sub_openid?: components["schemas"]["SubOpenId"];
            /** @description 是否需要用户确认; defaults to false for pay-on-delivery orders (partner page). */
            need_user_confirm?: components["schemas"]["NeedUserConfirm"];
            shopping_info?: components["schemas"]["ShoppingInfo"];
        };
        /**
         * @example {
         *       "sub_mchid": "10000000",
         *       "channel_id": "10000000",
         *       "service_id": "500001",
         *       "reason": "用户投诉"
         *     }
         */
        CancelServiceOrderRequest: {
            service_id?: components["schemas"]["ServiceId"];
            sub_mchid: components["schemas"]["SubMchid"];
            channel_id: components["schemas"]["ChannelId"];
            /** @description 取消原因, shown to the user. */
            reason: components["schemas"]["Reason"];
        };
        /**
         * @description 完结支付分订单. `total_amount` must equal Σ post_payments.amount − Σ post_discounts.amount
         *     (otherwise `PARAM_ERROR`), and stay within the order's `risk_fund.amount` (先免) or the service
         *     id's cap (先享). `post_payments` replaces the list given at creation.
         * @example {
         *       "sub_mchid": "10000000",
         *       "channel_id": "10000000",
         *       "service_id": "500001",
         *       "complete_time": "2019-11-11T16:24:05+08:00",
         *       "post_payments": [
         *         {
         *           "name": "就餐费用服务费",
         *           "amount": 4000,
         *           "description": "就餐人均100元服务费:100/小时",
         *           "count": 1
         *         }
         *       ],
         *       "post_discounts": [
         *         {
         *           "name": "满20减1元",
         *           "description": "不与其他优惠叠加",
         *           "amount": 100
         *         }
         *       ],
         *       "total_amount": 3900,
         *       "time_range": {
         *         "start_time": "20091225091010",
         *         "end_time": "20091225121010"
         *       },
         *       "location": {
         *         "end_location": "嗨客时尚主题展餐厅"
         *       }
         *     }
         */
        CompleteServiceOrderRequest: {
            service_id: components["schemas"]["ServiceId"];
            sub_mchid: components["schemas"]["SubMchid"];
            channel_id: components["schemas"]["ChannelId"];
            post_payments: components["schemas"]["PostPayment"][];
            post_discounts?: components["schemas"]["CompletePostDiscount"][];
            /** @description 总金额 in fen. */
            total_amount: components["schemas"]["Amount"];
            time_range?: components["schemas"]["TimeRange"];
            /** @description 服务位置; overrides the one given at creation. */
            location?: components["schemas"]["Location"];
            /** @description 服务完成时间 (ISO 8601 / RFC 3339). */
            complete_time?: components["schemas"]["Rfc3339Time"];
            /**
             * @description 是否分账.
             * @default false
             */
            profit_sharing: boolean;
            /** @description 订单优惠标记. */
            goods_tag?: string;
        };
        /**
         * @description 修改订单金额 — only downwards; `total_amount` = Σ payments − Σ discounts and not above the previous total.
         * @example {
         *       "service_id": "500001",
         *       "sub_mchid": "10000000",
         *       "channel_id": "10000000",
         *       "post_payments": [
         *         {
         *           "name": "就餐费用服务费",
         *           "amount": 3000,
         *           "description": "就餐人均100元服务费:100/小时",
         *           "count": 1
         *         }
         *       ],
         *       "total_amount": 3000,
         *       "reason": "用户投诉"
         *     }
         */
        ModifyServiceOrderRequest: {
            service_id: components["schemas"]["ServiceId"];
            sub_mchid: components["schemas"]["SubMchid"];
            channel_id: components["schemas"]["ChannelId"];
            post_payments: components["schemas"]["PostPayment"][];
            post_discounts?: components["schemas"]["CompletePostDiscount"][];
            /** @description 总金额 in fen after the change. */
            total_amount: components["schemas"]["Amount"];
            /** @description 修改原因. */
            reason: components["schemas"]["Reason"];
        };
        /**
         * @description 同步订单信息 — tell Pay Score the user paid the completed order elsewhere; the order becomes `DONE`.
         * @example {
         *       "service_id": "500001",
         *       "sub_mchid": "10000000",
         *       "channel_id": "10000000",
         *       "type": "Order_Paid",
         *       "detail": {
         *         "paid_time": "20091225121010"
         *       }
         *     }
         */
        SyncServiceOrderRequest: {
            service_id: components["schemas"]["ServiceId"];
            sub_mchid: components["schemas"]["SubMchid"];
            channel_id: components["schemas"]["ChannelId"];
            type: components["schemas"]["SyncType"];
            detail: components["schemas"]["SyncDetail"];
        };
        /**
         * @description 内容信息详情, required when `type` is `Order_Paid`.
         * @example {
         *       "paid_time": "20091225121010"
         *     }
         */
        SyncDetail: {
            /** @description 收款成功时间, `yyyyMMddHHmmss` or `yyyyMMdd` (day precision means 00:00:00). */
            paid_time: components["schemas"]["ServiceTime"];
        };
        /**
         * @description 登记扣款信息. Valid 24 h; one withholding attempt per `out_trade_no`.
         * @example {
         *       "sub_mchid": "10000000",
         *       "channel_id": "10000000",
         *       "service_id": "500001",
         *       "appid": "wxd678efh567hg6787",
         *       "out_trade_no": "1234323JKHDFE1243252",
         *       "sub_appid": "wxd678efh567hg6999"
         *     }
         */
        RegisterDeductInfoRequest: {
            service_id: components["schemas"]["ServiceId"];
            appid: components["schemas"]["AppId"];
            sub_mchid: components["schemas"]["SubMchid"];
            sub_appid?: components["schemas"]["SubAppId"];
            channel_id: components["schemas"]["ChannelId"];
            out_trade_no: components["schemas"]["OutTradeNo"];
        };
        /**
         * @example {
         *       "description": "就餐费用"
         *     }
         */
        RegisterDeductInfoResponse: {
            /** @description 商品/支付单简要描述, to pass on to the clearing house. */
            description: components["schemas"]["Description"];
        };
        /**
         * @description 扣款信息 registered for the order.
         * @example {
         *       "description": "就餐费用",
         *       "out_trade_no": "1234323JKHDFE1243252"
         *     }
         */
        DeductInfo: {
            /** @description 商品/支付单简要描述. */
            description: components["schemas"]["Description"];
            out_trade_no: components["schemas"]["OutTradeNo"];
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "serial_no": "5157F09EFDC096DE15EBE81A47057A7232F1B8E1",
         *           "effective_time": "2018-06-08T10:34:56+08:00",
         *           "expire_time": "2023-06-08T10:34:56+08:00",
         *           "encrypt_certificate": {
         *             "algorithm": "AEAD_AES_256_GCM",
         *             "nonce": "61f9c719728a",
         *             "associated_data": "certificate",
         *             "ciphertext": "sRvt0a2Lvyt5ZhrQ9V3SzBpbBoBz8u9QNHVSGoErz6kFdNrOmJ0obvfSSQ=="
         *           }
         *         }
         *       ]
         *     }
         */
        CertificateList: {
            /** @description The platform certificates in force; a new one appears 24 h before it is used. */
            data: components["schemas"]["PlatformCertificate"][];
        };
        /**
         * @example {
         *       "serial_no": "5157F09EFDC096DE15EBE81A47057A7232F1B8E1",
         *       "effective_time": "2018-06-08T10:34:56+08:00",
         *       "expire_time": "2023-06-08T10:34:56+08:00",
         *       "encrypt_certificate": {
         *         "algorithm": "AEAD_AES_256_GCM",
         *         "nonce": "61f9c719728a",
         *         "associated_data": "certificate",
         *         "ciphertext": "sRvt0a2Lvyt5ZhrQ9V3SzBpbBoBz8u9QNHVSGoErz6kFdNrOmJ0obvfSSQ=="
         *       }
         *     }
         */
        PlatformCertificate: {
            /** @description 证书序列号 (hex). */
            serial_no: string;
            /** @description 证书启用时间. */
            effective_time: components["schemas"]["Rfc3339Time"];
            /** @description 证书弃用时间; refresh before it. */
            expire_time: components["schemas"]["Rfc3339Time"];
            encrypt_certificate: components["schemas"]["EncryptedCertificate"];
        };
        /**
         * @description The certificate PEM encrypted with AEAD_AES_256_GCM and the APIv3 key.
         * @example {
         *       "algorithm": "AEAD_AES_256_GCM",
         *       "nonce": "61f9c719728a",
         *       "associated_data": "certificate",
         *       "ciphertext": "sRvt0a2Lvyt5ZhrQ9V3SzBpbBoBz8u9QNHVSGoErz6kFdNrOmJ0obvfSSQ=="
         *     }
         */
        EncryptedCertificate: {
            algorithm: components["schemas"]["AeadAlgorithm"];
            nonce: components["schemas"]["AeadNonce"];
            associated_data: components["schemas"]["AeadAssociatedData"];
            /** @description Base64 of ciphertext‖tag; decrypts to the certificate in PEM. */
            ciphertext: components["schemas"]["AeadCiphertext"];
        };
        /**
         * @description 加密算法类型 (string[1, 32]).
         * @example AEAD_AES_256_GCM
         * @enum {string}
         */
        AeadAlgorithm: "AEAD_AES_256_GCM";
        /**
         * @description 随机串 (string[1, 16]); 12 bytes in practice, used as the GCM IV.
         * @example fdasflkja484
         */
        AeadNonce: string;
        /**
         * @description 附加数据 (AAD), shorter than 16 bytes and possibly empty.
         * @example certificate
         */
        AeadAssociatedData: string;
        /**
         * @description 数据密文 (string[1, 1048576]), base64 of ciphertext‖16-byte tag.
         * @example sRvt0a2Lvyt5ZhrQ9V3SzBpbBoBz8u9QNHVSGoErz6kFdNrOmJ0obvfSSQ==
         */
        AeadCiphertext: string;
        /**
         * @description The JSON body WeChat Pay posts to `notify_url`. Verify its signature over the raw body before decrypting `resource`.
         * @example {
         *       "id": "EV-2018022511223320873",
         *       "create_time": "2015-05-20T13:29:35+08:00",
         *       "resource_type": "encrypt-resource",
         *       "event_type": "PAYSCORE.USER_OPEN_SERVICE",
         *       "resource": {
         *         "algorithm": "AEAD_AES_256_GCM",
         *         "ciphertext": "sRvt0a2Lvyt5ZhrQ9V3SzBpbBoBz8u9QNHVSGoErz6kFdNrOmJ0obvfSSQ==",
         *         "nonce": "fdasflkja484",
         *         "associated_data": ""
         *       },
         *       "summary": "授权成功"
         *     }
         */
        NotificationEnvelope: {
            /**
             * @description 通知ID — the notification's unique id; the key for de-duplication.
             * @example EV-2018022511223320873
             */
            id: string;
            /**
             * @description 通知创建时间, RFC 3339.
             * @example 2015-05-20T13:29:35+08:00
             */
            create_time: string;
            event_type: components["schemas"]["NotificationEventType"];
            /**
             * @description 通知数据类型.
             * @enum {string}
             */
            resource_type: "encrypt-resource";
            resource: components["schemas"]["NotificationResource"];
            /**
             * @description 回调摘要, e.g. 授权成功.
             * @example 授权成功
             */
            summary?: string;
        };
        /**
         * @description 通知资源数据 — decrypt `ciphertext` with the APIv3 key, `nonce` and `associated_data`.
         * @example {
         *       "algorithm": "AEAD_AES_256_GCM",
         *       "ciphertext": "sRvt0a2Lvyt5ZhrQ9V3SzBpbBoBz8u9QNHVSGoErz6kFdNrOmJ0obvfSSQ==",
         *       "nonce": "fdasflkja484",
         *       "associated_data": ""
         *     }
         */
        NotificationResource: {
            algorithm: components["schemas"]["AeadAlgorithm"];
            ciphertext: components["schemas"]["AeadCiphertext"];
            associated_data?: components["schemas"]["AeadAssociatedData"];
            nonce: components["schemas"]["AeadNonce"];
            /**
             * @description 原始回调类型, `payscore` for order notifications.
             * @example payscore
             */
            original_type?: string;
        };
        /**
         * @description 通知应答 on failure (4xx/5xx), so that WeChat Pay retries. Success is 200 or 204 with no body.
         * @example {
         *       "code": "FAIL",
         *       "message": "失败"
         *     }
         */
        NotificationReply: {
            /**
             * @description 返回状态码 — `SUCCESS` means received, anything else failed.
             * @example FAIL
             */
            code: string;
            /**
             * @description 返回信息 — the reason when not empty.
             * @example 失败
             */
            message: string;
        };
        /**
         * @description Decrypted resource of `PAYSCORE.USER_OPEN_SERVICE` / `PAYSCORE.USER_CLOSE_SERVICE`. Exactly one
         *     of `openid` / `sub_openid` is present (`sub_openid` when `sub_appid` was given).
         * @example {
         *       "appid": "wxd678efh567hg6787",
         *       "mch_id": "1230000109",
         *       "sub_appid": "wxd678efh567hg6787",
         *       "sub_mch_id": "1230000109",
         *       "service_id": "500001",
         *       "sub_openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
         *       "user_service_status": "USER_OPEN_SERVICE",
         *       "openorclose_time": "20180225112233",
         *       "authorization_code": "4534323JKHDFE1243252"
         *     }
         */
        PermissionsNotificationResource: {
            appid: components["schemas"]["AppId"];
            mchid?: components["schemas"]["Mchid"];
            /** @description Spelling of `mchid` used by the 预授权 page's examples. */
            mch_id?: components["schemas"]["Mchid"];
            sub_appid?: components["schemas"]["SubAppId"];
            sub_mchid?: components["schemas"]["SubMchid"];
            /** @description Spelling of `sub_mchid` used by the 预授权 page's examples. */
            sub_mch_id?: components["schemas"]["SubMchid"];
            channel_id?: components["schemas"]["ChannelId"];
            service_id: components["schemas"]["ServiceId"];
            openid?: components["schemas"]["OpenId"];
            sub_openid?: components["schemas"]["SubOpenId"];
            user_service_status: components["schemas"]["UserServiceStatus"];
            /**
             * @description 服务授权/解除授权时间, `yyyyMMddHHmmss`.
             * @example 20180225112233
             */
            openorclose_time: string;
            authorization_code: components["schemas"]["AuthorizationCode"];
        } & (({
            mchid: components["schemas"]["Mchid"];
        } | {
            mch_id: components["schemas"]["Mchid"];
        }) & ({
            sub_mchid: components["schemas"]["SubMchid"];
        } | {
            sub_mch_id: components["schemas"]["SubMchid"];
        }) & ({
            openid: components["schemas"]["OpenId"];
        } | {
            sub_openid: components["schemas"]["SubOpenId"];
        }));
        /**
         * @description Decrypted resource of `PAYSCORE.USER_CONFIRM` and `PAYSCORE.USER_PAID` — the service order as it stands.
         * @example {
         *       "service_id": "500001",
         *       "appid": "wxd678efh567hg6787",
         *       "mchid": "1230000109",
         *       "sub_mchid": "10000000",
         *       "channel_id": "12121212",
         *       "out_order_no": "1234323JKHDFE1243252",
         *       "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
         *       "state": "DOING",
         *       "state_description": "USER_CONFIRM",
         *       "service_introduction": "某某酒店",
         *       "post_payments": [
         *         {
         *           "name": "就餐费用服务费",
         *           "amount": 4000,
         *           "description": "就餐人均100元服务费:100/小时",
         *           "count": 1
         *         }
         *       ],
         *       "risk_fund": {
         *         "name": "ESTIMATE_ORDER_COST",
         *         "amount": 10000,
         *         "description": "就餐的预估费用"
         *       },
         *       "time_range": {
         *         "start_time": "20091225091010",
         *         "end_time": "20091225121010"
         *       },
         *       "order_id": "15646546545165651651",
         *       "need_collection": true
         *     }
         */
        ServiceOrderNotificationResource: {
            service_id: components["schemas"]["ServiceId"];
            appid: components["schemas"]["AppId"];
            mchid: components["schemas"]["Mchid"];
            sub_appid?: components["schemas"]["SubAppId"];
            sub_mchid: components["schemas"]["SubMchid"];
            channel_id?: components["schemas"]["ChannelId"];
            out_order_no: components["schemas"]["OutOrderNo"];
            openid?: components["schemas"]["OpenId"];
            sub_openid?: components["schemas"]["SubOpenId"];
            state: components["schemas"]["OrderState"];
            state_description?: components["schemas"]["StateDescription"];
            service_introduction: components["schemas"]["ServiceIntroduction"];
            /** @description 总金额 in fen. */
            total_amount?: components["schemas"]["Amount"];
            post_payments?: components["schemas"]["PostPayment"][];
            post_discounts?: components["schemas"]["PostDiscount"][];
            risk_fund: components["schemas"]["RiskFund"];
            time_range: components["schemas"]["TimeRange"];
            location?: components["schemas"]["Location"];
            attach?: components["schemas"]["Attach"];
            order_id?: components["schemas"]["OrderId"];
            /** @description 是否需要收款. */
            need_collection?: boolean;
            collection?: components["schemas"]["Collection"];
            out_trade_no?: components["schemas"]["OutTradeNo"];
            notify_url?: components["schemas"]["NotifyUrl"];
            user_service_status?: components["schemas"]["UserServiceStatus"];
            /** @description 授权/解除授权时间 (IM lists it as optional). */
            openorclose_time?: components["schemas"]["CompactTime"];
            authorization_code?: components["schemas"]["AuthorizationCode"];
            /** @description 商户签约单号 (IM lists it as optional; length a guess). */
            out_request_no?: string;
        };
        /**
         * @description Decrypted `PAYSCORE.USER_CONFIRM`. The order is `DOING` / `USER_CONFIRM`.
         * @example {
         *       "service_id": "500001",
         *       "appid": "wxd678efh567hg6787",
         *       "mchid": "1230000109",
         *       "sub_mchid": "10000000",
         *       "out_order_no": "1234323JKHDFE1243252",
         *       "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
         *       "state": "DOING",
         *       "state_description": "USER_CONFIRM",
         *       "service_introduction": "某某酒店",
         *       "risk_fund": {
         *         "name": "ESTIMATE_ORDER_COST",
         *         "amount": 10000
         *       },
         *       "time_range": {
         *         "start_time": "OnAccept"
         *       }
         *     }
         */
        UserConfirmResource: components["schemas"]["ServiceOrderNotificationResource"] & {
            /** @constant */
            state: "DOING";
            /** @constant */
            state_description: "USER_CONFIRM";
        };
        /**
         * @description Decrypted `PAYSCORE.USER_PAID`. The order is `DONE` and collected. In institution mode it is sent
         *     only when the user pays through the cashier; debits through the clearing house are not
         *     announced (poll `getServiceOrder`). It may arrive more than once as successive debits land.
         * @example {
         *       "service_id": "500001",
         *       "appid": "wxd678efh567hg6787",
         *       "mchid": "1230000109",
         *       "sub_mchid": "10000000",
         *       "out_order_no": "1234323JKHDFE1243252",
         *       "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
         *       "state": "DONE",
         *       "service_introduction": "某某酒店",
         *       "total_amount": 3900,
         *       "risk_fund": {
         *         "name": "ESTIMATE_ORDER_COST",
         *         "amount": 10000
         *       },
         *       "time_range": {
         *         "start_time": "20091225091010",
         *         "end_time": "20091225121010"
         *       },
         *       "out_trade_no": "1234323JKHDFE1243252",
         *       "collection": {
         *         "state": "USER_PAID",
         *         "total_amount": 3900,
         *         "paying_amount": 0,
         *         "paid_amount": 3900,
         *         "details": [
         *           {
         *             "seq": 1,
         *             "amount": 3900,
         *             "paid_type": "NEWTON",
         *             "paid_time": "20091225121010",
         *             "transaction_id": "4200000000202003050000000001"
         *           }
         *         ]
         *       }
         *     }
         */
        UserPaidResource: components["schemas"]["ServiceOrderNotificationResource"] & {
            /** @constant */
            state: "DONE";
            collection: {
                /** @constant */
                state: "USER_PAID";
            };
        };
        /**
         * @description Decrypted `PAYSCORE.MCH_PREPAY` (institution mode only): WeChat Pay asks the institution to create
         *     a cashier (收银台) order, with the fields in `prepay_req_body`, so the user can pay the pending
         *     service order actively.
         * @example {
         *       "service_id": "500001",
         *       "appid": "wxd678efh567hg6787",
         *       "mchid": "1230000109",
         *       "sub_mchid": "10000000",
         *       "out_order_no": "1234323JKHDFE1243252",
         *       "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
         *       "total_amount": 3900,
         *       "prepay_req_body": {
         *         "device_info": "WEB",
         *         "nonce_str": "5K8264ILTKCH16CQ2502SI8ZNMTM67VS",
         *         "body": "某某酒店-就餐费用",
         *         "fee_type": "CNY",
         *         "time_start": "20091225091010",
         *         "time_expire": "20091227091010",
         *         "notify_url": "https://api.test.com/pay",
         *         "trade_type": "JSAPI",
         *         "limit_pay": "no_credit",
         *         "need_receipt": false
         *       }
         *     }
         */
        MchPrepayResource: {
            service_id: components["schemas"]["ServiceId"];
            appid: components["schemas"]["AppId"];
            mchid: components["schemas"]["Mchid"];
            sub_appid?: components["schemas"]["SubAppId"];
            sub_mchid: components["schemas"]["SubMchid"];
            channel_id?: components["schemas"]["ChannelId"];
            out_order_no: components["schemas"]["OutOrderNo"];
            openid?: components["schemas"]["OpenId"];
            sub_openid?: components["schemas"]["SubOpenId"];
            /** @description 待支付金额 in fen. */
            total_amount: components["schemas"]["Amount"];
            prepay_req_body: components["schemas"]["PrepayRequestBody"];
            prepay_req_header_base64?: components["schemas"]["Base64Blob"];
            prepay_req_body_base64?: components["schemas"]["Base64Blob"];
            prepay_resp_header_base64?: components["schemas"]["Base64Blob"];
            prepay_resp_body_base64?: components["schemas"]["Base64Blob"];
            /** @description HTTP status of the prepay response. */
            prepay_resp_http_code?: number;
        };
        /**
         * @description A raw message, base64-encoded (length a guess).
         * @example e30=
         */
        Base64Blob: string;
        /**
         * @description The fields to reuse in the cashier pre-order (预下单) call.
         * @example {
         *       "device_info": "WEB",
         *       "nonce_str": "5K8264ILTKCH16CQ2502SI8ZNMTM67VS",
         *       "body": "某某酒店-就餐费用",
         *       "fee_type": "CNY",
         *       "time_start": "20091225091010",
         *       "time_expire": "20091227091010",
         *       "notify_url": "https://api.test.com/pay",
         *       "trade_type": "JSAPI",
         *       "limit_pay": "no_credit",
         *       "need_receipt": false
         *     }
         */
        PrepayRequestBody: {
            /** @description 设备号; `WEB` for web pages and official accounts. */
            device_info: string;
            /** @description 随机字符串. */
            nonce_str: string;
            /** @description 商品描述. */
            body: string;
            /** @description 附加数据. */
            attach?: string;
            fee_type: components["schemas"]["Currency"];
            /** @description 交易起始时间. */
            time_start: components["schemas"]["CompactTime"];
            /** @description 交易结束时间. */
            time_expire: components["schemas"]["CompactTime"];
            /** @description 订单优惠标记. */
            goods_tag?: string;
            /** @description 支付结果通知地址. */
            notify_url: string;
            trade_type: components["schemas"]["TradeType"];
            limit_pay: components["schemas"]["LimitPay"];
            /** @description 是否开发票入口. */
            need_receipt: boolean;
        };
        /**
         * @description Envelope of `PAYSCORE.USER_OPEN_SERVICE`.
         * @example {
         *       "id": "EV-2018022511223320873",
         *       "create_time": "2015-05-20T13:29:35+08:00",
         *       "resource_type": "encrypt-resource",
         *       "event_type": "PAYSCORE.USER_OPEN_SERVICE",
         *       "resource": {
         *         "algorithm": "AEAD_AES_256_GCM",
         *         "ciphertext": "sRvt0a2Lvyt5ZhrQ9V3SzBpbBoBz8u9QNHVSGoErz6kFdNrOmJ0obvfSSQ==",
         *         "nonce": "fdasflkja484",
         *         "associated_data": ""
         *       },
         *       "summary": "授权成功"
         *     }
         */
        UserOpenServiceNotification: components["schemas"]["NotificationEnvelope"] & {
            /** @constant */
            event_type?: "PAYSCORE.USER_OPEN_SERVICE";
            resource?: {
                ciphertext?: string;
            };
        };
        /**
         * @description Envelope of `PAYSCORE.USER_CLOSE_SERVICE`.
         * @example {
         *       "id": "EV-2018022511223320873",
         *       "create_time": "2019-07-30T16:36:59+08:00",
         *       "resource_type": "encrypt-resource",
         *       "event_type": "PAYSCORE.USER_CLOSE_SERVICE",
         *       "resource": {
         *         "algorithm": "AEAD_AES_256_GCM",
         *         "ciphertext": "sRvt0a2Lvyt5ZhrQ9V3SzBpbBoBz8u9QNHVSGoErz6kFdNrOmJ0obvfSSQ==",
         *         "nonce": "fdasflkja484",
         *         "associated_data": ""
         *       }
         *     }
         */
        UserCloseServiceNotification: components["schemas"]["NotificationEnvelope"] & {
            /** @constant */
            event_type?: "PAYSCORE.USER_CLOSE_SERVICE";
            resource?: {
                ciphertext?: string;
            };
        };
        /**
         * @description Envelope of `PAYSCORE.USER_CONFIRM`.
         * @example {
         *       "id": "EV-2018022511223320874",
         *       "create_time": "2019-11-11T16:24:05+08:00",
         *       "resource_type": "encrypt-resource",
         *       "event_type": "PAYSCORE.USER_CONFIRM",
         *       "resource": {
         *         "algorithm": "AEAD_AES_256_GCM",
         *         "ciphertext": "sRvt0a2Lvyt5ZhrQ9V3SzBpbBoBz8u9QNHVSGoErz6kFdNrOmJ0obvfSSQ==",
         *         "nonce": "fdasflkja484",
         *         "associated_data": "payscore",
         *         "original_type": "payscore"
         *       },
         *       "summary": "用户确认订单"
         *     }
         */
        UserConfirmNotification: components["schemas"]["NotificationEnvelope"] & {
            /** @constant */
            event_type?: "PAYSCORE.USER_CONFIRM";
            resource?: {
                ciphertext?: string;
            };
        };
        /**
         * @description Envelope of `PAYSCORE.USER_PAID`.
         * @example {
         *       "id": "EV-2018022511223320875",
         *       "create_time": "2019-11-11T18:24:05+08:00",
         *       "resource_type": "encrypt-resource",
         *       "event_type": "PAYSCORE.USER_PAID",
         *       "resource": {
         *         "algorithm": "AEAD_AES_256_GCM",
         *         "ciphertext": "sRvt0a2Lvyt5ZhrQ9V3SzBpbBoBz8u9QNHVSGoErz6kFdNrOmJ0obvfSSQ==",
         *         "nonce": "fdasflkja484",
         *         "associated_data": "payscore",
         *         "original_type": "payscore"
         *       },
         *       "summary": "支付成功"
         *     }
         */
        UserPaidNotification: components["schemas"]["NotificationEnvelope"] & {
            /** @constant */
            event_type?: "PAYSCORE.USER_PAID";
            resource?: {
                ciphertext?: string;
            };
        };
        /**
         * @description Envelope of `PAYSCORE.MCH_PREPAY`.
         * @example {
         *       "id": "EV-2018022511223320876",
         *       "create_time": "2019-11-11T18:24:05+08:00",
         *       "resource_type": "encrypt-resource",
         *       "event_type": "PAYSCORE.MCH_PREPAY",
         *       "resource": {
         *         "algorithm": "AEAD_AES_256_GCM",
         *         "ciphertext": "sRvt0a2Lvyt5ZhrQ9V3SzBpbBoBz8u9QNHVSGoErz6kFdNrOmJ0obvfSSQ==",
         *         "nonce": "fdasflkja484",
         *         "associated_data": "payscore",
         *         "original_type": "payscore"
         *       },
         *       "summary": "商户预下单"
         *     }
         */
        MchPrepayNotification: components["schemas"]["NotificationEnvelope"] & {
            /** @constant */
            event_type?: "PAYSCORE.MCH_PREPAY";
            resource?: {
                ciphertext?: string;
            };
        };
        /**
         * @description 业务参数 of `wxpayScoreEnable`, as an object (mini-program `extraData`) or URL-encoded (`query`, `queryString`).
         * @example {
         *       "apply_permissions_token": "zyx53Nkey8o4bHpxTQvd8m7e92nG5mG2"
         *     }
         */
        EnableJumpQuery: {
            /**
             * @description 预授权token from `applyPermissions`, valid for 1 hour.
             * @example 1230000109
             */
            apply_permissions_token: string;
        };
        /**
         * @description 其他配置 (`extInfo`) as JSON, to choose the mini-program version.
         * @example {
         *       "miniProgramType": 0
         *     }
         */
        EnableExtInfo: {
            /**
             * @description 小程序版本.
             * @enum {integer}
             */
            miniProgramType?: 0;
        };
        /**
         * @description App → Pay Score authorization: openSDK `WXOpenBusinessView.Req` (Android ≥ 5.3.1) /
         *     `WXOpenBusinessViewReq` (iOS ≥ 1.8.4). WeChat ≥ 7.0.3; below it Android cannot open WeChat and
         *     iOS shows an error, so ask the user to upgrade.
         * @example {
         *       "businessType": "wxpayScoreEnable",
         *       "query": "apply_permissions_token=zyx53Nkey8o4bHpxTQvd8m7e92nG5mG2",
         *       "extInfo": "{\"miniProgramType\":0}"
         *     }
         */
        WxpayScoreEnableAppRequest: {
            /**
             * @description 跳转类型, fixed.
             * @constant
             */
            businessType: "wxpayScoreEnable";
            /** @description 业务参数 as a URL query string `key=value&…` with URL-encoded values. */
            query: string;
            /** @description 其他配置, JSON such as `{"miniProgramType":0}`. */
            extInfo?: string;
        };
        /**
         * @description Web page in WeChat → Pay Score authorization: `wx.invoke('openBusinessView', …)` with JS-SDK
         *     1.5.0 (`jweixin-1.5.0.js`); WeChat ≥ 7.0.5. The callback's `res.err_code` is 0 on success
         *     (a number on iOS, a string on Android).
         * @example {
         *       "businessType": "wxpayScoreEnable",
         *       "queryString": "apply_permissions_token=zyx53Nkey8o4bHpxTQvd8m7e92nG5mG2"
         *     }
         */
        WxpayScoreEnableJsapiRequest: {
            /**
             * @description 跳转类型, fixed.
             * @constant
             */
            businessType: "wxpayScoreEnable";
            /** @description 业务参数 as a URL query string with URL-encoded values. */
            queryString: string;
        };
        /**
         * @description Mini-program → Pay Score authorization with `wx.openBusinessView` (base library ≥ 2.6.0; WeChat
         *     ≥ 7.0.3). It does not use up the mini-program's quota of jumps to other mini-programs.
         * @example {
         *       "businessType": "wxpayScoreEnable",
         *       "extraData": {
         *         "apply_permissions_token": "1230000109"
         *       }
         *     }
         */
        WxpayScoreEnableMiniProgramRequest: {
            /**
             * @description 跳转类型, fixed (the 预授权 page gives string[1, 32] here and [1, 16] for App/JSAPI).
             * @constant
             */
            businessType: "wxpayScoreEnable";
            extraData: components["schemas"]["EnableJumpQuery"];
        };
        /**
         * @description Mini-program → Pay Score authorization with `wx.navigateToMiniProgram`.
         * @example {
         *       "appId": "wxd8f3793ea3b935b8",
         *       "path": "pages/use/enable",
         *       "extraData": {
         *         "apply_permissions_token": "1230000109"
         *       }
         *     }
         */
        WxpayScoreEnableNavigateToMiniProgram: {
            /**
             * @description 支付分公众账号ID, fixed.
             * @constant
             */
            appId: "wxd8f3793ea3b935b8";
            /**
             * @description 路径, fixed.
             * @constant
             */
            path: "pages/use/enable";
            extraData: components["schemas"]["EnableJumpQuery"];
        };
        /**
         * @description `extraData` of `wxpayScoreUse`. `sign` = upper-case hex HMAC-SHA256, keyed with the APIv2
         *     merchant key, over the other five fields sorted by name as `k=v&…` followed by `&key=<APIv2 key>`
         *     (empty values and `sign` itself are skipped). The examples are signed with the APIv2 docs'
         *     published sample key `192006250b4c09247ec02edce69f6a2d`.
         * @example {
         *       "mch_id": "1230000109",
         *       "package": "AAQTnZoAAAABAAAAAAD8m2b8VRdZ2kVdKmHNZiAAAABcwQVtru-5k9MmEOZJ_Pv_Nq7Cw56dNKKN5Ej3Knt5jTHF-NdsP_McFW-iaU3iuJ0gWlNQeG9UihoKi0k2pv1t71M6mpk15X6L1545yNpmPD5uhi3poFV8e_5EdYwi_cbc6tXYVfa0AJUO4OzHGPhMdT4ZMwmFFhD0HQi9mRHQhFRKPwFai4NkkW7vm9mv1test",
         *       "timestamp": "1530097563",
         *       "nonce_str": "zyx53Nkey8o4bHpxTQvd8m7e92nG5mG2",
         *       "sign_type": "HMAC-SHA256",
         *       "sign": "8FE703D566295EE01949962A14C0DA644E978283E16F9F7F016C8156868D53F4"
         *     }
         */
        WxpayScoreUseExtraData: {
            /** @description 商户号 (the institution's merchant id). */
            mch_id: string;
            package: components["schemas"]["PackageString"];
            /** @description 时间戳, Unix seconds. */
            timestamp: string;
            /** @description 随机字符串. */
            nonce_str: string;
            /**
             * @description 签名方式, only HMAC-SHA256.
             * @constant
             */
            sign_type: "HMAC-SHA256";
            /** @description 签名. */
            sign: string;
        };
        /**
         * @description Mini-program → Pay Score order confirmation with `wx.openBusinessView` (base library ≥ 2.6.0;
         *     WeChat ≥ 7.0.3), after `createServiceOrder` returned `package`.
         * @example {
         *       "businessType": "wxpayScoreUse",
         *       "extraData": {
         *         "mch_id": "1230000109",
         *         "package": "AAQTnZoAAAABAAAAAAD8m2b8VRdZ2kVdKmHNZiAAAABcwQVtru-5k9MmEOZJ_Pv_Nq7Cw56dNKKN5Ej3Knt5jTHF-NdsP_McFW-iaU3iuJ0gWlNQeG9UihoKi0k2pv1t71M6mpk15X6L1545yNpmPD5uhi3poFV8e_5EdYwi_cbc6tXYVfa0AJUO4OzHGPhMdT4ZMwmFFhD0HQi9mRHQhFRKPwFai4NkkW7vm9mv1test",
         *         "timestamp": "1530097563",
         *         "nonce_str": "zyx53Nkey8o4bHpxTQvd8m7e92nG5mG2",
         *         "sign_type": "HMAC-SHA256",
         *         "sign": "8FE703D566295EE01949962A14C0DA644E978283E16F9F7F016C8156868D53F4"
         *       }
         *     }
         */
        WxpayScoreUseRequest: {
            /**
             * @description 跳转类型, fixed.
             * @constant
             */
            businessType: "wxpayScoreUse";
            extraData: components["schemas"]["WxpayScoreUseExtraData"];
        };
        /**
         * @description `referrerInfo.extraData` when the user comes back from Pay Score (scene 1038, in `App.onLaunch` /
         *     `App.onShow`). Present only when the user taps the in-page back button; it does not mean the
         *     order was confirmed — query the order.
         * @example {
         *       "query_id": "15646546545165651651"
         *     }
         */
        WxpayScoreUseReturn: {
            /** @description 单据查询ID (the wx.openBusinessView page gives string(64)); pass it to `getServiceOrder`. */
            query_id: string;
        };
        /**
         * @description 垫资还款 parameters (the 微信垫资还款 page). No signature.
         * @example {
         *       "appid": "wxcbda96de0b165486",
         *       "mchid": "1900009231",
         *       "openid": "oUpF8uMEb4qRXf22hE3X68TekukE",
         *       "nonce_str": "5K8264ILTKCH16CQ2502SI8ZNMTM67VS"
         *     }
         */
        RepaymentExtraData: {
            /** @description The merchant's AppID under which `openid` was issued. */
            appid: string;
            /** @description 微信支付分配的商户号. */
            mchid: string;
            /** @description 随机字符串, at most 32 characters. */
            nonce_str: string;
            /** @description 用户在商户AppID下的唯一标识 (the 微信垫资还款 page gives string(32)). */
            openid: string;
        };
        /**
         * @description Mini-program → 垫资还款 repayment mini-program with a `<navigator>` element (ordinary merchants
         *     that use the advance feature only). The attributes of the element.
         * @example {
         *       "target": "miniProgram",
         *       "open-type": "navigate",
         *       "app-id": "wx5e73c65404eee268",
         *       "path": "pages/invest_list/invest_list",
         *       "version": "release",
         *       "extra-data": {
         *         "appid": "wxcbda96de0b165486",
         *         "mchid": "1900009231",
         *         "openid": "oUpF8uMEb4qRXf22hE3X68TekukE",
         *         "nonce_str": "5K8264ILTKCH16CQ2502SI8ZNMTM67VS"
         *       }
         *     }
         */
        RepaymentMiniProgramNavigator: {
            /**
             * @description Fixed.
             * @constant
             */
            target: "miniProgram";
            /**
             * @description Fixed.
             * @constant
             */
            "open-type": "navigate";
            /**
             * @description 还款小程序AppID, fixed.
             * @constant
             */
            "app-id": "wx5e73c65404eee268";
            /**
             * @description 还款页面路径, fixed.
             * @constant
             */
            path: "pages/invest_list/invest_list";
            /**
             * @description Fixed.
             * @constant
             */
            version: "release";
            "extra-data": components["schemas"]["RepaymentExtraData"];
        };
        /**
         * @description App → 垫资还款 repayment mini-program with `WXLaunchMiniProgram` (openSDK): the mini-program's
         *     original id and the page path with the parameters of `RepaymentExtraData` as its query. No
         *     parameters come back; query the user's state after the App is resumed.
         * @example {
         *       "userName": "gh_5e259b7a73b1",
         *       "path": "pages/invest_list/invest_list?appid=wxcbda96de0b165486&mchid=1900009231&nonce_str=5K8264ILTKCH16CQ2502SI8ZNMTM67VS&openid=oUpF8uMEb4qRXf22hE3X68TekukE",
         *       "miniProgramType": 0
         *     }
         */
        RepaymentAppLaunch: {
            /**
             * @description 还款小程序原始ID, fixed.
             * @constant
             */
            userName: "gh_5e259b7a73b1";
            /** @description `pages/invest_list/invest_list?` + URL-encoded `appid`, `mchid`, `nonce_str`, `openid` (length a guess). */
            path: string;
            /**
             * @description 拉起小程序的类型.
             * @enum {integer}
             */
            miniProgramType: 0;
        };
    };
    responses: {
        /** @description 处理成功,应答无内容. Success with an empty, signed body (the signed message ends with an empty body line). */
        NoContent: {
            headers: {
                "Request-ID": components["headers"]["Request-ID"];
                "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp"];
                "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce"];
                "Wechatpay-Signature": components["headers"]["Wechatpay-Signature"];
                "Wechatpay-Serial": components["headers"]["Wechatpay-Serial"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description 400 — the request breaks a parameter or business rule. `PARAM_ERROR`: fix the parameter named in
         *     `detail`; `INVALID_REQUEST`: the format is right but a business rule is broken (for example the
         *     same `out_order_no` sent again with different parameters); `INVALID_ORDER_STATE`: the order's
         *     state does not allow this operation; `ORDER_CANCELED` / `ORDER_DONE`: nothing to do. Do not
         *     retry unchanged.
         */
        BadRequest: {
            headers: {
                "Request-ID": components["headers"]["Request-ID"];
                "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp-IfSigned"];
                "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce-IfSigned"];
                "Wechatpay-Signature": components["headers"]["Wechatpay-Signature-IfSigned"];
                "Wechatpay-Serial": components["headers"]["Wechatpay-Serial-IfSigned"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "PARAM_ERROR",
                 *       "message": "参数错误",
                 *       "detail": {
                 *         "field": "/out_order_no",
                 *         "value": "1234323JKHDFE1243252#",
                 *         "issue": "does not match pattern",
                 *         "location": "body"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["BadRequestError"];
            };
        };
        /** @description 401 — `SIGN_ERROR`, the request signature did not verify (wrong key, serial, signed string or clock skew over 5 minutes). Fix the signing; the body's `detail` may carry the platform's view of the signed message. */
        Unauthorized: {
            headers: {
                "Request-ID": components["headers"]["Request-ID"];
                "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp-IfSigned"];
                "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce-IfSigned"];
                "Wechatpay-Signature": components["headers"]["Wechatpay-Signature-IfSigned"];
                "Wechatpay-Serial": components["headers"]["Wechatpay-Serial-IfSigned"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "SIGN_ERROR",
                 *       "message": "签名错误",
                 *       "detail": {
                 *         "detail": {
                 *           "issue": "sign not match"
                 *         },
                 *         "field": "signature",
                 *         "location": "authorization",
                 *         "sign_information": {
                 *           "method": "POST",
                 *           "sign_message_length": 318,
                 *           "truncated_sign_message": "POST\n/v3/payscore/acquiringbank/permissions\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n{\"ap\n",
                 *           "url": "/v3/payscore/acquiringbank/permissions"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UnauthorizedError"];
            };
        };
        /** @description 403 — `NO_AUTH`, the merchant information is not valid or the merchant lacks the right (log in to the merchant platform and check). Do not retry unchanged. */
        Forbidden: {
            headers: {
                "Request-ID": components["headers"]["Request-ID"];
                "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp-IfSigned"];
                "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce-IfSigned"];
                "Wechatpay-Signature": components["headers"]["Wechatpay-Signature-IfSigned"];
                "Wechatpay-Serial": components["headers"]["Wechatpay-Serial-IfSigned"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "NO_AUTH",
                 *       "message": "商户信息不合法"
                 *     }
                 */
                "application/json": components["schemas"]["ForbiddenError"];
            };
        };
        /** @description 404 — `ORDER_NOT_EXIST`, the order or authorization does not exist. Check the identifiers. */
        NotFound: {
            headers: {
                "Request-ID": components["headers"]["Request-ID"];
                "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp-IfSigned"];
                "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce-IfSigned"];
                "Wechatpay-Signature": components["headers"]["Wechatpay-Signature-IfSigned"];
                "Wechatpay-Serial": components["headers"]["Wechatpay-Serial-IfSigned"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "ORDER_NOT_EXIST",
                 *       "message": "订单不存在"
                 *     }
                 */
                "application/json": components["schemas"]["NotFoundError"];
            };
        };
        /** @description 429 — `FREQUENCY_LIMITED`, the call rate limit is exceeded. Back off and retry later. */
        TooManyRequests: {
            headers: {
                "Request-ID": components["headers"]["Request-ID"];
                "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp-IfSigned"];
                "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce-IfSigned"];
                "Wechatpay-Signature": components["headers"]["Wechatpay-Signature-IfSigned"];
                "Wechatpay-Serial": components["headers"]["Wechatpay-Serial-IfSigned"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "FREQUENCY_LIMITED",
                 *       "message": "频率超限"
                 *     }
                 */
                "application/json": components["schemas"]["TooManyRequestsError"];
            };
        };
        /** @description 500 — `SYSTEM_ERROR`. Every 5xx is a platform problem; retry later with the same parameters (the same `out_order_no` keeps the call idempotent). */
        InternalServerError: {
            headers: {
                "Request-ID": components["headers"]["Request-ID"];
                "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp-IfSigned"];
                "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce-IfSigned"];
                "Wechatpay-Signature": components["headers"]["Wechatpay-Signature-IfSigned"];
                "Wechatpay-Serial": components["headers"]["Wechatpay-Serial-IfSigned"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "SYSTEM_ERROR",
                 *       "message": "系统错误"
                 *     }
                 */
                "application/json": components["schemas"]["ServerError"];
            };
        };
        /** @description 502 — `SERVICE_UNAVAILABLE` (APIv3 rules). Retry later with the same parameters, or fail over to the backup host. */
        BadGateway: {
            headers: {
                "Request-ID": components["headers"]["Request-ID"];
                "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp-IfSigned"];
                "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce-IfSigned"];
                "Wechatpay-Signature": components["headers"]["Wechatpay-Signature-IfSigned"];
                "Wechatpay-Serial": components["headers"]["Wechatpay-Serial-IfSigned"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "SERVICE_UNAVAILABLE",
                 *       "message": "服务不可用"
                 *     }
                 */
                "application/json": components["schemas"]["ServiceUnavailableError"];
            };
        };
        /** @description 503 — `SERVICE_UNAVAILABLE` (APIv3 rules). Retry later with the same parameters, or fail over to the backup host. */
        ServiceUnavailable: {
            headers: {
                "Request-ID": components["headers"]["Request-ID"];
                "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp-IfSigned"];
                "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce-IfSigned"];
                "Wechatpay-Signature": components["headers"]["Wechatpay-Signature-IfSigned"];
                "Wechatpay-Serial": components["headers"]["Wechatpay-Serial-IfSigned"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "SERVICE_UNAVAILABLE",
                 *       "message": "服务不可用"
                 *     }
                 */
                "application/json": components["schemas"]["ServiceUnavailableError"];
            };
        };
    };
    parameters: {
        /**
         * @description 授权协议号. Only digits, letters and `_-|*`; unique under the institution's merchant id (the 预授权 page).
         * @example 1234323JKHDFE1243252
         */
        AuthorizationCodePath: components["schemas"]["AuthorizationCode"];
        /**
         * @description 商户服务订单号, as given when the order was created.
         * @example 1234323JKHDFE1243252
         */
        OutOrderNoPath: components["schemas"]["OutOrderNo"];
        /**
         * @description 服务ID. The service id that has the rights for this product.
         * @example 500001
         */
        ServiceIdQuery: components["schemas"]["ServiceId"];
        /**
         * @description 渠道商商户号.
         * @example 1230000109
         */
        ChannelIdQuery: components["schemas"]["ChannelId"];
        /**
         * @description 子商户商户号.
         * @example 1230000109
         */
        SubMchidQuery: components["schemas"]["SubMchid"];
        /**
         * @description The platform-certificate serial or WeChat Pay public-key id (`PUB_KEY_ID_…`) the client
         *     verifies with. During a migration the platform signs the response with the key named here;
         *     a serial the merchant does not own gives 400 `INVALID_REQUEST`. The client
         *     middleware sets it on every request.
         * @example PUB_KEY_ID_0112860886012025062700111588000000
         */
        WechatpaySerialRequest: components["schemas"]["WechatpaySerial"];
        /** @example 1554208460 */
        NotificationTimestamp: components["schemas"]["WechatpayTimestamp"];
        /** @example c5ac7061fccab6bf3e254dcf98995b8c */
        NotificationNonce: components["schemas"]["WechatpayNonce"];
        NotificationSignature: components["schemas"]["WechatpaySignature"];
        /**
         * @description Platform-certificate serial or `PUB_KEY_ID_…` of the key that signed this notification.
         * @example PUB_KEY_ID_0112860886012025062700111588000000
         */
        NotificationSerial: components["schemas"]["WechatpaySerial"];
        /** @example WECHATPAY2-SHA256-RSA2048 */
        NotificationSignatureType: components["schemas"]["WechatpaySignatureType"];
    };
    requestBodies: never;
    headers: {
        /** @description Unique id of this request on the platform; quote it when asking WeChat Pay support. */
        "Request-ID": components["schemas"]["RequestId"];
        /** @description Unix seconds at which the platform signed the response. */
        "Wechatpay-Timestamp": components["schemas"]["WechatpayTimestamp"];
        /** @description Random string that is part of the signed message. */
        "Wechatpay-Nonce": components["schemas"]["WechatpayNonce"];
        /** @description Base64 SHA256withRSA signature over `TIMESTAMP\nNONCE\nBODY\n`. */
        "Wechatpay-Signature": components["schemas"]["WechatpaySignature"];
        /** @description Platform-certificate serial or `PUB_KEY_ID_…` of the signing key. */
        "Wechatpay-Serial": components["schemas"]["WechatpaySerial"];
        /** @description Unix seconds at which the platform signed this error response. Error responses are signed when these headers are present; verify them then. */
        "Wechatpay-Timestamp-IfSigned": components["schemas"]["WechatpayTimestamp"];
        /** @description Random string of the signed message, when the error response is signed. */
        "Wechatpay-Nonce-IfSigned": components["schemas"]["WechatpayNonce"];
        /** @description Signature of the error response, when it is signed. */
        "Wechatpay-Signature-IfSigned": components["schemas"]["WechatpaySignature"];
        /** @description Serial of the key that signed the error response, when it is signed. */
        "Wechatpay-Serial-IfSigned": components["schemas"]["WechatpaySerial"];
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    applyPermissions: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The platform-certificate serial or WeChat Pay public-key id (`PUB_KEY_ID_…`) the client
                 *     verifies with. During a migration the platform signs the response with the key named here;
                 *     a serial the merchant does not own gives 400 `INVALID_REQUEST`. The client
                 *     middleware sets it on every request.
                 * @example PUB_KEY_ID_0112860886012025062700111588000000
                 */
                "Wechatpay-Serial"?: components["parameters"]["WechatpaySerialRequest"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyPermissionsRequest"];
            };
        };
        responses: {
            /** @description The pre-authorization token. */
            200: {
                headers: {
                    "Request-ID": components["headers"]["Request-ID"];
                    "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp"];
                    "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce"];
                    "Wechatpay-Signature": components["headers"]["Wechatpay-Signature"];
                    "Wechatpay-Serial": components["headers"]["Wechatpay-Serial"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplyPermissionsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPermissionsByAuthorizationCode: {
        parameters: {
            query: {
                /**
                 * @description 服务ID. The service id that has the rights for this product.
                 * @example 500001
                 */
                service_id: components["parameters"]["ServiceIdQuery"];
                /**
                 * @description 渠道商商户号.
                 * @example 1230000109
                 */
                channel_id: components["parameters"]["ChannelIdQuery"];
                /**
                 * @description 子商户商户号.
                 * @example 1230000109
                 */
                sub_mchid: components["parameters"]["SubMchidQuery"];
            };
            header?: {
                /**
                 * @description The platform-certificate serial or WeChat Pay public-key id (`PUB_KEY_ID_…`) the client
                 *     verifies with. During a migration the platform signs the response with the key named here;
                 *     a serial the merchant does not own gives 400 `INVALID_REQUEST`. The client
                 *     middleware sets it on every request.
                 * @example PUB_KEY_ID_0112860886012025062700111588000000
                 */
                "Wechatpay-Serial"?: components["parameters"]["WechatpaySerialRequest"];
            };
            path: {
                /**
                 * @description 授权协议号. Only digits, letters and `_-|*`; unique under the institution's merchant id (the 预授权 page).
                 * @example 1234323JKHDFE1243252
                 */
                authorization_code: components["parameters"]["AuthorizationCodePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authorization record. */
            200: {
                headers: {
                    "Request-ID": components["headers"]["Request-ID"];
                    "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp"];
                    "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce"];
                    "Wechatpay-Signature": components["headers"]["Wechatpay-Signature"];
                    "Wechatpay-Serial": components["headers"]["Wechatpay-Serial"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionsRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    terminatePermissionsByAuthorizationCode: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The platform-certificate serial or WeChat Pay public-key id (`PUB_KEY_ID_…`) the client
                 *     verifies with. During a migration the platform signs the response with the key named here;
                 *     a serial the merchant does not own gives 400 `INVALID_REQUEST`. The client
                 *     middleware sets it on every request.
                 * @example PUB_KEY_ID_0112860886012025062700111588000000
                 */
                "Wechatpay-Serial"?: components["parameters"]["WechatpaySerialRequest"];
            };
            path: {
                /**
                 * @description 授权协议号. Only digits, letters and `_-|*`; unique under the institution's merchant id (the 预授权 page).
                 * @example 1234323JKHDFE1243252
                 */
                authorization_code: components["parameters"]["AuthorizationCodePath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminatePermissionsRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getServiceOrder: {
        parameters: {
            query: {
                /**
                 * @description 服务ID.
                 * @example 2002000000000558128851361561536
                 */
                service_id?: components["schemas"]["ServiceId"];
                /**
                 * @description 子商户商户号.
                 * @example 1230000109
                 */
                sub_mchid: components["parameters"]["SubMchidQuery"];
                /**
                 * @description 渠道商商户号.
                 * @example 1230000109
                 */
                channel_id: components["parameters"]["ChannelIdQuery"];
                /**
                 * @description 商户服务订单号; exactly one of `out_order_no` / `query_id`.
                 * @example 1234323JKHDFE1243252
                 */
                out_order_no?: components["schemas"]["OutOrderNo"];
                /**
                 * @description 单据查询ID; exactly one of `out_order_no` / `query_id`.
                 * @example 15646546545165651651
                 */
                query_id?: components["schemas"]["QueryId"];
            };
            header?: {
                /**
                 * @description The platform-certificate serial or WeChat Pay public-key id (`PUB_KEY_ID_…`) the client
                 *     verifies with. During a migration the platform signs the response with the key named here;
                 *     a serial the merchant does not own gives 400 `INVALID_REQUEST`. The client
                 *     middleware sets it on every request.
                 * @example PUB_KEY_ID_0112860886012025062700111588000000
                 */
                "Wechatpay-Serial"?: components["parameters"]["WechatpaySerialRequest"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    "Request-ID": components["headers"]["Request-ID"];
                    "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp"];
                    "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce"];
                    "Wechatpay-Signature": components["headers"]["Wechatpay-Signature"];
                    "Wechatpay-Serial": components["headers"]["Wechatpay-Serial"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceOrder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createServiceOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The platform-certificate serial or WeChat Pay public-key id (`PUB_KEY_ID_…`) the client
                 *     verifies with. During a migration the platform signs the response with the key named here;
                 *     a serial the merchant does not own gives 400 `INVALID_REQUEST`. The client
                 *     middleware sets it on every request.
                 * @example PUB_KEY_ID_0112860886012025062700111588000000
                 */
                "Wechatpay-Serial"?: components["parameters"]["WechatpaySerialRequest"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceOrderRequest"];
            };
        };
        responses: {
            /** @description The created order, with `package` for the confirmation jump. */
            200: {
                headers: {
                    "Request-ID": components["headers"]["Request-ID"];
                    "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp"];
                    "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce"];
                    "Wechatpay-Signature": components["headers"]["Wechatpay-Signature"];
                    "Wechatpay-Serial": components["headers"]["Wechatpay-Serial"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceOrder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelServiceOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The platform-certificate serial or WeChat Pay public-key id (`PUB_KEY_ID_…`) the client
                 *     verifies with. During a migration the platform signs the response with the key named here;
                 *     a serial the merchant does not own gives 400 `INVALID_REQUEST`. The client
                 *     middleware sets it on every request.
                 * @example PUB_KEY_ID_0112860886012025062700111588000000
                 */
                "Wechatpay-Serial"?: components["parameters"]["WechatpaySerialRequest"];
            };
            path: {
                /**
                 * @description 商户服务订单号, as given when the order was created.
                 * @example 1234323JKHDFE1243252
                 */
                out_order_no: components["parameters"]["OutOrderNoPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelServiceOrderRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    completeServiceOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The platform-certificate serial or WeChat Pay public-key id (`PUB_KEY_ID_…`) the client
                 *     verifies with. During a migration the platform signs the response with the key named here;
                 *     a serial the merchant does not own gives 400 `INVALID_REQUEST`. The client
                 *     middleware sets it on every request.
                 * @example PUB_KEY_ID_0112860886012025062700111588000000
                 */
                "Wechatpay-Serial"?: components["parameters"]["WechatpaySerialRequest"];
            };
            path: {
                /**
                 * @description 商户服务订单号, as given when the order was created.
                 * @example 1234323JKHDFE1243252
                 */
                out_order_no: components["parameters"]["OutOrderNoPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteServiceOrderRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    modifyServiceOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The platform-certificate serial or WeChat Pay public-key id (`PUB_KEY_ID_…`) the client
                 *     verifies with. During a migration the platform signs the response with the key named here;
                 *     a serial the merchant does not own gives 400 `INVALID_REQUEST`. The client
                 *     middleware sets it on every request.
                 * @example PUB_KEY_ID_0112860886012025062700111588000000
                 */
                "Wechatpay-Serial"?: components["parameters"]["WechatpaySerialRequest"];
            };
            path: {
                /**
                 * @description 商户服务订单号, as given when the order was created.
                 * @example 1234323JKHDFE1243252
                 */
                out_order_no: components["parameters"]["OutOrderNoPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifyServiceOrderRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    syncServiceOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The platform-certificate serial or WeChat Pay public-key id (`PUB_KEY_ID_…`) the client
                 *     verifies with. During a migration the platform signs the response with the key named here;
                 *     a serial the merchant does not own gives 400 `INVALID_REQUEST`. The client
                 *     middleware sets it on every request.
                 * @example PUB_KEY_ID_0112860886012025062700111588000000
                 */
                "Wechatpay-Serial"?: components["parameters"]["WechatpaySerialRequest"];
            };
            path: {
                /**
                 * @description 商户服务订单号, as given when the order was created.
                 * @example 1234323JKHDFE1243252
                 */
                out_order_no: components["parameters"]["OutOrderNoPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SyncServiceOrderRequest"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    registerDeductInfo: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The platform-certificate serial or WeChat Pay public-key id (`PUB_KEY_ID_…`) the client
                 *     verifies with. During a migration the platform signs the response with the key named here;
                 *     a serial the merchant does not own gives 400 `INVALID_REQUEST`. The client
                 *     middleware sets it on every request.
                 * @example PUB_KEY_ID_0112860886012025062700111588000000
                 */
                "Wechatpay-Serial"?: components["parameters"]["WechatpaySerialRequest"];
            };
            path: {
                /**
                 * @description 商户服务订单号, as given when the order was created.
                 * @example 1234323JKHDFE1243252
                 */
                out_order_no: components["parameters"]["OutOrderNoPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDeductInfoRequest"];
            };
        };
        responses: {
            /** @description The registered deduction's description. */
            200: {
                headers: {
                    "Request-ID": components["headers"]["Request-ID"];
                    "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp"];
                    "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce"];
                    "Wechatpay-Signature": components["headers"]["Wechatpay-Signature"];
                    "Wechatpay-Serial": components["headers"]["Wechatpay-Serial"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterDeductInfoResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDeductInfo: {
        parameters: {
            query: {
                /**
                 * @description 服务ID. The service id that has the rights for this product.
                 * @example 500001
                 */
                service_id: components["parameters"]["ServiceIdQuery"];
                /**
                 * @description 从业机构的公众号ID.
                 * @example wxd678efh567hg6787
                 */
                appid: components["schemas"]["AppId"];
                /**
                 * @description 子商户商户号.
                 * @example 1230000109
                 */
                sub_mchid: components["parameters"]["SubMchidQuery"];
                /**
                 * @description 子商户的公众号ID.
                 * @example wxd678efh567hg6999
                 */
                sub_appid?: components["schemas"]["SubAppId"];
                /**
                 * @description 渠道商商户号.
                 * @example 1230000109
                 */
                channel_id: components["parameters"]["ChannelIdQuery"];
                /**
                 * @description 商户服务订单号.
                 * @example 1234323JKHDFE1243252
                 */
                out_order_no: components["schemas"]["OutOrderNo"];
            };
            header?: {
                /**
                 * @description The platform-certificate serial or WeChat Pay public-key id (`PUB_KEY_ID_…`) the client
                 *     verifies with. During a migration the platform signs the response with the key named here;
                 *     a serial the merchant does not own gives 400 `INVALID_REQUEST`. The client
                 *     middleware sets it on every request.
                 * @example PUB_KEY_ID_0112860886012025062700111588000000
                 */
                "Wechatpay-Serial"?: components["parameters"]["WechatpaySerialRequest"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registered deduction. */
            200: {
                headers: {
                    "Request-ID": components["headers"]["Request-ID"];
                    "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp"];
                    "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce"];
                    "Wechatpay-Signature": components["headers"]["Wechatpay-Signature"];
                    "Wechatpay-Serial": components["headers"]["Wechatpay-Serial"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeductInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPayOnDeliveryServiceOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The platform-certificate serial or WeChat Pay public-key id (`PUB_KEY_ID_…`) the client
                 *     verifies with. During a migration the platform signs the response with the key named here;
                 *     a serial the merchant does not own gives 400 `INVALID_REQUEST`. The client
                 *     middleware sets it on every request.
                 * @example PUB_KEY_ID_0112860886012025062700111588000000
                 */
                "Wechatpay-Serial"?: components["parameters"]["WechatpaySerialRequest"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePayOnDeliveryOrderRequest"];
            };
        };
        responses: {
            /** @description The created order. */
            200: {
                headers: {
                    "Request-ID": components["headers"]["Request-ID"];
                    "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp"];
                    "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce"];
                    "Wechatpay-Signature": components["headers"]["Wechatpay-Signature"];
                    "Wechatpay-Serial": components["headers"]["Wechatpay-Serial"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceOrder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCertificates: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The platform-certificate serial or WeChat Pay public-key id (`PUB_KEY_ID_…`) the client
                 *     verifies with. During a migration the platform signs the response with the key named here;
                 *     a serial the merchant does not own gives 400 `INVALID_REQUEST`. The client
                 *     middleware sets it on every request.
                 * @example PUB_KEY_ID_0112860886012025062700111588000000
                 */
                "Wechatpay-Serial"?: components["parameters"]["WechatpaySerialRequest"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The platform certificates. */
            200: {
                headers: {
                    "Request-ID": components["headers"]["Request-ID"];
                    "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp"];
                    "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce"];
                    "Wechatpay-Signature": components["headers"]["Wechatpay-Signature"];
                    "Wechatpay-Serial": components["headers"]["Wechatpay-Serial"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description 403 — `NO_AUTH`, or `NOT_ENOUGH` when the platform certificates have expired. */
            403: {
                headers: {
                    "Request-ID": components["headers"]["Request-ID"];
                    "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp-IfSigned"];
                    "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce-IfSigned"];
                    "Wechatpay-Signature": components["headers"]["Wechatpay-Signature-IfSigned"];
                    "Wechatpay-Serial": components["headers"]["Wechatpay-Serial-IfSigned"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificatesForbiddenError"];
                };
            };
            /** @description 404 — `RESOURCE_NOT_EXISTS`, no platform certificate (merchants that use the WeChat Pay public key). */
            404: {
                headers: {
                    "Request-ID": components["headers"]["Request-ID"];
                    "Wechatpay-Timestamp": components["headers"]["Wechatpay-Timestamp-IfSigned"];
                    "Wechatpay-Nonce": components["headers"]["Wechatpay-Nonce-IfSigned"];
                    "Wechatpay-Signature": components["headers"]["Wechatpay-Signature-IfSigned"];
                    "Wechatpay-Serial": components["headers"]["Wechatpay-Serial-IfSigned"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificatesNotFoundError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    onUserOpenService: {
        parameters: {
            query?: never;
            header: {
                /** @example 1554208460 */
                "Wechatpay-Timestamp": components["parameters"]["NotificationTimestamp"];
                /** @example c5ac7061fccab6bf3e254dcf98995b8c */
                "Wechatpay-Nonce": components["parameters"]["NotificationNonce"];
                "Wechatpay-Signature": components["parameters"]["NotificationSignature"];
                /**
                 * @description Platform-certificate serial or `PUB_KEY_ID_…` of the key that signed this notification.
                 * @example PUB_KEY_ID_0112860886012025062700111588000000
                 */
                "Wechatpay-Serial": components["parameters"]["NotificationSerial"];
                /** @example WECHATPAY2-SHA256-RSA2048 */
                "Wechatpay-Signature-Type"?: components["parameters"]["NotificationSignatureType"];
                /** @description The platform's id of this delivery. */
                "Request-ID"?: components["schemas"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserOpenServiceNotification"];
            };
        };
        responses: {
            /** @description 接收成功 — received; no body needed. WeChat Pay stops retrying. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationReply"];
                };
            };
            /** @description 接收成功 — received, no content. WeChat Pay stops retrying. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 接收失败 — for example the signature did not verify. WeChat Pay retries on the schedule. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationReply"];
                };
            };
            /** @description 接收失败 — the institution could not process it now. WeChat Pay retries on the schedule. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationReply"];
                };
            };
        };
    };
    onUserCloseService: {
        parameters: {
            query?: never;
            header: {
                /** @example 1554208460 */
                "Wechatpay-Timestamp": components["parameters"]["NotificationTimestamp"];
                /** @example c5ac7061fccab6bf3e254dcf98995b8c */
                "Wechatpay-Nonce": components["parameters"]["NotificationNonce"];
                "Wechatpay-Signature": components["parameters"]["NotificationSignature"];
                /**
                 * @description Platform-certificate serial or `PUB_KEY_ID_…` of the key that signed this notification.
                 * @example PUB_KEY_ID_0112860886012025062700111588000000
                 */
                "Wechatpay-Serial": components["parameters"]["NotificationSerial"];
                /** @example WECHATPAY2-SHA256-RSA2048 */
                "Wechatpay-Signature-Type"?: components["parameters"]["NotificationSignatureType"];
                /** @description The platform's id of this delivery. */
                "Request-ID"?: components["schemas"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCloseServiceNotification"];
            };
        };
        responses: {
            /** @description 接收成功 — received; no body needed. WeChat Pay stops retrying. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationReply"];
                };
            };
            /** @description 接收成功 — received, no content. WeChat Pay stops retrying. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 接收失败 — for example the signature did not verify. WeChat Pay retries on the schedule. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationReply"];
                };
            };
            /** @description 接收失败 — the institution could not process it now. WeChat Pay retries on the schedule. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationReply"];
                };
            };
        };
    };
    onUserConfirm: {
        parameters: {
            query?: never;
            header: {
                /** @example 1554208460 */
                "Wechatpay-Timestamp": components["parameters"]["NotificationTimestamp"];
                /** @example c5ac7061fccab6bf3e254dcf98995b8c */
                "Wechatpay-Nonce": components["parameters"]["NotificationNonce"];
                "Wechatpay-Signature": components["parameters"]["NotificationSignature"];
                /**
                 * @description Platform-certificate serial or `PUB_KEY_ID_…` of the key that signed this notification.
                 * @example PUB_KEY_ID_0112860886012025062700111588000000
                 */
                "Wechatpay-Serial": components["parameters"]["NotificationSerial"];
                /** @example WECHATPAY2-SHA256-RSA2048 */
                "Wechatpay-Signature-Type"?: components["parameters"]["NotificationSignatureType"];
                /** @description The platform's id of this delivery. */
                "Request-ID"?: components["schemas"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserConfirmNotification"];
            };
        };
        responses: {
            /** @description 接收成功 — received; no body needed. WeChat Pay stops retrying. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationReply"];
                };
            };
            /** @description 接收成功 — received, no content. WeChat Pay stops retrying. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 接收失败 — for example the signature did not verify. WeChat Pay retries on the schedule. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationReply"];
                };
            };
            /** @description 接收失败 — the institution could not process it now. WeChat Pay retries on the schedule. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationReply"];
                };
            };
        };
    };
    onUserPaid: {
        parameters: {
            query?: never;
            header: {
                /** @example 1554208460 */
                "Wechatpay-Timestamp": components["parameters"]["NotificationTimestamp"];
                /** @example c5ac7061fccab6bf3e254dcf98995b8c */
                "Wechatpay-Nonce": components["parameters"]["NotificationNonce"];
                "Wechatpay-Signature": components["parameters"]["NotificationSignature"];
                /**
                 * @description Platform-certificate serial or `PUB_KEY_ID_…` of the key that signed this notification.
                 * @example PUB_KEY_ID_0112860886012025062700111588000000
                 */
                "Wechatpay-Serial": components["parameters"]["NotificationSerial"];
                /** @example WECHATPAY2-SHA256-RSA2048 */
                "Wechatpay-Signature-Type"?: components["parameters"]["NotificationSignatureType"];
                /** @description The platform's id of this delivery. */
                "Request-ID"?: components["schemas"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPaidNotification"];
            };
        };
        responses: {
            /** @description 接收成功 — received; no body needed. WeChat Pay stops retrying. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationReply"];
                };
            };
            /** @description 接收成功 — received, no content. WeChat Pay stops retrying. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 接收失败 — for example the signature did not verify. WeChat Pay retries on the schedule. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationReply"];
                };
            };
            /** @description 接收失败 — the institution could not process it now. WeChat Pay retries on the schedule. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationReply"];
                };
            };
        };
    };
    onMchPrepay: {
        parameters: {
            query?: never;
            header: {
                /** @example 1554208460 */
                "Wechatpay-Timestamp": components["parameters"]["NotificationTimestamp"];
                /** @example c5ac7061fccab6bf3e254dcf98995b8c */
                "Wechatpay-Nonce": components["parameters"]["NotificationNonce"];
                "Wechatpay-Signature": components["parameters"]["NotificationSignature"];
                /**
                 * @description Platform-certificate serial or `PUB_KEY_ID_…` of the key that signed this notification.
                 * @example PUB_KEY_ID_0112860886012025062700111588000000
                 */
                "Wechatpay-Serial": components["parameters"]["NotificationSerial"];
                /** @example WECHATPAY2-SHA256-RSA2048 */
                "Wechatpay-Signature-Type"?: components["parameters"]["NotificationSignatureType"];
                /** @description The platform's id of this delivery. */
                "Request-ID"?: components["schemas"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MchPrepayNotification"];
            };
        };
        responses: {
            /** @description 接收成功 — received; no body needed. WeChat Pay stops retrying. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationReply"];
                };
            };
            /** @description 接收成功 — received, no content. WeChat Pay stops retrying. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 接收失败 — for example the signature did not verify. WeChat Pay retries on the schedule. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationReply"];
                };
            };
            /** @description 接收失败 — the institution could not process it now. WeChat Pay retries on the schedule. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationReply"];
                };
            };
        };
    };
}
