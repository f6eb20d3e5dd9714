import type { Permission, Scope, TenantScope, TokenPrincipal } from '@mewayz/core';
import type { EdgeEnv } from '../env.ts';
import type { ApiDeps } from './platform.ts';

/** The authenticated caller of a request, set by the auth middleware. */
export interface ApiAuth {
  principal: TokenPrincipal;
  /** Data access for the token's organization — the only scope a handler can get. */
  scope: TenantScope;
  /** For the audit log. */
  actor: { userId: string; tokenId: string; requestId: string };
}

export interface ApiVariables {
  requestId: string;
  startedAt: number;
  api: ApiDeps;
  auth: ApiAuth;
  /** The route pattern that matched, for logs. */
  routeName: string;
  /** The request body as read (and size-checked) by the JSON middleware. */
  rawBody: string;
}

/** Hono environment of the REST API sub-app. */
export type ApiEnv = { Bindings: EdgeEnv; Variables: ApiVariables };

/** What a route requires of its caller. `scope: null` = any valid token (e.g. /me). */
export interface RouteAccess {
  scope: Scope | null;
  permission: Permission | null;
}
