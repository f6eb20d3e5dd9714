import { scopesForRole, tokensService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { CopyButton } from '../components/copy-button.tsx';
import {
  ActionForm,
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  Field,
  PageHeader,
  Pagination,
} from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { type ActionFailure, appErrorToResult, fail, parseWith } from '../lib/forms.server.ts';
import { pageOf } from '../lib/paging.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'API tokens · Mewayz' }];

const createSchema = z.object({
  name: z.string().trim().min(1, 'give the token a name').max(120),
  scopes: z.array(z.string()).min(1, 'pick at least one scope'),
  expiresAt: z.iso.date().optional(),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'tokens.view');
  const paging = pageOf(request);
  const { items, total } = await tokensService.listApiTokens(depsOf(context), ctx.scope, paging);
  return {
    tokens: items,
    total,
    paging,
    scopes: scopesForRole(ctx.role),
    canManage: ctx.can('tokens.manage'),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'tokens.manage');
  try {
    if (intent === 'create') {
      const parsed = parseWith(createSchema, {
        name: form.get('name'),
        scopes: form.getAll('scopes').map(String),
        expiresAt: String(form.get('expiresAt') ?? '') || undefined,
      });
      if (!parsed.ok) return fail('Check the highlighted fields.', parsed.fieldErrors, { intent });
      const { token, secret } = await tokensService.createApiToken(deps, ctx.scope, ctx.actor, ctx.role, {
        name: parsed.data.name,
        scopes: parsed.data.scopes,
        expiresAt: parsed.data.expiresAt ? `${parsed.data.expiresAt}T23:59:59Z` : null,
      });
      return data({ ok: true, intent, message: `Token “${token.name}” created.`, secret });
    }
    if (intent === 'revoke') {
      await tokensService.revokeApiToken(deps, ctx.scope, ctx.actor, String(form.get('tokenId') ?? ''));
      return data({ ok: true, intent, message: 'Token revoked. It stops working at once.', secret: null });
    }
    throw new Response('Unknown action.', { status: 400 });
  } catch (err) {
    if (err instanceof Response) throw err;
    return appErrorToResult(err, { intent });
  }
}

export default function Tokens() {
  const d = useLoaderData<typeof loader>();
  const r = useActionData<
    ActionFailure | { ok: true; intent: string; message: string; secret: string | null }
  >();
  const e = r && !r.ok ? r.fieldErrors : {};
  return (
    <>
      <PageHeader
        title="API tokens"
        description="Tokens for the REST API (/api/v1). A token can never do more than your role."
      />
      <div className="space-y-6">
        {r?.message ? <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert> : null}
        {r?.ok && r.secret ? (
          <div className="rounded-xl bg-amber-50 p-4 ring-1 ring-amber-200">
            <p className="text-sm font-semibold text-amber-900">
              Copy the secret now — it is shown only once.
            </p>
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <code
                data-testid="token-secret"
                className="rounded bg-white px-2 py-1 font-mono text-sm break-all text-slate-900 ring-1 ring-amber-200"
              >
                {r.secret}
              </code>
              <CopyButton text={r.secret} label="Copy the token secret" />
            </div>
          </div>
        ) : null}
        {d.canManage ? (
          <Card title="Create a token">
            <ActionForm intent="create" resetOnSuccess className="space-y-4" noValidate>
              <div className="grid gap-4 sm:grid-cols-2">
                <Field label="Name" name="name" placeholder="Zapier integration" error={e.name} />
                <Field label="Expires on (optional)" name="expiresAt" type="date" error={e.expiresAt} />
              </div>
              <fieldset>
                <legend className="text-sm font-medium text-slate-800">Scopes</legend>
                {e.scopes ? <p className="mt-1 text-xs font-medium text-red-700">{e.scopes}</p> : null}
                <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
                  {d.scopes.map((s) => (
                    <label
                      key={s}
                      className="flex items-center gap-2 rounded-md px-2 py-1.5 font-mono text-xs ring-1 ring-slate-200 has-[:checked]:bg-indigo-50 has-[:checked]:ring-indigo-300"
                    >
                      <input
                        type="checkbox"
                        name="scopes"
                        value={s}
                        defaultChecked={s.endsWith(':read')}
                        className="size-4 rounded border-slate-300 text-indigo-600"
                      />
                      {s}
                    </label>
                  ))}
                </div>
              </fieldset>
              <Button type="submit" intent="create">
                Create token
              </Button>
            </ActionForm>
          </Card>
        ) : null}
        <Card title="Tokens">
          {d.total === 0 ? (
            <EmptyState title="No tokens yet">
              Create one to use the REST API from scripts and integrations.
            </EmptyState>
          ) : (
            <div className="-mx-5 -my-5 overflow-x-auto">
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
                      <td className="px-5 py-3 font-mono text-xs text-slate-700">{t.scopes.join(' ')}</td>
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
