/**
 * Reading a request body on a node:http server (the mock platform, the runner's notify endpoint),
 * bounded so a client cannot make the server buffer without end.
 */
import type { IncomingMessage } from "node:http";
import { readHeader } from "../src/headers.js";

/** How `readBody` treats a body over the limit. */
export interface ReadBodyOptions {
  /**
   * "drain" (default): read the rest and drop it, so the connection stays usable for the answer.
   * "stop": stop as soon as the limit is passed (or at once, when Content-Length already says so),
   * leaving the rest unread; the caller answers and closes the connection.
   */
  overflow?: "drain" | "stop";
}

/**
 * The raw body bytes, or undefined when it is larger than `limit` bytes (see `ReadBodyOptions.overflow`
 * for what happens to the rest). Rejects when the request stream fails.
 * Listens to events rather than iterating the stream: cheaper per request.
 */
export function readBody(req: IncomingMessage, limit: number, options: ReadBodyOptions = {}): Promise<Uint8Array | undefined> {
  const stop = options.overflow === "stop";
  if (stop && Number(readHeader(req.headers, "content-length")) > limit) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (stop) {
        req.off("data", onData).off("end", onEnd); // the error listener stays: a later abort is not unhandled
        req.pause();
        resolve(undefined);
      }
    };
    const onEnd = () => resolve(size > limit ? undefined : chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
    req.on("data", onData).on("end", onEnd).on("error", reject);
  });
}
