/**
 * What the client reads from the spec, all from the spec index (`generated/spec-index.ts`): the
 * primary and backup hosts, the certificate-download path, the pattern of a platform-certificate
 * serial, and where each response schema lives. Nothing here is written twice: a spec change reaches
 * the client on the next `npm run generate`.
 */
import { SPEC_INDEX, type OperationFact } from "../spec-index.js";

/** servers[0]: api.mch.weixin.qq.com. */
export const PRIMARY_BASE_URL: string = serverUrl(0);
/** servers[1]: api2.mch.weixin.qq.com, for failover when the primary cannot be reached. */
export const BACKUP_BASE_URL: string = serverUrl(1);

/** The path of operation `listCertificates` (GET /v3/certificates). */
export const CERTIFICATES_PATH: string = SPEC_INDEX.certificates.path;

/**
 * `PlatformCertificate.serial_no`'s pattern: a platform-certificate serial is
 * hex, while a WeChat Pay public-key id (`PUB_KEY_ID_…`) never is, so only the
 * former can be fixed by downloading /v3/certificates.
 */
export const PLATFORM_SERIAL_PATTERN: RegExp = new RegExp(SPEC_INDEX.certificates.serialPattern);

function serverUrl(index: number): string {
  const url = SPEC_INDEX.servers[index];
  if (typeof url !== "string") throw new Error(`the spec has no servers[${index}]`);
  return url;
}

export interface ResponseRoute {
  /** Path template as written in the spec, e.g. `/v3/…/serviceorder/{out_order_no}/cancel`. */
  readonly template: string;
  readonly method: string;
  readonly operationId: string;
  /** JSON pointer of the application/json schema for `status`, or undefined when the spec has no body for it. */
  schemaPointer(status: number): string | undefined;
  /** Whether the spec lists `status` for this operation at all. */
  documents(status: number): boolean;
}

let routes: Map<string, ResponseRoute> | undefined;

/**
 * The operation at path template `template` (as written in the spec's
 * `paths`, and as the caller passed it) for `method`; undefined when the
 * spec has none.
 */
export function routeFor(method: string, template: string): ResponseRoute | undefined {
  routes ??= new Map(SPEC_INDEX.operations.map((op) => [`${op.method.toLowerCase()} ${op.template}`, routeOf(op)]));
  return routes.get(`${method.toLowerCase()} ${template}`);
}

function routeOf(op: OperationFact): ResponseRoute {
  return {
    template: op.template,
    method: op.method.toLowerCase(),
    operationId: op.operationId,
    documents: (status) => Object.hasOwn(op.responses, String(status)),
    schemaPointer: (status) => (Object.hasOwn(op.responses, String(status)) ? op.responses[String(status)]?.body : undefined),
  };
}
