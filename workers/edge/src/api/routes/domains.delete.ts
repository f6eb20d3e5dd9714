import { createRoute } from '@hono/zod-openapi';
import { envelopeOf } from '@mewayz/contracts';
import { domainsService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonContent,
  nullData,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const domainsDelete = defineRoute({
  name: 'domains.delete',
  access: { scope: 'domains:write', permission: 'domains.manage' },
  route: createRoute({
    method: 'delete',
    path: '/domains/{id}',
    tags: ['Domains'],
    summary: 'Remove a custom domain',
    description: 'The site stops answering on that host at once; its other hosts are unaffected.',
    security: bearerSecurity,
    request: { params: idParam('id', 'domain') },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Removed'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    await domainsService.removeDomain(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, null, 'Domain removed.'), 200);
  },
});
