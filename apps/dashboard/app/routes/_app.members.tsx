import type { SubmissionResult } from '@conform-to/react';
import type { Role } from '@mewayz/contracts';
import { createInvitationInput } from '@mewayz/contracts';
import { organizationsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data, redirect } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { FormChoices, FormField, MewayzForm, useMewayzForm } from '../components/form.tsx';
import { ActionForm, Alert, Badge, Button, Card, EmptyState, PageHeader, Select } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { appErrorToResult, fail, replyWithAppError } from '../lib/forms.server.ts';
import { revalidateUnlessActionHasPage } from '../lib/fresh-page.ts';
import { roleDescription, roleInfo, roleLabel, roleOrder } from '../lib/roles.ts';
import { type OrgContext, requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Members · Mewayz' }];

const roleRank = Object.fromEntries(roleOrder.map((r, i) => [r, roleOrder.length - i])) as Record<
  Role,
  number
>;
const roleSchema = z.enum(roleOrder as [Role, ...Role[]], { error: 'Pick a role' });

/** The page as it is now: what the loader answers, and what every successful action answers too. */
async function membersPage(ctx: OrgContext, deps: ReturnType<typeof depsOf>) {
  const canManage = ctx.can('users.manage');
  const [members, invitations] = await Promise.all([
    organizationsService.listMembers(deps, ctx.scope, { page: 1, perPage: 200 }),
    canManage
      ? organizationsService.listInvitations(deps, ctx.scope, { page: 1, perPage: 100 })
      : Promise.resolve({ items: [], total: 0 }),
  ]);
  const names = Object.fromEntries(members.items.map((m) => [m.userId, m.name || m.email]));
  return {
    me: ctx.user.id,
    myRole: ctx.role,
    canManage,
    assignable: roleOrder.filter((r) => roleRank[r] <= roleRank[ctx.role]),
    members: members.items,
    invitations: invitations.items.map((i) => ({ ...i, invitedByName: names[i.invitedBy] ?? null })),
    orgName: ctx.org.name,
  };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'users.view');
  return membersPage(ctx, depsOf(context));
}

export const shouldRevalidate = revalidateUnlessActionHasPage;

type Page = Awaited<ReturnType<typeof membersPage>>;
type Result = {
  ok: boolean;
  intent: string;
  message: string;
  result?: SubmissionResult<string[]>;
  page?: Page;
};

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context);
  const userId = String(form.get('userId') ?? '');
  const done = async (message: string, result?: SubmissionResult<string[]>) =>
    data<Result>({ ok: true, intent, message, result, page: await membersPage(ctx, deps) });
  try {
    if (intent === 'leave') {
      await organizationsService.removeMember(deps, ctx.scope, ctx.actor, ctx.user.id);
      return redirect('/sites');
    }
    requirePermission(ctx, 'users.manage');
    switch (intent) {
      case 'invite': {
        const submission = parseSubmission(form, createInvitationInput);
        if (submission.status !== 'success')
          return data<Result>(
            { ok: false, intent, message: '', result: submission.reply() },
            { status: 400 },
          );
        try {
          await organizationsService.createInvitation(deps, ctx.scope, ctx.actor, submission.value);
        } catch (err) {
          const result = replyWithAppError(submission, err);
          return data<Result>({ ok: false, intent, message: '', result }, { status: 400 });
        }
        return done(
          `Invitation sent to ${submission.value.email} as ${roleLabel(submission.value.role)}.`,
          submission.reply({ resetForm: true }),
        );
      }
      case 'role': {
        const role = roleSchema.safeParse(form.get('role'));
        if (!role.success) return fail('Pick a role.', { role: 'Pick a role' }, { intent });
        const before = await organizationsService.getMember(deps, ctx.scope, userId);
        await organizationsService.changeMemberRole(deps, ctx.scope, ctx.actor, userId, role.data);
        return done(`${before.name || before.email} is now ${roleLabel(role.data)}.`);
      }
      case 'remove': {
        const before = await organizationsService.getMember(deps, ctx.scope, userId);
        await organizationsService.removeMember(deps, ctx.scope, ctx.actor, userId);
        return done(`${before.name || before.email} was removed. Their API tokens were revoked.`);
      }
      case 'revoke':
        await organizationsService.revokeInvitation(
          deps,
          ctx.scope,
          ctx.actor,
          String(form.get('invitationId') ?? ''),
        );
        return done('Invitation withdrawn. Its link no longer works.');
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

function RoleBadge({ role }: { role: Role }) {
  return (
    <Badge tone={role === 'super_admin' || role === 'admin' ? 'indigo' : 'slate'}>{roleLabel(role)}</Badge>
  );
}

export default function Members() {
  const loaded = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as Result | undefined;
  // Successful actions answer with the page as it is now: the change shows with its message.
  const d = r?.page ?? loaded;
  const [form, fields] = useMewayzForm(createInvitationInput, {
    id: 'invite',
    lastResult: r?.intent === 'invite' ? r.result : undefined,
    defaultValue: { role: 'editor' },
  });
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
            <MewayzForm form={form} intent="invite" className="space-y-4">
              <FormField
                meta={fields.email}
                label="Email"
                type="email"
                autoComplete="off"
                className="max-w-md"
              />
              <FormChoices
                meta={fields.role}
                legend="Role"
                type="radio"
                columns="sm:grid-cols-2 lg:grid-cols-3"
                options={d.assignable.map((role) => ({ value: role, ...roleInfo[role] }))}
              />
              <Button type="submit" intent="invite">
                Send invitation
              </Button>
            </MewayzForm>
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
                  <div className="min-w-0 flex-1 basis-48">
                    <p className="truncate text-sm font-medium text-slate-900">
                      {m.name} {m.userId === d.me ? <span className="text-slate-600">(you)</span> : null}
                    </p>
                    <p className="truncate text-sm text-slate-600">{m.email}</p>
                    <p className="text-xs text-slate-600" data-testid="role-description">
                      {roleLabel(m.role)}: {roleDescription(m.role)}
                    </p>
                  </div>
                  {manageable ? (
                    <div className="flex flex-wrap items-end gap-2">
                      <ActionForm intent="role" className="flex items-end gap-2">
                        <input type="hidden" name="userId" value={m.userId} />
                        <Select
                          key={m.role}
                          label={`Role of ${m.email}`}
                          id={`role-${m.userId}`}
                          name="role"
                          defaultValue={m.role}
                          className="[&>label]:sr-only"
                        >
                          {d.assignable.map((role) => (
                            <option key={role} value={role}>
                              {roleLabel(role)}
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
                    <RoleBadge role={m.role} />
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
              <ul className="-my-3 divide-y divide-slate-100" aria-label="Pending invitations">
                {d.invitations.map((i) => (
                  <li
                    key={i.id}
                    className="flex flex-wrap items-center justify-between gap-3 py-3"
                    data-invitation={i.email}
                  >
                    <div className="min-w-0">
                      <p className="truncate text-sm font-medium text-slate-900">{i.email}</p>
                      <p className="text-sm text-slate-600">
                        {roleLabel(i.role)} · {i.invitedByName ? `invited by ${i.invitedByName} · ` : ''}
                        expires {i.expiresAt.slice(0, 10)}
                      </p>
                    </div>
                    <ActionForm intent="revoke">
                      <input type="hidden" name="invitationId" value={i.id} />
                      <Button
                        type="submit"
                        size="sm"
                        variant="ghost"
                        intent="revoke"
                        aria-label={`Withdraw the invitation of ${i.email}`}
                      >
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
