// Generated from spec/ by `npm run generate` (scripts/generate.ts). Do not edit.
import type { SpecIndex } from "../src/spec-index.js";

/** Names of the client-side jumps: the keys of the spec's root `x-client-jumps`. */
export type JumpKind = "wxpayScoreEnableApp" | "wxpayScoreEnableJsapi" | "wxpayScoreEnableMiniProgram" | "wxpayScoreEnableNavigateToMiniProgram" | "wxpayScoreUse" | "wxpayScoreUseReturn" | "repaymentMiniProgram" | "repaymentApp";

export const SPEC_INDEX: SpecIndex = {
  "info": {
    "title": "WeChat Pay Score — institution mode (微信支付分 机构模式) APIv3",
    "version": "1.0.0"
  },
  "servers": [
    "https://api.mch.weixin.qq.com",
    "https://api2.mch.weixin.qq.com"
  ],
  "operations": [
    {
      "operationId": "applyPermissions",
      "summary": "从业机构预授权 — pre-authorize a user",
      "method": "POST",
      "template": "/v3/payscore/acquiringbank/permissions",
      "parameters": [
        {
          "name": "Wechatpay-Serial",
          "in": "header",
          "required": false,
          "schema": "#/components/parameters/WechatpaySerialRequest/schema",
          "type": "string"
        }
      ],
      "exactlyOneOf": [],
      "body": {
        "required": true,
        "pointer": "#/paths/~1v3~1payscore~1acquiringbank~1permissions/post/requestBody/content/application~1json/schema"
      },
      "responses": {
        "200": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Timestamp/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Nonce/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Signature/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Serial/schema",
              "type": "string"
            }
          ],
          "body": "#/paths/~1v3~1payscore~1acquiringbank~1permissions/post/responses/200/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        },
        "400": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadRequest/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "PARAM_ERROR",
            "INVALID_REQUEST",
            "INVALID_ORDER_STATE",
            "ORDER_CANCELED",
            "ORDER_DONE"
          ]
        },
        "401": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Unauthorized/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SIGN_ERROR"
          ]
        },
        "403": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Forbidden/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "NO_AUTH"
          ]
        },
        "404": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/NotFound/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "ORDER_NOT_EXIST"
          ]
        },
        "429": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/TooManyRequests/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "FREQUENCY_LIMITED"
          ]
        },
        "500": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/InternalServerError/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SYSTEM_ERROR"
          ]
        },
        "502": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadGateway/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        },
        "503": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/ServiceUnavailable/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        }
      }
    },
    {
      "operationId": "getPermissionsByAuthorizationCode",
      "summary": "查询与用户授权记录(授权协议号) — query an authorization",
      "method": "GET",
      "template": "/v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}",
      "parameters": [
        {
          "name": "authorization_code",
          "in": "path",
          "required": true,
          "schema": "#/components/parameters/AuthorizationCodePath/schema",
          "type": "string"
        },
        {
          "name": "service_id",
          "in": "query",
          "required": true,
          "schema": "#/components/parameters/ServiceIdQuery/schema",
          "type": "string"
        },
        {
          "name": "channel_id",
          "in": "query",
          "required": true,
          "schema": "#/components/parameters/ChannelIdQuery/schema",
          "type": "string"
        },
        {
          "name": "sub_mchid",
          "in": "query",
          "required": true,
          "schema": "#/components/parameters/SubMchidQuery/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Serial",
          "in": "header",
          "required": false,
          "schema": "#/components/parameters/WechatpaySerialRequest/schema",
          "type": "string"
        }
      ],
      "exactlyOneOf": [],
      "responses": {
        "200": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Timestamp/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Nonce/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Signature/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Serial/schema",
              "type": "string"
            }
          ],
          "body": "#/paths/~1v3~1payscore~1acquiringbank~1permissions~1authorization-code~1{authorization_code}/get/responses/200/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        },
        "400": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadRequest/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "PARAM_ERROR",
            "INVALID_REQUEST",
            "INVALID_ORDER_STATE",
            "ORDER_CANCELED",
            "ORDER_DONE"
          ]
        },
        "401": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Unauthorized/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SIGN_ERROR"
          ]
        },
        "403": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Forbidden/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "NO_AUTH"
          ]
        },
        "404": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/NotFound/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "ORDER_NOT_EXIST"
          ]
        },
        "429": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/TooManyRequests/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "FREQUENCY_LIMITED"
          ]
        },
        "500": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/InternalServerError/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SYSTEM_ERROR"
          ]
        },
        "502": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadGateway/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        },
        "503": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/ServiceUnavailable/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        }
      }
    },
    {
      "operationId": "terminatePermissionsByAuthorizationCode",
      "summary": "解除用户授权关系(授权协议号) — terminate an authorization",
      "method": "POST",
      "template": "/v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}/terminate",
      "parameters": [
        {
          "name": "authorization_code",
          "in": "path",
          "required": true,
          "schema": "#/components/parameters/AuthorizationCodePath/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Serial",
          "in": "header",
          "required": false,
          "schema": "#/components/parameters/WechatpaySerialRequest/schema",
          "type": "string"
        }
      ],
      "exactlyOneOf": [],
      "body": {
        "required": true,
        "pointer": "#/paths/~1v3~1payscore~1acquiringbank~1permissions~1authorization-code~1{authorization_code}~1terminate/post/requestBody/content/application~1json/schema"
      },
      "responses": {
        "204": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Timestamp/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Nonce/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Signature/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Serial/schema",
              "type": "string"
            }
          ],
          "bodyOptional": false,
          "mediaTypes": [],
          "errorCodes": []
        },
        "400": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadRequest/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "PARAM_ERROR",
            "INVALID_REQUEST",
            "INVALID_ORDER_STATE",
            "ORDER_CANCELED",
            "ORDER_DONE"
          ]
        },
        "401": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Unauthorized/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SIGN_ERROR"
          ]
        },
        "403": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Forbidden/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "NO_AUTH"
          ]
        },
        "404": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/NotFound/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "ORDER_NOT_EXIST"
          ]
        },
        "429": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/TooManyRequests/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "FREQUENCY_LIMITED"
          ]
        },
        "500": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/InternalServerError/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SYSTEM_ERROR"
          ]
        },
        "502": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadGateway/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        },
        "503": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/ServiceUnavailable/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        }
      }
    },
    {
      "operationId": "getServiceOrder",
      "summary": "查询支付分订单 — query a service order",
      "method": "GET",
      "template": "/v3/payscore/acquiringbank/serviceorder",
      "parameters": [
        {
          "name": "service_id",
          "in": "query",
          "required": false,
          "schema": "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder/get/parameters/0/schema",
          "type": "string"
        },
        {
          "name": "sub_mchid",
          "in": "query",
          "required": true,
          "schema": "#/components/parameters/SubMchidQuery/schema",
          "type": "string"
        },
        {
          "name": "channel_id",
          "in": "query",
          "required": true,
          "schema": "#/components/parameters/ChannelIdQuery/schema",
          "type": "string"
        },
        {
          "name": "out_order_no",
          "in": "query",
          "required": false,
          "schema": "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder/get/parameters/3/schema",
          "type": "string"
        },
        {
          "name": "query_id",
          "in": "query",
          "required": false,
          "schema": "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder/get/parameters/4/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Serial",
          "in": "header",
          "required": false,
          "schema": "#/components/parameters/WechatpaySerialRequest/schema",
          "type": "string"
        }
      ],
      "exactlyOneOf": [
        "out_order_no",
        "query_id"
      ],
      "responses": {
        "200": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Timestamp/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Nonce/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Signature/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Serial/schema",
              "type": "string"
            }
          ],
          "body": "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder/get/responses/200/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        },
        "400": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadRequest/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "PARAM_ERROR",
            "INVALID_REQUEST",
            "INVALID_ORDER_STATE",
            "ORDER_CANCELED",
            "ORDER_DONE"
          ]
        },
        "401": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Unauthorized/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SIGN_ERROR"
          ]
        },
        "403": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Forbidden/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "NO_AUTH"
          ]
        },
        "404": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/NotFound/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "ORDER_NOT_EXIST"
          ]
        },
        "429": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/TooManyRequests/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "FREQUENCY_LIMITED"
          ]
        },
        "500": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/InternalServerError/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SYSTEM_ERROR"
          ]
        },
        "502": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadGateway/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        },
        "503": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/ServiceUnavailable/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        }
      }
    },
    {
      "operationId": "createServiceOrder",
      "summary": "创建支付分订单 — create a service order",
      "method": "POST",
      "template": "/v3/payscore/acquiringbank/serviceorder",
      "parameters": [
        {
          "name": "Wechatpay-Serial",
          "in": "header",
          "required": false,
          "schema": "#/components/parameters/WechatpaySerialRequest/schema",
          "type": "string"
        }
      ],
      "exactlyOneOf": [],
      "body": {
        "required": true,
        "pointer": "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder/post/requestBody/content/application~1json/schema"
      },
      "responses": {
        "200": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Timestamp/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Nonce/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Signature/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Serial/schema",
              "type": "string"
            }
          ],
          "body": "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder/post/responses/200/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        },
        "400": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadRequest/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "PARAM_ERROR",
            "INVALID_REQUEST",
            "INVALID_ORDER_STATE",
            "ORDER_CANCELED",
            "ORDER_DONE"
          ]
        },
        "401": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Unauthorized/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SIGN_ERROR"
          ]
        },
        "403": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Forbidden/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "NO_AUTH"
          ]
        },
        "404": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/NotFound/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "ORDER_NOT_EXIST"
          ]
        },
        "429": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/TooManyRequests/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "FREQUENCY_LIMITED"
          ]
        },
        "500": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/InternalServerError/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SYSTEM_ERROR"
          ]
        },
        "502": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadGateway/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        },
        "503": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/ServiceUnavailable/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        }
      }
    },
    {
      "operationId": "cancelServiceOrder",
      "summary": "取消支付分订单 — cancel a service order",
      "method": "POST",
      "template": "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel",
      "parameters": [
        {
          "name": "out_order_no",
          "in": "path",
          "required": true,
          "schema": "#/components/parameters/OutOrderNoPath/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Serial",
          "in": "header",
          "required": false,
          "schema": "#/components/parameters/WechatpaySerialRequest/schema",
          "type": "string"
        }
      ],
      "exactlyOneOf": [],
      "body": {
        "required": true,
        "pointer": "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1{out_order_no}~1cancel/post/requestBody/content/application~1json/schema"
      },
      "responses": {
        "204": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Timestamp/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Nonce/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Signature/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Serial/schema",
              "type": "string"
            }
          ],
          "bodyOptional": false,
          "mediaTypes": [],
          "errorCodes": []
        },
        "400": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadRequest/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "PARAM_ERROR",
            "INVALID_REQUEST",
            "INVALID_ORDER_STATE",
            "ORDER_CANCELED",
            "ORDER_DONE"
          ]
        },
        "401": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Unauthorized/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SIGN_ERROR"
          ]
        },
        "403": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Forbidden/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "NO_AUTH"
          ]
        },
        "404": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/NotFound/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "ORDER_NOT_EXIST"
          ]
        },
        "429": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/TooManyRequests/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "FREQUENCY_LIMITED"
          ]
        },
        "500": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/InternalServerError/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SYSTEM_ERROR"
          ]
        },
        "502": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadGateway/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        },
        "503": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/ServiceUnavailable/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        }
      }
    },
    {
      "operationId": "completeServiceOrder",
      "summary": "完结支付分订单 — complete a service order",
      "method": "POST",
      "template": "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete",
      "parameters": [
        {
          "name": "out_order_no",
          "in": "path",
          "required": true,
          "schema": "#/components/parameters/OutOrderNoPath/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Serial",
          "in": "header",
          "required": false,
          "schema": "#/components/parameters/WechatpaySerialRequest/schema",
          "type": "string"
        }
      ],
      "exactlyOneOf": [],
      "body": {
        "required": true,
        "pointer": "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1{out_order_no}~1complete/post/requestBody/content/application~1json/schema"
      },
      "responses": {
        "204": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Timestamp/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Nonce/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Signature/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Serial/schema",
              "type": "string"
            }
          ],
          "bodyOptional": false,
          "mediaTypes": [],
          "errorCodes": []
        },
        "400": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadRequest/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "PARAM_ERROR",
            "INVALID_REQUEST",
            "INVALID_ORDER_STATE",
            "ORDER_CANCELED",
            "ORDER_DONE"
          ]
        },
        "401": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Unauthorized/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SIGN_ERROR"
          ]
        },
        "403": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Forbidden/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "NO_AUTH"
          ]
        },
        "404": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/NotFound/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "ORDER_NOT_EXIST"
          ]
        },
        "429": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/TooManyRequests/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "FREQUENCY_LIMITED"
          ]
        },
        "500": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/InternalServerError/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SYSTEM_ERROR"
          ]
        },
        "502": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadGateway/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        },
        "503": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/ServiceUnavailable/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        }
      }
    },
    {
      "operationId": "modifyServiceOrder",
      "summary": "修改订单金额 — lower a completed order's amount",
      "method": "POST",
      "template": "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/modify",
      "parameters": [
        {
          "name": "out_order_no",
          "in": "path",
          "required": true,
          "schema": "#/components/parameters/OutOrderNoPath/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Serial",
          "in": "header",
          "required": false,
          "schema": "#/components/parameters/WechatpaySerialRequest/schema",
          "type": "string"
        }
      ],
      "exactlyOneOf": [],
      "body": {
        "required": true,
        "pointer": "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1{out_order_no}~1modify/post/requestBody/content/application~1json/schema"
      },
      "responses": {
        "204": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Timestamp/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Nonce/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Signature/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Serial/schema",
              "type": "string"
            }
          ],
          "bodyOptional": false,
          "mediaTypes": [],
          "errorCodes": []
        },
        "400": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadRequest/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "PARAM_ERROR",
            "INVALID_REQUEST",
            "INVALID_ORDER_STATE",
            "ORDER_CANCELED",
            "ORDER_DONE"
          ]
        },
        "401": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Unauthorized/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SIGN_ERROR"
          ]
        },
        "403": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Forbidden/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "NO_AUTH"
          ]
        },
        "404": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/NotFound/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "ORDER_NOT_EXIST"
          ]
        },
        "429": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/TooManyRequests/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "FREQUENCY_LIMITED"
          ]
        },
        "500": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/InternalServerError/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SYSTEM_ERROR"
          ]
        },
        "502": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadGateway/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        },
        "503": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/ServiceUnavailable/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        }
      }
    },
    {
      "operationId": "syncServiceOrder",
      "summary": "同步订单信息 — report a payment made elsewhere",
      "method": "POST",
      "template": "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/sync",
      "parameters": [
        {
          "name": "out_order_no",
          "in": "path",
          "required": true,
          "schema": "#/components/parameters/OutOrderNoPath/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Serial",
          "in": "header",
          "required": false,
          "schema": "#/components/parameters/WechatpaySerialRequest/schema",
          "type": "string"
        }
      ],
      "exactlyOneOf": [],
      "body": {
        "required": true,
        "pointer": "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1{out_order_no}~1sync/post/requestBody/content/application~1json/schema"
      },
      "responses": {
        "204": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Timestamp/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Nonce/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Signature/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Serial/schema",
              "type": "string"
            }
          ],
          "bodyOptional": false,
          "mediaTypes": [],
          "errorCodes": []
        },
        "400": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadRequest/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "PARAM_ERROR",
            "INVALID_REQUEST",
            "INVALID_ORDER_STATE",
            "ORDER_CANCELED",
            "ORDER_DONE"
          ]
        },
        "401": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Unauthorized/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SIGN_ERROR"
          ]
        },
        "403": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Forbidden/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "NO_AUTH"
          ]
        },
        "404": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/NotFound/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "ORDER_NOT_EXIST"
          ]
        },
        "429": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/TooManyRequests/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "FREQUENCY_LIMITED"
          ]
        },
        "500": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/InternalServerError/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SYSTEM_ERROR"
          ]
        },
        "502": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadGateway/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        },
        "503": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/ServiceUnavailable/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        }
      }
    },
    {
      "operationId": "registerDeductInfo",
      "summary": "登记扣款信息 — register a deduction",
      "method": "POST",
      "template": "/v3/payscore/acquiringbank/serviceorder/{out_order_no}/registerdeductinfo",
      "parameters": [
        {
          "name": "out_order_no",
          "in": "path",
          "required": true,
          "schema": "#/components/parameters/OutOrderNoPath/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Serial",
          "in": "header",
          "required": false,
          "schema": "#/components/parameters/WechatpaySerialRequest/schema",
          "type": "string"
        }
      ],
      "exactlyOneOf": [],
      "body": {
        "required": true,
        "pointer": "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1{out_order_no}~1registerdeductinfo/post/requestBody/content/application~1json/schema"
      },
      "responses": {
        "200": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Timestamp/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Nonce/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Signature/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Serial/schema",
              "type": "string"
            }
          ],
          "body": "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1{out_order_no}~1registerdeductinfo/post/responses/200/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        },
        "400": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadRequest/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "PARAM_ERROR",
            "INVALID_REQUEST",
            "INVALID_ORDER_STATE",
            "ORDER_CANCELED",
            "ORDER_DONE"
          ]
        },
        "401": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Unauthorized/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SIGN_ERROR"
          ]
        },
        "403": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Forbidden/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "NO_AUTH"
          ]
        },
        "404": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/NotFound/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "ORDER_NOT_EXIST"
          ]
        },
        "429": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/TooManyRequests/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "FREQUENCY_LIMITED"
          ]
        },
        "500": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/InternalServerError/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SYSTEM_ERROR"
          ]
        },
        "502": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadGateway/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        },
        "503": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/ServiceUnavailable/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        }
      }
    },
    {
      "operationId": "getDeductInfo",
      "summary": "查询扣款信息 — query the registered deduction",
      "method": "GET",
      "template": "/v3/payscore/acquiringbank/serviceorder/deduction",
      "parameters": [
        {
          "name": "service_id",
          "in": "query",
          "required": true,
          "schema": "#/components/parameters/ServiceIdQuery/schema",
          "type": "string"
        },
        {
          "name": "appid",
          "in": "query",
          "required": true,
          "schema": "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1deduction/get/parameters/1/schema",
          "type": "string"
        },
        {
          "name": "sub_mchid",
          "in": "query",
          "required": true,
          "schema": "#/components/parameters/SubMchidQuery/schema",
          "type": "string"
        },
        {
          "name": "sub_appid",
          "in": "query",
          "required": false,
          "schema": "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1deduction/get/parameters/3/schema",
          "type": "string"
        },
        {
          "name": "channel_id",
          "in": "query",
          "required": true,
          "schema": "#/components/parameters/ChannelIdQuery/schema",
          "type": "string"
        },
        {
          "name": "out_order_no",
          "in": "query",
          "required": true,
          "schema": "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1deduction/get/parameters/5/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Serial",
          "in": "header",
          "required": false,
          "schema": "#/components/parameters/WechatpaySerialRequest/schema",
          "type": "string"
        }
      ],
      "exactlyOneOf": [],
      "responses": {
        "200": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Timestamp/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Nonce/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Signature/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Serial/schema",
              "type": "string"
            }
          ],
          "body": "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1deduction/get/responses/200/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        },
        "400": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadRequest/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "PARAM_ERROR",
            "INVALID_REQUEST",
            "INVALID_ORDER_STATE",
            "ORDER_CANCELED",
            "ORDER_DONE"
          ]
        },
        "401": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Unauthorized/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SIGN_ERROR"
          ]
        },
        "403": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Forbidden/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "NO_AUTH"
          ]
        },
        "404": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/NotFound/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "ORDER_NOT_EXIST"
          ]
        },
        "429": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/TooManyRequests/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "FREQUENCY_LIMITED"
          ]
        },
        "500": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/InternalServerError/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SYSTEM_ERROR"
          ]
        },
        "502": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadGateway/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        },
        "503": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/ServiceUnavailable/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        }
      }
    },
    {
      "operationId": "createPayOnDeliveryServiceOrder",
      "summary": "创建先用后付订单 — create a pay-on-delivery order",
      "method": "POST",
      "template": "/v3/payscore/acquiringbank/servicepayondeliveryorder",
      "parameters": [
        {
          "name": "Wechatpay-Serial",
          "in": "header",
          "required": false,
          "schema": "#/components/parameters/WechatpaySerialRequest/schema",
          "type": "string"
        }
      ],
      "exactlyOneOf": [],
      "body": {
        "required": true,
        "pointer": "#/paths/~1v3~1payscore~1acquiringbank~1servicepayondeliveryorder/post/requestBody/content/application~1json/schema"
      },
      "responses": {
        "200": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Timestamp/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Nonce/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Signature/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Serial/schema",
              "type": "string"
            }
          ],
          "body": "#/paths/~1v3~1payscore~1acquiringbank~1servicepayondeliveryorder/post/responses/200/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        },
        "400": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadRequest/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "PARAM_ERROR",
            "INVALID_REQUEST",
            "INVALID_ORDER_STATE",
            "ORDER_CANCELED",
            "ORDER_DONE"
          ]
        },
        "401": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Unauthorized/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SIGN_ERROR"
          ]
        },
        "403": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Forbidden/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "NO_AUTH"
          ]
        },
        "404": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/NotFound/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "ORDER_NOT_EXIST"
          ]
        },
        "429": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/TooManyRequests/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "FREQUENCY_LIMITED"
          ]
        },
        "500": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/InternalServerError/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SYSTEM_ERROR"
          ]
        },
        "502": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadGateway/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        },
        "503": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/ServiceUnavailable/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        }
      }
    },
    {
      "operationId": "listCertificates",
      "summary": "下载平台证书 — download the platform certificates",
      "method": "GET",
      "template": "/v3/certificates",
      "parameters": [
        {
          "name": "Wechatpay-Serial",
          "in": "header",
          "required": false,
          "schema": "#/components/parameters/WechatpaySerialRequest/schema",
          "type": "string"
        }
      ],
      "exactlyOneOf": [],
      "responses": {
        "200": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Timestamp/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Nonce/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Signature/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Wechatpay-Serial/schema",
              "type": "string"
            }
          ],
          "body": "#/paths/~1v3~1certificates/get/responses/200/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        },
        "400": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadRequest/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "PARAM_ERROR",
            "INVALID_REQUEST",
            "INVALID_ORDER_STATE",
            "ORDER_CANCELED",
            "ORDER_DONE"
          ]
        },
        "401": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/Unauthorized/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SIGN_ERROR"
          ]
        },
        "403": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/paths/~1v3~1certificates/get/responses/403/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "NO_AUTH",
            "NOT_ENOUGH"
          ]
        },
        "404": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/paths/~1v3~1certificates/get/responses/404/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "RESOURCE_NOT_EXISTS"
          ]
        },
        "429": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/TooManyRequests/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "FREQUENCY_LIMITED"
          ]
        },
        "500": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/InternalServerError/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SYSTEM_ERROR"
          ]
        },
        "502": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/BadGateway/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        },
        "503": {
          "headers": [
            {
              "name": "Request-ID",
              "in": "header",
              "required": true,
              "schema": "#/components/headers/Request-ID/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Timestamp",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Nonce",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Signature",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Signature-IfSigned/schema",
              "type": "string"
            },
            {
              "name": "Wechatpay-Serial",
              "in": "header",
              "required": false,
              "schema": "#/components/headers/Wechatpay-Serial-IfSigned/schema",
              "type": "string"
            }
          ],
          "body": "#/components/responses/ServiceUnavailable/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": [
            "SERVICE_UNAVAILABLE"
          ]
        }
      }
    }
  ],
  "webhooks": [
    {
      "eventType": "PAYSCORE.USER_OPEN_SERVICE",
      "operationId": "onUserOpenService",
      "summary": "授权成功通知 — PAYSCORE.USER_OPEN_SERVICE",
      "headers": [
        {
          "name": "Wechatpay-Timestamp",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationTimestamp/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Nonce",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationNonce/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Signature",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationSignature/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Serial",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationSerial/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Signature-Type",
          "in": "header",
          "required": false,
          "schema": "#/components/parameters/NotificationSignatureType/schema",
          "type": "string"
        },
        {
          "name": "Request-ID",
          "in": "header",
          "required": false,
          "schema": "#/webhooks/PAYSCORE.USER_OPEN_SERVICE/post/parameters/5/schema",
          "type": "string"
        }
      ],
      "body": {
        "required": true,
        "pointer": "#/components/schemas/UserOpenServiceNotification"
      },
      "resource": "#/components/schemas/PermissionsNotificationResource",
      "resourceFields": [
        "appid",
        "mchid",
        "mch_id",
        "sub_appid",
        "sub_mchid",
        "sub_mch_id",
        "channel_id",
        "service_id",
        "openid",
        "sub_openid",
        "user_service_status",
        "openorclose_time",
        "authorization_code"
      ],
      "example": {
        "summary": "授权成功",
        "associatedData": ""
      },
      "responses": {
        "200": {
          "headers": [],
          "body": "#/webhooks/PAYSCORE.USER_OPEN_SERVICE/post/responses/200/content/application~1json/schema",
          "bodyOptional": true,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        },
        "204": {
          "headers": [],
          "bodyOptional": false,
          "mediaTypes": [],
          "errorCodes": []
        },
        "4XX": {
          "headers": [],
          "body": "#/webhooks/PAYSCORE.USER_OPEN_SERVICE/post/responses/4XX/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        },
        "5XX": {
          "headers": [],
          "body": "#/webhooks/PAYSCORE.USER_OPEN_SERVICE/post/responses/5XX/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        }
      },
      "retrySchedule": {
        "delaysSeconds": [
          15,
          15,
          30,
          180,
          1800,
          1800,
          1800,
          1800,
          3600
        ],
        "thenEverySeconds": 3600,
        "giveUpAfterSeconds": 259200
      }
    },
    {
      "eventType": "PAYSCORE.USER_CLOSE_SERVICE",
      "operationId": "onUserCloseService",
      "summary": "解除授权成功通知 — PAYSCORE.USER_CLOSE_SERVICE",
      "headers": [
        {
          "name": "Wechatpay-Timestamp",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationTimestamp/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Nonce",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationNonce/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Signature",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationSignature/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Serial",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationSerial/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Signature-Type",
          "in": "header",
          "required": false,
          "schema": "#/components/parameters/NotificationSignatureType/schema",
          "type": "string"
        },
        {
          "name": "Request-ID",
          "in": "header",
          "required": false,
          "schema": "#/webhooks/PAYSCORE.USER_CLOSE_SERVICE/post/parameters/5/schema",
          "type": "string"
        }
      ],
      "body": {
        "required": true,
        "pointer": "#/components/schemas/UserCloseServiceNotification"
      },
      "resource": "#/components/schemas/PermissionsNotificationResource",
      "resourceFields": [
        "appid",
        "mchid",
        "mch_id",
        "sub_appid",
        "sub_mchid",
        "sub_mch_id",
        "channel_id",
        "service_id",
        "openid",
        "sub_openid",
        "user_service_status",
        "openorclose_time",
        "authorization_code"
      ],
      "example": {
        "associatedData": ""
      },
      "responses": {
        "200": {
          "headers": [],
          "body": "#/webhooks/PAYSCORE.USER_CLOSE_SERVICE/post/responses/200/content/application~1json/schema",
          "bodyOptional": true,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        },
        "204": {
          "headers": [],
          "bodyOptional": false,
          "mediaTypes": [],
          "errorCodes": []
        },
        "4XX": {
          "headers": [],
          "body": "#/webhooks/PAYSCORE.USER_CLOSE_SERVICE/post/responses/4XX/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        },
        "5XX": {
          "headers": [],
          "body": "#/webhooks/PAYSCORE.USER_CLOSE_SERVICE/post/responses/5XX/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        }
      },
      "retrySchedule": {
        "delaysSeconds": [
          15,
          15,
          30,
          180,
          1800,
          1800,
          1800,
          1800,
          3600
        ],
        "thenEverySeconds": 3600,
        "giveUpAfterSeconds": 259200
      }
    },
    {
      "eventType": "PAYSCORE.USER_CONFIRM",
      "operationId": "onUserConfirm",
      "summary": "用户确认订单通知 — PAYSCORE.USER_CONFIRM",
      "headers": [
        {
          "name": "Wechatpay-Timestamp",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationTimestamp/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Nonce",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationNonce/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Signature",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationSignature/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Serial",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationSerial/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Signature-Type",
          "in": "header",
          "required": false,
          "schema": "#/components/parameters/NotificationSignatureType/schema",
          "type": "string"
        },
        {
          "name": "Request-ID",
          "in": "header",
          "required": false,
          "schema": "#/webhooks/PAYSCORE.USER_CONFIRM/post/parameters/5/schema",
          "type": "string"
        }
      ],
      "body": {
        "required": true,
        "pointer": "#/components/schemas/UserConfirmNotification"
      },
      "resource": "#/components/schemas/UserConfirmResource",
      "resourceFields": [
        "service_id",
        "appid",
        "mchid",
        "sub_appid",
        "sub_mchid",
        "channel_id",
        "out_order_no",
        "openid",
        "sub_openid",
        "state",
        "state_description",
        "service_introduction",
        "total_amount",
        "post_payments",
        "post_discounts",
        "risk_fund",
        "time_range",
        "location",
        "attach",
        "order_id",
        "need_collection",
        "collection",
        "out_trade_no",
        "notify_url",
        "user_service_status",
        "openorclose_time",
        "authorization_code",
        "out_request_no"
      ],
      "example": {
        "summary": "用户确认订单",
        "associatedData": "payscore",
        "originalType": "payscore"
      },
      "responses": {
        "200": {
          "headers": [],
          "body": "#/webhooks/PAYSCORE.USER_CONFIRM/post/responses/200/content/application~1json/schema",
          "bodyOptional": true,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        },
        "204": {
          "headers": [],
          "bodyOptional": false,
          "mediaTypes": [],
          "errorCodes": []
        },
        "4XX": {
          "headers": [],
          "body": "#/webhooks/PAYSCORE.USER_CONFIRM/post/responses/4XX/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        },
        "5XX": {
          "headers": [],
          "body": "#/webhooks/PAYSCORE.USER_CONFIRM/post/responses/5XX/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        }
      },
      "retrySchedule": {
        "delaysSeconds": [
          15,
          15,
          30,
          180,
          1800,
          1800,
          1800,
          1800,
          3600
        ]
      }
    },
    {
      "eventType": "PAYSCORE.USER_PAID",
      "operationId": "onUserPaid",
      "summary": "支付成功通知 — PAYSCORE.USER_PAID",
      "headers": [
        {
          "name": "Wechatpay-Timestamp",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationTimestamp/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Nonce",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationNonce/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Signature",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationSignature/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Serial",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationSerial/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Signature-Type",
          "in": "header",
          "required": false,
          "schema": "#/components/parameters/NotificationSignatureType/schema",
          "type": "string"
        },
        {
          "name": "Request-ID",
          "in": "header",
          "required": false,
          "schema": "#/webhooks/PAYSCORE.USER_PAID/post/parameters/5/schema",
          "type": "string"
        }
      ],
      "body": {
        "required": true,
        "pointer": "#/components/schemas/UserPaidNotification"
      },
      "resource": "#/components/schemas/UserPaidResource",
      "resourceFields": [
        "service_id",
        "appid",
        "mchid",
        "sub_appid",
        "sub_mchid",
        "channel_id",
        "out_order_no",
        "openid",
        "sub_openid",
        "state",
        "state_description",
        "service_introduction",
        "total_amount",
        "post_payments",
        "post_discounts",
        "risk_fund",
        "time_range",
        "location",
        "attach",
        "order_id",
        "need_collection",
        "collection",
        "out_trade_no",
        "notify_url",
        "user_service_status",
        "openorclose_time",
        "authorization_code",
        "out_request_no"
      ],
      "example": {
        "summary": "支付成功",
        "associatedData": "payscore",
        "originalType": "payscore"
      },
      "responses": {
        "200": {
          "headers": [],
          "body": "#/webhooks/PAYSCORE.USER_PAID/post/responses/200/content/application~1json/schema",
          "bodyOptional": true,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        },
        "204": {
          "headers": [],
          "bodyOptional": false,
          "mediaTypes": [],
          "errorCodes": []
        },
        "4XX": {
          "headers": [],
          "body": "#/webhooks/PAYSCORE.USER_PAID/post/responses/4XX/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        },
        "5XX": {
          "headers": [],
          "body": "#/webhooks/PAYSCORE.USER_PAID/post/responses/5XX/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        }
      },
      "retrySchedule": {
        "delaysSeconds": [
          15,
          15,
          30,
          180,
          600,
          1200,
          1800,
          1800,
          1800,
          3600,
          10800,
          10800,
          10800,
          21600,
          21600
        ]
      }
    },
    {
      "eventType": "PAYSCORE.MCH_PREPAY",
      "operationId": "onMchPrepay",
      "summary": "商户预下单通知 — PAYSCORE.MCH_PREPAY",
      "headers": [
        {
          "name": "Wechatpay-Timestamp",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationTimestamp/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Nonce",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationNonce/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Signature",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationSignature/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Serial",
          "in": "header",
          "required": true,
          "schema": "#/components/parameters/NotificationSerial/schema",
          "type": "string"
        },
        {
          "name": "Wechatpay-Signature-Type",
          "in": "header",
          "required": false,
          "schema": "#/components/parameters/NotificationSignatureType/schema",
          "type": "string"
        },
        {
          "name": "Request-ID",
          "in": "header",
          "required": false,
          "schema": "#/webhooks/PAYSCORE.MCH_PREPAY/post/parameters/5/schema",
          "type": "string"
        }
      ],
      "body": {
        "required": true,
        "pointer": "#/components/schemas/MchPrepayNotification"
      },
      "resource": "#/components/schemas/MchPrepayResource",
      "resourceFields": [
        "service_id",
        "appid",
        "mchid",
        "sub_appid",
        "sub_mchid",
        "channel_id",
        "out_order_no",
        "openid",
        "sub_openid",
        "total_amount",
        "prepay_req_body",
        "prepay_req_header_base64",
        "prepay_req_body_base64",
        "prepay_resp_header_base64",
        "prepay_resp_body_base64",
        "prepay_resp_http_code"
      ],
      "example": {
        "summary": "商户预下单",
        "associatedData": "payscore",
        "originalType": "payscore"
      },
      "responses": {
        "200": {
          "headers": [],
          "body": "#/webhooks/PAYSCORE.MCH_PREPAY/post/responses/200/content/application~1json/schema",
          "bodyOptional": true,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        },
        "204": {
          "headers": [],
          "bodyOptional": false,
          "mediaTypes": [],
          "errorCodes": []
        },
        "4XX": {
          "headers": [],
          "body": "#/webhooks/PAYSCORE.MCH_PREPAY/post/responses/4XX/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        },
        "5XX": {
          "headers": [],
          "body": "#/webhooks/PAYSCORE.MCH_PREPAY/post/responses/5XX/content/application~1json/schema",
          "bodyOptional": false,
          "mediaTypes": [
            "application/json"
          ],
          "errorCodes": []
        }
      },
      "retrySchedule": {
        "delaysSeconds": [
          15,
          15,
          30,
          180,
          600,
          1200,
          1800,
          1800,
          1800,
          3600,
          10800,
          10800,
          10800,
          21600,
          21600
        ]
      }
    }
  ],
  "notifications": {
    "envelope": "#/components/schemas/NotificationEnvelope",
    "successStatuses": [
      200,
      204
    ],
    "failureStatusClasses": [
      "4XX",
      "5XX"
    ],
    "reply": {
      "schema": "#/components/schemas/NotificationReply",
      "maxLength": {
        "code": 32,
        "message": 64
      },
      "example": {
        "code": "FAIL",
        "message": "失败"
      }
    },
    "ciphertextMaxLength": 1048576,
    "signatureType": "#/components/schemas/WechatpaySignatureType",
    "signatureTypes": [
      "WECHATPAY2-SHA256-RSA2048"
    ],
    "resourceTypes": [
      "encrypt-resource"
    ]
  },
  "certificates": {
    "path": "/v3/certificates",
    "serialPattern": "^[0-9A-Fa-f]{1,40}$",
    "associatedData": "certificate"
  },
  "errorMessageMaxLength": 512,
  "riskFundNames": {
    "DEPOSIT": "押金 — 先免模式 (if the score check fails the user may pay a deposit).",
    "ADVANCE": "预付款 — 先免模式.",
    "CASH_DEPOSIT": "保证金 — 先免模式.",
    "ESTIMATE_ORDER_COST": "预估订单费用 — 先享模式 (if the score check fails the service is refused)."
  },
  "componentMaxLengths": {
    "ServiceId": 32,
    "AppId": 32,
    "SubAppId": 32,
    "Mchid": 32,
    "SubMchid": 32,
    "ChannelId": 32,
    "AuthorizationCode": 32,
    "OutOrderNo": 32,
    "OutTradeNo": 32,
    "OrderId": 128,
    "QueryId": 512,
    "OpenId": 128,
    "SubOpenId": 128,
    "NotifyUrl": 255,
    "Reason": 50,
    "Attach": 256,
    "ServiceIntroduction": 20,
    "ItemName": 20,
    "ItemDescription": 30,
    "Rfc3339Time": 64,
    "CompactTime": 14,
    "ServiceTime": 14,
    "ServiceStartTime": 14,
    "TimeRemark": 20,
    "LocationName": 50,
    "PackageString": 300,
    "ApplyPermissionsToken": 300,
    "Description": 256,
    "RequestId": 128,
    "WechatpayTimestamp": 20,
    "WechatpayNonce": 64,
    "WechatpaySignature": 1024,
    "WechatpaySerial": 64,
    "WechatpaySignatureType": 32,
    "OrderState": 32,
    "StateDescription": 32,
    "CollectionState": 32,
    "AuthorizationState": 16,
    "UserLabel": 32,
    "RiskFundName": 32,
    "PaidType": 32,
    "PromotionScope": 32,
    "PromotionType": 32,
    "Currency": 32,
    "SyncType": 32,
    "UserServiceStatus": 32,
    "JumpLinkType": 32,
    "NotificationEventType": 32,
    "TradeType": 32,
    "LimitPay": 32,
    "ErrorCode": 32,
    "AeadAlgorithm": 32,
    "AeadNonce": 16,
    "AeadAssociatedData": 16,
    "AeadCiphertext": 1048576,
    "Base64Blob": 1048576
  },
  "componentSchemas": [
    "ServiceId",
    "AppId",
    "SubAppId",
    "Mchid",
    "SubMchid",
    "ChannelId",
    "AuthorizationCode",
    "OutOrderNo",
    "OutTradeNo",
    "OrderId",
    "QueryId",
    "OpenId",
    "SubOpenId",
    "NotifyUrl",
    "Reason",
    "Attach",
    "ServiceIntroduction",
    "Amount",
    "PositiveAmount",
    "ItemCount",
    "ItemName",
    "ItemDescription",
    "Rfc3339Time",
    "CompactTime",
    "ServiceTime",
    "ServiceStartTime",
    "TimeRemark",
    "LocationName",
    "NeedUserConfirm",
    "PackageString",
    "ApplyPermissionsToken",
    "Description",
    "RequestId",
    "WechatpayTimestamp",
    "WechatpayNonce",
    "WechatpaySignature",
    "WechatpaySerial",
    "WechatpaySignatureType",
    "OrderState",
    "StateDescription",
    "CollectionState",
    "AuthorizationState",
    "UserLabel",
    "RiskFundName",
    "PaidType",
    "PromotionScope",
    "PromotionType",
    "Currency",
    "SyncType",
    "UserServiceStatus",
    "JumpLinkType",
    "NotificationEventType",
    "TradeType",
    "LimitPay",
    "ErrorCode",
    "ErrorBody",
    "ErrorDetail",
    "BadRequestError",
    "UnauthorizedError",
    "ForbiddenError",
    "NotFoundError",
    "TooManyRequestsError",
    "ServerError",
    "ServiceUnavailableError",
    "CertificatesForbiddenError",
    "CertificatesNotFoundError",
    "ApplyPermissionsRequest",
    "ApplyPermissionsResponse",
    "PermissionsRecord",
    "TerminatePermissionsRequest",
    "PostPayment",
    "PostDiscount",
    "CompletePostDiscount",
    "RiskFund",
    "TimeRange",
    "CreateTimeRange",
    "Location",
    "GoodsDetail",
    "PromotionDetail",
    "CollectionDetail",
    "Collection",
    "ShoppingInfo",
    "JumpLink",
    "ShoppingGoods",
    "ServiceOrder",
    "CreateServiceOrderRequest",
    "CreatePayOnDeliveryOrderRequest",
    "CancelServiceOrderRequest",
    "CompleteServiceOrderRequest",
    "ModifyServiceOrderRequest",
    "SyncServiceOrderRequest",
    "SyncDetail",
    "RegisterDeductInfoRequest",
    "RegisterDeductInfoResponse",
    "DeductInfo",
    "CertificateList",
    "PlatformCertificate",
    "EncryptedCertificate",
    "AeadAlgorithm",
    "AeadNonce",
    "AeadAssociatedData",
    "AeadCiphertext",
    "NotificationEnvelope",
    "NotificationResource",
    "NotificationReply",
    "PermissionsNotificationResource",
    "ServiceOrderNotificationResource",
    "UserConfirmResource",
    "UserPaidResource",
    "MchPrepayResource",
    "Base64Blob",
    "PrepayRequestBody",
    "UserOpenServiceNotification",
    "UserCloseServiceNotification",
    "UserConfirmNotification",
    "UserPaidNotification",
    "MchPrepayNotification",
    "EnableJumpQuery",
    "EnableExtInfo",
    "WxpayScoreEnableAppRequest",
    "WxpayScoreEnableJsapiRequest",
    "WxpayScoreEnableMiniProgramRequest",
    "WxpayScoreEnableNavigateToMiniProgram",
    "WxpayScoreUseExtraData",
    "WxpayScoreUseRequest",
    "WxpayScoreUseReturn",
    "RepaymentExtraData",
    "RepaymentMiniProgramNavigator",
    "RepaymentAppLaunch"
  ],
  "jumps": [
    {
      "name": "wxpayScoreEnableApp",
      "description": "App → Pay Score authorization: openSDK `WXOpenBusinessView.Req` (Android ≥ 5.3.1) /\n`WXOpenBusinessViewReq` (iOS ≥ 1.8.4). WeChat ≥ 7.0.3; below it Android cannot open WeChat and\niOS shows an error, so ask the user to upgrade.\n",
      "minVersions": {
        "wechat": "7.0.3",
        "androidOpenSdk": "5.3.1",
        "iosOpenSdk": "1.8.4"
      },
      "component": "WxpayScoreEnableAppRequest",
      "schema": "#/components/schemas/WxpayScoreEnableAppRequest",
      "fields": [
        {
          "name": "businessType",
          "required": true,
          "schema": "#/components/schemas/WxpayScoreEnableAppRequest/properties/businessType",
          "type": "string",
          "const": "wxpayScoreEnable",
          "maxLength": 16,
          "minLength": 1,
          "description": "跳转类型, fixed."
        },
        {
          "name": "query",
          "required": true,
          "schema": "#/components/schemas/WxpayScoreEnableAppRequest/properties/query",
          "type": "string",
          "maxLength": 2048,
          "minLength": 1,
          "description": "业务参数 as a URL query string `key=value&…` with URL-encoded values.",
          "contentMediaType": "application/x-www-form-urlencoded",
          "content": {
            "component": "EnableJumpQuery",
            "schema": "#/components/schemas/EnableJumpQuery",
            "fields": [
              {
                "name": "apply_permissions_token",
                "required": true,
                "schema": "#/components/schemas/EnableJumpQuery/properties/apply_permissions_token",
                "type": "string",
                "maxLength": 2048,
                "minLength": 1,
                "description": "预授权token from `applyPermissions`, valid for 1 hour."
              }
            ]
          }
        },
        {
          "name": "extInfo",
          "required": false,
          "schema": "#/components/schemas/WxpayScoreEnableAppRequest/properties/extInfo",
          "type": "string",
          "maxLength": 128,
          "minLength": 1,
          "description": "其他配置, JSON such as `{\"miniProgramType\":0}`.",
          "contentMediaType": "application/json",
          "content": {
            "component": "EnableExtInfo",
            "schema": "#/components/schemas/EnableExtInfo",
            "fields": [
              {
                "name": "miniProgramType",
                "required": false,
                "schema": "#/components/schemas/EnableExtInfo/properties/miniProgramType",
                "type": "integer",
                "enum": [
                  0
                ],
                "description": "小程序版本."
              }
            ]
          }
        }
      ]
    },
    {
      "name": "wxpayScoreEnableJsapi",
      "description": "Web page in WeChat → Pay Score authorization: `wx.invoke('openBusinessView', …)` with JS-SDK\n1.5.0 (`jweixin-1.5.0.js`); WeChat ≥ 7.0.5. The callback's `res.err_code` is 0 on success\n(a number on iOS, a string on Android).\n",
      "minVersions": {
        "wechat": "7.0.5",
        "jssdk": "1.5.0"
      },
      "component": "WxpayScoreEnableJsapiRequest",
      "schema": "#/components/schemas/WxpayScoreEnableJsapiRequest",
      "fields": [
        {
          "name": "businessType",
          "required": true,
          "schema": "#/components/schemas/WxpayScoreEnableJsapiRequest/properties/businessType",
          "type": "string",
          "const": "wxpayScoreEnable",
          "maxLength": 16,
          "minLength": 1,
          "description": "跳转类型, fixed."
        },
        {
          "name": "queryString",
          "required": true,
          "schema": "#/components/schemas/WxpayScoreEnableJsapiRequest/properties/queryString",
          "type": "string",
          "maxLength": 2048,
          "minLength": 1,
          "description": "业务参数 as a URL query string with URL-encoded values.",
          "contentMediaType": "application/x-www-form-urlencoded",
          "content": {
            "component": "EnableJumpQuery",
            "schema": "#/components/schemas/EnableJumpQuery",
            "fields": [
              {
                "name": "apply_permissions_token",
                "required": true,
                "schema": "#/components/schemas/EnableJumpQuery/properties/apply_permissions_token",
                "type": "string",
                "maxLength": 2048,
                "minLength": 1,
                "description": "预授权token from `applyPermissions`, valid for 1 hour."
              }
            ]
          }
        }
      ]
    },
    {
      "name": "wxpayScoreEnableMiniProgram",
      "description": "Mini-program → Pay Score authorization with `wx.openBusinessView` (base library ≥ 2.6.0; WeChat\n≥ 7.0.3). It does not use up the mini-program's quota of jumps to other mini-programs.\n",
      "minVersions": {
        "wechat": "7.0.3",
        "baseLibrary": "2.6.0"
      },
      "component": "WxpayScoreEnableMiniProgramRequest",
      "schema": "#/components/schemas/WxpayScoreEnableMiniProgramRequest",
      "fields": [
        {
          "name": "businessType",
          "required": true,
          "schema": "#/components/schemas/WxpayScoreEnableMiniProgramRequest/properties/businessType",
          "type": "string",
          "const": "wxpayScoreEnable",
          "maxLength": 32,
          "minLength": 1,
          "description": "跳转类型, fixed (the 预授权 page gives string[1, 32] here and [1, 16] for App/JSAPI)."
        },
        {
          "name": "extraData",
          "required": true,
          "schema": "#/components/schemas/EnableJumpQuery",
          "type": "object",
          "description": "业务参数 of `wxpayScoreEnable`, as an object (mini-program `extraData`) or URL-encoded (`query`, `queryString`).",
          "content": {
            "component": "EnableJumpQuery",
            "schema": "#/components/schemas/EnableJumpQuery",
            "fields": [
              {
                "name": "apply_permissions_token",
                "required": true,
                "schema": "#/components/schemas/EnableJumpQuery/properties/apply_permissions_token",
                "type": "string",
                "maxLength": 2048,
                "minLength": 1,
                "description": "预授权token from `applyPermissions`, valid for 1 hour."
              }
            ]
          }
        }
      ]
    },
    {
      "name": "wxpayScoreEnableNavigateToMiniProgram",
      "description": "Mini-program → Pay Score authorization with `wx.navigateToMiniProgram`.",
      "minVersions": {
        "wechat": "7.0.3",
        "baseLibrary": "2.6.0"
      },
      "component": "WxpayScoreEnableNavigateToMiniProgram",
      "schema": "#/components/schemas/WxpayScoreEnableNavigateToMiniProgram",
      "fields": [
        {
          "name": "appId",
          "required": true,
          "schema": "#/components/schemas/WxpayScoreEnableNavigateToMiniProgram/properties/appId",
          "type": "string",
          "const": "wxd8f3793ea3b935b8",
          "maxLength": 32,
          "minLength": 1,
          "description": "支付分公众账号ID, fixed."
        },
        {
          "name": "path",
          "required": true,
          "schema": "#/components/schemas/WxpayScoreEnableNavigateToMiniProgram/properties/path",
          "type": "string",
          "const": "pages/use/enable",
          "maxLength": 64,
          "minLength": 1,
          "description": "路径, fixed."
        },
        {
          "name": "extraData",
          "required": true,
          "schema": "#/components/schemas/EnableJumpQuery",
          "type": "object",
          "description": "业务参数 of `wxpayScoreEnable`, as an object (mini-program `extraData`) or URL-encoded (`query`, `queryString`).",
          "content": {
            "component": "EnableJumpQuery",
            "schema": "#/components/schemas/EnableJumpQuery",
            "fields": [
              {
                "name": "apply_permissions_token",
                "required": true,
                "schema": "#/components/schemas/EnableJumpQuery/properties/apply_permissions_token",
                "type": "string",
                "maxLength": 2048,
                "minLength": 1,
                "description": "预授权token from `applyPermissions`, valid for 1 hour."
              }
            ]
          }
        }
      ]
    },
    {
      "name": "wxpayScoreUse",
      "description": "Mini-program → Pay Score order confirmation with `wx.openBusinessView` (base library ≥ 2.6.0;\nWeChat ≥ 7.0.3), after `createServiceOrder` returned `package`.\n",
      "minVersions": {
        "wechat": "7.0.3",
        "baseLibrary": "2.6.0"
      },
      "component": "WxpayScoreUseRequest",
      "schema": "#/components/schemas/WxpayScoreUseRequest",
      "fields": [
        {
          "name": "businessType",
          "required": true,
          "schema": "#/components/schemas/WxpayScoreUseRequest/properties/businessType",
          "type": "string",
          "const": "wxpayScoreUse",
          "maxLength": 32,
          "minLength": 1,
          "description": "跳转类型, fixed."
        },
        {
          "name": "extraData",
          "required": true,
          "schema": "#/components/schemas/WxpayScoreUseExtraData",
          "type": "object",
          "description": "`extraData` of `wxpayScoreUse`. `sign` = upper-case hex HMAC-SHA256, keyed with the APIv2\nmerchant key, over the other five fields sorted by name as `k=v&…` followed by `&key=<APIv2 key>`\n(empty values and `sign` itself are skipped). The examples are signed with the APIv2 docs'\npublished sample key `192006250b4c09247ec02edce69f6a2d`.\n",
          "content": {
            "component": "WxpayScoreUseExtraData",
            "schema": "#/components/schemas/WxpayScoreUseExtraData",
            "fields": [
              {
                "name": "mch_id",
                "required": true,
                "schema": "#/components/schemas/WxpayScoreUseExtraData/properties/mch_id",
                "type": "string",
                "maxLength": 32,
                "minLength": 1,
                "description": "商户号 (the institution's merchant id)."
              },
              {
                "name": "package",
                "required": true,
                "schema": "#/components/schemas/PackageString",
                "type": "string",
                "maxLength": 300,
                "minLength": 1,
                "description": "跳转微信侧小程序订单数据. Pass it to the `wxpayScoreUse` jump; valid for 1 hour."
              },
              {
                "name": "timestamp",
                "required": true,
                "schema": "#/components/schemas/WxpayScoreUseExtraData/properties/timestamp",
                "type": "string",
                "maxLength": 32,
                "minLength": 1,
                "pattern": "^\\d{1,32}$",
                "description": "时间戳, Unix seconds."
              },
              {
                "name": "nonce_str",
                "required": true,
                "schema": "#/components/schemas/WxpayScoreUseExtraData/properties/nonce_str",
                "type": "string",
                "maxLength": 32,
                "minLength": 1,
                "pattern": "^[0-9A-Za-z]{1,32}$",
                "description": "随机字符串."
              },
              {
                "name": "sign_type",
                "required": true,
                "schema": "#/components/schemas/WxpayScoreUseExtraData/properties/sign_type",
                "type": "string",
                "const": "HMAC-SHA256",
                "maxLength": 32,
                "minLength": 1,
                "description": "签名方式, only HMAC-SHA256."
              },
              {
                "name": "sign",
                "required": true,
                "schema": "#/components/schemas/WxpayScoreUseExtraData/properties/sign",
                "type": "string",
                "maxLength": 64,
                "minLength": 64,
                "pattern": "^[0-9A-F]{64}$",
                "description": "签名."
              }
            ]
          }
        }
      ]
    },
    {
      "name": "wxpayScoreUseReturn",
      "description": "`referrerInfo.extraData` when the user comes back from Pay Score (scene 1038, in `App.onLaunch` /\n`App.onShow`). Present only when the user taps the in-page back button; it does not mean the\norder was confirmed — query the order.\n",
      "minVersions": {},
      "component": "WxpayScoreUseReturn",
      "schema": "#/components/schemas/WxpayScoreUseReturn",
      "fields": [
        {
          "name": "query_id",
          "required": true,
          "schema": "#/components/schemas/WxpayScoreUseReturn/properties/query_id",
          "type": "string",
          "maxLength": 64,
          "minLength": 1,
          "description": "单据查询ID (the wx.openBusinessView page gives string(64)); pass it to `getServiceOrder`."
        }
      ]
    },
    {
      "name": "repaymentMiniProgram",
      "description": "Mini-program → 垫资还款 repayment mini-program with a `<navigator>` element (ordinary merchants\nthat use the advance feature only). The attributes of the element.\n",
      "minVersions": {},
      "component": "RepaymentMiniProgramNavigator",
      "schema": "#/components/schemas/RepaymentMiniProgramNavigator",
      "fields": [
        {
          "name": "target",
          "required": true,
          "schema": "#/components/schemas/RepaymentMiniProgramNavigator/properties/target",
          "type": "string",
          "const": "miniProgram",
          "maxLength": 16,
          "description": "Fixed."
        },
        {
          "name": "open-type",
          "required": true,
          "schema": "#/components/schemas/RepaymentMiniProgramNavigator/properties/open-type",
          "type": "string",
          "const": "navigate",
          "maxLength": 16,
          "description": "Fixed."
        },
        {
          "name": "app-id",
          "required": true,
          "schema": "#/components/schemas/RepaymentMiniProgramNavigator/properties/app-id",
          "type": "string",
          "const": "wx5e73c65404eee268",
          "maxLength": 32,
          "description": "还款小程序AppID, fixed."
        },
        {
          "name": "path",
          "required": true,
          "schema": "#/components/schemas/RepaymentMiniProgramNavigator/properties/path",
          "type": "string",
          "const": "pages/invest_list/invest_list",
          "maxLength": 64,
          "description": "还款页面路径, fixed."
        },
        {
          "name": "version",
          "required": true,
          "schema": "#/components/schemas/RepaymentMiniProgramNavigator/properties/version",
          "type": "string",
          "const": "release",
          "maxLength": 16,
          "description": "Fixed."
        },
        {
          "name": "extra-data",
          "required": true,
          "schema": "#/components/schemas/RepaymentExtraData",
          "type": "object",
          "description": "垫资还款 parameters (the 微信垫资还款 page). No signature.",
          "content": {
            "component": "RepaymentExtraData",
            "schema": "#/components/schemas/RepaymentExtraData",
            "fields": [
              {
                "name": "appid",
                "required": true,
                "schema": "#/components/schemas/RepaymentExtraData/properties/appid",
                "type": "string",
                "maxLength": 32,
                "minLength": 1,
                "description": "The merchant's AppID under which `openid` was issued."
              },
              {
                "name": "mchid",
                "required": true,
                "schema": "#/components/schemas/RepaymentExtraData/properties/mchid",
                "type": "string",
                "maxLength": 32,
                "minLength": 1,
                "description": "微信支付分配的商户号."
              },
              {
                "name": "nonce_str",
                "required": true,
                "schema": "#/components/schemas/RepaymentExtraData/properties/nonce_str",
                "type": "string",
                "maxLength": 32,
                "minLength": 1,
                "description": "随机字符串, at most 32 characters."
              },
              {
                "name": "openid",
                "required": true,
                "schema": "#/components/schemas/RepaymentExtraData/properties/openid",
                "type": "string",
                "maxLength": 32,
                "minLength": 1,
                "description": "用户在商户AppID下的唯一标识 (the 微信垫资还款 page gives string(32))."
              }
            ]
          }
        }
      ]
    },
    {
      "name": "repaymentApp",
      "description": "App → 垫资还款 repayment mini-program with `WXLaunchMiniProgram` (openSDK): the mini-program's\noriginal id and the page path with the parameters of `RepaymentExtraData` as its query. No\nparameters come back; query the user's state after the App is resumed.\n",
      "minVersions": {},
      "component": "RepaymentAppLaunch",
      "schema": "#/components/schemas/RepaymentAppLaunch",
      "fields": [
        {
          "name": "userName",
          "required": true,
          "schema": "#/components/schemas/RepaymentAppLaunch/properties/userName",
          "type": "string",
          "const": "gh_5e259b7a73b1",
          "maxLength": 32,
          "description": "还款小程序原始ID, fixed."
        },
        {
          "name": "path",
          "required": true,
          "schema": "#/components/schemas/RepaymentAppLaunch/properties/path",
          "type": "string",
          "maxLength": 1024,
          "minLength": 1,
          "pattern": "^pages/invest_list/invest_list(\\?[^\\s]*)?$",
          "description": "`pages/invest_list/invest_list?` + URL-encoded `appid`, `mchid`, `nonce_str`, `openid` (length a guess).",
          "contentMediaType": "application/x-www-form-urlencoded",
          "content": {
            "component": "RepaymentExtraData",
            "schema": "#/components/schemas/RepaymentExtraData",
            "fields": [
              {
                "name": "appid",
                "required": true,
                "schema": "#/components/schemas/RepaymentExtraData/properties/appid",
                "type": "string",
                "maxLength": 32,
                "minLength": 1,
                "description": "The merchant's AppID under which `openid` was issued."
              },
              {
                "name": "mchid",
                "required": true,
                "schema": "#/components/schemas/RepaymentExtraData/properties/mchid",
                "type": "string",
                "maxLength": 32,
                "minLength": 1,
                "description": "微信支付分配的商户号."
              },
              {
                "name": "nonce_str",
                "required": true,
                "schema": "#/components/schemas/RepaymentExtraData/properties/nonce_str",
                "type": "string",
                "maxLength": 32,
                "minLength": 1,
                "description": "随机字符串, at most 32 characters."
              },
              {
                "name": "openid",
                "required": true,
                "schema": "#/components/schemas/RepaymentExtraData/properties/openid",
                "type": "string",
                "maxLength": 32,
                "minLength": 1,
                "description": "用户在商户AppID下的唯一标识 (the 微信垫资还款 page gives string(32))."
              }
            ]
          }
        },
        {
          "name": "miniProgramType",
          "required": true,
          "schema": "#/components/schemas/RepaymentAppLaunch/properties/miniProgramType",
          "type": "integer",
          "enum": [
            0
          ],
          "description": "拉起小程序的类型."
        }
      ]
    }
  ],
  "runtimePointers": [
    "#/paths/~1v3~1payscore~1acquiringbank~1permissions/post/responses/200/content/application~1json/schema",
    "#/components/responses/BadRequest/content/application~1json/schema",
    "#/components/responses/Unauthorized/content/application~1json/schema",
    "#/components/responses/Forbidden/content/application~1json/schema",
    "#/components/responses/NotFound/content/application~1json/schema",
    "#/components/responses/TooManyRequests/content/application~1json/schema",
    "#/components/responses/InternalServerError/content/application~1json/schema",
    "#/components/responses/BadGateway/content/application~1json/schema",
    "#/components/responses/ServiceUnavailable/content/application~1json/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1permissions~1authorization-code~1{authorization_code}/get/responses/200/content/application~1json/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder/get/responses/200/content/application~1json/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder/post/responses/200/content/application~1json/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1{out_order_no}~1registerdeductinfo/post/responses/200/content/application~1json/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1deduction/get/responses/200/content/application~1json/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1servicepayondeliveryorder/post/responses/200/content/application~1json/schema",
    "#/paths/~1v3~1certificates/get/responses/200/content/application~1json/schema",
    "#/paths/~1v3~1certificates/get/responses/403/content/application~1json/schema",
    "#/paths/~1v3~1certificates/get/responses/404/content/application~1json/schema",
    "#/components/schemas/UserOpenServiceNotification",
    "#/components/schemas/PermissionsNotificationResource",
    "#/components/schemas/UserCloseServiceNotification",
    "#/components/schemas/UserConfirmNotification",
    "#/components/schemas/UserConfirmResource",
    "#/components/schemas/UserPaidNotification",
    "#/components/schemas/UserPaidResource",
    "#/components/schemas/MchPrepayNotification",
    "#/components/schemas/MchPrepayResource",
    "#/components/schemas/NotificationEnvelope",
    "#/components/schemas/NotificationReply",
    "#/components/schemas/WechatpaySignatureType",
    "#/components/schemas/WxpayScoreEnableAppRequest",
    "#/components/schemas/WxpayScoreEnableAppRequest/properties/businessType",
    "#/components/schemas/WxpayScoreEnableAppRequest/properties/query",
    "#/components/schemas/EnableJumpQuery",
    "#/components/schemas/EnableJumpQuery/properties/apply_permissions_token",
    "#/components/schemas/WxpayScoreEnableAppRequest/properties/extInfo",
    "#/components/schemas/EnableExtInfo",
    "#/components/schemas/EnableExtInfo/properties/miniProgramType",
    "#/components/schemas/WxpayScoreEnableJsapiRequest",
    "#/components/schemas/WxpayScoreEnableJsapiRequest/properties/businessType",
    "#/components/schemas/WxpayScoreEnableJsapiRequest/properties/queryString",
    "#/components/schemas/WxpayScoreEnableMiniProgramRequest",
    "#/components/schemas/WxpayScoreEnableMiniProgramRequest/properties/businessType",
    "#/components/schemas/WxpayScoreEnableMiniProgramRequest/properties/extraData",
    "#/components/schemas/WxpayScoreEnableNavigateToMiniProgram",
    "#/components/schemas/WxpayScoreEnableNavigateToMiniProgram/properties/appId",
    "#/components/schemas/WxpayScoreEnableNavigateToMiniProgram/properties/path",
    "#/components/schemas/WxpayScoreEnableNavigateToMiniProgram/properties/extraData",
    "#/components/schemas/WxpayScoreUseRequest",
    "#/components/schemas/WxpayScoreUseRequest/properties/businessType",
    "#/components/schemas/WxpayScoreUseRequest/properties/extraData",
    "#/components/schemas/WxpayScoreUseExtraData",
    "#/components/schemas/WxpayScoreUseExtraData/properties/mch_id",
    "#/components/schemas/WxpayScoreUseExtraData/properties/package",
    "#/components/schemas/WxpayScoreUseExtraData/properties/timestamp",
    "#/components/schemas/WxpayScoreUseExtraData/properties/nonce_str",
    "#/components/schemas/WxpayScoreUseExtraData/properties/sign_type",
    "#/components/schemas/WxpayScoreUseExtraData/properties/sign",
    "#/components/schemas/WxpayScoreUseReturn",
    "#/components/schemas/WxpayScoreUseReturn/properties/query_id",
    "#/components/schemas/RepaymentMiniProgramNavigator",
    "#/components/schemas/RepaymentMiniProgramNavigator/properties/target",
    "#/components/schemas/RepaymentMiniProgramNavigator/properties/open-type",
    "#/components/schemas/RepaymentMiniProgramNavigator/properties/app-id",
    "#/components/schemas/RepaymentMiniProgramNavigator/properties/path",
    "#/components/schemas/RepaymentMiniProgramNavigator/properties/version",
    "#/components/schemas/RepaymentMiniProgramNavigator/properties/extra-data",
    "#/components/schemas/RepaymentExtraData",
    "#/components/schemas/RepaymentExtraData/properties/appid",
    "#/components/schemas/RepaymentExtraData/properties/mchid",
    "#/components/schemas/RepaymentExtraData/properties/nonce_str",
    "#/components/schemas/RepaymentExtraData/properties/openid",
    "#/components/schemas/RepaymentAppLaunch",
    "#/components/schemas/RepaymentAppLaunch/properties/userName",
    "#/components/schemas/RepaymentAppLaunch/properties/path",
    "#/components/schemas/RepaymentAppLaunch/properties/miniProgramType"
  ],
  "contractPointers": [
    "#/paths/~1v3~1payscore~1acquiringbank~1permissions/post/responses/200/content/application~1json/schema",
    "#/components/responses/BadRequest/content/application~1json/schema",
    "#/components/responses/Unauthorized/content/application~1json/schema",
    "#/components/responses/Forbidden/content/application~1json/schema",
    "#/components/responses/NotFound/content/application~1json/schema",
    "#/components/responses/TooManyRequests/content/application~1json/schema",
    "#/components/responses/InternalServerError/content/application~1json/schema",
    "#/components/responses/BadGateway/content/application~1json/schema",
    "#/components/responses/ServiceUnavailable/content/application~1json/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1permissions~1authorization-code~1{authorization_code}/get/responses/200/content/application~1json/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder/get/responses/200/content/application~1json/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder/post/responses/200/content/application~1json/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1{out_order_no}~1registerdeductinfo/post/responses/200/content/application~1json/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1deduction/get/responses/200/content/application~1json/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1servicepayondeliveryorder/post/responses/200/content/application~1json/schema",
    "#/paths/~1v3~1certificates/get/responses/200/content/application~1json/schema",
    "#/paths/~1v3~1certificates/get/responses/403/content/application~1json/schema",
    "#/paths/~1v3~1certificates/get/responses/404/content/application~1json/schema",
    "#/components/schemas/UserOpenServiceNotification",
    "#/components/schemas/PermissionsNotificationResource",
    "#/components/schemas/UserCloseServiceNotification",
    "#/components/schemas/UserConfirmNotification",
    "#/components/schemas/UserConfirmResource",
    "#/components/schemas/UserPaidNotification",
    "#/components/schemas/UserPaidResource",
    "#/components/schemas/MchPrepayNotification",
    "#/components/schemas/MchPrepayResource",
    "#/components/schemas/NotificationEnvelope",
    "#/components/schemas/NotificationReply",
    "#/components/schemas/WechatpaySignatureType",
    "#/components/schemas/WxpayScoreEnableAppRequest",
    "#/components/schemas/WxpayScoreEnableAppRequest/properties/businessType",
    "#/components/schemas/WxpayScoreEnableAppRequest/properties/query",
    "#/components/schemas/EnableJumpQuery",
    "#/components/schemas/EnableJumpQuery/properties/apply_permissions_token",
    "#/components/schemas/WxpayScoreEnableAppRequest/properties/extInfo",
    "#/components/schemas/EnableExtInfo",
    "#/components/schemas/EnableExtInfo/properties/miniProgramType",
    "#/components/schemas/WxpayScoreEnableJsapiRequest",
    "#/components/schemas/WxpayScoreEnableJsapiRequest/properties/businessType",
    "#/components/schemas/WxpayScoreEnableJsapiRequest/properties/queryString",
    "#/components/schemas/WxpayScoreEnableMiniProgramRequest",
    "#/components/schemas/WxpayScoreEnableMiniProgramRequest/properties/businessType",
    "#/components/schemas/WxpayScoreEnableMiniProgramRequest/properties/extraData",
    "#/components/schemas/WxpayScoreEnableNavigateToMiniProgram",
    "#/components/schemas/WxpayScoreEnableNavigateToMiniProgram/properties/appId",
    "#/components/schemas/WxpayScoreEnableNavigateToMiniProgram/properties/path",
    "#/components/schemas/WxpayScoreEnableNavigateToMiniProgram/properties/extraData",
    "#/components/schemas/WxpayScoreUseRequest",
    "#/components/schemas/WxpayScoreUseRequest/properties/businessType",
    "#/components/schemas/WxpayScoreUseRequest/properties/extraData",
    "#/components/schemas/WxpayScoreUseExtraData",
    "#/components/schemas/WxpayScoreUseExtraData/properties/mch_id",
    "#/components/schemas/WxpayScoreUseExtraData/properties/package",
    "#/components/schemas/WxpayScoreUseExtraData/properties/timestamp",
    "#/components/schemas/WxpayScoreUseExtraData/properties/nonce_str",
    "#/components/schemas/WxpayScoreUseExtraData/properties/sign_type",
    "#/components/schemas/WxpayScoreUseExtraData/properties/sign",
    "#/components/schemas/WxpayScoreUseReturn",
    "#/components/schemas/WxpayScoreUseReturn/properties/query_id",
    "#/components/schemas/RepaymentMiniProgramNavigator",
    "#/components/schemas/RepaymentMiniProgramNavigator/properties/target",
    "#/components/schemas/RepaymentMiniProgramNavigator/properties/open-type",
    "#/components/schemas/RepaymentMiniProgramNavigator/properties/app-id",
    "#/components/schemas/RepaymentMiniProgramNavigator/properties/path",
    "#/components/schemas/RepaymentMiniProgramNavigator/properties/version",
    "#/components/schemas/RepaymentMiniProgramNavigator/properties/extra-data",
    "#/components/schemas/RepaymentExtraData",
    "#/components/schemas/RepaymentExtraData/properties/appid",
    "#/components/schemas/RepaymentExtraData/properties/mchid",
    "#/components/schemas/RepaymentExtraData/properties/nonce_str",
    "#/components/schemas/RepaymentExtraData/properties/openid",
    "#/components/schemas/RepaymentAppLaunch",
    "#/components/schemas/RepaymentAppLaunch/properties/userName",
    "#/components/schemas/RepaymentAppLaunch/properties/path",
    "#/components/schemas/RepaymentAppLaunch/properties/miniProgramType",
    "#/components/parameters/WechatpaySerialRequest/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1permissions/post/requestBody/content/application~1json/schema",
    "#/components/headers/Request-ID/schema",
    "#/components/headers/Wechatpay-Timestamp/schema",
    "#/components/headers/Wechatpay-Nonce/schema",
    "#/components/headers/Wechatpay-Signature/schema",
    "#/components/headers/Wechatpay-Serial/schema",
    "#/components/headers/Wechatpay-Timestamp-IfSigned/schema",
    "#/components/headers/Wechatpay-Nonce-IfSigned/schema",
    "#/components/headers/Wechatpay-Signature-IfSigned/schema",
    "#/components/headers/Wechatpay-Serial-IfSigned/schema",
    "#/components/parameters/AuthorizationCodePath/schema",
    "#/components/parameters/ServiceIdQuery/schema",
    "#/components/parameters/ChannelIdQuery/schema",
    "#/components/parameters/SubMchidQuery/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1permissions~1authorization-code~1{authorization_code}~1terminate/post/requestBody/content/application~1json/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder/get/parameters/0/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder/get/parameters/3/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder/get/parameters/4/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder/post/requestBody/content/application~1json/schema",
    "#/components/parameters/OutOrderNoPath/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1{out_order_no}~1cancel/post/requestBody/content/application~1json/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1{out_order_no}~1complete/post/requestBody/content/application~1json/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1{out_order_no}~1modify/post/requestBody/content/application~1json/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1{out_order_no}~1sync/post/requestBody/content/application~1json/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1{out_order_no}~1registerdeductinfo/post/requestBody/content/application~1json/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1deduction/get/parameters/1/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1deduction/get/parameters/3/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1serviceorder~1deduction/get/parameters/5/schema",
    "#/paths/~1v3~1payscore~1acquiringbank~1servicepayondeliveryorder/post/requestBody/content/application~1json/schema",
    "#/components/parameters/NotificationTimestamp/schema",
    "#/components/parameters/NotificationNonce/schema",
    "#/components/parameters/NotificationSignature/schema",
    "#/components/parameters/NotificationSerial/schema",
    "#/components/parameters/NotificationSignatureType/schema",
    "#/webhooks/PAYSCORE.USER_OPEN_SERVICE/post/parameters/5/schema",
    "#/webhooks/PAYSCORE.USER_OPEN_SERVICE/post/responses/200/content/application~1json/schema",
    "#/webhooks/PAYSCORE.USER_OPEN_SERVICE/post/responses/4XX/content/application~1json/schema",
    "#/webhooks/PAYSCORE.USER_OPEN_SERVICE/post/responses/5XX/content/application~1json/schema",
    "#/webhooks/PAYSCORE.USER_CLOSE_SERVICE/post/parameters/5/schema",
    "#/webhooks/PAYSCORE.USER_CLOSE_SERVICE/post/responses/200/content/application~1json/schema",
    "#/webhooks/PAYSCORE.USER_CLOSE_SERVICE/post/responses/4XX/content/application~1json/schema",
    "#/webhooks/PAYSCORE.USER_CLOSE_SERVICE/post/responses/5XX/content/application~1json/schema",
    "#/webhooks/PAYSCORE.USER_CONFIRM/post/parameters/5/schema",
    "#/webhooks/PAYSCORE.USER_CONFIRM/post/responses/200/content/application~1json/schema",
    "#/webhooks/PAYSCORE.USER_CONFIRM/post/responses/4XX/content/application~1json/schema",
    "#/webhooks/PAYSCORE.USER_CONFIRM/post/responses/5XX/content/application~1json/schema",
    "#/webhooks/PAYSCORE.USER_PAID/post/parameters/5/schema",
    "#/webhooks/PAYSCORE.USER_PAID/post/responses/200/content/application~1json/schema",
    "#/webhooks/PAYSCORE.USER_PAID/post/responses/4XX/content/application~1json/schema",
    "#/webhooks/PAYSCORE.USER_PAID/post/responses/5XX/content/application~1json/schema",
    "#/webhooks/PAYSCORE.MCH_PREPAY/post/parameters/5/schema",
    "#/webhooks/PAYSCORE.MCH_PREPAY/post/responses/200/content/application~1json/schema",
    "#/webhooks/PAYSCORE.MCH_PREPAY/post/responses/4XX/content/application~1json/schema",
    "#/webhooks/PAYSCORE.MCH_PREPAY/post/responses/5XX/content/application~1json/schema"
  ]
};
