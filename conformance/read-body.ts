/**
 * Reading a request body on a node:http server (the mock platform, the runner's notify endpoint),
 * bounded so a client cannot make the server buffer without end.
 */
import type { IncomingMessage } from "node:http";

/**
 * The raw body bytes, or undefined when it is larger than `limit` bytes (the rest is still read and
 * dropped, so the connection stays usable for the answer). Rejects when the request stream fails.
 * Listens to events rather than iterating the stream: cheaper per request.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > limit ? undefined : chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
