import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, organizationSchema } from '@mewayz/contracts';
import { organizationsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const organizationGet = defineRoute({
  name: 'organization.get',
  access: { scope: null, permission: 'organization.view' },
  route: createRoute({
    method: 'get',
    path: '/organization',
    tags: ['Organization'],
    summary: 'The token’s organization',
    description: 'The organization the calling token belongs to.',
    security: bearerSecurity,
    responses: { 200: jsonContent(envelopeOf(organizationSchema), 'The organization'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(ok(c, await organizationsService.getOrganization(c.get('api'), c.get('auth').scope)), 200),
});
