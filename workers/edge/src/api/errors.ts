import { AppError, createLogger, type ErrorCode, RateLimited, zodDetails } from '@mewayz/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import type { ApiEnv } from './api-env.ts';
import { errorBody } from './envelope.ts';
import { UNCOMPRESSED_JSON_TYPE } from './middleware/accept-encoding.ts';

const httpCodes: Partial<Record<number, ErrorCode>> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/**
 * The API's one error mapper: AppError → its status and code; zod errors → 422 validation_failed
 * with details; Hono's HTTP exceptions → their status; anything else → 500 internal_error, logged
 * with the request id (and never its message, which might carry internals, in the answer).
 */
/** For errors raised before the request's deps exist (a misconfigured Worker). */
const fallbackLog = createLogger({ fields: { worker: 'edge' } });

export function onApiError(err: Error, c: Context<ApiEnv>): Response {
  if (err instanceof AppError) {
    if (err instanceof RateLimited) c.header('Retry-After', String(err.retryAfterSeconds));
    if (err.code === 'not_acceptable') {
      return c.body(JSON.stringify(errorBody(c, err.code, err.message)), 406, {
        'Content-Type': UNCOMPRESSED_JSON_TYPE,
      });
    }
    return c.json(errorBody(c, err.code, err.message, err.details), err.status as ContentfulStatusCode);
  }
  if (err instanceof ZodError || (err as { name?: string }).name === 'ZodError') {
    return c.json(
      errorBody(c, 'validation_failed', 'The request is not valid.', zodDetails((err as ZodError).issues)),
      422,
    );
  }
  if (err instanceof HTTPException && err.status < 500) {
    const code = httpCodes[err.status] ?? 'validation_failed';
    return c.json(
      errorBody(c, code, err.message || 'The request is not valid.'),
      err.status as ContentfulStatusCode,
    );
  }
  (c.get('api')?.log ?? fallbackLog.child({ request_id: c.get('requestId') })).error('unhandled error', {
    route: c.get('routeName'),
    error: err,
  });
  return c.json(
    errorBody(
      c,
      'internal_error',
      'Something went wrong on our side. Quote the request id when you contact support.',
    ),
    500,
  );
}
