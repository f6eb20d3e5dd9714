import { createRoute } from '@hono/zod-openapi';
import { createApiTokenInput, createdApiTokenSchema, envelopeOf } from '@mewayz/contracts';
import { tokensService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const tokensCreate = defineRoute({
  name: 'tokens.create',
  access: { scope: 'tokens:write', permission: 'tokens.manage' },
  route: createRoute({
    method: 'post',
    path: '/tokens',
    tags: ['Tokens'],
    summary: 'Create a token (the secret is in this answer only)',
    description:
      'The new token acts for the same user; its scopes must be among the calling token’s effective scopes.',
    security: bearerSecurity,
    request: jsonBody(createApiTokenInput),
    responses: {
      201: jsonContent(envelopeOf(createdApiTokenSchema), 'The token with its secret'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor, principal } = c.get('auth');
    const { token, secret } = await tokensService.createApiToken(
      c.get('api'),
      scope,
      actor,
      principal.role,
      c.req.valid('json'),
      {
        withinScopes: principal.effectiveScopes,
      },
    );
    return c.json(
      ok(c, { ...token, secret }, 'Token created. Store the secret now: it is not shown again.'),
      201,
    );
  },
});
