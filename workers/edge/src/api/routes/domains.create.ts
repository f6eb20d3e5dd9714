import { createRoute } from '@hono/zod-openapi';
import { addDomainInput, domainSchema, envelopeOf } from '@mewayz/contracts';
import { domainsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const domainsCreate = defineRoute({
  name: 'domains.create',
  access: { scope: 'domains:write', permission: 'domains.manage' },
  route: createRoute({
    method: 'post',
    path: '/domains',
    tags: ['Domains'],
    summary: 'Add a custom domain to a site',
    description: 'Pending until verified; the answer carries the DNS records to create.',
    security: bearerSecurity,
    request: jsonBody(addDomainInput),
    responses: { 201: jsonContent(envelopeOf(domainSchema), 'The domain'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const domain = await domainsService.addDomain(c.get('api'), scope, actor, c.req.valid('json'));
    return c.json(ok(c, domain, 'Domain added. Create the DNS records, then verify.'), 201);
  },
});
