import { createRoute } from '@hono/zod-openapi';
import { createSegmentInput, envelopeOf, segmentSchema } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const segmentsCreate = defineRoute({
  name: 'segments.create',
  access: { scope: 'crm:write', permission: 'crm.manage' },
  route: createRoute({
    method: 'post',
    path: '/segments',
    tags: ['CRM'],
    summary: 'Save a segment',
    description:
      'A filter of up to 20 conditions, all (`match: all`) or any of which a contact meets: tags, custom fields, source, consent, a product bought, signed up within N days, no activity for N days. Members are evaluated when asked, so a segment stays current.',
    security: bearerSecurity,
    request: jsonBody(createSegmentInput),
    responses: { 201: jsonContent(envelopeOf(segmentSchema), 'The segment'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const segment = await crmService.createSegment(c.get('api'), scope, actor, c.req.valid('json'));
    return c.json(ok(c, segment, 'Segment saved.'), 201);
  },
});
