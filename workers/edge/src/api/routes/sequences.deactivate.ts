import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, sequenceSchema } from '@mewayz/contracts';
import { sequencesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const sequencesDeactivate = defineRoute({
  name: 'sequences.deactivate',
  access: { scope: 'campaigns:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'post',
    path: '/sequences/{id}/deactivate',
    tags: ['Sequences'],
    summary: 'Turn a sequence off',
    description: 'Nobody new enters it, and the next emails of contacts in it wait until it is on again.',
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
      false,
    );
    return c.json(ok(c, sequence, 'Sequence off.'), 200);
  },
});
