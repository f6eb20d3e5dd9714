import { AppError, sha256Hex } from '@mewayz/core';
import { createMiddleware } from 'hono/factory';
import type { ApiEnv } from '../api-env.ts';

/** How long a key and its first answer are kept. */
export const IDEMPOTENCY_TTL_SECONDS = 60 * 60 * 24;
const keyPattern = /^[\x21-\x7e]{1,255}$/;

interface Stored {
  state: 'pending' | 'done';
  fingerprint: string;
  status?: number;
  body?: string;
  headers?: Record<string, string>;
}

/**
 * `Idempotency-Key` on POST: the first request with a key runs and its answer is stored; the same key
 * with the same body replays that answer (`Idempotent-Replayed: true`); the same key with another body
 * (or while the first is still running) is a 409. Keys are per token. Server errors are not stored,
 * so a retry after one runs again.
 */
export const idempotency = createMiddleware<ApiEnv>(async (c, next) => {
  const key = c.req.header('idempotency-key');
  if (c.req.method !== 'POST' || key === undefined) return next();
  if (!keyPattern.test(key)) {
    throw new AppError('validation_failed', 422, 'Idempotency-Key must be 1–255 visible ASCII characters.');
  }
  const { redis } = c.get('api');
  const redisKey = `idempotency:${c.get('auth').principal.tokenId}:${await sha256Hex(key)}`;
  const fingerprint = await sha256Hex(
    `${c.req.method} ${new URL(c.req.url).pathname}\n${c.get('rawBody') ?? ''}`,
  );
  const claimed = await redis.set(
    redisKey,
    JSON.stringify({ state: 'pending', fingerprint } satisfies Stored),
    {
      nx: true,
      ex: IDEMPOTENCY_TTL_SECONDS,
    },
  );
  if (claimed !== 'OK') {
    const prior = await redis.get<Stored>(redisKey);
    if (!prior || prior.fingerprint !== fingerprint) {
      throw new AppError(
        'idempotency_conflict',
        409,
        'This Idempotency-Key was used with a different request.',
      );
    }
    if (prior.state !== 'done') {
      throw new AppError(
        'idempotency_conflict',
        409,
        'A request with this Idempotency-Key is still in progress.',
      );
    }
    return new Response(prior.body ?? '', {
      status: prior.status ?? 200,
      headers: { ...prior.headers, 'Idempotent-Replayed': 'true' },
    });
  }
  try {
    await next();
  } catch (err) {
    await redis.del(redisKey);
    throw err;
  }
  const res = c.res;
  if (res.status >= 500) {
    await redis.del(redisKey);
    return;
  }
  const body = await res.clone().text();
  const stored: Stored = {
    state: 'done',
    fingerprint,
    status: res.status,
    body,
    headers: { 'content-type': res.headers.get('content-type') ?? 'application/json' },
  };
  await redis.set(redisKey, JSON.stringify(stored), { ex: IDEMPOTENCY_TTL_SECONDS });
});
