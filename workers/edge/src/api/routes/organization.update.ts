import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, organizationSchema, updateOrganizationInput } from '@mewayz/contracts';
import { organizationsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const organizationUpdate = defineRoute({
  name: 'organization.update',
  access: { scope: 'organization:write', permission: 'organization.manage' },
  route: createRoute({
    method: 'patch',
    path: '/organization',
    tags: ['Organization'],
    summary: 'Rename the organization',
    description: 'Changes only the fields sent (at least one).',
    security: bearerSecurity,
    request: jsonBody(updateOrganizationInput),
    responses: {
      200: jsonContent(envelopeOf(organizationSchema), 'The updated organization'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const org = await organizationsService.updateOrganization(
      c.get('api'),
      scope,
      actor,
      c.req.valid('json'),
    );
    return c.json(ok(c, org, 'Organization updated.'), 200);
  },
});
