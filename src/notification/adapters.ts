/**
 * Ready-made `notify_url` endpoints around `createNotificationHandler`, so no
 * integration has to collect the raw body itself:
 *
 *  - `createNotificationFetchHandler`: `(request: Request) => Promise<Response>`
 *    for Hono, Cloudflare Workers, Bun.serve, Deno.serve and Next.js route handlers;
 *  - `createNotificationNodeListener`: a `node:http` request listener
 *    (`createServer(listener)`, or `app.post(path, listener)` in Express).
 *
 * Both read the raw body once, as bytes (the signature covers exactly those
 * bytes), and never more than `maxBodyBytes`: a declared `Content-Length`
 * above it is refused before reading anything, a longer stream is refused as
 * soon as it passes it (413, reported through `onError` as "rejected"). A body
 * that something else already consumed (a JSON body parser mounted first) is
 * refused with NotificationError "not-raw-body" (500). Everything else is
 * the handler's: same replies, same `onError` reports.
 *
 * No `node:` import: the listener is typed by the shape of node:http's
 * request and response objects.
 */
import { readHeader } from "../headers.js";
import { toResponse, type NotificationReply } from "./reply.js";
import { NotificationError } from "./errors.js";
import { createNotificationHandler, rejected, type HandledNotification, type NotificationHandlerOptions } from "./handler.js";
import { DEFAULT_MAX_BODY_BYTES, tooLarge, type NotificationRequest } from "./parse.js";

/** The parts of node:http's `IncomingMessage` the listener uses (Express's `req` fits too). */
export interface NodeRequestLike {
  /** node:http's lower-cased header record. */
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** True once the body was read to the end (by someone else, if the listener has not read it). */
  readonly readableEnded?: boolean;
  // One overload per event read, typed as node:http emits it, so that both the older single `on(event:
  // string | symbol, listener: (...args: any[]) => void)` and the newer event-map overloads of
  // `IncomingMessage` (and Express's `Request`) fit this shape.
  on(event: "data", listener: (chunk: Uint8Array) => void): unknown;
  on(event: "end" | "close", listener: () => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  removeListener(event: "data", listener: (chunk: Uint8Array) => void): unknown;
  removeListener(event: "end" | "close", listener: () => void): unknown;
  removeListener(event: "error", listener: (error: Error) => void): unknown;
}

/** The parts of node:http's `ServerResponse` the listener uses. */
export interface NodeResponseLike {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: string): unknown;
}

/**
 * `(request: Request) => Promise<Response>` answering WeChat Pay's
 * notifications with `createNotificationHandler(options)`: 204 (or 200) when
 * handled or a duplicate, 4xx/5xx `{code, message}` otherwise (WeChat retries).
 * Throws ConfigError now for bad options; the returned function never rejects.
 */
export function createNotificationFetchHandler(options: NotificationHandlerOptions): (request: Request) => Promise<Response> {
  const handle = createNotificationHandler(options);
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return async (request) => toResponse(await respond(request.headers, () => readStream(request, maxBytes), handle, options, maxBytes));
}

/**
 * A node:http request listener answering WeChat Pay's notifications with
 * `createNotificationHandler(options)`. Resolves when the answer is written;
 * never rejects (a connection that breaks while the body is read is left to
 * node:http). Refusals of an oversized body carry `Connection: close`, so the
 * rest of the body is not read.
 */
export function createNotificationNodeListener(
  options: NotificationHandlerOptions,
): (request: NodeRequestLike, response: NodeResponseLike) => Promise<void> {
  const handle = createNotificationHandler(options);
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return async (request, response) => {
    let reply: NotificationReply;
    try {
      reply = await respond(request.headers, () => readNode(request, maxBytes), handle, options, maxBytes);
    } catch {
      return; // the client went away while sending: nobody to answer
    }
    const headers = reply.status === 413 ? { ...reply.headers, Connection: "close" } : reply.headers;
    response.writeHead(reply.status, { ...headers });
    response.end(reply.body);
  };
}

/** Body bytes, or "too-large" (reading stopped past the limit), or "consumed" (read by someone else). */
type Body = Uint8Array | "too-large" | "consumed";

async function respond(
  headers: NotificationRequest["headers"],
  read: () => Promise<Body>,
  handle: (request: NotificationRequest) => Promise<HandledNotification>,
  options: NotificationHandlerOptions,
  maxBytes: number,
): Promise<NotificationReply> {
  const body = declaredLength(headers) > maxBytes ? "too-large" : await read();
  if (body === "too-large") return rejected(tooLarge(maxBytes), options);
  if (body === "consumed") {
    return rejected(
      new NotificationError(
        "not-raw-body",
        "The notification body was already read by other middleware (e.g. a JSON body parser); mount the notification endpoint before it",
      ),
      options,
    );
  }
  return handle({ headers, body });
}

/** Content-Length as a number (0 when absent or not a plain decimal). */
function declaredLength(headers: NotificationRequest["headers"]): number {
  const value = readHeader(headers, "content-length");
  return value !== undefined && /^\d{1,15}$/.test(value) ? Number(value) : 0;
}

async function readStream(request: Request, maxBytes: number): Promise<Body> {
  if (request.bodyUsed) return "consumed";
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return join(chunks, size);
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return "too-large";
    }
    chunks.push(value);
  }
}

function readNode(request: NodeRequestLike, maxBytes: number): Promise<Body> {
  if (request.readableEnded === true) return Promise.resolve("consumed");
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const settle = (outcome: () => void) => {
      request.removeListener("data", onData);
      request.removeListener("end", onEnd);
      request.removeListener("error", onError);
      request.removeListener("close", onClose);
      outcome();
    };
    const onData = (chunk: Uint8Array) => {
      size += chunk.byteLength;
      if (size > maxBytes) settle(() => resolve("too-large"));
      else chunks.push(chunk);
    };
    const onEnd = () => settle(() => resolve(join(chunks, size)));
    const onError = (error: Error) => settle(() => reject(error));
    const onClose = () => settle(() => reject(new Error("connection closed before the body ended")));
    request.on("data", onData);
    request.on("end", onEnd);
    request.on("error", onError);
    request.on("close", onClose);
  });
}

function join(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
