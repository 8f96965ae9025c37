/**
 * The spec index: every fact of the spec that the runtime, the mock and the contract checks read,
 * computed once by `npm run generate` from `spec/` into `generated/spec-index.ts` (so no code follows
 * `$ref`s at run time). Pointers (`#/…`) point into the bundled document, `generated/openapi.json`, and
 * into its reader view at the same places; the validators for them are
 * `generated/contract-validators.ts` and `generated/reader-validators.ts`.
 */
import { SPEC_INDEX as GENERATED } from "../generated/spec-index.js";

/** A path, query or header parameter (or a declared response/notification header). */
export interface ParameterFact {
  readonly name: string;
  readonly in: "path" | "query" | "header";
  readonly required: boolean;
  /** Pointer of its schema. */
  readonly schema: string;
  /** The schema's `type`, to coerce a string from a URL or a header before validating. */
  readonly type?: string;
}

/** One documented status of an operation (or a notification reply). */
export interface ResponseFact {
  readonly headers: readonly ParameterFact[];
  /** Pointer of the application/json body schema; absent when the spec gives the status no body. */
  readonly body?: string;
  /** `x-body-optional`: the body may be empty (a 200 notification reply). */
  readonly bodyOptional: boolean;
  readonly mediaTypes: readonly string[];
  /** The `code`s an error status may carry (intersection over the error schema's allOf branches). */
  readonly errorCodes: readonly string[];
}

/** A request body: the pointer of its application/json schema, and whether it is required. */
export interface BodyFact {
  readonly pointer: string;
  readonly required: boolean;
}

/** One operation under `paths`. */
export interface OperationFact {
  readonly operationId: string;
  /** The operation's `summary` (its title in the official documents). */
  readonly summary: string;
  readonly method: "GET" | "POST";
  /** The path template as the spec writes it, e.g. `/v3/…/serviceorder/{out_order_no}/cancel`. */
  readonly template: string;
  readonly parameters: readonly ParameterFact[];
  /** Operation-level `x-exactly-one-of` (getServiceOrder: out_order_no | query_id). */
  readonly exactlyOneOf: readonly string[];
  readonly body?: BodyFact;
  /** By status as the spec writes it ("200", "4XX"). */
  readonly responses: { readonly [status: string]: ResponseFact };
}

/** A webhook's `x-retry-schedule`: the delays WeChat Pay waits between deliveries. */
export interface RetryScheduleFact {
  /** Seconds before each retry, in order. */
  readonly delaysSeconds: readonly number[];
  /** After the listed delays, retry every this many seconds… */
  readonly thenEverySeconds?: number;
  /** …until this many seconds after the first attempt. */
  readonly giveUpAfterSeconds?: number;
}

/** One notification (a key of the spec's `webhooks`). */
export interface WebhookFact {
  readonly eventType: string;
  readonly operationId: string;
  /** The webhook's `summary`. */
  readonly summary: string;
  /** Declared headers (Wechatpay-*, Request-ID). */
  readonly headers: readonly ParameterFact[];
  /** The posted envelope's schema (its requestBody). */
  readonly body: BodyFact;
  /** The decrypted resource's schema: the `contentSchema` on `resource.ciphertext`. */
  readonly resource: string;
  /** Property names of the decrypted resource (its `properties`, and those of its `allOf` branches), in document order. */
  readonly resourceFields: readonly string[];
  /** From the envelope's first documented example: `summary`, `resource.associated_data`, `resource.original_type`. */
  readonly example: { readonly summary?: string; readonly associatedData?: string; readonly originalType?: string };
  readonly responses: { readonly [status: string]: ResponseFact };
  readonly retrySchedule?: RetryScheduleFact;
}

/**
 * One field of a client-side jump schema (a property), with the rules the builders read before they
 * validate: `const` (the fixed values the official jump pages print), `enum` (the first is the
 * documented default), `maxLength`/`minLength` (characters), `pattern`.
 */
export interface JumpFieldFact {
  readonly name: string;
  readonly required: boolean;
  /** Pointer of the field's schema: the component it refers to (`$ref`), else the property itself. */
  readonly schema: string;
  readonly type?: string;
  readonly const?: string | number | boolean;
  readonly enum?: readonly (string | number)[];
  readonly maxLength?: number;
  readonly minLength?: number;
  readonly pattern?: string;
  readonly description?: string;
  /** For a string holding encoded data: its `contentMediaType` (e.g. application/x-www-form-urlencoded). */
  readonly contentMediaType?: string;
  /** The object the field holds (a `$ref`ed object, or the `contentSchema` of an encoded string). */
  readonly content?: JumpSchemaFact;
}

/** A jump's object schema: the component's pointer and name, and its fields in document order. */
export interface JumpSchemaFact {
  /** The component name, e.g. `WxpayScoreUseExtraData`. */
  readonly component: string;
  /** `#/components/schemas/<component>`. */
  readonly schema: string;
  readonly fields: readonly JumpFieldFact[];
}

/** One root `x-client-jumps` entry: a client-side jump into a Pay Score (or repayment) mini-program. */
export interface JumpFact extends JumpSchemaFact {
  /** The `x-client-jumps` key, e.g. `wxpayScoreEnableApp`. */
  readonly name: string;
  readonly description?: string;
  /** `x-min-versions`: client name (wechat, baseLibrary, jssdk, androidOpenSdk, iosOpenSdk) → minimum version. */
  readonly minVersions: { readonly [client: string]: string };
}

export interface SpecIndex {
  /** `info.title` and `info.version` of the spec. */
  readonly info: { readonly title: string; readonly version: string };
  /** `servers[].url`: the primary host first, then the backup for failover. */
  readonly servers: readonly string[];
  readonly operations: readonly OperationFact[];
  readonly webhooks: readonly WebhookFact[];
  /** Facts notification handling needs besides each webhook's own. */
  readonly notifications: {
    /** The envelope every event shares (`NotificationEnvelope`). */
    readonly envelope: string;
    /** 2xx statuses every webhook lists as success (the 预授权 page: 200 or 204). */
    readonly successStatuses: readonly number[];
    /** Failure classes every webhook lists ("4XX", "5XX"). */
    readonly failureStatusClasses: readonly string[];
    /** The failure reply's schema (`NotificationReply`), its `maxLength`s and documented examples. */
    readonly reply: {
      readonly schema: string;
      readonly maxLength: { readonly code: number; readonly message: number };
      readonly example: { readonly code: string; readonly message: string };
    };
    /** `resource.ciphertext` maxLength: the largest encrypted resource a notification can carry. */
    readonly ciphertextMaxLength: number;
    /** The schema of the optional `Wechatpay-Signature-Type` header. */
    readonly signatureType: string;
    /** That header's allowed values (its schema's `enum`). */
    readonly signatureTypes: readonly string[];
    /** The envelope's allowed `resource_type` values (`NotificationEnvelope.resource_type` enum). */
    readonly resourceTypes: readonly string[];
  };
  /**
   * The client's platform-certificate facts: `listCertificates`'s path, a certificate serial's pattern,
   * and the `associated_data` of `EncryptedCertificate`'s documented example.
   */
  readonly certificates: { readonly path: string; readonly serialPattern: string; readonly associatedData: string };
  /** `ErrorBody.message` maxLength (characters): the longest error message the spec allows. */
  readonly errorMessageMaxLength: number;
  /** `RiskFundName`'s `x-enumDescriptions`: risk fund name → what it means (its mode, 先免 or 先享). */
  readonly riskFundNames: { readonly [name: string]: string };
  /** The `maxLength` (characters) of every string component schema that has one, by component name. */
  readonly componentMaxLengths: { readonly [component: string]: number };
  /** The names of `components.schemas`, in document order. */
  readonly componentSchemas: readonly string[];
  /** Root `x-client-jumps`, in document order. */
  readonly jumps: readonly JumpFact[];
  /**
   * Every pointer the runtime validates against (response bodies, webhook envelopes, resources and
   * replies, jump schemas and their properties): `generated/contract-validators.ts` and
   * `generated/reader-validators.ts` have a validator for each.
   */
  readonly runtimePointers: readonly string[];
  /**
   * Every pointer the contract checks (conformance/contract.ts) validate against: the runtime's plus
   * each parameter, request body and declared header. `generated/conformance-validators.ts` has a
   * contract-view validator for each.
   */
  readonly contractPointers: readonly string[];
}

/** The index of the spec this package ships. */
export const SPEC_INDEX: SpecIndex = GENERATED;

/** The fact of a status: the exact status, else its class ("4XX"), else "default". */
export function responseFor(responses: { readonly [status: string]: ResponseFact }, status: number): ResponseFact | undefined {
  return responses[String(status)] ?? responses[`${String(status).charAt(0)}XX`] ?? responses["default"];
}
