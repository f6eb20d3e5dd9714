import { createRoute } from '@hono/zod-openapi';
import { envelopeOf } from '@mewayz/contracts';
import { organizationsService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonContent,
  nullData,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const invitationsDelete = defineRoute({
  name: 'invitations.delete',
  access: { scope: 'members:write', permission: 'users.manage' },
  route: createRoute({
    method: 'delete',
    path: '/invitations/{id}',
    tags: ['Members'],
    summary: 'Withdraw an invitation',
    description:
      'The emailed link stops working. An invitation to a role above your own cannot be withdrawn by you.',
    security: bearerSecurity,
    request: { params: idParam('id', 'invitation') },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Withdrawn'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor, principal } = c.get('auth');
    await organizationsService.revokeInvitation(
      c.get('api'),
      scope,
      { ...actor, role: principal.role },
      c.req.valid('param').id,
    );
    return c.json(ok(c, null, 'Invitation withdrawn.'), 200);
  },
});
