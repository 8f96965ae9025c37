// The platform side of the client benchmark (client.ts), run as its own process so that its CPU is
// not the measured client's event loop. A loopback HTTP server that does for every exchange what
// WeChat Pay does: it checks the request's Authorization signature (SHA256withRSA over
// `METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n` with the merchant public key; 401 when it fails) and
// signs its answer (SHA256withRSA over `TIMESTAMP\nNONCE\nBODY\n` with the WeChat Pay public-key
// private half, sent with the `Wechatpay-*` headers), as the APIv3 signing rules describe. Crypto is
// node:crypto on keys imported once. Test keys only (test/fixtures).
//
// Control routes: `GET /__tamper` makes the next answer's body differ from what was signed (one
// character), to check that a contender refuses it; `GET /__stats` answers `{"good":N,"bad":N}`.
//   node --import tsx scripts/bench/signing-server.ts [port]   prints `listening on http://127.0.0.1:PORT`
import { createPrivateKey, createPublicKey, randomBytes, sign, verify } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { PUB_KEY_ID, pem } from "../../test/fixtures/keys.ts";

/** What the server answers (the same for every contender): an applyPermissions token, an authorization record. */
export const PERMISSIONS_PATH = "/v3/payscore/acquiringbank/permissions";
export const AUTHORIZATION_CODE = "1275342195190894594";
export const AUTHORIZATION_RECORD = {
  service_id: "2002000000000558128851361561536", appid: "wxd678efh567hg6787", mchid: "1230000109", openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
  authorization_code: AUTHORIZATION_CODE, authorization_state: "AVAILABLE", notify_url: "https://www.weixin.com",
  cancel_authorization_time: "2015-05-20T13:29:35+08:00", authorization_success_time: "2015-05-20T13:29:35+08:00",
  sub_mchid: "1230000109", sub_appid: "wxd678efh567hg6787", sub_openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", user_label: "A", channel_id: "1230000109",
};

function startSigningServer(port: number): void {
  const merchantPublicKey = createPublicKey(pem.merchantPub);
  const wechatpayPrivateKey = createPrivateKey(pem.wechatpayPubKeyPrivate);
  const record = JSON.stringify(AUTHORIZATION_RECORD);
  let good = 0;
  let bad = 0;
  let tamper = false;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (req.url === "/__stats") return void res.end(JSON.stringify({ good, bad }));
      if (req.url === "/__tamper") {
        tamper = true;
        return void res.end("ok");
      }
      const body = Buffer.concat(chunks).toString("utf8");
      const params = Object.fromEntries([...(req.headers.authorization ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      const message = `${req.method}\n${req.url}\n${params.timestamp}\n${params.nonce_str}\n${body}\n`;
      let ok = false;
      try {
        ok = verify("sha256", Buffer.from(message), merchantPublicKey, Buffer.from(params.signature ?? "", "base64"));
      } catch {
        ok = false;
      }
      const timestamp = String(Math.floor(Date.now() / 1000));
      const nonce = randomBytes(16).toString("hex");
      let out: string;
      let status = 200;
      if (!ok) {
        bad++;
        status = 401;
        out = JSON.stringify({ code: "SIGN_ERROR", message: "signature verification failed" });
      } else {
        good++;
        out = req.method === "POST" ? JSON.stringify({ apply_permissions_token: `tok_${randomBytes(8).toString("hex")}` }) : record;
      }
      const signature = sign("sha256", Buffer.from(`${timestamp}\n${nonce}\n${out}\n`), wechatpayPrivateKey).toString("base64");
      const sent = tamper ? out.replace(/[a-z]/, (c) => c.toUpperCase()) : out;
      tamper = false;
      res.writeHead(status, {
        "Content-Type": "application/json", "Request-ID": "08F8B7B0A30610B2F0C5A10F18C6E2B90A2098F60B",
        "Wechatpay-Timestamp": timestamp, "Wechatpay-Nonce": nonce, "Wechatpay-Signature": signature, "Wechatpay-Serial": PUB_KEY_ID,
      });
      res.end(sent);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(port, "127.0.0.1", () => console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  // Ends with its parent: the bench closes stdin (or dies) and the server goes with it.
  process.stdin.on("end", () => process.exit(0));
  process.stdin.resume();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) startSigningServer(Number(process.argv[2] ?? 0));
