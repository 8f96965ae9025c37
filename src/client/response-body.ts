/**
 * Reading a response body once, as the exact text that was signed, without
 * letting a hostile or broken server make us buffer an unbounded body.
 */
import { utf8Decode } from "../encoding.js";
import { InvalidResponseError } from "../errors.js";

/** Default cap: well above any APIv3 JSON answer (a certificate list is a few KiB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

/**
 * The body as UTF-8 text, at most `maxBytes`. Stops reading (and cancels the
 * stream) as soon as the cap is passed, so the cap also bounds memory.
 * `ignoreBOM`: a BOM is part of the signed bytes and must stay in the text.
 * Throws InvalidResponseError "too-large" or "malformed" with the status; the
 * transport adds the Request-ID (withExchange).
 */
export async function readBodyText(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new InvalidResponseError("too-large", `Response body is larger than maxResponseBytes (${maxBytes})`, { status: response.status });
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (response.body === null) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  let bytes = chunks[0] ?? new Uint8Array(0);
  if (chunks.length > 1) {
    bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
  }
  try {
    return utf8Decode(bytes);
  } catch {
    throw new InvalidResponseError("malformed", "Response body is not valid UTF-8", { status: response.status });
  }
}
