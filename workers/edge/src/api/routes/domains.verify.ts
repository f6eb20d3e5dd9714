import { createRoute } from '@hono/zod-openapi';
import { domainSchema, envelopeOf } from '@mewayz/contracts';
import { domainsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const domainsVerify = defineRoute({
  name: 'domains.verify',
  access: { scope: 'domains:write', permission: 'domains.manage' },
  route: createRoute({
    method: 'post',
    path: '/domains/{id}/verify',
    tags: ['Domains'],
    summary: 'Check the TXT record now',
    description:
      'Looks up `_mewayz.<host>`; found → `verified` and the site is served there, else `failed` with `lastError`.',
    security: bearerSecurity,
    request: { params: idParam('id', 'domain') },
    responses: {
      200: jsonContent(envelopeOf(domainSchema), 'The domain after the check'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const api = c.get('api');
    const domain = await domainsService.verifyDomain(
      api,
      scope,
      actor,
      c.req.valid('param').id,
      api.resolver,
    );
    return c.json(
      ok(c, domain, domain.status === 'verified' ? 'Domain verified.' : 'Verification failed.'),
      200,
    );
  },
});
