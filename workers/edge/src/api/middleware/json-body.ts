import { AppError, ValidationFailed } from '@mewayz/core';
import { createMiddleware } from 'hono/factory';
import { readLimitedBody } from '../../platform/read-limited-body.ts';
import type { ApiEnv } from '../api-env.ts';

/** Largest request body the API reads. */
export const MAX_BODY_BYTES = 64 * 1024;

const jsonType = /^application\/json\s*(;\s*charset=utf-8\s*)?$/i;

/**
 * JSON only, bounded: a request that carries a body must say `application/json` (415 otherwise),
 * stay under MAX_BODY_BYTES (413, checked on the declared length and on the bytes actually read) and
 * parse as JSON (400 invalid_json). The parsed text is cached for the validators.
 */
export const jsonBody = createMiddleware<ApiEnv>(async (c, next) => {
  const method = c.req.method;
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
  const declared = c.req.header('content-length');
  const hasBody =
    (declared !== undefined && declared !== '0') || c.req.header('transfer-encoding') !== undefined;
  const type = c.req.header('content-type');
  if (!hasBody && !type) return next();
  if (!type || !jsonType.test(type.trim())) {
    throw new AppError('unsupported_media_type', 415, 'Send the request body as application/json.');
  }
  const raw = decodeUtf8(await readLimitedBody(c.req.raw, MAX_BODY_BYTES));
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new AppError('invalid_json', 400, 'The request body is not valid JSON.');
  }
  // `"\ud800"` is valid JSON but not text: MySQL would store a replacement character instead.
  if (hasLoneSurrogate(parsed)) {
    throw new ValidationFailed('Strings must be well-formed Unicode.', [
      { path: '', message: 'unpaired surrogate in a string', code: 'invalid_unicode' },
    ]);
  }
  // Hand the already-read text to Hono's body cache, so validators parse it without a second read.
  (c.req as unknown as { bodyCache: Record<string, unknown> }).bodyCache.text = Promise.resolve(raw);
  c.set('rawBody', raw);
  await next();
});

/** The body as text; invalid UTF-8 is refused rather than silently replaced. */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError('invalid_json', 400, 'The request body is not valid UTF-8.');
  }
}

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function hasLoneSurrogate(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return loneSurrogate.test(value);
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  for (const [k, v] of Object.entries(value)) {
    if (loneSurrogate.test(k) || hasLoneSurrogate(v, depth + 1)) return true;
  }
  return false;
}
