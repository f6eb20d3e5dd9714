import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, sendingDomainSchema } from '@mewayz/contracts';
import { sendingDomainsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const sendingDomainsVerify = defineRoute({
  name: 'sending-domains.verify',
  access: { scope: 'domains:write', permission: 'domains.manage' },
  route: createRoute({
    method: 'post',
    path: '/sending-domains/{id}/verify',
    tags: ['Sending domains'],
    summary: 'Check the DNS records now',
    description:
      'Looks every record up and judges each on its own; all pass → `verified` (its addresses may be the From address), else `failed` with the reason per record. Verified domains are checked again daily.',
    security: bearerSecurity,
    request: { params: idParam('id', 'sendingDomain') },
    responses: {
      200: jsonContent(envelopeOf(sendingDomainSchema), 'The sending domain after the check'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const api = c.get('api');
    const domain = await sendingDomainsService.verifySendingDomain(
      api,
      scope,
      actor,
      c.req.valid('param').id,
      api.resolver,
    );
    return c.json(
      ok(c, domain, domain.status === 'verified' ? 'Sending domain verified.' : 'Verification failed.'),
      200,
    );
  },
});
