import { type RouteConfig, type RouteHandler, z } from '@hono/zod-openapi';
import { errorEnvelopeSchema, type IdKind, idSchema } from '@mewayz/contracts';
import type { ApiEnv, RouteAccess } from './api-env.ts';

/** One API route: its OpenAPI/zod definition, who may call it, and its handler. */
export interface ApiRouteDef<R extends RouteConfig = RouteConfig> {
  /** `resource.action`, as the file is named; also the operation's `operationId` (camel-cased). */
  name: string;
  access: RouteAccess;
  route: R;
  handler: RouteHandler<R, ApiEnv>;
}

/** Define a route with its handler type-checked against its own schemas. */
export function defineRoute<R extends RouteConfig>(def: ApiRouteDef<R>): ApiRouteDef<R> {
  return def;
}

/** `analytics.top-links` → `analyticsTopLinks`: stable method names for generated clients. */
export function operationIdOf(name: string): string {
  return name.replace(/[.-]+([a-z])/g, (_, ch: string) => ch.toUpperCase());
}

const limitNumber = { type: 'integer', format: 'int32', minimum: 0, maximum: 1_000_000 } as const;

/**
 * Headers of every answer: the rate-limit middleware runs before anything else can answer, so even a
 * 401 or a 404 carries them (IETF draft "RateLimit header fields for HTTP").
 */
export const rateLimitHeaders = {
  'RateLimit-Limit': {
    description:
      'Requests allowed in the current 60-second window (the most restrictive limit that applies).',
    schema: limitNumber,
  },
  'RateLimit-Remaining': { description: 'Requests left in the window.', schema: limitNumber },
  'RateLimit-Reset': { description: 'Seconds until the window resets.', schema: limitNumber },
  'X-Request-Id': {
    description: 'The request id, as in `meta.request_id`.',
    schema: { type: 'string', pattern: '^req_[0-9a-z]{26}$', maxLength: 30 },
  },
  'Access-Control-Allow-Origin': {
    description: 'Any origin may call the API: it authenticates by bearer token only, never by cookie.',
    schema: { type: 'string', const: '*' },
  },
} as const;

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description, headers: rateLimitHeaders };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}

const err = (description: string) => jsonContent(errorEnvelopeSchema, description);

/** Error answers every authenticated route can give (all in the error envelope). */
export const errorResponses = {
  400: err('Invalid JSON (`invalid_json`).'),
  401: err('No, invalid, expired or revoked token (`unauthorized`, `invalid_token`).'),
  403: err('The token lacks the scope, or its creator’s role lacks the permission (`forbidden`).'),
  404: err('No such resource in this organization, or a malformed id (`not_found`).'),
  406: {
    content: { 'application/vnd.mewayz.error+json': { schema: errorEnvelopeSchema } },
    description:
      '`Accept-Encoding` refuses identity, gzip and br alike (`not_acceptable`); sent uncompressed.',
    headers: rateLimitHeaders,
  },
  409: err('Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`).'),
  413: err('Body over 64 KiB (`payload_too_large`).'),
  415: err('Body not application/json (`unsupported_media_type`).'),
  422: err('Validation failed; `error.details` lists each problem (`validation_failed`).'),
  429: {
    ...err('Rate limited (`rate_limited`); retry after `Retry-After` seconds.'),
    headers: {
      ...rateLimitHeaders,
      'Retry-After': {
        description: 'Seconds to wait before retrying.',
        schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 3600 },
      },
    },
  },
  500: {
    content: { 'application/json': { schema: errorEnvelopeSchema } },
    description: 'Unexpected error (`internal_error`); quote `meta.request_id` to support.',
    headers: rateLimitHeaders,
  },
} as const;

export const bearerSecurity = [{ bearerAuth: [] }];

/** A path id parameter (`{id}`, `{userId}`, …): a malformed id answers 404 like a missing one. */
export function idParam<N extends string>(name: N, kind: IdKind) {
  return z.object({ [name]: idSchema(kind).openapi({ param: { name, in: 'path' } }) } as {
    [K in N]: ReturnType<typeof idSchema>;
  });
}

/** An empty success (`data: null`) for deletions. */
export const nullData = z.null();
