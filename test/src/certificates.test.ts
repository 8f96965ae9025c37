/**
 * Platform certificates through the client: download (signed request,
 * AES-256-GCM entries sealed by node:crypto, response signed by node:crypto),
 * one download per unknown serial, public key and certificates side by side,
 * 404 for public-key merchants, refresh before expiry, expired ones kept out.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import bundled from "../../generated/openapi.json" with { type: "json" };
import { createPayScoreClient, type PayScoreClientOptions } from "../../src/client.ts";
import { DecryptionError, InvalidResponseError, SignatureVerificationError, WechatPayError } from "../../src/errors.ts";
import {
  APIV3_KEY,
  MCHID,
  MERCHANT_SERIAL,
  PLATFORM2_SERIAL,
  PLATFORM_SERIAL,
  PUB_KEY_ID,
  WRONG_APIV3_KEY,
  pem,
} from "../fixtures/keys.ts";
import { type ListedCertificate, type PlatformServer, type Reply, certificateList, startPlatformServer } from "./support/platform-server.ts";
import { rejection } from "./support/rejection.ts";

const ORDER = bundled.components.schemas.ServiceOrder.examples[0]!;
const ORDER_PATH = "/v3/payscore/acquiringbank/serviceorder";
const QUERY = { sub_mchid: "1230000109", channel_id: "1230000109", out_order_no: "1234323JKHDFE1243252" };
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
    expect(await rejection(client.GET(ORDER_PATH, { params: { query: QUERY } }))).toMatchObject({ reason: "unknown-serial" });
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
