// Hostile input on the mock's own surfaces (control API, request reading, Authorization replay, the state
// file): each case asserts the secure behaviour over real loopback HTTP.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request as httpRequest } from "node:http";
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NonceCache } from "../../../conformance/mock/auth.ts";
import { mockCommand } from "../../../conformance/cli/mock.ts";
import { ConfigError } from "../../../src/errors.ts";
import { randomNonce } from "../../../src/nonce.ts";
import { authorizationHeader, buildRequestMessage } from "../../../src/sign.ts";
import { redactValue } from "../../../conformance/redact.ts";
import { applyPatch } from "../../../conformance/mock/faults.ts";
import { startMock, type MockPlatform } from "../../../conformance/mock/server.ts";
import { IDS, ORDER_PATH, call, completeBody, createOrderBody, fixtureSigner, nodeVerify, startNotifyServer, uniqueId, type NotifyServer } from "./support.ts";

let mock: MockPlatform;
let notify: NotifyServer;

beforeAll(async () => {
  notify = await startNotifyServer();
  mock = await startMock({ notifyCompression: 1000 });
});
afterAll(async () => {
  await mock.close();
  await notify.close();
});

/** A control request as a local tool sends it: JSON body, no Origin. */
function control(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const { method = init.body === undefined ? "GET" : "POST", body, headers = {} } = init;
  return fetch(`${mock.url}${path}`, {
    method,
    headers: body === undefined ? headers : { "Content-Type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
}

const orderQuery = (no: string) => `${ORDER_PATH}?sub_mchid=${IDS.sub_mchid}&channel_id=${IDS.channel_id}&out_order_no=${no}`;

describe("prototype pollution", () => {
  for (const path of ["/__proto__/zz", "/constructor/prototype/zz", "/a/prototype", "/__proto__"]) {
    it(`a mutate-response patch at ${path} is refused with 400 and pollutes nothing`, async () => {
      const response = await control("/mock/faults", {
        body: { kind: "mutate-response", operation: "getServiceOrder", patch: [{ op: "add", path, value: 1 }] },
      });
      expect(response.status).toBe(400);
      expect(mock.control.faults()).toEqual([]);
      const no = uniqueId("PP");
      expect((await call(mock.url, "POST", ORDER_PATH, createOrderBody(no, notify.url))).status).toBe(200);
      expect((await call(mock.url, "GET", orderQuery(no))).status).toBe(200);
      expect(({} as Record<string, unknown>)["zz"]).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("zz");
      // The next valid create still succeeds.
      expect((await call(mock.url, "POST", ORDER_PATH, createOrderBody(uniqueId("PP"), notify.url))).status).toBe(200);
    });
  }

  it("applyPatch itself walks own properties only and refuses the unsafe names", () => {
    expect(() => applyPatch({}, [{ op: "add", path: "/__proto__/zz", value: 1 }])).toThrow(TypeError);
    expect(() => applyPatch({}, [{ op: "add", path: "/x/constructor/zz", value: 1 }])).toThrow(TypeError);
    expect(({} as Record<string, unknown>)["zz"]).toBeUndefined();
    // An inherited name such as toString is not walked into: an own object is created.
    expect(applyPatch({}, [{ op: "add", path: "/toString/x", value: 1 }])).toEqual({ toString: { x: 1 } });
  });

  it("redaction copies a __proto__ key as an own key, never as the copy's prototype", () => {
    const input = JSON.parse('{"__proto__":{"polluted":1},"a":"b"}') as object;
    const out = redactValue(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, "__proto__")).toBe(true);
    expect(out["polluted"]).toBeUndefined();
    expect(JSON.stringify(out)).toBe('{"__proto__":{"polluted":1},"a":"b"}');
  });

  it("a query parameter named __proto__ is kept as a parameter (and refused by the contract)", async () => {
    const response = await call(mock.url, "GET", `${orderQuery(uniqueId("PP"))}&__proto__=x`);
    expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
    expect(response.status).toBe(400);
  });
});

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * One request over node:http with the body written as given (chunks may be an async source); resolves with
 * the answer even when the server answers and closes before the body was all sent.
 */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; chunks?: () => AsyncIterable<Buffer> } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest(`${mock.url}${path}`, { method: options.method ?? "POST", headers: options.headers ?? {} }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    if (options.chunks) {
      req.flushHeaders();
      void (async () => {
        try {
          for await (const chunk of options.chunks!()) {
            if (answered || req.destroyed) break;
            if (!req.write(chunk)) await new Promise((done) => req.once("drain", done).once("close", done));
          }
          req.end();
        } catch {
          // the server closed the connection: the answer (if any) is what counts
        }
      })();
    } else req.end(options.body);
  });
}

/** A completed order waiting for payment (DOING/MCH_COMPLETE), so that pay would send MCH_PREPAY and USER_PAID. */
async function completedOrder(): Promise<string> {
  const no = uniqueId("HP");
  expect((await call(mock.url, "POST", ORDER_PATH, createOrderBody(no, notify.url))).status).toBe(200);
  await mock.control.confirm(no);
  expect((await call(mock.url, "POST", `${ORDER_PATH}/${no}/complete`, completeBody(3900))).status).toBe(204);
  return no;
}

const sentFor = (no: string) => mock.control.notifications({ subject: no }).map((n) => n.event_type);

describe("control URLs", () => {
  it("a malformed percent escape answers 400, not 500", async () => {
    for (const path of ["/mock/orders/%E0%A4%A", "/mock/orders/%E0%A4%A/pay", "/mock/authorizations/%ZZ"]) {
      const response = await raw(path, { method: path.endsWith("pay") ? "POST" : "GET" });
      expect(response.status, path).toBe(400);
      expect(JSON.parse(response.text).error).toMatch(/escape/);
    }
  });
});

describe("control bodies", () => {
  it("a body over the limit answers 400 and the action does not run with its defaults", async () => {
    const no = await completedOrder();
    const before = sentFor(no);
    const body = JSON.stringify({ prepay: false, padding: "x".repeat(1.1e6) });
    const response = await raw(`/mock/orders/${no}/pay`, { headers: { "Content-Type": "application/json" }, body });
    expect(response.status).toBe(400);
    expect(mock.control.order(no).order).toMatchObject({ state: "DOING", state_description: "MCH_COMPLETE" });
    expect(sentFor(no)).toEqual(before);
    expect(sentFor(no)).not.toContain("PAYSCORE.MCH_PREPAY");
  });

  const refusals: [string, Record<string, string>, string][] = [
    ["text/plain", { "Content-Type": "text/plain" }, '{"prepay":false}'],
    ["no Content-Type", {}, '{"prepay":false}'],
    ["form data", { "Content-Type": "application/x-www-form-urlencoded" }, "prepay=false"],
    ["JSON that does not parse", { "Content-Type": "application/json" }, '{"prepay":false'],
    ["a JSON array", { "Content-Type": "application/json" }, "[1]"],
    ["a JSON string", { "Content-Type": "application/json" }, '"x"'],
    ["JSON null", { "Content-Type": "application/json" }, "null"],
    ["bytes that are not UTF-8", { "Content-Type": "application/json" }, "\uFFFE"],
  ];
  for (const [name, headers, body] of refusals) {
    it(`${name} answers 400 and nothing runs`, async () => {
      const no = await completedOrder();
      const before = sentFor(no);
      const bytes = name.startsWith("bytes") ? Buffer.from([0x7b, 0xff, 0x7d]) : body;
      const response = await raw(`/mock/orders/${no}/pay`, { headers, body: bytes });
      expect(response.status).toBe(400);
      expect(mock.control.order(no).order).toMatchObject({ state: "DOING", state_description: "MCH_COMPLETE" });
      expect(sentFor(no)).toEqual(before);
    });
  }

  it("a JSON object body is accepted, with a charset parameter too", async () => {
    const no = await completedOrder();
    const response = await raw(`/mock/orders/${no}/pay`, { headers: { "Content-Type": "application/json; charset=utf-8" }, body: '{"prepay":false}' });
    expect(response.status).toBe(200);
    expect(mock.control.order(no).order.state).toBe("DONE");
    expect(sentFor(no)).toContain("PAYSCORE.USER_PAID");
    expect(sentFor(no)).not.toContain("PAYSCORE.MCH_PREPAY"); // prepay: false was read
  });
});

describe("cross-site requests to the control API", () => {
  const addFault = (headers: Record<string, string>) =>
    raw("/mock/faults", { headers: { "Content-Type": "application/json", ...headers }, body: '{"kind":"status","status":500,"operation":"queryPermissionsByCode"}' });
  const port = () => new URL(mock.url).port;

  it("a foreign Origin is refused with 403 and no fault is added", async () => {
    for (const origin of ["http://evil.example", "null", `https://127.0.0.1:${port()}`, `http://127.0.0.1:${Number(port()) + 1}`]) {
      const response = await addFault({ Origin: origin });
      expect(response.status, origin).toBe(403);
    }
    // A text/plain "simple request" from a page (no preflight) is refused the same way.
    const simple = await raw("/mock/faults", { headers: { "Content-Type": "text/plain", Origin: "http://evil.example" }, body: '{"kind":"drop"}' });
    expect(simple.status).toBe(403);
    expect(mock.control.faults()).toEqual([]);
  });

  it("a Host that is not an address the mock listens on is refused with 403 (DNS rebinding)", async () => {
    for (const host of ["attacker.example", `attacker.example:${port()}`, "127.0.0.1", `127.0.0.1:${Number(port()) + 1}`, `localhost.attacker.example:${port()}`]) {
      const response = await addFault({ Host: host });
      expect(response.status, host).toBe(403);
    }
    expect(mock.control.faults()).toEqual([]);
  });

  it("the mock's own origins and loopback names are served", async () => {
    for (const headers of <Record<string, string>[]>[{}, { Host: `localhost:${port()}` }, { Host: `LOCALHOST:${port()}`, Origin: `http://localhost:${port()}` }, { Origin: mock.url }]) {
      const response = await addFault(headers);
      expect(response.status, JSON.stringify(headers)).toBe(200);
    }
    mock.control.clearFaults();
  });

  it("the API paths are not affected (a signed call with any Host works as before)", async () => {
    expect((await call(mock.url, "POST", ORDER_PATH, createOrderBody(uniqueId("HO"), notify.url))).status).toBe(200);
  });
});

describe("control token", () => {
  it("startMock({ controlToken }) requires Authorization: Bearer on control requests", async () => {
    const guarded = await startMock({ controlToken: "s3cret-token", autoDeliver: false });
    try {
      const get = (headers: Record<string, string>) => fetch(`${guarded.url}/mock/faults`, { headers });
      expect((await get({})).status).toBe(401);
      expect((await get({ Authorization: "Bearer wrong" })).status).toBe(401);
      expect((await get({ Authorization: "Basic s3cret-token" })).status).toBe(401);
      expect((await get({ Authorization: "Bearer s3cret-token" })).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it("the CLI prints the token at start, sends it on actions, and warns when bound beyond loopback", async () => {
    const out: string[] = [];
    const err: string[] = [];
    let listening!: () => void;
    const started = new Promise<void>((resolve) => (listening = resolve));
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const io = {
      out: (text: string) => {
        out.push(text);
        if (text.startsWith("control token")) listening();
      },
      err: (text: string) => err.push(text),
    };
    const running = mockCommand(["--port", "0", "--host", "0.0.0.0", "--control-token", "tok-123"], { ...io, untilStopped: () => stopped });
    await started;
    expect(out.join("\n")).toContain("tok-123");
    expect(err.join("\n")).toMatch(/warning: .*0\.0\.0\.0.*beyond loopback/);
    const port = /listening on http:\/\/\S+:(\d+)/.exec(out[0] ?? "")?.[1];
    const url = `http://127.0.0.1:${port}`;
    expect((await fetch(`${url}/mock/health`)).status).toBe(401);
    // Bound to the wildcard: the mock's own URL (Host 0.0.0.0:port) is one of its addresses; other names are not.
    const bearer = { Authorization: "Bearer tok-123" };
    expect((await fetch(`http://0.0.0.0:${port}/mock/health`, { headers: bearer })).status).toBe(200);
    const rebound = await new Promise<number>((resolve, reject) =>
      httpRequest(`${url}/mock/health`, { headers: { ...bearer, Host: `attacker.example:${port}` } }, (res) => (res.resume(), resolve(res.statusCode!)))
        .on("error", reject)
        .end(),
    );
    expect(rebound).toBe(403);
    const quiet = { out: () => {}, err: () => {} };
    expect(await mockCommand(["faults", "--url", url], quiet)).toBe(1);
    expect(await mockCommand(["faults", "--url", url, "--control-token", "tok-123"], quiet)).toBe(0);
    stop();
    expect(await running).toBe(0);
  });

  it("the CLI does not warn on loopback", async () => {
    const err: string[] = [];
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    let listening!: () => void;
    const started = new Promise<void>((resolve) => (listening = resolve));
    const running = mockCommand(["--port", "0"], {
      out: (text) => (text.startsWith("control API") ? listening() : undefined),
      err: (text) => err.push(text),
      untilStopped: () => stopped,
    });
    await started;
    stop();
    expect(await running).toBe(0);
    expect(err).toEqual([]);
  });
});

describe("replayed Authorization", () => {
  /** One signed create, sent as-is as often as asked (the same Authorization header and body). */
  async function signedCreate() {
    const signer = await fixtureSigner();
    const body = JSON.stringify(createOrderBody(uniqueId("RP"), notify.url));
    const timestamp = Math.floor(Date.now() / 1000);
    const nonce = randomNonce(32);
    const signature = await signer.sign(buildRequestMessage({ method: "POST", pathAndQuery: ORDER_PATH, timestamp, nonce, body }));
    const authorization = authorizationHeader({ mchid: signer.mchid, serialNo: signer.serialNo, nonce, timestamp, signature });
    return () =>
      fetch(`${mock.url}${ORDER_PATH}`, {
        method: "POST",
        headers: { Authorization: authorization, "Content-Type": "application/json", Accept: "application/json" },
        body,
      });
  }

  it("the identical signed create sent twice answers 200, then 401 SIGN_ERROR naming nonce_str", async () => {
    const send = await signedCreate();
    const first = await send();
    expect(first.status).toBe(200);
    const second = await send();
    expect(second.status).toBe(401);
    const answer = (await second.json()) as { code: string; detail: { field: string } };
    expect(answer.code).toBe("SIGN_ERROR");
    expect(answer.detail.field).toBe("nonce_str");
    expect(nodeVerify(second.headers, JSON.stringify(answer))).toBe(true);
  });

  it("a fresh signature for the same body (a client's retry) is accepted", async () => {
    const body = createOrderBody(uniqueId("RP"), notify.url);
    expect((await call(mock.url, "POST", ORDER_PATH, body)).status).toBe(200);
    expect((await call(mock.url, "POST", ORDER_PATH, body)).status).toBe(200);
  });

  it("a forged request does not use up the nonce it names", async () => {
    const signer = await fixtureSigner();
    const nonce = randomNonce(32);
    const timestamp = Math.floor(Date.now() / 1000);
    const pathAndQuery = `${ORDER_PATH}?sub_mchid=${IDS.sub_mchid}&channel_id=${IDS.channel_id}&out_order_no=NONE`;
    const forged = authorizationHeader({ mchid: signer.mchid, serialNo: signer.serialNo, nonce, timestamp, signature: "AAAA" });
    expect((await fetch(`${mock.url}${pathAndQuery}`, { headers: { Authorization: forged } })).status).toBe(401);
    const signature = await signer.sign(buildRequestMessage({ method: "GET", pathAndQuery, timestamp, nonce, body: "" }));
    const genuine = authorizationHeader({ mchid: signer.mchid, serialNo: signer.serialNo, nonce, timestamp, signature });
    expect((await fetch(`${mock.url}${pathAndQuery}`, { headers: { Authorization: genuine } })).status).toBe(404);
  });

  it("NonceCache forgets a pair once its timestamp left the window, and stays bounded", () => {
    const cache = new NonceCache(3);
    expect(cache.remember("m", "n1", 1000, 1000)).toBe(true);
    expect(cache.remember("m", "n1", 1000, 1100)).toBe(false);
    expect(cache.remember("other", "n1", 1000, 1100)).toBe(true); // per merchant
    expect(cache.remember("m", "n1", 1000, 1000 + 301)).toBe(true); // expired: the timestamp check refuses it anyway
    for (let i = 0; i < 10; i++) cache.remember("m", `x${i}`, 2000, 2000);
    expect(cache.size).toBeLessThanOrEqual(3);
  });
});

describe("oversized bodies and connection limits", () => {
  const MiB = 1 << 20;
  /** Up to 300 MiB in 64 KiB chunks, counting what was handed to the socket. */
  function upload(counter: { sent: number }) {
    return async function* () {
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      for (let i = 0; i < (300 * MiB) / chunk.length; i++) {
        counter.sent += chunk.length;
        yield chunk;
      }
    };
  }

  for (const [name, path, headers] of [
    ["an API request", ORDER_PATH, { "Content-Type": "application/json", "Transfer-Encoding": "chunked" }],
    ["a control request", "/mock/faults", { "Content-Type": "application/json", "Transfer-Encoding": "chunked" }],
  ] as const) {
    it(`${name} with a streamed 300 MiB body is answered (400, connection closed) long before the upload ends`, async () => {
      const counter = { sent: 0 };
      const response = await raw(path, { headers: { ...headers }, chunks: upload(counter) });
      expect(response.status).toBe(400);
      expect(response.headers["connection"]).toBe("close");
      expect(counter.sent).toBeLessThan(64 * MiB);
    });
  }

  it("a Content-Length over the limit is answered before any body byte is sent", async () => {
    // No body byte is sent until the answer is in: the server must not wait for the body.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const response = await raw(ORDER_PATH, {
      headers: { "Content-Type": "application/json", "Content-Length": String(300 * MiB) },
      chunks: async function* () {
        await gate;
      },
    });
    release();
    expect(response.status).toBe(400);
    expect(response.headers["connection"]).toBe("close");
  });

  it("caps concurrent connections (server.maxConnections)", async () => {
    const small = await startMock({ maxConnections: 2, autoDeliver: false });
    const { port } = new URL(small.url);
    const sockets = [];
    try {
      for (let i = 0; i < 2; i++) {
        const socket = connect(Number(port), "127.0.0.1");
        await once(socket, "connect");
        sockets.push(socket);
      }
      const third = connect(Number(port), "127.0.0.1");
      sockets.push(third);
      await once(third, "close"); // dropped by the server at once
      const health = (socket: Socket) => {
        socket.write(`GET /mock/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
        return once(socket, "data").then(([data]) => String(data));
      };
      // The held connections are still served.
      expect(await health(sockets[0]!)).toMatch(/^HTTP\/1\.1 200/);
    } finally {
      for (const socket of sockets) socket.destroy();
      await small.close();
    }
  });

  it("a client that never finishes its headers is answered 408 and disconnected (headersTimeout)", async () => {
    const slow = await startMock({ headersTimeoutMs: 300, requestTimeoutMs: 600, autoDeliver: false });
    const { port } = new URL(slow.url);
    try {
      const socket = connect(Number(port), "127.0.0.1");
      await once(socket, "connect");
      socket.write(`GET /mock/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: a`);
      const received: Buffer[] = [];
      socket.on("data", (data: Buffer) => received.push(data));
      await once(socket, "close");
      expect(Buffer.concat(received).toString("latin1")).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await slow.close();
    }
  });
});

describe("the state file", () => {
  const dir = mkdtempSync(join(tmpdir(), "payscore-hostile-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is locked for one mock: a second one on the same file refuses to start, naming the file", async () => {
    const stateFile = join(dir, "locked.json");
    const first = await startMock({ stateFile, autoDeliver: false });
    try {
      expect(readFileSync(`${stateFile}.lock`, "utf8").trim()).toBe(String(process.pid));
      const refusal = await startMock({ stateFile, autoDeliver: false }).then(
        (second) => (second.close(), undefined),
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(ConfigError);
      expect((refusal as Error).message).toContain(stateFile);
      expect((refusal as Error).message).toMatch(/in use/);
      // The first one's writes are all there.
      const no = uniqueId("LK");
      expect((await call(first.url, "POST", ORDER_PATH, createOrderBody(no, notify.url))).status).toBe(200);
      expect(readFileSync(stateFile, "utf8")).toContain(no);
    } finally {
      await first.close();
    }
    expect(existsSync(`${stateFile}.lock`)).toBe(false);
    // Free again once closed.
    await (await startMock({ stateFile, autoDeliver: false })).close();
  });

  it("a lock left by a process that has ended is taken over", async () => {
    const stateFile = join(dir, "stale.json");
    const child = spawn(process.execPath, ["-e", ""]);
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    writeFileSync(`${stateFile}.lock`, `${child.pid}\n`);
    const mock2 = await startMock({ stateFile, autoDeliver: false });
    expect(readFileSync(`${stateFile}.lock`, "utf8").trim()).toBe(String(process.pid));
    await mock2.close();
    expect(existsSync(`${stateFile}.lock`)).toBe(false);
  });

  it("keeps queued faults across a restart", async () => {
    const stateFile = join(dir, "faults.json");
    const first = await startMock({ stateFile, autoDeliver: false });
    const added = await control0(first.url, { kind: "status", status: 503, operation: "createServiceOrder", times: 2 });
    expect(added.status).toBe(200);
    expect((await call(first.url, "POST", ORDER_PATH, createOrderBody(uniqueId("FK"), notify.url))).status).toBe(503);
    await first.close();

    const second = await startMock({ stateFile, autoDeliver: false });
    try {
      expect(second.control.faults()).toMatchObject([{ kind: "status", status: 503, operation: "createServiceOrder", times: 1, applied: 1 }]);
      expect((await call(second.url, "POST", ORDER_PATH, createOrderBody(uniqueId("FK"), notify.url))).status).toBe(503);
      expect((await call(second.url, "POST", ORDER_PATH, createOrderBody(uniqueId("FK"), notify.url))).status).toBe(200);
      // A new fault gets a fresh id, after the saved ones.
      expect(second.control.addFault({ kind: "drop", operation: "none" }).id).toBeGreaterThan(1);
    } finally {
      await second.close();
    }
  });
});

function control0(base: string, body: unknown) {
  return fetch(`${base}/mock/faults`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}
