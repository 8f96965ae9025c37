/**
 * The error a jump builder throws for input that breaks a rule of the spec.
 *
 * Messages are made from the schema's rule (ajv keyword and message) and the
 * JSON pointer of the field, never from the value: a value may be a secret
 * (the APIv2 key) or personal data (openid), and these errors end up in logs.
 */
import { PayScoreError } from "../errors.js";

/** One broken rule: where (JSON pointer) and which schema keyword. */
export interface JumpIssue {
  /** Component schema (or builder argument list) the value was checked against. */
  readonly source: string;
  /** RFC 6901 pointer of the field inside the checked value; "" is the value itself. */
  readonly pointer: string;
  /** JSON Schema keyword that failed (maxLength, pattern, const, required…). */
  readonly keyword: string;
  /** Human-readable rule, without the offending value. */
  readonly message: string;
}

/** Input (or a built value) does not satisfy the spec's schema for a jump. */
export class JumpInputError extends PayScoreError {
  override name = "JumpInputError";
  readonly source: string;
  readonly pointer: string;
  readonly keyword: string;
  /** Every issue ajv reported; the message describes the first. */
  readonly issues: readonly JumpIssue[];

  constructor(issues: readonly [JumpIssue, ...JumpIssue[]]) {
    const [first] = issues;
    super(`Invalid ${first.source} at ${first.pointer || "(root)"}: ${first.message} (${first.keyword})`);
    this.source = first.source;
    this.pointer = first.pointer;
    this.keyword = first.keyword;
    this.issues = issues;
  }
}
