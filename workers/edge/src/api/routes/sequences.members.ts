import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, sequenceMembersOut } from '@mewayz/contracts';
import { sequencesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const sequencesMembers = defineRoute({
  name: 'sequences.members',
  access: { scope: 'campaigns:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/sequences/{id}/members',
    tags: ['Sequences'],
    summary: 'Who is in a sequence',
    description:
      'The 50 contacts who entered most recently: `active` (more emails to come, the next at `nextDueAt`), `completed`, or `stopped` (they unsubscribed, bounced, complained or a send failed).',
    security: bearerSecurity,
    request: { params: idParam('id', 'sequence') },
    responses: {
      200: jsonContent(envelopeOf(sequenceMembersOut), 'Who is in a sequence'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const members = await sequencesService.listSequenceMembers(
      c.get('api'),
      c.get('auth').scope,
      c.req.valid('param').id,
    );
    return c.json(ok(c, members), 200);
  },
});
