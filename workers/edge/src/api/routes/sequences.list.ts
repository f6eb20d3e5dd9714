import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, sequencesOut } from '@mewayz/contracts';
import { sequencesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const sequencesList = defineRoute({
  name: 'sequences.list',
  access: { scope: 'campaigns:read', permission: 'crm.view' },
  route: createRoute({
    method: 'get',
    path: '/sequences',
    tags: ['Sequences'],
    summary: 'Email sequences (automations)',
    description:
      'The organization’s sequences with their steps, per-step results and how many contacts are in each. Every organization has a `welcome` sequence (off until turned on), which contacts enter when they subscribe through a signup form or the API.',
    security: bearerSecurity,
    responses: { 200: jsonContent(envelopeOf(sequencesOut), 'Email sequences'), ...errorResponses },
  }),
  handler: async (c) => {
    const sequences = await sequencesService.listSequences(c.get('api'), c.get('auth').scope);
    return c.json(ok(c, sequences), 200);
  },
});
