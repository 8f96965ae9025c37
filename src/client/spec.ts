/**
 * What the client reads from the bundled spec (`generated/openapi.json`):
 * the primary and backup hosts, the certificate-download path, the pattern
 * of a platform-certificate serial, and where each response schema lives.
 * Nothing here is written twice: hosts, paths and patterns come from the
 * document, so a spec change reaches the client on the next `npm run generate`.
 */
import bundled from "../../generated/openapi.json" with { type: "json" };
import { escapePointer } from "../spec-ajv.js";

interface OperationObject {
  readonly operationId?: string;
  readonly responses?: { readonly [status: string]: unknown };
}

interface SpecView {
  readonly servers: readonly { readonly url: string }[];
  readonly paths: { readonly [path: string]: { readonly [method: string]: unknown } };
  readonly components: { readonly schemas: { readonly [name: string]: { readonly properties?: { readonly [p: string]: unknown } } } };
}

const doc = bundled as unknown as SpecView;

/** servers[0]: api.mch.weixin.qq.com. */
export const PRIMARY_BASE_URL: string = serverUrl(0);
/** servers[1]: api2.mch.weixin.qq.com, for failover when the primary cannot be reached. */
export const BACKUP_BASE_URL: string = serverUrl(1);

/** The path of operation `listCertificates` (GET /v3/certificates). */
export const CERTIFICATES_PATH: string = operationPath("listCertificates");

/**
 * `PlatformCertificate.serial_no`'s pattern: a platform-certificate serial is
 * hex, while a WeChat Pay public-key id (`PUB_KEY_ID_…`) never is, so only the
 * former can be fixed by downloading /v3/certificates.
 */
export const PLATFORM_SERIAL_PATTERN: RegExp = new RegExp(
  String((doc.components.schemas["PlatformCertificate"]?.properties?.["serial_no"] as { pattern?: string } | undefined)?.pattern),
);

function serverUrl(index: number): string {
  const url = doc.servers[index]?.url;
  if (typeof url !== "string") throw new Error(`bundled spec has no servers[${index}]`);
  return url;
}

function operationPath(operationId: string): string {
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const operation of Object.values(item)) {
      if ((operation as OperationObject)?.operationId === operationId) return path;
    }
  }
  throw new Error(`bundled spec has no operation ${operationId}`);
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

const JSON_MEDIA = "application/json";

let routes: Map<string, ResponseRoute> | undefined;

/**
 * The operation at path template `template` (as written in the spec's
 * `paths`, and as the caller passed it) for `method`; undefined when the
 * spec has none.
 */
export function routeFor(method: string, template: string): ResponseRoute | undefined {
  routes ??= compileRoutes();
  return routes.get(`${method.toLowerCase()} ${template}`);
}

function compileRoutes(): Map<string, ResponseRoute> {
  const compiled = new Map<string, ResponseRoute>();
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const [method, value] of Object.entries(item)) {
      const operation = value as OperationObject;
      if (typeof operation?.operationId !== "string") continue;
      const responses = operation.responses ?? {};
      const base = `#/paths/${escapePointer(template)}/${method}/responses`;
      compiled.set(`${method} ${template}`, {
        template,
        method,
        operationId: operation.operationId,
        documents: (status) => Object.hasOwn(responses, String(status)),
        schemaPointer(status) {
          const response = responses[String(status)] as { $ref?: string; content?: Record<string, unknown> } | undefined;
          if (response === undefined) return undefined;
          // Shared error responses are $refs into components/responses.
          if (typeof response.$ref === "string") {
            const name = response.$ref.split("/").pop()!;
            const shared = (bundled as unknown as { components: { responses: Record<string, { content?: Record<string, unknown> }> } })
              .components.responses[name];
            return shared?.content?.[JSON_MEDIA] ? `${response.$ref}/content/${escapePointer(JSON_MEDIA)}/schema` : undefined;
          }
          return response.content?.[JSON_MEDIA] ? `${base}/${status}/content/${escapePointer(JSON_MEDIA)}/schema` : undefined;
        },
      });
    }
  }
  return compiled;
}
