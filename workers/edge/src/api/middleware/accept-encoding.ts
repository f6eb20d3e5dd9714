import { AppError } from '@mewayz/core';
import { createMiddleware } from 'hono/factory';
import type { ApiEnv } from '../api-env.ts';

/** Content codings Cloudflare's front line applies to JSON answers. */
const producible = ['gzip', 'br'];

/**
 * Whether a client's `Accept-Encoding` leaves us no way to answer: identity excluded (`identity;q=0`,
 * or `*;q=0` without identity allowed) and neither gzip nor br acceptable (RFC 9110 §12.5.3).
 */
export function refusesEveryEncoding(acceptEncoding: string): boolean {
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (!coding) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(coding, q === undefined ? 1 : Number(q));
  }
  if (weights.size === 0) return false;
  const weight = (coding: string) => weights.get(coding) ?? weights.get('*');
  const identityRefused = (weights.get('identity') ?? (weights.get('*') === 0 ? 0 : 1)) === 0;
  return identityRefused && !producible.some((c) => (weight(c) ?? 0) > 0);
}

/**
 * Cloudflare's front line (and Miniflare after it) compresses JSON answers for the client, from the
 * client's original `Accept-Encoding` (`request.cf.clientAcceptEncoding`: the Worker itself is handed
 * `br, gzip`). When that header refuses every coding it can produce, the front line would replace our
 * answer with a plain-text 415; the API answers 406 `not_acceptable` in its envelope first.
 */
export const acceptableEncoding = createMiddleware<ApiEnv>(async (c, next) => {
  const cf = (c.req.raw as { cf?: { clientAcceptEncoding?: string } }).cf;
  const header = cf?.clientAcceptEncoding ?? c.req.header('accept-encoding');
  if (header && refusesEveryEncoding(header)) {
    throw new AppError(
      'not_acceptable',
      406,
      'This API answers uncompressed, gzip or br: allow one of them in Accept-Encoding.',
    );
  }
  await next();
});

/**
 * The media type of that one answer: a JSON type the front line does not compress (unlike
 * `application/json`), so the envelope reaches the client as sent.
 */
export const UNCOMPRESSED_JSON_TYPE = 'application/vnd.mewayz.error+json';
