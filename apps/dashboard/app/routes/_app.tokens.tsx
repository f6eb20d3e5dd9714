import { createApiTokenInput, scopeSchema } from '@mewayz/contracts';
import { scopesForRole, tokensService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { FormChoices, FormField, MewayzForm, useMewayzForm } from '../components/form.tsx';
import { SecretOnce } from '../components/secret-once.tsx';
import {
  ActionForm,
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  PageHeader,
  Pagination,
} from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { appErrorToResult, replyWithAppError } from '../lib/forms.server.ts';
import { revalidateUnlessActionHasPage } from '../lib/fresh-page.ts';
import { pageOf } from '../lib/paging.server.ts';
import { scopeInfo, scopeLabel } from '../lib/scopes.ts';
import { type OrgContext, requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'API tokens · Mewayz' }];

/**
 * The contract's token input as the form sends it: a date (the token works through that day, UTC)
 * and no scope ticked until the creator picks one.
 */
const createSchema = createApiTokenInput.extend({
  scopes: z
    .array(scopeSchema, { error: 'Pick at least one scope' })
    .min(1, 'Pick at least one scope')
    .max(scopeSchema.options.length),
  expiresAt: z.iso.date({ error: 'Enter a date, like 2030-12-31' }).optional(),
});

async function tokensPage(request: Request, ctx: OrgContext, deps: ReturnType<typeof depsOf>) {
  const paging = pageOf(request);
  const { items, total } = await tokensService.listApiTokens(deps, ctx.scope, paging);
  return {
    tokens: items,
    total,
    paging,
    scopes: scopesForRole(ctx.role),
    canManage: ctx.can('tokens.manage'),
  };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'tokens.view');
  return tokensPage(request, ctx, depsOf(context));
}

export const shouldRevalidate = revalidateUnlessActionHasPage;

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'tokens.manage');
  if (intent === 'create') {
    const submission = parseSubmission(form, createSchema);
    if (submission.status !== 'success')
      return data({ ok: false as const, intent, result: submission.reply(), message: '' }, { status: 400 });
    try {
      const { token, secret } = await tokensService.createApiToken(deps, ctx.scope, ctx.actor, ctx.role, {
        name: submission.value.name,
        scopes: submission.value.scopes,
        expiresAt: submission.value.expiresAt ? `${submission.value.expiresAt}T23:59:59Z` : null,
      });
      return data({
        ok: true as const,
        intent,
        result: submission.reply({ resetForm: true }),
        message: `Token “${token.name}” created.`,
        secret,
        page: await tokensPage(request, ctx, deps),
      });
    } catch (err) {
      return data(
        { ok: false as const, intent, result: replyWithAppError(submission, err), message: '' },
        { status: 400 },
      );
    }
  }
  if (intent === 'revoke') {
    try {
      await tokensService.revokeApiToken(deps, ctx.scope, ctx.actor, String(form.get('tokenId') ?? ''));
    } catch (err) {
      return appErrorToResult(err, { intent });
    }
    return data({
      ok: true as const,
      intent,
      message: 'Token revoked. It stops working at once.',
      page: await tokensPage(request, ctx, deps),
    });
  }
  throw new Response('Unknown action.', { status: 400 });
}

type ActionResult = {
  ok: boolean;
  intent: string;
  message: string;
  result?: import('@conform-to/react').SubmissionResult<string[]>;
  secret?: string;
  page?: Awaited<ReturnType<typeof loader>>;
};

export default function Tokens() {
  const loaded = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as ActionResult | undefined;
  // The action answers with the page as it is now: shown on its first paint, no second round trip.
  const d = r?.page ?? loaded;
  const [form, fields] = useMewayzForm(createSchema, {
    id: 'create-token',
    lastResult: r?.intent === 'create' ? r.result : undefined,
  });
  return (
    <>
      <PageHeader
        title="API tokens"
        description="Tokens for the REST API (/api/v1). A token can never do more than your role."
      />
      <div className="space-y-6">
        {r?.message ? <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert> : null}
        {r?.ok && r.secret ? (
          <SecretOnce secret={r.secret} what="token secret" testId="token-secret" />
        ) : null}
        {d.canManage ? (
          <Card title="Create a token">
            <MewayzForm form={form} intent="create" className="space-y-4">
              <div className="grid gap-4 sm:grid-cols-2">
                <FormField meta={fields.name} label="Name" placeholder="Zapier integration" />
                <FormField meta={fields.expiresAt} label="Expires on (optional)" type="date" />
              </div>
              <FormChoices
                meta={fields.scopes}
                legend="Scopes"
                hint="What the token may do. Tick only what the script needs; a token never does more than your role."
                type="checkbox"
                columns="sm:grid-cols-2 lg:grid-cols-3"
                options={d.scopes.map((s) => ({
                  value: s,
                  label: scopeInfo[s]?.label ?? s,
                  description: `${s} · ${scopeInfo[s]?.description ?? ''}`,
                }))}
              />
              <Button type="submit" intent="create">
                Create token
              </Button>
            </MewayzForm>
          </Card>
        ) : null}
        <Card title="Tokens">
          {d.total === 0 ? (
            <EmptyState title="No tokens yet">
              Create one to use the REST API from scripts and integrations.
            </EmptyState>
          ) : (
            <div className="relative -mx-5 -my-5 overflow-x-auto">
              <table className="w-full min-w-[40rem] text-left text-sm">
                <thead className="bg-slate-50 text-xs text-slate-600 uppercase">
                  <tr>
                    <th scope="col" className="px-5 py-2">
                      Name
                    </th>
                    <th scope="col" className="px-5 py-2">
                      Scopes
                    </th>
                    <th scope="col" className="px-5 py-2">
                      Last used
                    </th>
                    <th scope="col" className="px-5 py-2">
                      Status
                    </th>
                    <th scope="col" className="px-5 py-2">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {d.tokens.map((t) => (
                    <tr key={t.id}>
                      <td className="px-5 py-3">
                        <p className="font-medium text-slate-900">{t.name}</p>
                        <p className="font-mono text-xs text-slate-600">{t.prefix}…</p>
                      </td>
                      <td className="px-5 py-3 text-xs text-slate-700">
                        {t.scopes.map(scopeLabel).join(', ')}
                      </td>
                      <td className="px-5 py-3 text-slate-700">
                        {t.lastUsedAt ? t.lastUsedAt.slice(0, 10) : 'never'}
                      </td>
                      <td className="px-5 py-3">
                        {t.active ? (
                          <Badge tone="green">active</Badge>
                        ) : (
                          <Badge>{t.revokedAt ? 'revoked' : 'expired'}</Badge>
                        )}
                      </td>
                      <td className="px-5 py-3 text-right">
                        {d.canManage && t.active ? (
                          <ActionForm intent="revoke">
                            <input type="hidden" name="tokenId" value={t.id} />
                            <Button
                              type="submit"
                              size="sm"
                              variant="danger"
                              intent="revoke"
                              aria-label={`Revoke ${t.name}`}
                            >
                              Revoke
                            </Button>
                          </ActionForm>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination {...d.paging} total={d.total} />
        </Card>
      </div>
    </>
  );
}
