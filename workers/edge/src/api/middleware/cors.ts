import { cors } from 'hono/cors';

/**
 * Browsers may call the API from any origin. Safe because the API authenticates only with a bearer
 * token the calling script must already hold — never cookies (no `Access-Control-Allow-Credentials`)
 * — so a page on another origin gains nothing it could not do with that token anyway.
 */
export const apiCors = cors({
  origin: '*',
  allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
  exposeHeaders: [
    'RateLimit-Limit',
    'RateLimit-Remaining',
    'RateLimit-Reset',
    'Retry-After',
    'X-Request-Id',
    'Idempotent-Replayed',
  ],
  maxAge: 600,
});
