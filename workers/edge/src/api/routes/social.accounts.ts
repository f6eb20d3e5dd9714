import { createRoute, z } from '@hono/zod-openapi';
import { envelopeOf, listOut, socialAccountSchema } from '@mewayz/contracts';
import { socialService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const socialAccountsList = defineRoute({
  name: 'social.accounts.list',
  access: { scope: 'social:read', permission: 'content.view' },
  route: createRoute({
    method: 'get',
    path: '/social/accounts',
    tags: ['Social'],
    summary: 'Connected social accounts',
    description:
      'Accounts are connected in the dashboard (OAuth at each network). `needs_reauth` means the network stopped taking the tokens; `lastError` says why.',
    security: bearerSecurity,
    responses: {
      200: jsonContent(envelopeOf(listOut(socialAccountSchema, 100)), 'The accounts, newest first'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const accounts = await socialService.listSocialAccounts(c.get('api'), c.get('auth').scope);
    return c.json(ok(c, accounts), 200);
  },
});

export const socialAccountsDisconnect = defineRoute({
  name: 'social.accounts.disconnect',
  access: { scope: 'social:write', permission: 'content.manage' },
  route: createRoute({
    method: 'delete',
    path: '/social/accounts/{id}',
    tags: ['Social'],
    summary: 'Disconnect a social account',
    description:
      'Revokes the grant at the network (best effort), erases the tokens and cancels the account’s unpublished targets. `revoked: false` means the network could not be reached to revoke.',
    security: bearerSecurity,
    request: { params: idParam('id', 'socialAccount') },
    responses: {
      200: jsonContent(envelopeOf(z.object({ revoked: z.boolean() })), 'Disconnected'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const result = await socialService.disconnectSocialAccount(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
    );
    return c.json(ok(c, result, 'Account disconnected.'), 200);
  },
});
