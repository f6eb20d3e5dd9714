import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, memberSchema, updateMemberInput } from '@mewayz/contracts';
import { organizationsService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const membersUpdate = defineRoute({
  name: 'members.update',
  access: { scope: 'members:write', permission: 'users.manage' },
  route: createRoute({
    method: 'patch',
    path: '/members/{userId}',
    tags: ['Members'],
    summary: 'Change a member’s role',
    description:
      'A member cannot grant a role above their own; the last super_admin/admin cannot be demoted (409).',
    security: bearerSecurity,
    request: { params: idParam('userId', 'user'), ...jsonBody(updateMemberInput) },
    responses: { 200: jsonContent(envelopeOf(memberSchema), 'The member'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor, principal } = c.get('auth');
    const member = await organizationsService.changeMemberRole(
      c.get('api'),
      scope,
      { ...actor, role: principal.role },
      c.req.valid('param').userId,
      c.req.valid('json').role,
    );
    return c.json(ok(c, member, 'Role changed.'), 200);
  },
});
