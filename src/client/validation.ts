/**
 * `validate: "off" | "warn" | "strict"`: response bodies against the spec's
 * schema for that operation and status, read tolerantly (src/spec-views.ts
 * `readAgainstSpec`): a key or enum value the spec does not list, or any other
 * difference from the contract the client does not rely on, is reported
 * through `onWarning` with its pointer, rule and severity, never refused.
 *
 * "strict" refuses a 2xx that the spec's reader view refuses (a required field
 * missing, a wrong type) with InvalidResponseError "schema"; "warn" reports
 * that too. A status the spec does not list, or a body where it lists none, is
 * reported in both modes: the client does not rely on either. A non-2xx is already an error, so its differences are only
 * reported (turning them into another error would hide the status and code).
 * Each schema is compiled once per process (SpecAjv caches by pointer).
 */
import { ConfigError, InvalidResponseError } from "../errors.js";
import { describeIssue } from "../spec-ajv.js";
import { readAgainstSpec } from "../spec-views.js";
import type { PayScoreWarning, WarningHandler } from "../warning.js";
import { routeFor } from "./spec.js";

export type ValidationMode = "off" | "warn" | "strict";

export interface ResponseCheck {
  method: string;
  /** The path template the call was made with (see `Outgoing.template`). */
  template: string;
  status: number;
  requestId: string | undefined;
  /** The parsed JSON body, or undefined for an empty body. */
  body: unknown;
}

export type ResponseValidator = (check: ResponseCheck) => void;

const MODES: readonly ValidationMode[] = ["off", "warn", "strict"];

export function createResponseValidator(mode: ValidationMode, onWarning: WarningHandler): ResponseValidator {
  if (!MODES.includes(mode)) throw new ConfigError(`validate must be one of ${MODES.join(", ")}`);
  if (mode === "off") return () => undefined;
  return (check) => {
    const route = routeFor(check.method, check.template);
    if (!route) return; // only the typed paths reach the transport; the certificate path is in the spec too
    const context = { operationId: route.operationId, status: check.status, requestId: check.requestId };
    if (!route.documents(check.status)) {
      onWarning({ kind: "undocumented-status", message: `HTTP ${check.status} is not a documented response`, ...context });
      return;
    }
    const pointer = route.schemaPointer(check.status);
    if (pointer === undefined) {
      if (check.body !== undefined) {
        onWarning({ kind: "schema", message: `HTTP ${check.status} must have no body`, violations: ["/ body: must be empty"], ...context });
      }
      return;
    }
    const reading = readAgainstSpec(pointer, check.body);
    if (!reading.accepted) {
      const violations = reading.issues.map(describeIssue);
      const message = `response body breaks the spec at ${reading.issues.map((issue) => `${issue.pointer || "/"} ${issue.keyword}`).join(", ")}`;
      if (mode === "strict" && check.status >= 200 && check.status < 300) {
        throw new InvalidResponseError("schema", `${route.operationId}: ${message}`, { status: check.status, requestId: check.requestId, violations });
      }
      onWarning({ kind: "schema", message, violations, differences: reading.issues, ...context });
    } else if (reading.differences.length > 0) {
      const violations = reading.differences.map(describeIssue);
      onWarning({
        kind: "schema",
        message: `response body differs from the spec (${reading.differences.map((d) => `${d.pointer || "/"} ${d.keyword} [${d.severity}]`).join(", ")})`,
        violations,
        differences: reading.differences,
        ...context,
      });
    }
  };
}
