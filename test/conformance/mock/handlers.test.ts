// The mock's handler table against the spec: one business rule per operation of `paths`, typed from the
// generated `operations`. The runtime check compares it with the bundled spec's operationIds; the
// `@ts-expect-error` lines are checked by `npx tsc --noEmit` (a table that compiled without an error there
// would make tsc fail on the unused directive).
import { describe, expect, it } from "vitest";
import { loadContract } from "../../../conformance/contract.ts";
import type { OperationHandlers } from "../../../conformance/mock/rules/common.ts";
import { HANDLERS, isOperationId } from "../../../conformance/mock/rules/index.ts";

describe("handler table", () => {
  it("has exactly one rule per operation of the bundled spec", () => {
    const specIds = loadContract().operations.map((operation) => operation.operationId).sort();
    expect(Object.keys(HANDLERS).sort()).toEqual(specIds);
    expect(specIds.every(isOperationId)).toBe(true);
    expect(isOperationId("onUserPaid")).toBe(false); // a webhook, not an operation the mock answers
    expect(isOperationId("toString")).toBe(false);
  });

  it("refuses, at compile time, a missing, an extra or a mistyped handler", () => {
    const { listCertificates: _omitted, ...withoutOne } = HANDLERS;
    // @ts-expect-error listCertificates has no handler
    const missing: OperationHandlers = withoutOne;
    // @ts-expect-error onUserPaid is a webhook, not an operation of `paths`
    const extra: OperationHandlers = { ...HANDLERS, onUserPaid: HANDLERS.listCertificates };
    // @ts-expect-error cancelServiceOrder answers 204, getServiceOrder must answer 200 with a ServiceOrder
    const mistyped: OperationHandlers = { ...HANDLERS, getServiceOrder: HANDLERS.cancelServiceOrder };
    expect([missing, extra, mistyped]).toHaveLength(3);
  });
});
