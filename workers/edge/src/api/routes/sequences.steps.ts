import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, sequenceSchema, updateSequenceStepsInput } from '@mewayz/contracts';
import { sequencesService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const sequencesSteps = defineRoute({
  name: 'sequences.steps',
  access: { scope: 'campaigns:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'put',
    path: '/sequences/{id}/steps',
    tags: ['Sequences'],
    summary: 'Set a sequence’s steps',
    description:
      'The whole list, in order: each step is a template and a delay after the previous email (the first: after the contact entered). A step sent with its `id` keeps its results; one without is new; a step left out is removed. Contacts part-way keep their place, and their next email follows the new delay.',
    security: bearerSecurity,
    request: { params: idParam('id', 'sequence'), ...jsonBody(updateSequenceStepsInput) },
    responses: { 200: jsonContent(envelopeOf(sequenceSchema), 'The sequence'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const sequence = await sequencesService.updateSequenceSteps(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, sequence, 'Steps saved.'), 200);
  },
});
