import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, meSchema } from '@mewayz/contracts';
import { identity, NotFound, organizationsService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const meGet = defineRoute({
  name: 'me.get',
  access: { scope: null, permission: null },
  route: createRoute({
    method: 'get',
    path: '/me',
    tags: ['Me'],
    summary: 'The token, its user and organization',
    description: 'Any valid token may call this. `effectiveScopes` is what the token can use right now.',
    security: bearerSecurity,
    responses: { 200: jsonContent(envelopeOf(meSchema), 'Who is calling'), ...errorResponses },
  }),
  handler: async (c) => {
    const { principal, scope } = c.get('auth');
    const api = c.get('api');
    const user = await identity.findUserById(api, principal.userId);
    if (!user) throw new NotFound('User');
    const organization = await organizationsService.getOrganization(api, scope);
    return c.json(
      ok(c, {
        user: { id: user.id, email: user.email, name: user.name },
        organization,
        role: principal.role,
        token: {
          id: principal.tokenId,
          prefix: principal.prefix,
          scopes: principal.scopes,
          effectiveScopes: principal.effectiveScopes,
        },
      }),
      200,
    );
  },
});
