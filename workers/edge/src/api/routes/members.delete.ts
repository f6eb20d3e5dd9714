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

export const membersDelete = defineRoute({
  name: 'members.delete',
  access: { scope: 'members:write', permission: 'users.manage' },
  route: createRoute({
    method: 'delete',
    path: '/members/{userId}',
    tags: ['Members'],
    summary: 'Remove a member',
    description:
      'Their API tokens in this organization are revoked. The last super_admin/admin cannot be removed (409).',
    security: bearerSecurity,
    request: { params: idParam('userId', 'user') },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Removed'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor, principal } = c.get('auth');
    await organizationsService.removeMember(
      c.get('api'),
      scope,
      { ...actor, role: principal.role },
      c.req.valid('param').userId,
    );
    return c.json(ok(c, null, 'Member removed.'), 200);
  },
});
