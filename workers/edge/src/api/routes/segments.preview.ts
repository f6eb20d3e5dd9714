import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, segmentCountSchema, segmentFilterSchema } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const segmentsPreview = defineRoute({
  name: 'segments.preview',
  access: { scope: 'crm:read', permission: 'crm.view' },
  route: createRoute({
    method: 'post',
    path: '/segments/preview',
    tags: ['CRM'],
    summary: 'Count the contacts a filter would hold, without saving it',
    description: 'For segment builders: the same filter as a segment’s, counted now. Changes nothing.',
    security: bearerSecurity,
    request: jsonBody(segmentFilterSchema),
    responses: { 200: jsonContent(envelopeOf(segmentCountSchema), 'The count'), ...errorResponses },
  }),
  handler: async (c) => {
    const count = await crmService.countFilter(c.get('api'), c.get('auth').scope, c.req.valid('json'));
    return c.json(ok(c, count), 200);
  },
});
