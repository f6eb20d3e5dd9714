import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, segmentSchema, updateSegmentInput } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const segmentsUpdate = defineRoute({
  name: 'segments.update',
  access: { scope: 'crm:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'patch',
    path: '/segments/{id}',
    tags: ['CRM'],
    summary: 'Rename a segment or change its filter',
    description: 'Changes only the fields sent (at least one); the filter is replaced as a whole.',
    security: bearerSecurity,
    request: { params: idParam('id', 'segment'), ...jsonBody(updateSegmentInput) },
    responses: { 200: jsonContent(envelopeOf(segmentSchema), 'The segment'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const segment = await crmService.updateSegment(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, segment, 'Segment updated.'), 200);
  },
});
