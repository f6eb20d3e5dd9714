import { createRoute } from '@hono/zod-openapi';
import { domainSchema, envelopeOf } from '@mewayz/contracts';
import { domainsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const domainsGet = defineRoute({
  name: 'domains.get',
  access: { scope: 'domains:read', permission: 'domains.view' },
  route: createRoute({
    method: 'get',
    path: '/domains/{id}',
    tags: ['Domains'],
    summary: 'A domain with its DNS instructions',
    description:
      '`dnsRecords` lists the TXT record proving ownership and the CNAME routing traffic to the platform.',
    security: bearerSecurity,
    request: { params: idParam('id', 'domain') },
    responses: { 200: jsonContent(envelopeOf(domainSchema), 'The domain'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(
      ok(c, await domainsService.getDomain(c.get('api'), c.get('auth').scope, c.req.valid('param').id)),
      200,
    ),
});
