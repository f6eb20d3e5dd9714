import { createRoute } from '@hono/zod-openapi';
import { domainSchema, envelopeOf, listOut, MAX_PER_PAGE, paginationQuery } from '@mewayz/contracts';
import { domainsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { okPage, pageOf } from '../envelope.ts';

export const domainsList = defineRoute({
  name: 'domains.list',
  access: { scope: 'domains:read', permission: 'domains.view' },
  route: createRoute({
    method: 'get',
    path: '/domains',
    tags: ['Domains'],
    summary: 'Custom domains and their status',
    description: 'Custom domains of all sites of the organization, with their verification status.',
    security: bearerSecurity,
    request: { query: paginationQuery },
    responses: {
      200: jsonContent(envelopeOf(listOut(domainSchema, MAX_PER_PAGE)), 'A page of domains'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const q = c.req.valid('query');
    const page = await domainsService.listDomains(c.get('api'), c.get('auth').scope, pageOf(q));
    return c.json(okPage(c, page, q), 200);
  },
});
