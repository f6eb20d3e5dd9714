import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, sequenceSchema } from '@mewayz/contracts';
import { sequencesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const sequencesActivate = defineRoute({
  name: 'sequences.activate',
  access: { scope: 'campaigns:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'post',
    path: '/sequences/{id}/activate',
    tags: ['Sequences'],
    summary: 'Turn a sequence on',
    description:
      'New subscribers enter it from now on, and contacts in it get their next emails. Needs at least one step and the postal address of the email settings (422 otherwise).',
    security: bearerSecurity,
    request: { params: idParam('id', 'sequence') },
    responses: { 200: jsonContent(envelopeOf(sequenceSchema), 'The sequence'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const sequence = await sequencesService.setSequenceActive(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      true,
    );
    return c.json(ok(c, sequence, 'Sequence on.'), 200);
  },
});
