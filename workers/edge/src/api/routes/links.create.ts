import { createRoute } from '@hono/zod-openapi';
import { createShortLinkInput, envelopeOf, shortLinkSchema } from '@mewayz/contracts';
import { linksService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const linksCreate = defineRoute({
  name: 'links.create',
  access: { scope: 'links:write', permission: 'links.manage' },
  route: createRoute({
    method: 'post',
    path: '/links',
    tags: ['Links'],
    summary: 'Create a short link',
    description:
      'Without `code` a random one is drawn; a taken custom code answers 409. Codes of deleted links stay reserved.',
    security: bearerSecurity,
    request: jsonBody(createShortLinkInput),
    responses: { 201: jsonContent(envelopeOf(shortLinkSchema), 'The short link'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const link = await linksService.createShortLink(c.get('api'), scope, actor, c.req.valid('json'));
    return c.json(ok(c, link, 'Short link created.'), 201);
  },
});
