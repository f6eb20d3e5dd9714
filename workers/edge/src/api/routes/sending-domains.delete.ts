import { createRoute } from '@hono/zod-openapi';
import { envelopeOf } from '@mewayz/contracts';
import { sendingDomainsService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonContent,
  nullData,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const sendingDomainsDelete = defineRoute({
  name: 'sending-domains.delete',
  access: { scope: 'domains:write', permission: 'domains.manage' },
  route: createRoute({
    method: 'delete',
    path: '/sending-domains/{id}',
    tags: ['Sending domains'],
    summary: 'Remove a sending domain',
    description: 'A From address on it is cleared; email goes out from the platform’s address again.',
    security: bearerSecurity,
    request: { params: idParam('id', 'sendingDomain') },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Removed'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    await sendingDomainsService.removeSendingDomain(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, null, 'Sending domain removed.'), 200);
  },
});
