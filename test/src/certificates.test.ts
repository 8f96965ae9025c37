/**
 * Platform certificates through the client: download (signed request,
 * AES-256-GCM entries sealed by node:crypto, response signed by node:crypto),
 * one download per unknown serial, public key and certificates side by side,
 * 404 for public-key merchants, refresh before expiry, expired ones kept out.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import bundled from "../../generated/openapi.json" with { type: "json" };
import { createPayScoreClient, type PayScoreClientOptions } from "../../src/client/index.ts";
import { CertificateKeySet } from "../../src/client/certificates.ts";
import { fixedClock } from "../../src/clock.ts";
import type { PayScoreWarning } from "../../src/warning.ts";
import { ConfigError, DecryptionError, InvalidResponseError, SignatureVerificationError, WechatPayError } from "../../src/errors.ts";
import {
  APIV3_KEY,
  CERT_VALIDITY,
  MCHID,
  MERCHANT_SERIAL,
  PLATFORM2_SERIAL,
  PLATFORM_SERIAL,
  PUB_KEY_ID,
  WRONG_APIV3_KEY,
  loadKeys,
  pem,
  pemBody,
} from "../fixtures/keys.ts";
import { opensslSelfSignedCertificate } from "./support/openssl.ts";
import { type ListedCertificate, type PlatformServer, type Reply, certificateList, startPlatformServer } from "./support/platform-server.ts";
import { rejection } from "./support/rejection.ts";

const ORDER = bundled.components.schemas.ServiceOrder.examples[0]!;
const ORDER_PATH = "/v3/payscore/acquiringbank/serviceorder";
const QUERY = { sub_mchid: "10000000", channel_id: "12121212", out_order_no: "1234323JKHDFE1243252" };
const CERT1: ListedCertificate = { pem: pem.platformCert, serial: PLATFORM_SERIAL };
const CERT2: ListedCertificate = { pem: pem.platform2Cert, serial: PLATFORM2_SERIAL };
const HOUR = 3_600_000;

let server: PlatformServer;
beforeEach(async () => {
  server = await startPlatformServer();
});
afterEach(async () => {
  await server.close();
});

/** Routes /v3/certificates to `certificates` and everything else to `api`. */
function route(certificates: () => Reply | Promise<Reply>, api: () => Reply) {
  server.handle((request) => (request.url === "/v3/certificates" ? certificates() : api()));
}

const downloads = () => server.requests.filter((r) => r.url === "/v3/certificates");

function clientFor(overrides: Partial<PayScoreClientOptions> = {}) {
  return createPayScoreClient({
    mchid: MCHID,
    merchantSerialNo: MERCHANT_SERIAL,
    merchantPrivateKey: pem.merchantKey,
    apiV3Key: APIV3_KEY,
    baseUrl: server.url,
    retry: { sleep: async () => undefined },
    ...overrides,
  });
}

const withPublicKey = { wechatpayPublicKey: { id: PUB_KEY_ID, key: pem.wechatpayPubKey } };


describe("certificate mode", () => {
  it("downloads once before the first call and names the newest certificate in Wechatpay-Serial", async () => {
    route(() => ({ body: certificateList([CERT1]), signWith: "platform" }), () => ({ body: ORDER, signWith: "platform" }));
    const client = await clientFor();
    expect(server.requests).toHaveLength(0); // nothing is downloaded at creation
    await client.GET(ORDER_PATH, { params: { query: QUERY } });
    await client.GET(ORDER_PATH, { params: { query: QUERY } });
    const [download, first, second] = server.requests;
    expect(download!.url).toBe("/v3/certificates");
    expect(download!.signatureValid).toBe(true);
    expect(download!.message).toBe(`GET\n/v3/certificates\n${download!.auth!.timestamp}\n${download!.auth!.nonce_str}\n\n`);
    expect(download!.headers["wechatpay-serial"]).toBeUndefined(); // nothing known yet to name
    expect(first!.headers["wechatpay-serial"]).toBe(PLATFORM_SERIAL);
    expect(second!.headers["wechatpay-serial"]).toBe(PLATFORM_SERIAL);
    expect(downloads()).toHaveLength(1);
    expect(client.certificates!.certificates().map((c) => c.serialNo)).toEqual([PLATFORM_SERIAL]);
  });

  it("trusts pinned certificates without an APIv3 key", async () => {
    server.handle(() => ({ body: ORDER, signWith: "platform" }));
    const client = await clientFor({ apiV3Key: undefined, platformCertificates: [pem.platformCert] });
    await expect(client.GET(ORDER_PATH, { params: { query: QUERY } })).resolves.toMatchObject({ data: ORDER });
    expect(server.requests[0]!.headers["wechatpay-serial"]).toBe(PLATFORM_SERIAL);
    expect(client.certificates).toBeUndefined();
  });
});

describe("unknown serial", () => {
  it("downloads exactly once and succeeds when the new certificate is listed (public key and certificates side by side)", async () => {
    let signWith: Reply["signWith"] = "wechatpay";
    route(() => ({ body: certificateList([CERT1, CERT2]) }), () => ({ body: ORDER, signWith }));
    const client = await clientFor(withPublicKey);
    await client.GET(ORDER_PATH, { params: { query: QUERY } });
    expect(downloads()).toHaveLength(0); // the public key verified it
    signWith = "platform2";
    await expect(client.GET(ORDER_PATH, { params: { query: QUERY } })).resolves.toMatchObject({ data: ORDER });
    signWith = "wechatpay";
    await client.GET(ORDER_PATH, { params: { query: QUERY } });
    signWith = "platform";
    await client.GET(ORDER_PATH, { params: { query: QUERY } });
    expect(downloads()).toHaveLength(1);
    // Public-key mode: every request names the public key, also the download.
    expect(server.requests.every((r) => r.headers["wechatpay-serial"] === PUB_KEY_ID)).toBe(true);
  });

  it("fails with unknown-serial after one download shared by concurrent calls", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    route(
      async () => {
        await gate; // hold the download until all three calls miss
        return { body: certificateList([CERT1]) };
      },
      () => ({ body: ORDER, signWith: "platform2" }),
    );
    const client = await clientFor(withPublicKey);
    const calls = [1, 2, 3].map(() => rejection(client.GET(ORDER_PATH, { params: { query: QUERY } })));
    while (server.requests.filter((r) => r.url !== "/v3/certificates").length < 3 || downloads().length < 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    release();
    for (const error of await Promise.all(calls)) {
      expect(error).toBeInstanceOf(SignatureVerificationError);
      expect(error).toMatchObject({ reason: "unknown-serial", serial: PLATFORM2_SERIAL });
    }
    expect(downloads()).toHaveLength(1);
  });
});

describe("404 from /v3/certificates", () => {
  const notFound: Reply = { status: 404, body: { code: "RESOURCE_NOT_EXISTS", message: "无可用的平台证书" } };

  it("is not fatal when a public key is configured", async () => {
    route(() => notFound, () => ({ body: ORDER }));
    const client = await clientFor(withPublicKey);
    await expect(client.certificates!.refresh()).resolves.toBeUndefined();
    expect(client.certificates!.certificates()).toEqual([]);
    await expect(client.GET(ORDER_PATH, { params: { query: QUERY } })).resolves.toMatchObject({ data: ORDER });
  });

  it("is the cause of the failure without a public key", async () => {
    route(() => ({ ...notFound, signWith: "none" }), () => ({ body: ORDER, signWith: "platform" }));
    const warnings: { kind: string }[] = [];
    const client = await clientFor({ onWarning: (w) => warnings.push(w) });
    const error = (await rejection(client.GET(ORDER_PATH, { params: { query: QUERY } }))) as SignatureVerificationError;
    expect(error).toMatchObject({ name: "SignatureVerificationError", reason: "unknown-serial" });
    expect(error.cause).toBeInstanceOf(WechatPayError);
    expect(error.cause).toMatchObject({ status: 404, code: "RESOURCE_NOT_EXISTS" });
    expect(warnings.map((w) => w.kind)).toEqual(["certificates"]);
    expect(downloads()).toHaveLength(1);
  });
});

describe("the download is verified and decrypted", () => {
  const refreshError = async (reply: Reply) => {
    route(() => reply, () => ({ body: ORDER }));
    const client = await clientFor(withPublicKey);
    const error = await rejection(client.certificates!.refresh());
    expect(client.certificates!.certificates()).toEqual([]);
    return error;
  };

  it("refuses a list signed by an untrusted key", async () => {
    expect(await refreshError({ body: certificateList([CERT1]), signWith: "attacker" })).toMatchObject({
      name: "SignatureVerificationError",
      reason: "bad-signature",
    });
  });

  it("accepts a first list signed by a certificate inside it (bootstrap), but not a tampered one", async () => {
    route(() => ({ body: certificateList([CERT1]), signWith: "platform" }), () => ({ body: ORDER }));
    const client = await clientFor();
    await client.certificates!.refresh();
    expect(client.certificates!.certificates()).toHaveLength(1);
    const list = JSON.stringify(certificateList([CERT1]));
    const tampered = await refreshError({ body: list.replace("2124", "2125"), signedBody: list, signWith: "platform" });
    expect(tampered).toMatchObject({ reason: "bad-signature" });
  });

  it("refuses entries sealed with another APIv3 key", async () => {
    const error = await refreshError({ body: certificateList([{ ...CERT1, apiV3Key: WRONG_APIV3_KEY }]) });
    expect(error).toBeInstanceOf(DecryptionError);
    expect(error).toMatchObject({ reason: "authentication-failed" });
  });

  it("refuses an entry whose serial_no is not its certificate's", async () => {
    const error = await refreshError({ body: certificateList([{ ...CERT1, serial: PLATFORM2_SERIAL }]) });
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain("serial_no");
  });

  it("keeps expired certificates out", async () => {
    route(
      () => ({ body: certificateList([{ ...CERT1, expire: "2020-01-01T00:00:00+08:00" }, CERT2]) }),
      () => ({ body: ORDER, signWith: "platform" }),
    );
    const client = await clientFor(withPublicKey);
    await client.certificates!.refresh();
    expect(client.certificates!.certificates().map((c) => c.serialNo)).toEqual([PLATFORM2_SERIAL]);
    expect(await rejection(client.GET(ORDER_PATH, { params: { query: QUERY } }))).toMatchObject({
      reason: "certificate-not-valid",
      serial: PLATFORM_SERIAL,
      message: expect.stringContaining("expired at 2019-12-31T16:00:00.000Z"),
    });
  });
});

describe("refresh", () => {
  function timeTravel(expire?: string) {
    let now = Date.now();
    const seconds = () => Math.floor(now / 1000);
    route(
      () => ({ body: certificateList([{ ...CERT1, ...(expire ? { expire } : {}) }]), signWith: "platform", timestamp: seconds() }),
      () => ({ body: ORDER, signWith: "platform", timestamp: seconds() }),
    );
    return { clock: { now: () => now }, advance: (ms: number) => (now += ms), start: now };
  }

  it("downloads again when the refresh interval (12 h) has passed, not before", async () => {
    const time = timeTravel();
    const client = await clientFor({ clock: time.clock });
    await client.GET(ORDER_PATH, { params: { query: QUERY } });
    time.advance(11 * HOUR);
    await client.GET(ORDER_PATH, { params: { query: QUERY } });
    expect(downloads()).toHaveLength(1);
    time.advance(2 * HOUR);
    await client.GET(ORDER_PATH, { params: { query: QUERY } });
    expect(downloads()).toHaveLength(2);
  });

  it("downloads again when a certificate is within 24 h of expiring", async () => {
    const time = timeTravel(new Date(Date.now() + 30 * HOUR).toISOString());
    const client = await clientFor({ clock: time.clock });
    await client.GET(ORDER_PATH, { params: { query: QUERY } });
    time.advance(2 * HOUR);
    await client.GET(ORDER_PATH, { params: { query: QUERY } });
    expect(downloads()).toHaveLength(1);
    time.advance(5 * HOUR); // 23 h left
    await client.GET(ORDER_PATH, { params: { query: QUERY } });
    expect(downloads()).toHaveLength(2);
  });

  it("keeps using cached certificates when a scheduled refresh fails", async () => {
    const time = timeTravel();
    const warnings: { kind: string }[] = [];
    const client = await clientFor({ clock: time.clock, onWarning: (w) => warnings.push(w), retry: { maxAttempts: 1 } });
    await client.GET(ORDER_PATH, { params: { query: QUERY } });
    time.advance(13 * HOUR);
    route(() => ({ status: 500, signWith: "none", body: { code: "SYSTEM_ERROR", message: "系统错误" } }), () => ({
      body: ORDER,
      signWith: "platform",
      timestamp: Math.floor(time.clock.now() / 1000),
    }));
    await expect(client.GET(ORDER_PATH, { params: { query: QUERY } })).resolves.toMatchObject({ data: ORDER });
    expect(warnings.map((w) => w.kind)).toEqual(["certificates"]);
    expect(downloads()).toHaveLength(2);
  });
});

describe("validity window (notBefore through notAfter, by the clock at verification time)", () => {
  const CERT2_NOT_BEFORE = Date.parse(CERT_VALIDITY.platform2Cert.notBefore);
  const CERT2_NOT_AFTER = Date.parse(CERT_VALIDITY.platform2Cert.notAfter);

  /** A clock the test sets; every answer is signed at that clock's time (list by `list`, API calls by `api`). */
  function clockedServer(list: () => Reply["body"], listSigner: Reply["signWith"], start: number) {
    let now = start;
    const seconds = () => Math.floor(now / 1000);
    let apiSigner: Reply["signWith"] = "platform2";
    route(
      () => ({ body: list(), signWith: listSigner, timestamp: seconds() }),
      () => ({ body: ORDER, signWith: apiSigner, timestamp: seconds() }),
    );
    return {
      clock: { now: () => now },
      set: (ms: number) => void (now = ms),
      signApiWith: (key: Reply["signWith"]) => void (apiSigner = key),
    };
  }
  const get = (client: Awaited<ReturnType<typeof clientFor>>) => client.GET(ORDER_PATH, { params: { query: QUERY } });

  it("refuses a pinned certificate before its notBefore and uses it from then on", async () => {
    const time = clockedServer(() => ({}), "none", CERT2_NOT_BEFORE - HOUR);
    const client = await clientFor({ apiV3Key: undefined, platformCertificates: [pem.platform2Cert], clock: time.clock });
    const error = await rejection(get(client));
    expect(error).toBeInstanceOf(SignatureVerificationError);
    expect(error).toMatchObject({
      reason: "certificate-not-valid",
      header: "Wechatpay-Serial",
      serial: PLATFORM2_SERIAL,
      message: expect.stringContaining(`not valid before ${CERT_VALIDITY.platform2Cert.notBefore}`),
    });
    time.set(CERT2_NOT_BEFORE); // inclusive
    await expect(get(client)).resolves.toMatchObject({ data: ORDER });
  });

  it("stops using a pinned certificate after its notAfter, and starts with an expired one pinned beside a valid one", async () => {
    const time = clockedServer(() => ({}), "none", CERT2_NOT_AFTER);
    const client = await clientFor({ apiV3Key: undefined, platformCertificates: [pem.platform2Cert], clock: time.clock });
    await expect(get(client)).resolves.toMatchObject({ data: ORDER }); // notAfter itself is inside (RFC 5280)
    time.set(CERT2_NOT_AFTER + 1000);
    expect(await rejection(get(client))).toMatchObject({
      reason: "certificate-not-valid",
      serial: PLATFORM2_SERIAL,
      message: expect.stringContaining(`expired at ${CERT_VALIDITY.platform2Cert.notAfter}`),
    });

    const both = await clientFor({ apiV3Key: undefined, platformCertificates: [pem.platform2Cert, pem.platformCert], clock: time.clock });
    expect(await rejection(get(both))).toMatchObject({ reason: "certificate-not-valid", serial: PLATFORM2_SERIAL });
    time.signApiWith("platform");
    await expect(get(both)).resolves.toMatchObject({ data: ORDER });
    // The request names the pinned certificate in effect, not the expired one.
    expect(server.requests.at(-1)!.headers["wechatpay-serial"]).toBe(PLATFORM_SERIAL);

    // Nothing else could ever verify a response: refused at creation, naming the serial.
    const only = await rejection(clientFor({ apiV3Key: undefined, platformCertificates: [pem.platform2Cert], clock: time.clock }));
    expect(only).toBeInstanceOf(ConfigError);
    expect((only as Error).message).toContain(PLATFORM2_SERIAL);
  });

  it("refuses a downloaded certificate before it takes effect, without downloading again, and uses it from then on", async () => {
    const time = clockedServer(() => certificateList([CERT1, CERT2]), "wechatpay", CERT2_NOT_BEFORE - HOUR);
    const client = await clientFor({ ...withPublicKey, clock: time.clock });
    await client.certificates!.refresh();
    // Listed ahead of its time: held, but not a key yet.
    expect(client.certificates!.certificates().map((c) => c.serialNo)).toEqual([PLATFORM2_SERIAL, PLATFORM_SERIAL]);
    expect(client.certificates!.currentSerial()).toBe(PLATFORM_SERIAL);
    const error = await rejection(get(client));
    expect(error).toBeInstanceOf(SignatureVerificationError);
    expect(error).toMatchObject({ reason: "certificate-not-valid", serial: PLATFORM2_SERIAL });
    expect(downloads()).toHaveLength(1);
    time.set(CERT2_NOT_BEFORE);
    await expect(get(client)).resolves.toMatchObject({ data: ORDER });
    expect(client.certificates!.currentSerial()).toBe(PLATFORM2_SERIAL);
    expect(downloads()).toHaveLength(1);
  });

  it("does not let a certificate that is not yet valid vouch for the list that carries it", async () => {
    clockedServer(() => certificateList([CERT2]), "platform2", CERT2_NOT_BEFORE - HOUR);
    const client = await clientFor({ clock: { now: () => CERT2_NOT_BEFORE - HOUR } });
    expect(await rejection(client.certificates!.refresh())).toMatchObject({ reason: "certificate-not-valid", serial: PLATFORM2_SERIAL });
    expect(client.certificates!.certificates()).toEqual([]);
  });

  it("stops using a downloaded certificate after its notAfter", async () => {
    const listed = { ...CERT2, expire: "2127-01-01T00:00:00+08:00" }; // the certificate's own notAfter is earlier
    const time = clockedServer(() => certificateList([CERT1, listed]), "wechatpay", CERT2_NOT_AFTER);
    const client = await clientFor({ ...withPublicKey, clock: time.clock });
    await expect(get(client)).resolves.toMatchObject({ data: ORDER });
    time.set(CERT2_NOT_AFTER + 1000);
    expect(await rejection(get(client))).toMatchObject({
      reason: "certificate-not-valid",
      serial: PLATFORM2_SERIAL,
      message: expect.stringContaining(`expired at ${CERT_VALIDITY.platform2Cert.notAfter}`),
    });
  });

  it("verifies a new list with a certificate the cached list had already expired, when the new list renews it", async () => {
    let list = certificateList([{ ...CERT1, expire: "2020-01-01T00:00:00+08:00" }, CERT2]);
    let signWith: Reply["signWith"] = "platform2";
    route(() => ({ body: list, signWith }), () => ({ body: ORDER, signWith: "platform" }));
    const client = await clientFor();
    await client.certificates!.refresh();
    expect(await rejection(client.GET(ORDER_PATH, { params: { query: QUERY } }))).toMatchObject({ reason: "certificate-not-valid" });
    list = certificateList([CERT1]);
    signWith = "platform";
    await client.certificates!.refresh();
    await expect(client.GET(ORDER_PATH, { params: { query: QUERY } })).resolves.toMatchObject({ data: ORDER });
  });

  it("CertificateKeySet judges each resolve by the clock of that moment, both bounds inclusive", async () => {
    const { platform2Cert } = await loadKeys();
    let now = CERT2_NOT_BEFORE - 1;
    const set = new CertificateKeySet(
      [{ serialNo: platform2Cert.serialNo, key: platform2Cert.key, effectiveAt: platform2Cert.notBefore, expiresAt: platform2Cert.notAfter }],
      { now: () => now },
    );
    await expect(set.resolve(PLATFORM2_SERIAL)).rejects.toMatchObject({ reason: "certificate-not-valid" });
    expect(set.current()).toBeUndefined();
    for (now of [CERT2_NOT_BEFORE, CERT2_NOT_AFTER]) await expect(set.resolve(`0${PLATFORM2_SERIAL.toLowerCase()}`)).resolves.toBe(platform2Cert.key);
    now = CERT2_NOT_AFTER + 1;
    await expect(set.resolve(PLATFORM2_SERIAL)).rejects.toMatchObject({ reason: "certificate-not-valid" });
    await expect(new CertificateKeySet([], fixedClock(now)).resolve(PLATFORM2_SERIAL)).resolves.toBeUndefined();
  });
});

describe("a list with unusable entries", () => {
  const EC_SERIAL = "5EC0FFEE00112233445566778899AABBCCDDEEFF";
  const ec: ListedCertificate = { pem: opensslSelfSignedCertificate("ec", EC_SERIAL), serial: EC_SERIAL };
  const tampered: ListedCertificate = { ...CERT2, tamper: true };
  const mismatched: ListedCertificate = { ...CERT2, serial: "ABCDEF0123456789" };
  const notPem: ListedCertificate = { pem: "not a certificate", serial: "C0FFEE" };

  function collecting() {
    const warnings: PayScoreWarning[] = [];
    return { warnings, onWarning: (warning: PayScoreWarning) => void warnings.push(warning) };
  }

  it("keeps the good certificates and reports each bad entry once, naming its serial", async () => {
    route(() => ({ body: certificateList([ec, CERT1, tampered, mismatched, notPem]), signWith: "platform" }), () => ({
      body: ORDER,
      signWith: "platform",
    }));
    const { warnings, onWarning } = collecting();
    const client = await clientFor({ onWarning });
    await client.certificates!.refresh();
    expect(client.certificates!.certificates().map((c) => c.serialNo)).toEqual([PLATFORM_SERIAL]);
    expect(warnings.map((w) => [w.kind, w.index, w.serial, w.certificateProblem])).toEqual([
      ["certificates", 0, EC_SERIAL, "entry-unreadable"],
      ["certificates", 2, PLATFORM2_SERIAL, "entry-decryption-failed"],
      ["certificates", 3, "ABCDEF0123456789", "entry-serial-mismatch"],
      ["certificates", 4, "C0FFEE", "entry-unreadable"],
    ]);
    const requestId = warnings[0]!.requestId;
    expect(requestId).toMatch(/^req-/);
    for (const warning of warnings) {
      expect(warning).toMatchObject({ status: 200, requestId });
      expect(warning.message).toContain(warning.serial);
      const text = JSON.stringify({ ...warning, cause: String(warning.cause) });
      expect(text).not.toContain(APIV3_KEY);
      expect(text).not.toContain(pemBody(pem.platform2Cert).slice(0, 40));
    }
    expect(warnings[0]!.message).toContain("not an RSA key");
    expect(warnings[0]!.cause).toBeInstanceOf(ConfigError);
    expect(warnings[1]!.cause).toMatchObject({ name: "DecryptionError", reason: "authentication-failed" });
    expect(warnings[2]!.message).toContain(PLATFORM2_SERIAL); // the serial the certificate really has

    await expect(client.GET(ORDER_PATH, { params: { query: QUERY } })).resolves.toMatchObject({ data: ORDER });
    expect(downloads()).toHaveLength(1);
  });

  it("reports nothing from a list whose signature does not verify", async () => {
    route(() => ({ body: certificateList([CERT1, ec]), signWith: "attacker" }), () => ({ body: ORDER }));
    const { warnings, onWarning } = collecting();
    const client = await clientFor({ ...withPublicKey, onWarning });
    expect(await rejection(client.certificates!.refresh())).toMatchObject({ name: "SignatureVerificationError", reason: "bad-signature" });
    expect(warnings).toEqual([]);
    expect(client.certificates!.certificates()).toEqual([]);
  });

  it("fails a list in which no entry is usable, after reporting each entry", async () => {
    route(() => ({ body: certificateList([ec, tampered]) }), () => ({ body: ORDER }));
    const { warnings, onWarning } = collecting();
    const client = await clientFor({ ...withPublicKey, onWarning });
    const error = await rejection(client.certificates!.refresh());
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ status: 200, requestId: expect.stringMatching(/^req-/) });
    expect(client.certificates!.lastError).toBe(error);
    expect(warnings.map((w) => w.certificateProblem)).toEqual(["entry-unreadable", "entry-decryption-failed"]);
    expect(client.certificates!.certificates()).toEqual([]);
  });
});
