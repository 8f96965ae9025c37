/** Every scenario, in the order a run goes through them. */
import type { Scenario } from "../scenario.ts";
import { authorization } from "./authorization.ts";
import { completionRules, errorPaths } from "./errors.ts";
import { cancel, modify, orderToPayment, payOnDelivery, sync } from "./orders.ts";
import { certificates } from "./platform.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each scenario has its own state type
export const SCENARIOS: ReadonlyArray<Scenario<any>> = [
  certificates,
  authorization,
  orderToPayment,
  cancel,
  modify,
  sync,
  payOnDelivery,
  errorPaths,
  completionRules,
];
