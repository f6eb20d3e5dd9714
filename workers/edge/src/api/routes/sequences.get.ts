import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, sequenceSchema } from '@mewayz/contracts';
import { sequencesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const sequencesGet = defineRoute({
  name: 'sequences.get',
  access: { scope: 'campaigns:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/sequences/{id}',
    tags: ['Sequences'],
    summary: 'One sequence',
    description: 'The sequence, its steps in order with their results, and its enrollment counts.',
    security: bearerSecurity,
    request: { params: idParam('id', 'sequence') },
    responses: { 200: jsonContent(envelopeOf(sequenceSchema), 'One sequence'), ...errorResponses },
  }),
  handler: async (c) => {
    const sequence = await sequencesService.getSequence(
      c.get('api'),
      c.get('auth').scope,
      c.req.valid('param').id,
    );
    return c.json(ok(c, sequence), 200);
  },
});
