/**
 * Independent checks through the openssl CLI (never through src/).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Runs `openssl dgst -sha256 -verify` on temp files; returns openssl's verdict and exit code. */
export function opensslVerify(publicKeyPath: string, message: string, signatureBase64: string) {
  const dir = mkdtempSync(join(tmpdir(), "payscore-openssl-"));
  try {
    const messagePath = join(dir, "message.txt");
    const signaturePath = join(dir, "signature.bin");
    writeFileSync(messagePath, message, "utf8");
    writeFileSync(signaturePath, Buffer.from(signatureBase64, "base64"));
    const result = spawnSync("openssl", ["dgst", "-sha256", "-verify", publicKeyPath, "-signature", signaturePath, messagePath], {
      encoding: "utf8",
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `openssl x509 -noout -serial -dates -dateopt iso_8601` parsed into a record. */
export function opensslCertificateFields(certificatePath: string): Record<string, string> {
  const output = execFileSync("openssl", ["x509", "-in", certificatePath, "-noout", "-serial", "-dates", "-dateopt", "iso_8601"], {
    encoding: "utf8",
  });
  return Object.fromEntries(
    output
      .trim()
      .split("\n")
      .map((line) => {
        const index = line.indexOf("=");
        return [line.slice(0, index), line.slice(index + 1)];
      }),
  );
}

/**
 * A fresh self-signed certificate made by the openssl CLI (`req -x509`) for a
 * new key of the given type, with the given hex serial, valid for 30 days
 * from now. Returns the certificate PEM; the key is thrown away.
 */
export function opensslSelfSignedCertificate(keyType: "ec" | "rsa", serialHex: string): string {
  const dir = mkdtempSync(join(tmpdir(), "payscore-openssl-"));
  try {
    const keyOptions = keyType === "ec" ? ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"] : ["-newkey", "rsa:2048"];
    const certificatePath = join(dir, "cert.pem");
    execFileSync(
      "openssl",
      ["req", "-x509", ...keyOptions, "-nodes", "-keyout", join(dir, "key.pem"), "-out", certificatePath,
        "-subj", `/O=payscore-acquiringbank TEST/CN=TEST ${keyType.toUpperCase()} certificate`, "-days", "30", "-set_serial", `0x${serialHex}`],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    return readFileSync(certificatePath, "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
