import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, sequenceSchema, updateSequenceInput } from '@mewayz/contracts';
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

export const sequencesUpdate = defineRoute({
  name: 'sequences.update',
  access: { scope: 'campaigns:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'patch',
    path: '/sequences/{id}',
    tags: ['Sequences'],
    summary: 'Rename a sequence or change who enters it',
    description:
      '`triggerSource` limits entry to contacts from a signup form (`signup_form`) or the API (`api`); `triggerTag` to contacts carrying a tag when they subscribe. `null` lifts a limit.',
    security: bearerSecurity,
    request: { params: idParam('id', 'sequence'), ...jsonBody(updateSequenceInput) },
    responses: { 200: jsonContent(envelopeOf(sequenceSchema), 'The sequence'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const sequence = await sequencesService.updateSequence(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, sequence, 'Sequence updated.'), 200);
  },
});
