/**
 * `createPayScoreClient(options)`: the typed APIv3 client for Pay Score
 * institution mode.
 *
 * - Typed by the generated `paths` (openapi-fetch `createClient<paths>`): a
 *   wrong path, parameter, field or type is a compile error.
 * - Every attempt is signed, sent and verified by the transport
 *   (src/client/transport.ts); a forged, tampered, stale or unsigned 2xx
 *   never reaches the caller. A call's request is built with openapi-fetch's
 *   public serializers (src/client/request.ts) and handed to the transport;
 *   calls with middleware, a non-JSON `parseAs` or custom serializers go
 *   through openapi-fetch's `createClient` with the transport as its `fetch`.
 * - Keys are imported once, here (so creation is async), never per request.
 *
 * Errors THROW; they are never returned in openapi-fetch's `error` field.
 * One channel for every failure is harder to ignore by accident, and a caller
 * cannot tell "the platform said no" (`WechatPayError`) from "the answer is
 * not authentic" (`SignatureVerificationError`) or "no answer"
 * (`RequestFailedError`) unless all of them arrive the same way. So a call
 * resolves to `{ data, response }` with `data` the verified body (undefined
 * for 204) and rejects with a `PayScoreError` subclass:
 *   WechatPayError            non-2xx answer (status, code, detail, requestId, signed)
 *   SignatureVerificationError the answer's signature failed (reason names what)
 *   RequestFailedError        network failure, timeout, deadline (after retries)
 *   InvalidResponseError      oversized or malformed body; spec violation in "strict"
 * Each also carries `attempts`, `earlierAttemptMayHaveSucceeded` and, when an
 * answer arrived, its `requestId` and `status` (see src/errors.ts).
 * A caller's AbortSignal rejects with the signal's reason, as fetch does.
 */
import createClient, { type Client, type ClientPathsWithMethod, type FetchResponse, type MaybeOptionalInit } from "openapi-fetch";
import type { paths } from "../../generated/schema.js";
import { type AeadKey, apiV3KeyFrom } from "../aead.js";
import { CertificateKeySet, PlatformCertificateManager } from "./certificates.js";
import { type Clock, systemClock } from "../clock.js";
import { anyKeySource } from "./key-sources.js";
import { type Middleware, MiddlewareRegistry, guardMiddleware } from "./middleware.js";
import { DEFAULT_MAX_RESPONSE_BYTES } from "./response-body.js";
import { type RetryOptions, retryPolicy } from "./retry.js";
import { BACKUP_BASE_URL, CERTIFICATES_PATH, PRIMARY_BASE_URL } from "./spec.js";
import { type CallInit, needsOpenapiFetch, requestFromFetch, requestFromInit, toResponse } from "./request.js";
import { type SendOptions, createTransport } from "./transport.js";
import { type ValidationMode, createResponseValidator } from "./validation.js";
import type { WarningHandler } from "../warning.js";
import { ConfigError } from "../errors.js";
import { importCertificate, importMerchantPrivateKey, importPublicKey } from "../keys.js";
import { type NonceSource, randomNonce } from "../nonce.js";
import { createRsaSigner } from "../sign.js";
import { DEFAULT_MAX_SKEW_SECONDS, StaticKeySet, type VerificationKeySource } from "../verify.js";

export type { Middleware } from "./middleware.js";
export type { ValidationMode } from "./validation.js";
export type { CertificateProblem, PayScoreWarning, WarningHandler } from "../warning.js";
export type { RetryOptions } from "./retry.js";

export interface PayScoreClientOptions {
  /** The institution's own merchant id (Authorization `mchid`). */
  mchid: string;
  /** Serial of the merchant API certificate (Authorization `serial_no`). */
  merchantSerialNo: string;
  /** apiclient_key.pem: PKCS#8 or PKCS#1 PEM, or a CryptoKey from importMerchantPrivateKey. */
  merchantPrivateKey: string | CryptoKey;
  /** Public-key mode: the WeChat Pay public key (SPKI or PKCS#1 PEM, or CryptoKey) and its id `PUB_KEY_ID_…`. */
  wechatpayPublicKey?: { id: string; key: string | CryptoKey } | undefined;
  /** Certificate mode: the APIv3 key, to download and decrypt /v3/certificates. */
  apiV3Key?: string | Uint8Array | AeadKey | undefined;
  /**
   * X.509 PEM platform certificates to trust without downloading (pinning,
   * offline tests). Each verifies only inside its validity window, notBefore
   * through notAfter by `clock` at verification time: one not yet valid is
   * accepted now and starts verifying when its time comes; outside the window
   * a response it signed is refused with `SignatureVerificationError` reason
   * "certificate-not-valid" naming the serial. Creation fails with a
   * `ConfigError` only when every pinned certificate has already expired and
   * neither `wechatpayPublicKey` nor `apiV3Key` is given (nothing could ever
   * verify a response).
   */
  platformCertificates?: readonly string[] | undefined;
  /** Default: the spec's primary host. See src/client/transport.ts for path prefixes. */
  baseUrl?: string | undefined;
  /**
   * Where to send attempts after a network failure: `true` = the spec's backup
   * host (api2), a string = that base URL, `false` = stay. Default: `true`
   * with the default baseUrl, `false` with a custom one (never fail over from
   * a mock to production).
   */
  failover?: boolean | string | undefined;
  /** Validate response bodies against the spec; default "off". */
  validate?: ValidationMode | undefined;
  /**
   * Spec violations in "warn" mode, failed certificate downloads and skipped
   * entries of a certificate list (kind "certificates"); default: ignore.
   */
  onWarning?: WarningHandler | undefined;
  retry?: RetryOptions | undefined;
  /** Per-attempt timeout, ms (default 10 000). */
  timeoutMs?: number | undefined;
  /** Total time for a call including retries and backoff, ms (default 30 000). */
  deadlineMs?: number | undefined;
  /** Largest response body read, bytes (default 1 MiB). */
  maxResponseBytes?: number | undefined;
  /** Allowed |now − Wechatpay-Timestamp|, s (default 300). */
  maxSkewSeconds?: number | undefined;
  /** Default "payscore-acquiringbank". WeChat may refuse requests without one. Printable ASCII (ConfigError otherwise). */
  userAgent?: string | undefined;
  clock?: Clock | undefined;
  nonce?: NonceSource | undefined;
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Platform-certificate refresh tuning (see src/client/certificates.ts). */
  certificates?:
    | { refreshIntervalMs?: number | undefined; refreshBeforeExpiryMs?: number | undefined; minDownloadIntervalMs?: number | undefined }
    | undefined;
}

type Media = `${string}/${string}`;
type RequiredKeysOf<T> = { [K in keyof T]: {} extends Pick<T, K> ? never : K }[keyof T] extends infer R
  ? R extends undefined ? never : R
  : never;
type InitParam<Init> =
  RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];
/** openapi-fetch's result without its `error` branch: errors are thrown (see the module comment). */
type Success<R> = R extends { error: infer E } ? ([E] extends [undefined] ? R : never) : R;

/** Keys of every member of a union (`keyof` a union gives only the shared ones). */
type KeysOf<T> = T extends unknown ? keyof T : never;
/** The type of `K` in the union members that have it. */
type At<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
/**
 * `T` with every property the spec does not declare typed `never`, at any depth. openapi-fetch
 * infers `Init` from the argument, and an inferred type may carry properties its constraint does
 * not have, so without this a misspelled body field or query parameter would compile (and be
 * refused by the platform, or silently ignored). Open objects (`additionalProperties`) are left open.
 */
type NoExtra<T, Spec> = unknown extends Spec
  ? T
  : T extends readonly (infer E)[]
    ? NonNullable<Spec> extends readonly (infer S)[] ? readonly NoExtra<E, S>[] : T
    : T extends object
      ? string extends KeysOf<NonNullable<Spec>>
        ? T
        : { [K in keyof T]: K extends KeysOf<NonNullable<Spec>> ? NoExtra<T[K], At<NonNullable<Spec>, K>> : never }
      : T;
/** `params` and `body` of a call, checked for properties the spec does not declare. */
type Checked<Init, Expected> = Init & NoExtra<Pick<Init, Extract<keyof Init, "params" | "body">>, Expected>;

export type PayScoreMethod<M extends "get" | "post"> = <
  Path extends ClientPathsWithMethod<Client<paths>, M>,
  Init extends MaybeOptionalInit<paths[Path], M>,
>(
  url: Path,
  ...init: InitParam<Checked<Init, MaybeOptionalInit<paths[Path], M>>>
) => Promise<Success<FetchResponse<Extract<paths[Path][M], Record<string | number, any>>, Init, Media>>>;

export interface PayScoreClient {
  /** Call a GET operation, e.g. `GET("/v3/payscore/acquiringbank/serviceorder", { params: { query } })`. */
  GET: PayScoreMethod<"get">;
  /** Call a POST operation, e.g. `POST("/v3/payscore/acquiringbank/serviceorder", { body })`. */
  POST: PayScoreMethod<"post">;
  /**
   * Every key responses are verified with (public key, pinned and downloaded
   * certificates). Pass it as `keys` to the notification helper.
   */
  readonly keys: VerificationKeySource;
  /** The platform-certificate manager, when an APIv3 key was given. */
  readonly certificates: PlatformCertificateManager | undefined;
  /**
   * Adds openapi-fetch middleware (logging, tracing, metrics) for every call;
   * one call can also pass `middleware: [...]`. It runs once per call around
   * the signed transport: onRequest before signing, onResponse with the
   * verified answer, onError with the typed error. It may not supply or
   * replace an answer (src/client/middleware.ts).
   */
  use(...middleware: Middleware[]): void;
  /** Removes middleware added with `use`. */
  eject(...middleware: Middleware[]): void;
}

/** Per-call options that would bypass the signed transport or the failover mapping. */
const FORBIDDEN_CALL_OPTIONS = ["fetch", "baseUrl"] as const;

export async function createPayScoreClient(options: PayScoreClientOptions): Promise<PayScoreClient> {
  if (typeof options !== "object" || options === null) throw new ConfigError("createPayScoreClient needs an options object");
  const clock = options.clock ?? systemClock;
  const onWarning = options.onWarning ?? (() => undefined);
  const privateKey =
    typeof options.merchantPrivateKey === "string" ? await importMerchantPrivateKey(options.merchantPrivateKey) : options.merchantPrivateKey;
  const signer = createRsaSigner({ mchid: options.mchid, serialNo: options.merchantSerialNo, privateKey });

  const staticKeys = new StaticKeySet();
  const publicKeyId = options.wechatpayPublicKey?.id;
  if (options.wechatpayPublicKey) {
    const { id, key } = options.wechatpayPublicKey;
    staticKeys.add(id, typeof key === "string" ? await importPublicKey(key) : key);
  }
  const pinned = await importPinned(options.platformCertificates ?? [], clock);

  const baseUrl = trimSlash(options.baseUrl ?? PRIMARY_BASE_URL, "baseUrl");
  const failover = options.failover ?? options.baseUrl === undefined;
  const backupBaseUrl = failover === false ? undefined : trimSlash(failover === true ? BACKUP_BASE_URL : failover, "failover");

  const transport = createTransport({
    signer,
    clock,
    nonce: options.nonce ?? (() => randomNonce()),
    fetch: fetchAttempt(options.fetch),
    baseUrl,
    backupBaseUrl,
    retry: retryPolicy(options.retry),
    attemptTimeoutMs: positive(options.timeoutMs ?? 10_000, "timeoutMs"),
    deadlineMs: positive(options.deadlineMs ?? 30_000, "deadlineMs"),
    maxResponseBytes: positive(options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, "maxResponseBytes"),
    maxSkewSeconds: options.maxSkewSeconds ?? DEFAULT_MAX_SKEW_SECONDS,
    userAgent: userAgentOf(options.userAgent),
    validate: createResponseValidator(options.validate ?? "off", onWarning),
  });

  let manager: PlatformCertificateManager | undefined;
  if (options.apiV3Key !== undefined) {
    const apiV3Key = await apiV3KeyFrom(options.apiV3Key);
    const cached = () => anyKeySource(staticKeys, pinned, manager?.cached);
    manager = new PlatformCertificateManager({
      apiV3Key,
      trustedKeys: anyKeySource(staticKeys, pinned),
      tolerateNotFound: publicKeyId !== undefined,
      clock,
      onWarning,
      ...(options.maxSkewSeconds === undefined ? {} : { maxSkewSeconds: options.maxSkewSeconds }),
      ...options.certificates,
      // The download's own answer is checked with what is already cached, never by downloading again.
      download: () =>
        transport({ method: "GET", template: CERTIFICATES_PATH, url: `${baseUrl}${CERTIFICATES_PATH}`, headers: {}, body: undefined, signal: undefined }, {
          keys: cached(),
          verifySuccess: false,
          serial: async () => publicKeyId ?? manager?.currentSerial() ?? pinned.current()?.serialNo,
        }),
    });
  }
  if (publicKeyId === undefined && manager === undefined) {
    const held = pinned.all();
    if (held.length === 0) {
      throw new ConfigError("Give wechatpayPublicKey, apiV3Key (platform certificates) or platformCertificates: responses must be verified");
    }
    if (pinned.unexpired().length === 0) {
      const expired = held.map((c) => `${c.serialNo} (expired at ${c.expiresAt.toISOString()})`).join(", ");
      throw new ConfigError(`Every pinned platform certificate has expired: ${expired}; without wechatpayPublicKey or apiV3Key no response could be verified`);
    }
  }

  // Both sets are fixed from here on: an empty one is left out, so the usual single source is asked directly.
  const keys = anyKeySource(staticKeys.serials().length > 0 ? staticKeys : undefined, pinned.all().length > 0 ? pinned : undefined, manager);
  const sendOptions: SendOptions = {
    keys,
    verifySuccess: true,
    // The id of the key we want answers signed with: the public key when configured. During a migration
    // from platform certificates, responses are signed with the key the request's Wechatpay-Serial names
    // (the spec's security scheme, after WeChat Pay's guide to switching to the WeChat Pay public key).
    serial: () =>
      publicKeyId ?? manager?.preferredSerial().then((serial) => serial ?? pinned.current()?.serialNo) ?? pinned.current()?.serialNo,
    unknownSerialCause: () => manager?.lastError,
  };
  const registry = new MiddlewareRegistry();
  // openapi-fetch's own path, for what `requestFromInit` does not build: the caller's middleware
  // (it gets real Requests and Responses), a non-JSON parseAs, custom serializers.
  const viaOpenapiFetch = createClient<paths>({ baseUrl });

  const call = (method: "GET" | "POST") => (template: string, init: CallInit = {}) => {
    for (const name of FORBIDDEN_CALL_OPTIONS) {
      if (name in init) throw new ConfigError(`Per-call "${name}" is not supported: it would bypass request signing or failover`);
    }
    if (registry.size > 0 || needsOpenapiFetch(init)) {
      const signedFetch = async (request: Request) => toResponse(await transport(await requestFromFetch(request, template), sendOptions));
      const request = viaOpenapiFetch[method] as (url: string, init: unknown) => Promise<{ data?: unknown; response: Response }>;
      return request(template, { ...init, middleware: callMiddleware(init.middleware), fetch: signedFetch });
    }
    return callDirect(method, template, init);
  };
  /** JSON, the default: `data` is the JSON the transport parsed (and validated) from the verified text. */
  const callDirect = async (method: "GET" | "POST", template: string, init: CallInit) => {
    const raw = await transport(requestFromInit(method, template, baseUrl, init), sendOptions);
    return { data: raw.json, response: raw.response };
  };
  return Object.freeze({
    GET: call("GET") as PayScoreMethod<"get">,
    POST: call("POST") as PayScoreMethod<"post">,
    keys,
    certificates: manager,
    use: (...middleware: Middleware[]) => viaOpenapiFetch.use(...registry.add(middleware)),
    eject: (...middleware: Middleware[]) => viaOpenapiFetch.eject(...registry.remove(middleware)),
  });
}

/** A call's own `middleware` option, guarded like `use` (see src/client/middleware.ts). */
function callMiddleware(middleware: unknown): Middleware[] {
  if (middleware === undefined) return [];
  if (!Array.isArray(middleware)) throw new ConfigError("Per-call middleware must be an array");
  return middleware.map(guardMiddleware);
}

/** A Request-taking `fetch` option gets a Request; the global fetch builds its own from (url, init). */
function fetchAttempt(injected: ((request: Request) => Promise<Response>) | undefined): (url: URL, init: RequestInit) => Promise<Response> {
  return injected === undefined ? (url, init) => fetch(url, init) : (url, init) => injected(new Request(url, init));
}

/** Pinned certificates, each usable from its notBefore through its notAfter (checked at verification time). */
async function importPinned(pems: readonly string[], clock: Clock): Promise<CertificateKeySet> {
  if (!Array.isArray(pems)) throw new ConfigError("platformCertificates must be an array of PEM strings");
  const imported = [];
  for (const pem of pems) {
    const { serialNo, key, notBefore, notAfter } = await importCertificate(pem);
    imported.push({ serialNo, key, effectiveAt: notBefore, expiresAt: notAfter });
  }
  return new CertificateKeySet(imported, clock);
}

function trimSlash(url: string, name: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`${name} must be an absolute http(s) URL`);
  }
  if (!/^https?:$/.test(parsed.protocol) || parsed.search || parsed.hash) {
    throw new ConfigError(`${name} must be an http(s) URL without query or fragment`);
  }
  return url.replace(/\/+$/, "");
}

/**
 * The User-Agent sent on every attempt (default "payscore-acquiringbank"): printable ASCII, spaces
 * inside only, so that it is a header value every fetch accepts as is. ConfigError otherwise, at
 * creation rather than as a failed attempt.
 */
function userAgentOf(value: string | undefined): string {
  if (value === undefined) return "payscore-acquiringbank";
  if (typeof value !== "string" || !/^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(value)) {
    throw new ConfigError("userAgent must be printable ASCII (spaces only between words)");
  }
  return value;
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new ConfigError(`${name} must be a positive number`);
  return value;
}
