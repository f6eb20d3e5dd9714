import { emailAddress } from '@mewayz/contracts';
import { organizationsService } from '@mewayz/core';
import type { Role } from '@mewayz/db/schema';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data, redirect } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import {
  ActionForm,
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  Field,
  PageHeader,
  Select,
} from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { type ActionFailure, appErrorToResult, fail, formToObject, parseWith } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Members · Mewayz' }];

const roleOrder: Role[] = ['super_admin', 'admin', 'manager', 'editor', 'viewer', 'user'];
const roleRank = Object.fromEntries(roleOrder.map((r, i) => [r, roleOrder.length - i])) as Record<
  Role,
  number
>;
const roleSchema = z.enum(roleOrder as [Role, ...Role[]]);
const inviteSchema = z.object({ email: emailAddress, role: roleSchema });

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'users.view');
  const deps = depsOf(context);
  const canManage = ctx.can('users.manage');
  const [members, invitations] = await Promise.all([
    organizationsService.listMembers(deps, ctx.scope, { page: 1, perPage: 200 }),
    canManage
      ? organizationsService.listInvitations(deps, ctx.scope, { page: 1, perPage: 100 })
      : Promise.resolve({ items: [], total: 0 }),
  ]);
  return {
    me: ctx.user.id,
    myRole: ctx.role,
    canManage,
    assignable: roleOrder.filter((r) => roleRank[r] <= roleRank[ctx.role]),
    members: members.items,
    invitations: invitations.items,
    orgName: ctx.org.name,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context);
  const userId = String(form.get('userId') ?? '');
  try {
    if (intent === 'leave') {
      await organizationsService.removeMember(deps, ctx.scope, ctx.actor, ctx.user.id);
      return redirect('/sites');
    }
    requirePermission(ctx, 'users.manage');
    switch (intent) {
      case 'invite': {
        const parsed = parseWith(inviteSchema, formToObject(form));
        if (!parsed.ok) return fail('Check the highlighted fields.', parsed.fieldErrors, { intent });
        await organizationsService.createInvitation(deps, ctx.scope, ctx.actor, parsed.data);
        return data({ ok: true, intent, message: `Invitation sent to ${parsed.data.email}.` });
      }
      case 'role': {
        const role = roleSchema.safeParse(form.get('role'));
        if (!role.success) return fail('Pick a role.', { role: 'pick a role' }, { intent });
        await organizationsService.changeMemberRole(deps, ctx.scope, ctx.actor, userId, role.data);
        return data({ ok: true, intent, message: 'Role changed.' });
      }
      case 'remove':
        await organizationsService.removeMember(deps, ctx.scope, ctx.actor, userId);
        return data({ ok: true, intent, message: 'Member removed. Their API tokens were revoked.' });
      case 'revoke':
        await organizationsService.revokeInvitation(
          deps,
          ctx.scope,
          ctx.actor,
          String(form.get('invitationId') ?? ''),
        );
        return data({ ok: true, intent, message: 'Invitation withdrawn.' });
      default:
        throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    if (err instanceof Response) throw err;
    // Forbidden here is a refused change (e.g. above your own role), shown in place rather than as a page.
    if (err instanceof Error && 'status' in err && (err as { status: number }).status === 403) {
      return fail(err.message, {}, { intent }, 403);
    }
    return appErrorToResult(err, { intent });
  }
}

const label = (r: string) => r.replace('_', ' ');

export default function Members() {
  const d = useLoaderData<typeof loader>();
  const r = useActionData<ActionFailure | { ok: true; intent: string; message: string }>();
  const inviteErrors = r && !r.ok && r.intent === 'invite' ? r.fieldErrors : {};
  return (
    <>
      <PageHeader title="Members" description={`People in ${d.orgName} and what they may do.`} />
      {r?.message ? (
        <div className="mb-6">
          <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert>
        </div>
      ) : null}
      <div className="space-y-6">
        {d.canManage ? (
          <Card
            title="Invite someone"
            description="They get an email with a link that works once, for 7 days."
          >
            <ActionForm
              intent="invite"
              resetOnSuccess
              className="grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-start"
              noValidate
            >
              <Field label="Email" name="email" type="email" autoComplete="off" error={inviteErrors.email} />
              <Select label="Role" name="role" defaultValue="editor" error={inviteErrors.role}>
                {d.assignable.map((role) => (
                  <option key={role} value={role}>
                    {label(role)}
                  </option>
                ))}
              </Select>
              <Button type="submit" intent="invite" className="sm:mt-7">
                Send invitation
              </Button>
            </ActionForm>
          </Card>
        ) : null}
        <Card title={`Members (${d.members.length})`}>
          <ul className="-my-3 divide-y divide-slate-100">
            {d.members.map((m) => {
              const manageable = d.canManage && m.userId !== d.me && roleRank[m.role] <= roleRank[d.myRole];
              return (
                <li key={m.userId} className="flex flex-wrap items-center gap-3 py-3" data-member={m.email}>
                  <span
                    aria-hidden="true"
                    className="grid size-9 shrink-0 place-items-center rounded-full bg-slate-100 text-sm font-semibold text-slate-700"
                  >
                    {(m.name || m.email).slice(0, 1).toUpperCase()}
                  </span>
                  <div className="min-w-0 flex-1">
                    <p className="truncate text-sm font-medium text-slate-900">
                      {m.name} {m.userId === d.me ? <span className="text-slate-600">(you)</span> : null}
                    </p>
                    <p className="truncate text-sm text-slate-600">{m.email}</p>
                  </div>
                  {manageable ? (
                    <div className="flex flex-wrap items-end gap-2">
                      <ActionForm intent="role" className="flex items-end gap-2">
                        <input type="hidden" name="userId" value={m.userId} />
                        <Select
                          label={`Role of ${m.email}`}
                          id={`role-${m.userId}`}
                          name="role"
                          defaultValue={m.role}
                          className="[&>label]:sr-only"
                        >
                          {d.assignable.map((role) => (
                            <option key={role} value={role}>
                              {label(role)}
                            </option>
                          ))}
                        </Select>
                        <Button type="submit" size="sm" variant="secondary" intent="role">
                          Save
                        </Button>
                      </ActionForm>
                      <ActionForm intent="remove">
                        <input type="hidden" name="userId" value={m.userId} />
                        <Button
                          type="submit"
                          size="sm"
                          variant="danger"
                          intent="remove"
                          aria-label={`Remove ${m.email}`}
                        >
                          Remove
                        </Button>
                      </ActionForm>
                    </div>
                  ) : (
                    <Badge tone={m.role === 'super_admin' || m.role === 'admin' ? 'indigo' : 'slate'}>
                      {label(m.role)}
                    </Badge>
                  )}
                </li>
              );
            })}
          </ul>
        </Card>
        {d.canManage ? (
          <Card title="Pending invitations">
            {d.invitations.length === 0 ? (
              <EmptyState title="No pending invitations" />
            ) : (
              <ul className="-my-3 divide-y divide-slate-100">
                {d.invitations.map((i) => (
                  <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                    <div className="min-w-0">
                      <p className="truncate text-sm font-medium text-slate-900">{i.email}</p>
                      <p className="text-sm text-slate-600">
                        {label(i.role)} · expires {i.expiresAt.slice(0, 10)}
                      </p>
                    </div>
                    <ActionForm intent="revoke">
                      <input type="hidden" name="invitationId" value={i.id} />
                      <Button type="submit" size="sm" variant="ghost" intent="revoke">
                        Withdraw
                      </Button>
                    </ActionForm>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ) : null}
        <Card title="Leave this workspace">
          <ActionForm intent="leave">
            <Button type="submit" variant="danger" intent="leave">
              Leave {d.orgName}
            </Button>
          </ActionForm>
        </Card>
      </div>
    </>
  );
}
