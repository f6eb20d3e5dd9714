import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, shortLinkSchema } from '@mewayz/contracts';
import { linksService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const linksGet = defineRoute({
  name: 'links.get',
  access: { scope: 'links:read', permission: 'links.view' },
  route: createRoute({
    method: 'get',
    path: '/links/{id}',
    tags: ['Links'],
    summary: 'Get a short link',
    description: 'A short link with its destination, schedule and options.',
    security: bearerSecurity,
    request: { params: idParam('id', 'shortLink') },
    responses: { 200: jsonContent(envelopeOf(shortLinkSchema), 'The short link'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(
      ok(c, await linksService.getShortLink(c.get('api'), c.get('auth').scope, c.req.valid('param').id)),
      200,
    ),
});
