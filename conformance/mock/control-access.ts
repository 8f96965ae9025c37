/**
 * Who may use the mock's HTTP control API (/mock/…). It drives the platform (payments, faults), so a web
 * page the developer happens to open must not reach it:
 *
 * - `Host` must name an address the mock listens on (loopback names and addresses, the bound address,
 *   each with the port; with a wildcard bind, also the machine's interface addresses), which defeats DNS
 *   rebinding (a foreign name resolved to 127.0.0.1 keeps its foreign Host);
 * - a request carrying `Origin` (every cross-site browser request does) must come from one of those
 *   same http origins;
 * - with a control token, `Authorization: Bearer <token>` is required.
 *
 * Refusals: 403 for Host and Origin, 401 for a missing or wrong token.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { networkInterfaces } from "node:os";
import { readHeader } from "../../src/headers.ts";

export interface ControlAccessOptions {
  /** The address the server is bound to, as `server.address().address` gives it (e.g. "127.0.0.1", "::", "0.0.0.0"). */
  address: string;
  port: number;
  /** Further host names the control API answers to (without port), e.g. a machine name on a LAN. */
  allowedHosts?: readonly string[];
  /** When set, required as `Authorization: Bearer <token>`. */
  token?: string;
}

export interface AccessRefusal {
  status: 401 | 403;
  error: string;
}

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1"];
const WILDCARDS = new Set(["0.0.0.0", "::"]);

/** True when `host` (a name or address, IPv6 with or without brackets) is a loopback one. */
export function isLoopbackHost(host: string): boolean {
  const name = host.replace(/^\[|\]$/g, "").toLowerCase();
  return name === "localhost" || name === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name) || name === "::ffff:127.0.0.1";
}

/** The checker for one listening server: undefined when the request may use the control API, else why not. */
export function controlAccess(options: ControlAccessOptions): (headers: IncomingHttpHeaders) => AccessRefusal | undefined {
  // The bound address itself too (with a wildcard bind that is what the mock's own `url` names).
  const names = new Set([...LOOPBACK_NAMES, ...(options.allowedHosts ?? []), options.address]);
  if (WILDCARDS.has(options.address)) {
    for (const list of Object.values(networkInterfaces())) for (const item of list ?? []) names.add(item.address);
  }
  const hosts = new Set<string>();
  for (const name of names) {
    const shown = name.includes(":") ? `[${name.toLowerCase()}]` : name.toLowerCase();
    hosts.add(`${shown}:${options.port}`);
    if (options.port === 80) hosts.add(shown);
  }
  const tokenDigest = options.token === undefined ? undefined : digest(options.token);
  return (headers) => {
    const host = readHeader(headers, "host")?.toLowerCase();
    if (host === undefined || !hosts.has(host)) {
      return { status: 403, error: "the control API answers only to the addresses it listens on (Host)" };
    }
    const origin = readHeader(headers, "origin");
    if (origin !== undefined && !sameOrigin(origin, hosts)) {
      return { status: 403, error: "the control API refuses cross-site requests (Origin)" };
    }
    if (tokenDigest !== undefined) {
      const match = /^Bearer[ \t]+(\S+)$/i.exec(readHeader(headers, "authorization") ?? "");
      if (!match || !timingSafeEqual(digest(match[1]!), tokenDigest)) {
        return { status: 401, error: "the control API needs Authorization: Bearer <control token>" };
      }
    }
    return undefined;
  };
}

function sameOrigin(origin: string, hosts: ReadonlySet<string>): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file: pages) and anything unparsable
  }
  return url.protocol === "http:" && hosts.has(url.host); // url.host leaves out the default port, as `hosts` does
}

/** Equal-length digests, so the comparison takes the same time whatever the token's length. */
function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}
