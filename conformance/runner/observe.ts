/**
 * Seeing what the client saw: a `fetch` wrapper handed to createPayScoreClient, so every attempt the
 * client makes (retries included) is recorded — request target and body, status, headers and the raw
 * response text — while signing and verification still happen inside the client, unchanged. The runner
 * then checks each recorded answer against the contract, independently of what the client decided.
 */
import type { Contract, Violation } from "../contract.ts";
import { redactString } from "../redact.ts";

export interface Exchange {
  method: string;
  url: string;
  /** Path without query, e.g. "/v3/payscore/acquiringbank/serviceorder". */
  pathname: string;
  query: Record<string, string>;
  /** Request body text exactly as sent ("" when none). */
  requestText: string;
  /** Undefined when the attempt got no answer (network failure, timeout). */
  status?: number;
  headers?: Headers;
  /** Response body text exactly as received. */
  text?: string;
  /** Why there was no answer. */
  error?: string;
}

export type ExchangeListener = (exchange: Exchange) => void;

type Fetch = (request: Request) => Promise<Response>;

/** Wraps `inner` (default: global fetch); the response handed on is untouched (a clone is read). */
export function observingFetch(listener: ExchangeListener, inner: Fetch = (request) => fetch(request)): Fetch {
  return async (request) => {
    const url = new URL(request.url);
    const exchange: Exchange = {
      method: request.method,
      url: request.url,
      pathname: url.pathname,
      query: Object.fromEntries(url.searchParams),
      requestText: request.body === null ? "" : await request.clone().text(),
    };
    let response: Response;
    try {
      response = await inner(request);
    } catch (error) {
      exchange.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      listener(exchange);
      throw error;
    }
    exchange.status = response.status;
    exchange.headers = new Headers(response.headers);
    try {
      exchange.text = await response.clone().text();
    } catch (error) {
      exchange.error = `reading the body failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    listener(exchange);
    return response;
  };
}

/** The operation an exchange called, by method and path (literal segments beat templates). */
export function operationOf(contract: Contract, exchange: Pick<Exchange, "method" | "pathname">): string | undefined {
  return contract.findOperation(exchange.method, exchange.pathname)?.operation.operationId;
}

/** Parsed JSON; the text itself when it is not JSON (so a schema check reports it); undefined when empty. */
export function parseBody(text: string | undefined): unknown {
  if (text === undefined || text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Every rule the answer breaks: documented status, declared headers (Request-ID, Wechatpay-*), body
 * schema and error code — via contract.checkResponse. An answer to a path the spec does not have, or a
 * body that is not JSON, is reported too. Exchanges without an answer have nothing to check.
 */
export function checkExchange(contract: Contract, exchange: Exchange): Violation[] {
  if (exchange.status === undefined || exchange.headers === undefined) return [];
  const operationId = operationOf(contract, exchange);
  if (!operationId) {
    return [{
      subject: `${exchange.method} ${exchange.pathname}`,
      part: "response",
      status: exchange.status,
      pointer: "/path",
      rule: "operation",
      message: "is not an operation of the spec",
      value: exchange.pathname,
    }];
  }
  const body = parseBody(exchange.text);
  const out: Violation[] = [];
  if (typeof body === "string") {
    out.push({ subject: operationId, part: "response", status: exchange.status, pointer: "/body", rule: "json", message: "must be JSON", value: redactString(body) });
  }
  out.push(...contract.checkResponse(operationId, { status: exchange.status, headers: exchange.headers, body }));
  return out;
}
