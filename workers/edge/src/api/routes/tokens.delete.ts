import { createRoute } from '@hono/zod-openapi';
import { apiTokenSchema, envelopeOf } from '@mewayz/contracts';
import { tokensService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const tokensDelete = defineRoute({
  name: 'tokens.delete',
  access: { scope: 'tokens:write', permission: 'tokens.manage' },
  route: createRoute({
    method: 'delete',
    path: '/tokens/{id}',
    tags: ['Tokens'],
    summary: 'Revoke a token',
    description:
      'The token stops working with the next request. You may revoke your own tokens and those of members at or below your role.',
    security: bearerSecurity,
    request: { params: idParam('id', 'token') },
    responses: { 200: jsonContent(envelopeOf(apiTokenSchema), 'The revoked token'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const token = await tokensService.revokeApiToken(
      c.get('api'),
      scope,
      { ...actor, role: c.get('auth').principal.role },
      c.req.valid('param').id,
    );
    return c.json(ok(c, token, 'Token revoked.'), 200);
  },
});
