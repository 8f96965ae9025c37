/**
 * The business rule of every operation in the spec, by operationId. Typed `OperationHandlers`: a
 * handler missing for an operation of `paths`, or one for an operation the spec does not have, does
 * not compile.
 */
import { listCertificates } from "../certificates.ts";
import * as authorizations from "./authorizations.ts";
import type { OperationHandlers, OperationId } from "./common.ts";
import * as deduction from "./deduction.ts";
import * as orders from "./orders.ts";

export const HANDLERS: OperationHandlers = {
  applyPermissions: authorizations.applyPermissions,
  getPermissionsByAuthorizationCode: authorizations.getPermissionsByAuthorizationCode,
  terminatePermissionsByAuthorizationCode: authorizations.terminatePermissionsByAuthorizationCode,
  createServiceOrder: orders.createServiceOrder,
  getServiceOrder: orders.getServiceOrder,
  cancelServiceOrder: orders.cancelServiceOrder,
  completeServiceOrder: orders.completeServiceOrder,
  modifyServiceOrder: orders.modifyServiceOrder,
  syncServiceOrder: orders.syncServiceOrder,
  registerDeductInfo: deduction.registerDeductInfo,
  getDeductInfo: deduction.getDeductInfo,
  createPayOnDeliveryServiceOrder: orders.createPayOnDeliveryServiceOrder,
  listCertificates,
};

/** Whether `operationId` (e.g. from the contract's routing) names an operation the mock has a rule for. */
export function isOperationId(operationId: string): operationId is OperationId {
  return Object.hasOwn(HANDLERS, operationId);
}
