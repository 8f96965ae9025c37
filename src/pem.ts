/**
 * PEM armour (RFC 7468): finds `-----BEGIN <LABEL>-----` blocks and decodes
 * their base64 body to DER. Error messages mention labels only, never the
 * body, because the body may be a private key.
 */
import { base64Decode, base64Encode } from "./encoding.js";

export interface PemBlock {
  /** The label between BEGIN/END, e.g. "PRIVATE KEY". */
  readonly label: string;
  readonly der: Uint8Array;
}

export class PemError extends Error {
  override name = "PemError";
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END ([A-Z0-9 ]+)-----/g;

/** Labels of every PEM block in `text`, in order (no decoding). */
export function pemLabels(text: string): string[] {
  return Array.from(text.matchAll(BLOCK), (match) => match[1]!);
}

/**
 * Decodes the first block whose label is one of `labels`. Text around and
 * between blocks (e.g. openssl's "Bag Attributes" or a certificate chain) is
 * ignored. Returns undefined when no block has a wanted label.
 */
export function decodePem(text: string, labels: readonly string[]): PemBlock | undefined {
  for (const match of text.matchAll(BLOCK)) {
    const [, label, body, endLabel] = match as unknown as [string, string, string, string];
    if (!labels.includes(label)) continue;
    if (endLabel !== label) throw new PemError(`PEM block "${label}" ends with a different label`);
    // Legacy OpenSSL-encrypted PKCS#1 keys carry RFC 1421 headers in the body.
    if (body.includes("Proc-Type:")) throw new PemError(`PEM block "${label}" is encrypted; decrypt it first`);
    const base64 = body.replace(/\s+/g, "");
    try {
      return { label, der: base64Decode(base64) };
    } catch {
      throw new PemError(`PEM block "${label}" does not contain valid base64`);
    }
  }
  return undefined;
}

/** PEM-armours DER with 64-character lines. */
export function encodePem(label: string, der: Uint8Array): string {
  const lines = base64Encode(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}
