import { type RouteConfig, type RouteHandler, z } from '@hono/zod-openapi';
import { errorEnvelopeSchema } from '@mewayz/contracts';
import type { ApiEnv, RouteAccess } from './api-env.ts';

/** One API route: its OpenAPI/zod definition, who may call it, and its handler. */
export interface ApiRouteDef<R extends RouteConfig = RouteConfig> {
  /** `resource.action`, as the file is named. */
  name: string;
  access: RouteAccess;
  route: R;
  handler: RouteHandler<R, ApiEnv>;
}

/** Define a route with its handler type-checked against its own schemas. */
export function defineRoute<R extends RouteConfig>(def: ApiRouteDef<R>): ApiRouteDef<R> {
  return def;
}

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
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
  404: err('No such resource in this organization (`not_found`).'),
  409: err('Conflict with existing data or a reused Idempotency-Key (`conflict`, `idempotency_conflict`).'),
  413: err('Body over 64 KiB (`payload_too_large`).'),
  415: err('Body not application/json (`unsupported_media_type`).'),
  422: err('Validation failed; `error.details` lists each problem (`validation_failed`).'),
  429: err('Rate limited; see `Retry-After` (`rate_limited`).'),
} as const;

export const bearerSecurity = [{ bearerAuth: [] }];

/** A path id parameter (`{id}`, `{userId}`, …). */
export function idParam<N extends string>(name: N, example: string) {
  return z.object({
    [name]: z
      .string()
      .min(1)
      .max(64)
      .openapi({ param: { name, in: 'path' }, example }),
  } as {
    [K in N]: z.ZodString;
  });
}

/** An empty success (`data: null`) for deletions. */
export const nullData = z.null();
