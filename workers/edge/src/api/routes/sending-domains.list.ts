import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, listOut, MAX_PER_PAGE, paginationQuery, sendingDomainSchema } from '@mewayz/contracts';
import { sendingDomainsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { okPage, pageOf } from '../envelope.ts';

export const sendingDomainsList = defineRoute({
  name: 'sending-domains.list',
  access: { scope: 'domains:read', permission: 'domains.view' },
  route: createRoute({
    method: 'get',
    path: '/sending-domains',
    tags: ['Sending domains'],
    summary: 'Email sending domains and their DNS checks',
    description:
      'The domains the organization’s email may come from, each with its records and what the last check found.',
    security: bearerSecurity,
    request: { query: paginationQuery },
    responses: {
      200: jsonContent(envelopeOf(listOut(sendingDomainSchema, MAX_PER_PAGE)), 'A page of sending domains'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const q = c.req.valid('query');
    const page = await sendingDomainsService.listSendingDomains(c.get('api'), c.get('auth').scope, pageOf(q));
    return c.json(okPage(c, page, q), 200);
  },
});
