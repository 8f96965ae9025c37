/**
 * Platform-certificate manager: the keys WeChat Pay signs responses and
 * notifications with in certificate mode (spec-facts §7.5).
 *
 * It implements `VerificationKeySource`, so the client's response checks and
 * the notification helper share it (pass it as `keys`). Certificates come
 * from `GET /v3/certificates`: each entry is decrypted with the APIv3 key
 * (AEAD, tag always checked), imported, matched against its `serial_no`, and
 * the response's own signature is verified with the keys already trusted plus
 * the certificates just decrypted (the bootstrap wechatpay-go uses; safe
 * because only the APIv3 key holder can produce the ciphertexts).
 *
 * Refresh is lazy, on use, without timers (a library timer keeps Node alive
 * and does not exist on Workers): a download is due every `refreshIntervalMs`
 * (WeChat: at least every 12 h) and when a certificate is within
 * `refreshBeforeExpiryMs` of expiring (a new one is listed 24 h before use).
 * A failed scheduled refresh keeps the cached certificates and reports a
 * warning. An unknown hex serial triggers one download (concurrent misses
 * share it); downloads triggered that way are throttled by
 * `minDownloadIntervalMs`, because the serial comes from the network.
 * Expired certificates are never used.
 */
import type { AeadKey, EncryptedResource } from "./aead.js";
import { decryptResource } from "./aead.js";
import { type Clock, systemClock } from "./clock.js";
import { ConfigError, InvalidResponseError, WechatPayError } from "./errors.js";
import { importCertificate } from "./keys.js";
import { type VerificationKeySource, StaticKeySet, verifySignature } from "./verify.js";
import { anyKeySource } from "./client/keys.js";
import { PLATFORM_SERIAL_PATTERN } from "./client/spec.js";
import type { RawResponse } from "./client/transport.js";
import type { WarningHandler } from "./warning.js";

/** Performs the signed `GET /v3/certificates`; throws `WechatPayError` on non-2xx. */
export type CertificateDownloader = () => Promise<RawResponse>;

export interface PlatformCertificateManagerOptions {
  download: CertificateDownloader;
  apiV3Key: AeadKey;
  /**
   * Keys trusted without downloading (the WeChat Pay public key, pinned
   * certificates). They may verify the download's response.
   */
  trustedKeys?: VerificationKeySource;
  /**
   * A 404 from /v3/certificates means "no platform certificates" for
   * merchants on the WeChat Pay public key (peers.md pain point 2): with this
   * set it leaves the manager empty instead of failing. Set it when a public
   * key is configured.
   */
  tolerateNotFound?: boolean;
  clock?: Clock;
  /** Default 12 h. */
  refreshIntervalMs?: number;
  /** Default 24 h. */
  refreshBeforeExpiryMs?: number;
  /** Default 60 s. */
  minDownloadIntervalMs?: number;
  /** Skew allowed on the download's signature; default 300 s. */
  maxSkewSeconds?: number;
  onWarning?: WarningHandler;
}

/** A platform certificate in use (no key material beyond the public key). */
export interface PlatformCertificate {
  readonly serialNo: string;
  readonly key: CryptoKey;
  /** The later of the listed `effective_time` and the certificate's notBefore. */
  readonly effectiveAt: Date;
  /** The earlier of the listed `expire_time` and the certificate's notAfter. */
  readonly expiresAt: Date;
}

const HOUR = 3_600_000;

export class PlatformCertificateManager implements VerificationKeySource {
  readonly #download: CertificateDownloader;
  readonly #apiV3Key: AeadKey;
  readonly #trusted: VerificationKeySource | undefined;
  readonly #tolerateNotFound: boolean;
  readonly #clock: Clock;
  readonly #refreshIntervalMs: number;
  readonly #refreshBeforeExpiryMs: number;
  readonly #minDownloadIntervalMs: number;
  readonly #maxSkewSeconds: number | undefined;
  readonly #onWarning: WarningHandler;
  #certificates = new Map<string, PlatformCertificate>();
  #inFlight: Promise<void> | undefined;
  #lastAttemptAt: number | undefined;
  #lastSuccessAt: number | undefined;
  #lastError: unknown;
  #downloads = 0;

  constructor(options: PlatformCertificateManagerOptions) {
    if (typeof options?.download !== "function") throw new ConfigError("PlatformCertificateManager needs a download function");
    if (options.apiV3Key === undefined) throw new ConfigError("PlatformCertificateManager needs the APIv3 key");
    this.#download = options.download;
    this.#apiV3Key = options.apiV3Key;
    this.#trusted = options.trustedKeys;
    this.#tolerateNotFound = options.tolerateNotFound ?? false;
    this.#clock = options.clock ?? systemClock;
    this.#refreshIntervalMs = duration(options.refreshIntervalMs ?? 12 * HOUR, "refreshIntervalMs");
    this.#refreshBeforeExpiryMs = duration(options.refreshBeforeExpiryMs ?? 24 * HOUR, "refreshBeforeExpiryMs");
    this.#minDownloadIntervalMs = duration(options.minDownloadIntervalMs ?? 60_000, "minDownloadIntervalMs");
    this.#maxSkewSeconds = options.maxSkewSeconds;
    this.#onWarning = options.onWarning ?? (() => undefined);
  }

  /** Certificates currently usable (not expired), newest first. */
  certificates(): PlatformCertificate[] {
    const now = this.#clock.now();
    return [...this.#certificates.values()]
      .filter((certificate) => certificate.expiresAt.getTime() > now)
      .sort((a, b) => b.effectiveAt.getTime() - a.effectiveAt.getTime());
  }

  /** Number of downloads started so far (for monitoring and tests). */
  get downloads(): number {
    return this.#downloads;
  }

  /** The error of the last failed download, cleared by a successful one. */
  get lastError(): unknown {
    return this.#lastError;
  }

  /** Cached keys only: never downloads (used while a download is being verified). */
  readonly cached: VerificationKeySource = { resolve: async (serial) => this.#lookup(serial) };

  async resolve(serial: string): Promise<CryptoKey | undefined> {
    await this.#refreshIfDue();
    const key = this.#lookup(serial);
    // Only hex serials are platform certificates; PUB_KEY_ID_… cannot be downloaded.
    if (key !== undefined || !PLATFORM_SERIAL_PATTERN.test(serial) || !this.#mayDownload()) return key;
    await this.#refreshQuietly();
    return this.#lookup(serial);
  }

  /**
   * The serial to name in a request's `Wechatpay-Serial`: the newest
   * certificate already in effect (the one WeChat signs with), loading the
   * list first if it was never loaded or a refresh is due.
   */
  async preferredSerial(): Promise<string | undefined> {
    await this.#refreshIfDue();
    const now = this.#clock.now();
    const usable = this.certificates();
    return (usable.find((certificate) => certificate.effectiveAt.getTime() <= now) ?? usable[0])?.serialNo;
  }

  /** Downloads now (sharing a download already running); throws when it fails. */
  refresh(): Promise<void> {
    this.#inFlight ??= this.#downloadAndVerify().finally(() => {
      this.#inFlight = undefined;
    });
    return this.#inFlight;
  }

  #due(): boolean {
    if (this.#lastSuccessAt === undefined) return this.#mayDownload();
    const now = this.#clock.now();
    if (now - this.#lastSuccessAt >= this.#refreshIntervalMs) return this.#mayDownload();
    const expiring = this.certificates().some((c) => c.expiresAt.getTime() - now <= this.#refreshBeforeExpiryMs);
    return expiring && this.#mayDownload();
  }

  #mayDownload(): boolean {
    return (
      this.#inFlight !== undefined ||
      this.#lastAttemptAt === undefined ||
      this.#clock.now() - this.#lastAttemptAt >= this.#minDownloadIntervalMs
    );
  }

  async #refreshIfDue(): Promise<void> {
    if (this.#due()) await this.#refreshQuietly();
  }

  /** A failed download is reported, not thrown: cached certificates stay usable. */
  async #refreshQuietly(): Promise<void> {
    try {
      await this.refresh();
    } catch (error) {
      this.#onWarning({
        kind: "certificates",
        message: `Platform-certificate download failed: ${error instanceof Error ? error.message : "unknown error"}`,
        cause: error,
      });
    }
  }

  #lookup(serial: string): CryptoKey | undefined {
    const certificate = this.#certificates.get(normalizeSerial(serial));
    return certificate && certificate.expiresAt.getTime() > this.#clock.now() ? certificate.key : undefined;
  }

  async #downloadAndVerify(): Promise<void> {
    this.#downloads++;
    this.#lastAttemptAt = this.#clock.now();
    try {
      let response: RawResponse;
      try {
        response = await this.#download();
      } catch (error) {
        if (this.#tolerateNotFound && error instanceof WechatPayError && error.status === 404) {
          this.#certificates = new Map();
          this.#markSuccess();
          return;
        }
        throw error;
      }
      const downloaded = await this.#decryptAll(response);
      // Verify the list before trusting any of it.
      await verifySignature({
        headers: response.headers,
        body: response.body,
        keys: anyKeySource(this.#trusted, this.cached, new StaticKeySet(downloaded.map((c) => [c.serialNo, c.key] as const))),
        clock: this.#clock,
        ...(this.#maxSkewSeconds === undefined ? {} : { maxSkewSeconds: this.#maxSkewSeconds }),
      });
      const now = this.#clock.now();
      // The list is authoritative: a certificate WeChat stopped listing (e.g. revoked) is dropped.
      this.#certificates = new Map(
        downloaded.filter((c) => c.expiresAt.getTime() > now).map((c) => [normalizeSerial(c.serialNo), c] as const),
      );
      this.#markSuccess();
    } catch (error) {
      this.#lastError = error;
      throw error;
    }
  }

  #markSuccess(): void {
    this.#lastSuccessAt = this.#clock.now();
    this.#lastError = undefined;
  }

  async #decryptAll(response: RawResponse): Promise<PlatformCertificate[]> {
    const malformed = (what: string) =>
      new InvalidResponseError("malformed", `/v3/certificates: ${what}`, { status: response.status, requestId: response.requestId });
    let list: unknown;
    try {
      list = JSON.parse(response.body);
    } catch {
      throw malformed("body is not JSON");
    }
    const data = (list as { data?: unknown } | null)?.data;
    if (!Array.isArray(data)) throw malformed("`data` is not an array");
    const certificates: PlatformCertificate[] = [];
    for (const [index, entry] of data.entries()) {
      const item = entry as Record<string, unknown> | null;
      const serial = item?.["serial_no"];
      const effective = Date.parse(String(item?.["effective_time"]));
      const expire = Date.parse(String(item?.["expire_time"]));
      const encrypted = item?.["encrypt_certificate"];
      if (typeof serial !== "string" || Number.isNaN(effective) || Number.isNaN(expire) || typeof encrypted !== "object" || !encrypted) {
        throw malformed(`data[${index}] lacks serial_no, effective_time, expire_time or encrypt_certificate`);
      }
      const pem = await decryptResource(this.#apiV3Key, encrypted as EncryptedResource);
      const imported = await importCertificate(pem);
      if (normalizeSerial(imported.serialNo) !== normalizeSerial(serial)) {
        throw malformed(`data[${index}].serial_no ${serial} is not the serial of the certificate it carries`);
      }
      certificates.push({
        serialNo: imported.serialNo,
        key: imported.key,
        effectiveAt: new Date(Math.max(effective, imported.notBefore.getTime())),
        expiresAt: new Date(Math.min(expire, imported.notAfter.getTime())),
      });
    }
    return certificates;
  }
}

/** Hex serials compare case-insensitively without leading zeros (as StaticKeySet does). */
function normalizeSerial(serial: string): string {
  return /^[0-9A-Fa-f]+$/.test(serial) ? serial.toUpperCase().replace(/^0+(?=.)/, "") : serial;
}

function duration(value: number, name: string): number {
  if (!Number.isFinite(value) || value < 0) throw new ConfigError(`${name} must be a non-negative number of milliseconds`);
  return value;
}

