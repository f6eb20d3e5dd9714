import { OpenAPIHono } from '@hono/zod-openapi';
import { malformedIdResource } from '@mewayz/contracts';
import { AppError, NotFound, ValidationFailed, zodDetails } from '@mewayz/core';
import type { ApiEnv } from './api-env.ts';
import { authenticate } from './auth.ts';
import { operationIdOf } from './define-route.ts';
import { onApiError } from './errors.ts';
import { acceptableEncoding } from './middleware/accept-encoding.ts';
import { apiCors } from './middleware/cors.ts';
import { idempotency } from './middleware/idempotency.ts';
import { jsonBody } from './middleware/json-body.ts';
import { ipRateLimit, tokenRateLimit } from './middleware/rate-limit.ts';
import { requestContext } from './middleware/request-context.ts';
import { openApiConfig, renderDocsPage } from './openapi.ts';
import { routeTable } from './route-table.ts';

/**
 * The REST API v1, mounted by the edge Worker at `/api/v1` on the root domain. Per request:
 * request id + logs → per-IP rate limit → (per route) authentication and tenant scope → per-token
 * rate limit → JSON body checks → Idempotency-Key → zod validation → handler. Errors of every step
 * meet in one `onError`, which answers in the envelope.
 */
export const apiApp = new OpenAPIHono<ApiEnv>({
  defaultHook: (result) => {
    if (result.success) return;
    // A malformed id (path, body or query) names no resource: 404 exactly like a missing one.
    const malformed = malformedIdResource(result.error.issues);
    if (malformed) throw new NotFound(malformed);
    throw new ValidationFailed('The request is not valid.', zodDetails(result.error.issues));
  },
});

apiApp.onError(onApiError);
apiApp.notFound((c) => onApiError(new NotFound('Route'), c));

apiApp.use('*', requestContext);
apiApp.use('*', apiCors);
apiApp.use('*', ipRateLimit);
apiApp.use('*', acceptableEncoding);

for (const def of routeTable) {
  apiApp.openapi(
    {
      ...def.route,
      operationId: def.route.operationId ?? operationIdOf(def.name),
      middleware: [
        async (c, next) => {
          c.set('routeName', def.name);
          await next();
        },
        authenticate(def.access),
        tokenRateLimit,
        jsonBody,
        idempotency,
      ],
    },
    def.handler as never,
  );
}

apiApp.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
  type: 'http',
  scheme: 'bearer',
  description: 'An API token (`mwz_…`) created in the dashboard, by the CLI or with POST /tokens.',
  bearerFormat: 'mwz_<40 characters>',
});

apiApp.doc31('/openapi.json', (c) => openApiConfig(new URL(c.req.url).origin));

apiApp.get('/docs', (c) => {
  const doc = apiApp.getOpenAPI31Document(openApiConfig(new URL(c.req.url).origin));
  return c.html(renderDocsPage(doc), 200, {
    'Content-Security-Policy':
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
  });
});

/** Route patterns of the table, to tell "no such path" (404) from "wrong method" (405). */
const patterns = routeTable.map((d) => ({
  method: d.route.method.toUpperCase(),
  regex: new RegExp(`^/api/v1${d.route.path.replace(/\{[^}]+\}/g, '[^/]+')}/?$`),
}));

apiApp.all('*', (c) => {
  const path = new URL(c.req.url).pathname;
  const allowed = patterns.filter((p) => p.regex.test(path)).map((p) => p.method);
  if (allowed.length) {
    c.header('Allow', [...new Set(allowed)].join(', '));
    throw new AppError('method_not_allowed', 405, `Use ${[...new Set(allowed)].join(' or ')} on this path.`);
  }
  throw new NotFound('Route');
});
