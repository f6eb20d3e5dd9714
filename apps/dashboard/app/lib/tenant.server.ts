import type { Role } from '@mewayz/contracts';
import { type Actor, organizationsService, type Permission, roleCan, type TenantScope } from '@mewayz/core';
import type { AppLoadContext } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { depsOf } from './env.server.ts';
import { intentOf } from './forms.server.ts';
import { roleLabel } from './roles.ts';
import { checkCsrf, ORG_COOKIE, readCookie, requestCtx, requireUser } from './session.server.ts';

export interface OrgContext {
  user: Awaited<ReturnType<typeof requireUser>>['user'];
  session: Awaited<ReturnType<typeof requireUser>>['session'];
  orgs: Awaited<ReturnType<typeof organizationsService.listOrganizationsForUser>>;
  org: { id: string; name: string; slug: string };
  role: Role;
  scope: TenantScope;
  actor: Actor & { userId: string; role: Role };
  can: (p: Permission) => boolean;
}

/**
 * The tenant of a dashboard request: the signed-in user's selected organization (cookie, else the
 * first), and only after the membership is read again from MySQL — on every request, so a removed
 * member loses access at once. The organization id from the cookie is never trusted by itself. Two
 * round trips: the session (Redis), then the user and their memberships together.
 */
export async function requireOrg(request: Request, context: AppLoadContext): Promise<OrgContext> {
  const deps = depsOf(context);
  const wanted = readCookie(request, ORG_COOKIE);
  const {
    user,
    session,
    extra: workspace,
  } = await requireUser(request, context, {
    alongside: (userId) => organizationsService.memberWorkspace(deps, userId, wanted),
  });
  if (!workspace) throw redirect('/welcome');
  const { orgs, org, role, scope } = workspace;
  return {
    user,
    session,
    orgs,
    org: { id: org.id, name: org.name, slug: org.slug },
    role,
    scope,
    actor: { userId: user.id, role, requestId: requestCtx(request).requestId },
    can: (p) => roleCan(role, p),
  };
}

/** Stop with a 403 page when the member's role lacks `permission`. */
export function requirePermission(ctx: OrgContext, permission: Permission): void {
  if (!ctx.can(permission)) {
    throw new Response(
      `Your role (${roleLabel(ctx.role)}) does not allow this. Ask an admin of ${ctx.org.name} for access.`,
      {
        status: 403,
      },
    );
  }
}

/**
 * The start of every workspace form action: the submitted form (CSRF-checked), the member's tenant
 * context (and the permission the action needs, when it needs one for every intent), core deps and
 * the submitted `_intent`.
 */
export async function workspaceAction(request: Request, context: AppLoadContext, permission?: Permission) {
  const form = await request.formData();
  await checkCsrf(request, context, form);
  const ctx = await requireOrg(request, context);
  if (permission) requirePermission(ctx, permission);
  return { form, ctx, deps: depsOf(context), intent: intentOf(form) };
}
