import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, sequenceSchema } from '@mewayz/contracts';
import { sequencesService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

const words = {
  on: {
    summary: 'Turn a sequence on',
    description:
      'New subscribers enter it from now on, and contacts in it get their next emails. Needs at least one step and the postal address of the email settings (422 otherwise).',
    message: 'Sequence on.',
  },
  off: {
    summary: 'Turn a sequence off',
    description: 'Nobody new enters it, and the next emails of contacts in it wait until it is on again.',
    message: 'Sequence off.',
  },
};

/** `POST /sequences/{id}/activate` and `/deactivate`: one switch, two routes. */
export function sequenceSwitchRoute(active: boolean) {
  const kind = active ? 'activate' : 'deactivate';
  const w = words[active ? 'on' : 'off'];
  return defineRoute({
    name: `sequences.${kind}`,
    access: { scope: 'campaigns:write', permission: 'crm.manage' },
    route: createRoute({
      method: 'post',
      path: `/sequences/{id}/${kind}`,
      tags: ['Sequences'],
      summary: w.summary,
      description: w.description,
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
        active,
      );
      return c.json(ok(c, sequence, w.message), 200);
    },
  });
}

export const sequencesActivate = sequenceSwitchRoute(true);
