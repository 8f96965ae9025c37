/**
 * A call's request, built with openapi-fetch's public building blocks, and
 * the Response openapi-fetch parses when a call goes through its own path.
 *
 * Most calls (JSON, no middleware, default serializers) are built here from
 * the path template and `init` exactly as openapi-fetch's `createClient`
 * would build them, then handed to the signed transport directly: no Request
 * object, no body stream to read back, and the template is kept so the
 * response is validated against its operation without matching the URL.
 * Everything else goes through `createClient` with the signed fetch
 * (`requestFromFetch` turns its Request back into a call).
 */
import {
  type HeadersOptions,
  createFinalURL,
  createQuerySerializer,
  defaultBodySerializer,
  defaultPathSerializer,
  mergeHeaders,
} from "openapi-fetch";
import type { Outgoing, RawResponse } from "./transport.js";

/** The per-call options of a typed call, as the wrapper sees them at run time. */
export interface CallInit {
  readonly params?: {
    readonly path?: Record<string, unknown>;
    readonly query?: Record<string, unknown>;
    readonly header?: HeadersOptions;
  };
  readonly body?: unknown;
  readonly headers?: HeadersOptions;
  readonly signal?: AbortSignal | null;
  readonly parseAs?: string;
  readonly middleware?: unknown;
  readonly [option: string]: unknown;
}

/** Options only openapi-fetch's own path applies (a custom serializer replaces the defaults used below). */
const OPENAPI_FETCH_OPTIONS = ["querySerializer", "bodySerializer", "pathSerializer", "middleware"] as const;

/**
 * Whether `init` needs openapi-fetch's own path: per-call middleware, a
 * non-JSON `parseAs` (openapi-fetch parses the verified text), a custom
 * serializer, or a body that is not plain JSON: FormData, or one sent with
 * the caller's own Content-Type (openapi-fetch's serializer reads it).
 */
export function needsOpenapiFetch(init: CallInit): boolean {
  if (init.parseAs !== undefined && init.parseAs !== "json") return true;
  if (OPENAPI_FETCH_OPTIONS.some((name) => init[name] !== undefined)) return true;
  if (init.body === undefined) return false;
  if (init.body instanceof FormData) return true;
  const header = init.params?.header;
  return (init.headers !== undefined || header !== undefined) && mergeHeaders(init.headers, header).has("content-type");
}

const querySerializer = createQuerySerializer();
const JSON_CONTENT_TYPE = { "Content-Type": "application/json" };

/**
 * The call `createClient` would send for `template` and `init` with its
 * default serializers, for an `init` that `needsOpenapiFetch` lets through:
 * the URL is `baseUrl` + the template with path and query parameters
 * serialized, the body is JSON text, and headers are merged in
 * openapi-fetch's order (Content-Type when there is a body, then `headers`,
 * then `params.header`; a null value removes a header), then kept as a
 * plain record of lower-case names (`Outgoing.headers`). Throws what the
 * serializers throw (e.g. a nested object in the query, a BigInt in the body).
 */
export function requestFromInit(method: string, template: string, baseUrl: string, init: CallInit): Outgoing {
  const params = init.params ?? {};
  const body = init.body === undefined ? undefined : defaultBodySerializer(init.body);
  return {
    method,
    template,
    url: createFinalURL(template, { baseUrl, params, querySerializer, pathSerializer: defaultPathSerializer }),
    headers: callHeaders(body !== undefined, init.headers, params.header),
    body,
    signal: init.signal ?? undefined,
  };
}

/** openapi-fetch's header merge, as a record of lower-case names. */
function callHeaders(hasBody: boolean, headers: HeadersOptions | undefined, paramHeaders: HeadersOptions | undefined): Record<string, string> {
  return Object.fromEntries(mergeHeaders(hasBody ? JSON_CONTENT_TYPE : undefined, headers, paramHeaders));
}

/**
 * The call in a Request that openapi-fetch (after the caller's middleware)
 * hands to the signed fetch, for `template`. The body is read once as text:
 * every attempt signs and sends these same bytes. The headers are copied, so
 * what the transport adds per attempt never shows in the caller's Request.
 */
export async function requestFromFetch(request: Request, template: string): Promise<Outgoing> {
  return {
    method: request.method,
    template,
    url: request.url,
    headers: Object.fromEntries(request.headers),
    body: request.body === null ? undefined : await request.text(),
    signal: request.signal,
  };
}

/** A fresh Response over the verified text, for openapi-fetch to parse as the call's `parseAs` asks. */
export function toResponse(raw: RawResponse): Response {
  const headers = new Headers(raw.headers);
  // The body is already decoded text; these described the wire form.
  for (const name of ["content-length", "content-encoding", "transfer-encoding"]) headers.delete(name);
  return new Response(raw.status === 204 ? null : raw.body, { status: raw.status, statusText: raw.statusText, headers });
}
