import { createRoute } from '@hono/zod-openapi';
import { apiTokenSchema, envelopeOf, listOut, MAX_PER_PAGE, paginationQuery } from '@mewayz/contracts';
import { tokensService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { okPage, pageOf } from '../envelope.ts';

export const tokensList = defineRoute({
  name: 'tokens.list',
  access: { scope: 'tokens:read', permission: 'tokens.view' },
  route: createRoute({
    method: 'get',
    path: '/tokens',
    tags: ['Tokens'],
    summary: 'API tokens of the organization (never their secrets)',
    description: 'Tokens with their prefix, scopes, expiry and last use; secrets are never shown again.',
    security: bearerSecurity,
    request: { query: paginationQuery },
    responses: {
      200: jsonContent(envelopeOf(listOut(apiTokenSchema, MAX_PER_PAGE)), 'A page of tokens'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const q = c.req.valid('query');
    const page = await tokensService.listApiTokens(c.get('api'), c.get('auth').scope, pageOf(q));
    return c.json(okPage(c, page, q), 200);
  },
});
