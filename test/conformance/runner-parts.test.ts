// The runner's parts on their own: the observing fetch against a real node:http server (what it records
// is byte-for-byte what was sent and received, and the caller still gets an unread response), and the
// notify endpoint fed with notifications made by node:crypto (test/src/notification-fixtures.ts: AES-GCM
// via createCipheriv, RSA via createSign) — valid, duplicated, tampered tag, forged signature, plaintext
// or envelope that breaks the schema, not JSON — each with its findings and a reply the contract accepts.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importApiV3Key } from "../../src/aead.ts";
import { createNotificationParser } from "../../src/notification/parse.ts";
import { loadContract } from "../../conformance/contract.ts";
import { DEFAULT_MAX_RECORDS, parserReader, startNotifyEndpoint, type NotifyEndpoint } from "../../conformance/runner/notify-endpoint.ts";
import { conformOptionsFrom } from "../../conformance/cli/conform.ts";
import { formatCaseLine, formatConsole } from "../../conformance/report/console.ts";
import type { RunReport } from "../../conformance/report/model.ts";
import { checkExchange, observingFetch, type Exchange } from "../../conformance/runner/observe.ts";
import { networkInterfaces } from "node:os";
import { APIV3_KEY, MCHID, MERCHANT_SERIAL, fixturePath } from "../fixtures/keys.ts";
import { clock, delivery, encrypt, envelope, keySet, samplePlaintext, signHeaders } from "../src/notification-fixtures.ts";

const contract = loadContract();

describe("observingFetch", () => {
  let server: Server;
  let base: string;
  const received: Array<{ method: string; url: string; body: string }> = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        received.push({ method: req.method!, url: req.url!, body: Buffer.concat(chunks).toString("utf8") });
        const text = req.url!.startsWith("/html") ? "<html>busy</html>" : JSON.stringify({ code: "SYSTEM_ERROR", message: "系统错误 é" });
        res.writeHead(500, { "Content-Type": "application/json; charset=utf-8", "Request-ID": "RID-1" }).end(text);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("records the request as sent and the answer as received; the caller reads an untouched response", async () => {
    const seen: Exchange[] = [];
    const observed = observingFetch((e) => void seen.push(e));
    const body = JSON.stringify({ reason: "用户投诉", n: 1 });
    const response = await observed(new Request(`${base}/v3/payscore/acquiringbank/serviceorder/A%2FB/cancel?x=1`, { method: "POST", body }));
    expect(await response.text()).toBe(JSON.stringify({ code: "SYSTEM_ERROR", message: "系统错误 é" }));
    expect(received.at(-1)).toEqual({ method: "POST", url: "/v3/payscore/acquiringbank/serviceorder/A%2FB/cancel?x=1", body });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: "POST", pathname: "/v3/payscore/acquiringbank/serviceorder/A%2FB/cancel", query: { x: "1" }, requestText: body, status: 500, text: JSON.stringify({ code: "SYSTEM_ERROR", message: "系统错误 é" }) });
    expect(seen[0]!.headers!.get("Request-ID")).toBe("RID-1");
  });

  it("records a failed attempt and rethrows; checkExchange names an unknown path and a body that is not JSON", async () => {
    const seen: Exchange[] = [];
    const observed = observingFetch((e) => void seen.push(e));
    await expect(observed(new Request("http://127.0.0.1:1/v3/certificates"))).rejects.toThrow();
    expect(seen[0]).toMatchObject({ pathname: "/v3/certificates", error: expect.stringMatching(/^TypeError: /) });
    expect(seen[0]).not.toHaveProperty("status");
    expect(checkExchange(contract, seen[0]!)).toEqual([]);

    await observed(new Request(`${base}/v3/nowhere`));
    expect(checkExchange(contract, seen[1]!)).toEqual([
      { subject: "GET /v3/nowhere", part: "response", status: 500, pointer: "/path", rule: "operation", message: "is not an operation of the spec", value: "/v3/nowhere" },
    ]);
    await observed(new Request(`${base}/html/../v3/certificates`));
    const found = checkExchange(contract, { ...seen[2]!, text: "<html>busy</html>" });
    expect(found[0]).toMatchObject({ subject: "listCertificates", pointer: "/body", rule: "json", value: "<html>busy</html>" });
    // The contract itself also refuses the text as an error body; both say where.
    expect(found.slice(1).every((v) => v.pointer.startsWith("/body") || v.pointer.startsWith("/headers"))).toBe(true);
  });
});

describe("notify endpoint (node:crypto-made notifications)", () => {
  let endpoint: NotifyEndpoint;

  beforeAll(async () => {
    const apiV3Key = await importApiV3Key(APIV3_KEY);
    const parser = createNotificationParser({ keys: await keySet(), apiV3Key, clock });
    endpoint = await startNotifyEndpoint({ contract, reader: parserReader(parser, apiV3Key) });
  });
  afterAll(() => endpoint.close());

  async function post(d: { headers: Record<string, string>; body: string | Uint8Array }) {
    const response = await fetch(endpoint.url, { method: "POST", headers: d.headers, body: d.body as BodyInit });
    const text = await response.text();
    const last = endpoint.received.at(-1)!;
    return { status: response.status, text, last };
  }

  it("reads a valid notification: 204, no findings, subject from the plaintext; a waiter gets it once, a duplicate is not offered", async () => {
    const plaintext = samplePlaintext("PAYSCORE.USER_PAID");
    const waiting = endpoint.waitFor("PAYSCORE.USER_PAID", String(plaintext["out_order_no"]), 5000);
    const d = delivery("PAYSCORE.USER_PAID", { id: "EV-VALID-1" });
    const first = await post(d);
    expect(first).toMatchObject({ status: 204, text: "" });
    expect(first.last).toMatchObject({ id: "EV-VALID-1", eventType: "PAYSCORE.USER_PAID", subject: plaintext["out_order_no"], violations: [], duplicate: false, reply: { status: 204 } });
    expect(first.last.plaintext).toEqual(plaintext);
    expect(await waiting).toBe(first.last);

    const again = await post(d);
    expect(again.status).toBe(204);
    expect(again.last.duplicate).toBe(true);
    await expect(endpoint.waitFor("PAYSCORE.USER_PAID", String(plaintext["out_order_no"]), 50)).rejects.toThrow(
      `no readable PAYSCORE.USER_PAID notification about ${String(plaintext["out_order_no"])} arrived within 50 ms`,
    );
  });

  it("a flipped GCM tag: decrypt finding at /body/resource/ciphertext, a 500 failure reply the contract accepts", async () => {
    const sealed = encrypt(JSON.stringify(samplePlaintext("PAYSCORE.USER_CONFIRM")));
    const bytes = Buffer.from(sealed.ciphertext, "base64");
    bytes[bytes.length - 1]! ^= 0x01;
    const body = JSON.stringify(envelope("PAYSCORE.USER_CONFIRM", { ...sealed, ciphertext: bytes.toString("base64") }));
    const { status, text, last } = await post({ headers: signHeaders(body), body });
    expect(status).toBe(500);
    expect(contract.checkNotificationReply("PAYSCORE.USER_CONFIRM", { status, body: JSON.parse(text) })).toEqual([]);
    expect(last.violations.map((v) => [v.subject, v.part, v.pointer, v.rule])).toEqual([["PAYSCORE.USER_CONFIRM", "notification", "/body/resource/ciphertext", "decrypt"]]);
    expect(last.plaintext).toBeUndefined();
  });

  it("a signature over other bytes: signature finding naming the header, 401", async () => {
    const d = delivery("PAYSCORE.USER_CONFIRM");
    const { status, last } = await post({ headers: signHeaders(d.body, { signedBody: `${d.body} ` }), body: d.body });
    expect(status).toBe(401);
    expect(last.violations.map((v) => [v.part, v.pointer, v.rule])).toEqual([["notification", "/headers/Wechatpay-Signature", "signature"]]);
  });

  it("a plaintext that breaks its schema: every broken rule under /plaintext, with values, and a 400", async () => {
    const plaintext = { ...samplePlaintext("PAYSCORE.USER_CONFIRM"), state: "PAUSED" } as Record<string, unknown>;
    delete plaintext["out_order_no"];
    const { status, last } = await post(delivery("PAYSCORE.USER_CONFIRM", { plaintext }));
    expect(status).toBe(400);
    const found = last.violations.map((v) => [v.part, v.pointer, v.rule]);
    expect(found).toContainEqual(["plaintext", "/plaintext/out_order_no", "required"]);
    expect(found).toContainEqual(["plaintext", "/plaintext/state", "enum"]);
    expect(last.violations.find((v) => v.rule === "enum")?.value).toBe("PAUSED");
  });

  it("an envelope that breaks its schema is reported once (by the contract); a body that is not JSON too", async () => {
    const d = delivery("PAYSCORE.USER_CONFIRM", { envelope: { id: "E".repeat(37) } });
    const broken = await post(d);
    expect(broken.status).toBe(400);
    expect(broken.last.violations.map((v) => [v.part, v.pointer, v.rule, v.severity])).toEqual([["notification", "/body/id", "maxLength", "violation"]]);

    // An enum value the spec does not list is drift: reported, and read past with a success reply.
    const drifted = await post(delivery("PAYSCORE.USER_CONFIRM", { envelope: { resource_type: "plain-resource" } }));
    expect(drifted.status).toBe(204);
    expect(drifted.last.violations.map((v) => [v.part, v.pointer, v.rule, v.severity])).toEqual([["notification", "/body/resource_type", "enum", "drift"]]);

    const body = "not json";
    const notJson = await post({ headers: signHeaders(body), body });
    expect(notJson.status).toBe(400);
    expect(notJson.last.violations.map((v) => [v.subject, v.pointer, v.rule])).toEqual([["notification", "/body", "json"]]);

    // Bytes that are not UTF-8 are named as such, not decoded lossily into a misleading signature failure.
    const notUtf8 = await post({ headers: signHeaders("{}"), body: new Uint8Array([0x7b, 0xff, 0x7d]) });
    expect(notUtf8.status).toBe(400);
    expect(notUtf8.last.violations.map((v) => [v.pointer, v.rule, v.value])).toEqual([["/body", "json", "(not UTF-8)"]]);
  });

  it("drain hands each delivery to one step", () => {
    const all = endpoint.drain();
    expect(all.length).toBe(endpoint.received.length);
    expect(endpoint.drain()).toEqual([]);
  });
});

describe("notify endpoint under hostile posts (anyone who can reach its port can post)", () => {
  it("keeps at most maxRecords deliveries; the rest are counted, answered 503 and reported as one finding", async () => {
    expect(DEFAULT_MAX_RECORDS).toBe(1000);
    const bounded = await startNotifyEndpoint({ contract, reader: async () => ({ plaintext: {} }), maxRecords: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        const response = await fetch(bounded.url, { method: "POST", body: `junk ${i}` });
        await response.arrayBuffer();
        statuses.push(response.status);
      }
      expect(statuses.slice(0, 3)).toEqual([400, 400, 400]);
      expect(statuses.slice(3)).toEqual(Array(7).fill(503));
      expect(bounded.received).toHaveLength(3);
      expect(bounded.dropped).toBe(7);
      expect(bounded.overflow()).toMatchObject({ subject: "notification", rule: "record-limit", message: expect.stringContaining("7 more deliveries") });
    } finally {
      await bounded.close();
    }
  });

  it("listens on loopback only, also with a public notify URL, unless --notify-host is given", async () => {
    const credentials = { "base-url": "http://127.0.0.1:1", mchid: MCHID, "serial-no": MERCHANT_SERIAL, "private-key": fixturePath("merchantKey") };
    const tunnelled = await conformOptionsFrom({ ...credentials, "notify-url": "https://tunnel.example/payscore/notify" });
    expect(tunnelled.notify).toEqual({ url: "https://tunnel.example/payscore/notify" });
    const explicit = await conformOptionsFrom({ ...credentials, "notify-url": "https://tunnel.example/payscore/notify", "notify-host": "0.0.0.0" });
    expect(explicit.notify).toEqual({ url: "https://tunnel.example/payscore/notify", host: "0.0.0.0" });

    const port = await freePort();
    const local = await startNotifyEndpoint({ contract, reader: async () => ({ plaintext: {} }), publicUrl: "https://tunnel.example/payscore/notify", port });
    try {
      const loopback = await fetch(`http://127.0.0.1:${port}/payscore/notify`, { method: "POST", body: "x" });
      await loopback.arrayBuffer();
      expect(loopback.status).toBe(400);
      // Not on the machine's other addresses.
      const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === "IPv4" && !i.internal)?.address;
      if (external) await expect(fetch(`http://${external}:${port}/payscore/notify`, { method: "POST", body: "x" })).rejects.toThrow();
    } finally {
      await local.close();
    }
  });

  it("an event_type with ANSI escape bytes does not reach the console report raw", async () => {
    const local = await startNotifyEndpoint({ contract, reader: async () => ({ plaintext: {} }) });
    try {
      const evil = "\u001b[2J\u001b[31mPAYSCORE.FAKE\u0007\u009b1m";
      const response = await fetch(local.url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ id: "EV-1", event_type: evil }) });
      await response.arrayBuffer();
      const delivered = local.drain();
      expect(delivered.flatMap((n) => n.violations).some((v) => v.subject === evil)).toBe(true); // the untrusted string is in the model
      const report: RunReport = {
        title: "t",
        target: "x",
        startedAt: new Date(0).toISOString(),
        durationMs: 1,
        cases: [{ suite: evil, name: evil, status: "failed", durationMs: 1, violations: delivered.flatMap((n) => n.violations), error: evil }],
      };
      for (const text of [formatConsole(report), formatConsole(report, { color: true }).replace(/\u001b\[(?:3[123]|2|0)m/g, ""), formatCaseLine(report.cases[0]!)]) {
        expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
        expect(text).toContain("\\u001b[2J\\u001b[31mPAYSCORE.FAKE\\u0007\\u009b1m");
      }
    } finally {
      await local.close();
    }
  });
});

/** A port free on loopback just now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
