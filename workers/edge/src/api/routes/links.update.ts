import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, shortLinkSchema, updateShortLinkInput } from '@mewayz/contracts';
import { linksService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const linksUpdate = defineRoute({
  name: 'links.update',
  access: { scope: 'links:write', permission: 'links.manage' },
  route: createRoute({
    method: 'patch',
    path: '/links/{id}',
    tags: ['Links'],
    summary: 'Change a short link’s destination or schedule',
    description: 'Changes only the fields sent (at least one); the short URL follows the change at once.',
    security: bearerSecurity,
    request: { params: idParam('id', 'shortLink'), ...jsonBody(updateShortLinkInput) },
    responses: { 200: jsonContent(envelopeOf(shortLinkSchema), 'The short link'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const link = await linksService.updateShortLink(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, link, 'Short link updated.'), 200);
  },
});
