import { PayloadTooLarge } from '@mewayz/core';
import type { Context } from 'hono';

/**
 * The body of `request`, read up to `limit` bytes: a declared `Content-Length` above the limit is
 * refused before reading, and a body without one (chunked) or that lies about it is cut off at the
 * limit, so what the edge holds in memory is bounded by what it reads, not by what a client claims.
 *
 * @throws PayloadTooLarge when the body is (declared or found) longer than `limit`.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw new PayloadTooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new PayloadTooLarge(limit);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

/**
 * A webhook's body as text, or the 413 answer to send when it is longer than `limit` (providers' events
 * are small; a bigger body is refused before it is held in memory).
 */
export async function readWebhookText(c: Context, limit: number): Promise<string | Response> {
  try {
    return new TextDecoder().decode(await readLimitedBody(c.req.raw, limit));
  } catch (err) {
    if (err instanceof PayloadTooLarge)
      return c.json({ error: { code: err.code, message: err.message } }, 413);
    throw err;
  }
}
