/**
 * The spec's types for users: the openapi-typescript output of the bundled OpenAPI document
 * (`paths`, `webhooks`, `components`, `operations`) and named aliases of the component schemas a
 * caller builds or reads. Amounts are integers in fen (分); times are the formats each schema names
 * (e.g. `yyyyMMddHHmmss`, RFC 3339). Every alias is exactly `components["schemas"][Name]`.
 */
import type { components } from "../generated/schema.js";

export type { components, operations, paths, webhooks } from "../generated/schema.js";

type Schemas = components["schemas"];

/** A service order as the query and create operations return it (spec schema `ServiceOrder`). */
export type ServiceOrder = Schemas["ServiceOrder"];
/** Body of POST /v3/payscore/acquiringbank/serviceorder (`createServiceOrder`). */
export type CreateServiceOrderRequest = Schemas["CreateServiceOrderRequest"];
/** Body of POST /v3/payscore/acquiringbank/servicepayondeliveryorder (`createPayOnDeliveryServiceOrder`). */
export type CreatePayOnDeliveryOrderRequest = Schemas["CreatePayOnDeliveryOrderRequest"];
/** Body of POST …/serviceorder/{out_order_no}/cancel (`cancelServiceOrder`). */
export type CancelServiceOrderRequest = Schemas["CancelServiceOrderRequest"];
/** Body of POST …/serviceorder/{out_order_no}/complete (`completeServiceOrder`). */
export type CompleteServiceOrderRequest = Schemas["CompleteServiceOrderRequest"];
/** Body of POST …/serviceorder/{out_order_no}/modify (`modifyServiceOrder`). */
export type ModifyServiceOrderRequest = Schemas["ModifyServiceOrderRequest"];
/** Body of POST …/serviceorder/{out_order_no}/sync (`syncServiceOrder`). */
export type SyncServiceOrderRequest = Schemas["SyncServiceOrderRequest"];
/** Body of POST …/serviceorder/{out_order_no}/registerdeductinfo (`registerDeductInfo`). */
export type RegisterDeductInfoRequest = Schemas["RegisterDeductInfoRequest"];
/** Answer of `registerDeductInfo`. */
export type RegisterDeductInfoResponse = Schemas["RegisterDeductInfoResponse"];
/** Answer of GET …/serviceorder/deduction (`getDeductInfo`). */
export type DeductInfo = Schemas["DeductInfo"];
/** Body of POST /v3/payscore/acquiringbank/permissions (`applyPermissions`). */
export type ApplyPermissionsRequest = Schemas["ApplyPermissionsRequest"];
/** Answer of `applyPermissions`: the `apply_permissions_token`. */
export type ApplyPermissionsResponse = Schemas["ApplyPermissionsResponse"];
/** Answer of GET …/permissions/authorization-code/{authorization_code}. */
export type PermissionsRecord = Schemas["PermissionsRecord"];
/** Body of POST …/permissions/authorization-code/{authorization_code}/terminate. */
export type TerminatePermissionsRequest = Schemas["TerminatePermissionsRequest"];
/** A non-2xx answer's body `{ code, message, detail? }` (APIv3 error format). */
export type ErrorBody = Schemas["ErrorBody"];
/** Decrypted resource of PAYSCORE.USER_OPEN_SERVICE / PAYSCORE.USER_CLOSE_SERVICE. */
export type PermissionsNotificationResource = Schemas["PermissionsNotificationResource"];
/** The service order as it stands: the decrypted resource of PAYSCORE.USER_CONFIRM and PAYSCORE.USER_PAID (each narrowed by its own alias). */
export type ServiceOrderNotificationResource = Schemas["ServiceOrderNotificationResource"];
/** Decrypted resource of PAYSCORE.USER_CONFIRM. */
export type UserConfirmResource = Schemas["UserConfirmResource"];
/** Decrypted resource of PAYSCORE.USER_PAID. */
export type UserPaidResource = Schemas["UserPaidResource"];
/** Decrypted resource of PAYSCORE.MCH_PREPAY. */
export type MchPrepayResource = Schemas["MchPrepayResource"];
