import { createRoute } from '@hono/zod-openapi';
import { createInvitationInput, envelopeOf, invitationSchema } from '@mewayz/contracts';
import { organizationsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const invitationsCreate = defineRoute({
  name: 'invitations.create',
  access: { scope: 'members:write', permission: 'users.manage' },
  route: createRoute({
    method: 'post',
    path: '/invitations',
    tags: ['Members'],
    summary: 'Invite someone by email',
    description: 'Mails a single-use link valid for 7 days. The role may not be above the caller’s own.',
    security: bearerSecurity,
    request: jsonBody(createInvitationInput),
    responses: { 201: jsonContent(envelopeOf(invitationSchema), 'The invitation'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor, principal } = c.get('auth');
    const { invitation } = await organizationsService.createInvitation(
      c.get('api'),
      scope,
      { ...actor, role: principal.role },
      c.req.valid('json'),
    );
    return c.json(ok(c, invitation, 'Invitation sent.'), 201);
  },
});
