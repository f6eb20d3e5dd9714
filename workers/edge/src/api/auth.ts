import { Forbidden, roleCan, tokensService, Unauthorized } from '@mewayz/core';
import { createMiddleware } from 'hono/factory';
import type { ApiEnv, RouteAccess } from './api-env.ts';

/**
 * The API's one place of trust. A bearer token is looked up by its SHA-256 (unrevoked, unexpired,
 * creator still a member); only then is its organization id minted into an OrgId (inside
 * `tenantScopeOf`, which accepts only a principal that authentication produced) and a tenant scope
 * built for the handlers. The route's scope must be among the token's *effective* scopes — its own,
 * cut down to what the creator's current role allows — and the role must grant the route's permission.
 */
export function authenticate(access: RouteAccess) {
  return createMiddleware<ApiEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new Unauthorized('Send an API token as `Authorization: Bearer <token>`.');
    const api = c.get('api');
    const principal = await tokensService.authenticateApiToken(api, match[1]!);
    if (!principal) throw new Unauthorized('The API token is invalid, expired or revoked.', 'invalid_token');
    c.set('auth', {
      principal,
      scope: tokensService.tenantScopeOf(api, principal),
      actor: { userId: principal.userId, tokenId: principal.tokenId, requestId: c.get('requestId') },
    });
    if (access.scope && !principal.effectiveScopes.includes(access.scope)) {
      throw new Forbidden(
        principal.scopes.includes(access.scope)
          ? `The token's creator (role ${principal.role}) may no longer use the ${access.scope} scope.`
          : `This token lacks the ${access.scope} scope.`,
      );
    }
    if (access.permission && !roleCan(principal.role, access.permission)) {
      throw new Forbidden(`The role ${principal.role} does not allow this.`);
    }
    try {
      c.executionCtx.waitUntil(tokensService.touchApiToken(api, principal.tokenId).catch(() => {}));
    } catch {
      await tokensService.touchApiToken(api, principal.tokenId).catch(() => {});
    }
    await next();
  });
}
