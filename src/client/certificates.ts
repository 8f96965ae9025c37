/**
 * Platform-certificate manager: the keys WeChat Pay signs responses and
 * notifications with in certificate mode (WeChat Pay APIv3 "下载平台证书",
 * `GET /v3/certificates`).
 *
 * It implements `VerificationKeySource`, so the client's response checks and
 * the notification helper share it (pass it as `keys`). Certificates come
 * from `GET /v3/certificates`: each entry is decrypted with the APIv3 key
 * (AEAD, tag always checked), imported, matched against its `serial_no`, and
 * the response's own signature is verified with the keys already trusted plus
 * the certificates just decrypted that are in effect (the bootstrap
 * wechatpay-go uses; safe because only the APIv3 key holder can produce the
 * ciphertexts).
 *
 * Refresh is lazy, on use, without timers (a library timer keeps Node alive
 * and does not exist on Workers): a download is due every `refreshIntervalMs`
 * (WeChat: at least every 12 h) and when a certificate is within
 * `refreshBeforeExpiryMs` of expiring (a new one is listed 24 h before use).
 * A failed scheduled refresh keeps the cached certificates and reports a
 * warning. An unknown hex serial triggers one download (concurrent misses
 * share it); downloads triggered that way are throttled by
 * `minDownloadIntervalMs`, because the serial comes from the network.
 *
 * A certificate verifies only inside its validity window, judged by the
 * clock at each verification (`CertificateKeySet`): not before it takes
 * effect, not after it expires. An entry of a verified list that cannot be
 * used (malformed, not decryptable, not an RSA certificate, serial mismatch)
 * is skipped and reported through `onWarning`; the others are kept. Only a
 * list in which no entry is usable fails.
 */
import type { AeadKey, EncryptedResource } from "../aead.js";
import { decryptResource } from "../aead.js";
import { type Clock, systemClock } from "../clock.js";
import {
  ConfigError,
  DecryptionError,
  InvalidResponseError,
  PayScoreError,
  SignatureVerificationError,
  WechatPayError,
  withExchange,
} from "../errors.js";
import { assertRsaKey, importCertificate } from "../keys.js";
import { printable } from "../printable.js";
import { type VerificationKeySource, WECHATPAY_HEADERS, normalizeSerial, verifySignature } from "../verify.js";
import { anyKeySource } from "./key-sources.js";
import { PLATFORM_SERIAL_PATTERN } from "./spec.js";
import type { RawResponse } from "./transport.js";
import type { CertificateProblem, PayScoreWarning, WarningHandler } from "../warning.js";

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
   * merchants on the WeChat Pay public key: with this set it leaves the
   * manager empty instead of failing. Set it when a public key is configured.
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
  /**
   * Kind "certificates": a failed scheduled download ("download-failed"),
   * and each skipped entry of a verified list (with its `serial` and `index`).
   */
  onWarning?: WarningHandler;
}

/**
 * A platform certificate as a verification key (no key material beyond the
 * public key). It may verify from `effectiveAt` through `expiresAt`, both
 * inclusive.
 */
export interface PlatformCertificate {
  /** Upper-case hex without leading zeros, as `importCertificate` reads it. */
  readonly serialNo: string;
  /** RSASSA-PKCS1-v1_5 / SHA-256 public key with usage "verify". */
  readonly key: CryptoKey;
  /**
   * Downloaded: the later of the listed `effective_time` and the
   * certificate's notBefore. Pinned: its notBefore.
   */
  readonly effectiveAt: Date;
  /**
   * Downloaded: the earlier of the listed `expire_time` and the
   * certificate's notAfter. Pinned: its notAfter.
   */
  readonly expiresAt: Date;
}

/**
 * Platform certificates held as verification keys, each usable only inside
 * its validity window: from `effectiveAt` through `expiresAt`, both inclusive
 * (RFC 5280 §4.1.2.5: valid "from notBefore through notAfter, inclusive").
 * The window is checked against the clock at every `resolve`, so a
 * certificate starts verifying once its notBefore has passed and stops once
 * its notAfter has, without reloading anything.
 *
 * Serials match as in `StaticKeySet` (hex case-insensitive, leading zeros
 * ignored). The client holds its pinned certificates (`platformCertificates`)
 * in one, and `PlatformCertificateManager` each downloaded list.
 */
export class CertificateKeySet implements VerificationKeySource {
  readonly #clock: Clock;
  readonly #certificates = new Map<string, PlatformCertificate>();

  /**
   * @param certificates A later entry with the same serial replaces an earlier one.
   * @throws ConfigError when a key is not an RSA 2048+ verification key or a date is invalid.
   */
  constructor(certificates: Iterable<PlatformCertificate> = [], clock: Clock = systemClock) {
    this.#clock = clock;
    for (const certificate of certificates) {
      const serial = certificate?.serialNo;
      if (typeof serial !== "string" || printable(serial, 128) === undefined) {
        throw new ConfigError("A platform certificate's serialNo must be non-empty printable ASCII");
      }
      assertRsaKey(certificate.key, "public", `key of platform certificate ${serial}`);
      if (!isDate(certificate.effectiveAt) || !isDate(certificate.expiresAt)) {
        throw new ConfigError(`Platform certificate ${serial} needs valid effectiveAt and expiresAt dates`);
      }
      this.#certificates.set(normalizeSerial(serial), certificate);
    }
  }

  /** The certificate held for `serial` (inside its window or not), or undefined. */
  get(serial: string): PlatformCertificate | undefined {
    return this.#certificates.get(normalizeSerial(serial));
  }

  /** Every certificate held, including those outside their window, latest `effectiveAt` first. */
  all(): PlatformCertificate[] {
    return [...this.#certificates.values()].sort((a, b) => b.effectiveAt.getTime() - a.effectiveAt.getTime());
  }

  /** Those not expired now: in effect, or taking effect later. Latest `effectiveAt` first. */
  unexpired(): PlatformCertificate[] {
    const now = this.#clock.now();
    return this.all().filter((certificate) => now <= certificate.expiresAt.getTime());
  }

  /** The certificate in effect now with the latest `effectiveAt` (the one WeChat signs with), or undefined. */
  current(): PlatformCertificate | undefined {
    const now = this.#clock.now();
    return this.all().find((certificate) => certificate.effectiveAt.getTime() <= now && now <= certificate.expiresAt.getTime());
  }

  /**
   * The key for `serial` when it is held and valid now; undefined when it is
   * not held. Rejects with `SignatureVerificationError` reason
   * "certificate-not-valid" (header Wechatpay-Serial, the serial, the bound in
   * the message) when it is held but not yet in effect or already expired.
   */
  async resolve(serial: string): Promise<CryptoKey | undefined> {
    const certificate = this.get(serial);
    if (certificate === undefined) return undefined;
    const now = this.#clock.now();
    if (now < certificate.effectiveAt.getTime()) {
      throw notValid(certificate, `is not valid before ${certificate.effectiveAt.toISOString()}`);
    }
    if (now > certificate.expiresAt.getTime()) {
      throw notValid(certificate, `expired at ${certificate.expiresAt.toISOString()}`);
    }
    return certificate.key;
  }
}

function notValid(certificate: PlatformCertificate, what: string): SignatureVerificationError {
  return new SignatureVerificationError(
    "certificate-not-valid",
    `Platform certificate ${certificate.serialNo} named by ${WECHATPAY_HEADERS.serial} ${what}`,
    { header: WECHATPAY_HEADERS.serial, serial: certificate.serialNo },
  );
}

function isDate(value: unknown): value is Date {
  return value instanceof Date && Number.isFinite(value.getTime());
}

const HOUR = 3_600_000;

/**
 * Downloads, verifies, caches and refreshes the platform certificates (see
 * the module comment), and resolves `Wechatpay-Serial` values to their keys
 * inside each certificate's validity window.
 */
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
  /** The last verified list (replaced whole by each successful download). */
  #certificates: CertificateKeySet;
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
    this.#certificates = new CertificateKeySet([], this.#clock);
  }

  /**
   * Certificates of the last verified list not expired now, latest
   * `effectiveAt` first. Includes those listed ahead of their effective time,
   * which do not verify until then.
   */
  certificates(): PlatformCertificate[] {
    return this.#certificates.unexpired();
  }

  /** Number of downloads started so far (for monitoring and tests). */
  get downloads(): number {
    return this.#downloads;
  }

  /** The error of the last failed download, cleared by a successful one. */
  get lastError(): unknown {
    return this.#lastError;
  }

  /**
   * Cached keys only: never downloads (used while a download is being
   * verified). Same answers as `CertificateKeySet.resolve`.
   */
  readonly cached: VerificationKeySource = { resolve: async (serial) => this.#certificates.resolve(serial) };

  /**
   * The key for `serial` (a `Wechatpay-Serial` value), refreshing first when
   * a refresh is due. A hex serial not in the list triggers one download
   * (throttled); a listed certificate outside its validity window rejects
   * with `SignatureVerificationError` "certificate-not-valid" and triggers none.
   */
  async resolve(serial: string): Promise<CryptoKey | undefined> {
    await this.#refreshIfDue();
    // Only hex serials are platform certificates; PUB_KEY_ID_… cannot be downloaded.
    if (this.#certificates.get(serial) !== undefined || !PLATFORM_SERIAL_PATTERN.test(serial) || !this.#mayDownload()) {
      return this.#certificates.resolve(serial);
    }
    await this.#refreshQuietly();
    return this.#certificates.resolve(serial);
  }

  /**
   * The serial to name in a request's `Wechatpay-Serial`: the newest
   * certificate in effect now (the one WeChat signs with), loading the list
   * first if it was never loaded or a refresh is due. Undefined when no
   * listed certificate is in effect.
   */
  async preferredSerial(): Promise<string | undefined> {
    await this.#refreshIfDue();
    return this.currentSerial();
  }

  /** Like `preferredSerial`, from the cached list only (never downloads). */
  currentSerial(): string | undefined {
    return this.#certificates.current()?.serialNo;
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
        certificateProblem: "download-failed",
        message: `Platform-certificate download failed: ${error instanceof Error ? error.message : "unknown error"}`,
        ...(error instanceof PayScoreError && error.requestId !== undefined ? { requestId: error.requestId } : {}),
        ...(error instanceof PayScoreError && error.status !== undefined ? { status: error.status } : {}),
        cause: error,
      });
    }
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
          this.#certificates = new CertificateKeySet([], this.#clock);
          this.#markSuccess();
          return;
        }
        throw error;
      }
      const { usable, skipped } = await this.#readEntries(response);
      const listed = new CertificateKeySet(usable, this.#clock);
      // Verify the list before trusting any of it (or reporting on it). Certificates from the list
      // itself count only inside their validity window, like every other key.
      await verifySignature({
        headers: response.headers,
        body: response.body,
        keys: anyKeySource(this.#trusted, this.cached, listed),
        clock: this.#clock,
        ...(this.#maxSkewSeconds === undefined ? {} : { maxSkewSeconds: this.#maxSkewSeconds }),
      }).catch((error: unknown) => {
        throw withExchange(error, { requestId: response.requestId, status: response.status });
      });
      for (const entry of skipped) this.#onWarning(entry.warning);
      if (usable.length === 0 && skipped.length > 0) throw skipped[0]!.error;
      // The list is authoritative: a certificate WeChat stopped listing (e.g. revoked) is dropped.
      this.#certificates = listed;
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

  /**
   * Decrypts and imports every entry of the list. An entry that cannot be
   * used is collected with its error and the warning to report once the
   * list's signature has verified; only a body that is not a list throws.
   */
  async #readEntries(response: RawResponse): Promise<{ usable: PlatformCertificate[]; skipped: SkippedEntry[] }> {
    const exchange = { status: response.status, requestId: response.requestId };
    const malformed = (what: string) => new InvalidResponseError("malformed", `/v3/certificates: ${what}`, exchange);
    let list: unknown;
    try {
      list = JSON.parse(response.body);
    } catch {
      throw malformed("body is not JSON");
    }
    const data = (list as { data?: unknown } | null)?.data;
    if (!Array.isArray(data)) throw malformed("`data` is not an array");
    const usable: PlatformCertificate[] = [];
    const skipped: SkippedEntry[] = [];
    for (const [index, entry] of data.entries()) {
      const item = entry as Record<string, unknown> | null;
      const listedSerial = typeof item?.["serial_no"] === "string" ? item["serial_no"] : undefined;
      const shown = listedSerial === undefined ? undefined : printable(listedSerial, 64);
      const skip = (problem: CertificateProblem, error: unknown) => {
        const reason = error instanceof Error ? error.message : "unknown error";
        skipped.push({
          error: withExchange(error, exchange),
          warning: {
            kind: "certificates",
            certificateProblem: problem,
            message: `/v3/certificates data[${index}] (serial_no ${shown ?? "unprintable or absent"}) skipped: ${reason}`,
            index,
            ...(shown === undefined ? {} : { serial: shown }),
            ...exchange,
            cause: error,
          },
        });
      };
      const effective = Date.parse(String(item?.["effective_time"]));
      const expire = Date.parse(String(item?.["expire_time"]));
      const encrypted = item?.["encrypt_certificate"];
      if (listedSerial === undefined || Number.isNaN(effective) || Number.isNaN(expire) || typeof encrypted !== "object" || !encrypted) {
        skip("entry-malformed", malformed(`data[${index}] lacks serial_no, effective_time, expire_time or encrypt_certificate`));
        continue;
      }
      let pem: string;
      try {
        pem = await decryptResource(this.#apiV3Key, encrypted as EncryptedResource);
      } catch (error) {
        if (!(error instanceof DecryptionError)) throw error;
        skip("entry-decryption-failed", error);
        continue;
      }
      let imported: Awaited<ReturnType<typeof importCertificate>>;
      try {
        imported = await importCertificate(pem);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        skip("entry-unreadable", error);
        continue;
      }
      if (normalizeSerial(imported.serialNo) !== normalizeSerial(listedSerial)) {
        skip(
          "entry-serial-mismatch",
          malformed(`data[${index}].serial_no ${shown ?? "(unprintable value)"} is not the serial of the certificate it carries (${imported.serialNo})`),
        );
        continue;
      }
      usable.push({
        serialNo: imported.serialNo,
        key: imported.key,
        effectiveAt: new Date(Math.max(effective, imported.notBefore.getTime())),
        expiresAt: new Date(Math.min(expire, imported.notAfter.getTime())),
      });
    }
    return { usable, skipped };
  }
}

/** A list entry that could not be used: its error (thrown when no entry is usable) and its warning. */
interface SkippedEntry {
  error: unknown;
  warning: PayScoreWarning;
}

function duration(value: number, name: string): number {
  if (!Number.isFinite(value) || value < 0) throw new ConfigError(`${name} must be a non-negative number of milliseconds`);
  return value;
}
