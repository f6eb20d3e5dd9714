import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, sendingDomainSchema } from '@mewayz/contracts';
import { sendingDomainsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const sendingDomainsGet = defineRoute({
  name: 'sending-domains.get',
  access: { scope: 'domains:read', permission: 'domains.view' },
  route: createRoute({
    method: 'get',
    path: '/sending-domains/{id}',
    tags: ['Sending domains'],
    summary: 'A sending domain with its DNS records',
    description:
      'Each record carries `status` (`unchecked`, `ok`, `failed`), what was `found` and the `problem`.',
    security: bearerSecurity,
    request: { params: idParam('id', 'sendingDomain') },
    responses: { 200: jsonContent(envelopeOf(sendingDomainSchema), 'The sending domain'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(
      ok(
        c,
        await sendingDomainsService.getSendingDomain(
          c.get('api'),
          c.get('auth').scope,
          c.req.valid('param').id,
        ),
      ),
      200,
    ),
});
