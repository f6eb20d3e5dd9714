import { MAX_IMPORT_ROWS } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { Link, redirect, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { ImportStatusBadge } from '../components/contacts/import-status.tsx';
import { ActionForm, Alert, Button, Card, EmptyState, Field, PageHeader } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Import contacts · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.view');
  const imports = await crmService.listContactImports(depsOf(context), ctx.scope);
  return { imports, canManage: ctx.can('crm.manage') };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'crm.manage');
  if (intent === 'upload') {
    const file = form.get('file') as unknown as File | string | null;
    if (!file || typeof file === 'string' || file.size === 0)
      return { ok: false as const, intent, message: 'Choose a CSV file to import.' };
    try {
      const draft = await crmService.uploadContactImport(deps, ctx.scope, ctx.actor, {
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
      return redirect(`/contacts/imports/${draft.id}`);
    } catch (err) {
      return appErrorToResult(err, { intent });
    }
  }
  throw new Response('Unknown action.', { status: 400 });
}

export default function ContactImports() {
  const { imports, canManage } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as { ok?: boolean; message?: string } | undefined;
  const busy = useNavigation().state === 'submitting';
  return (
    <>
      <PageHeader
        title="Import contacts"
        description="Add or update contacts from a CSV file: one row per person, with an email column."
        actions={
          <Link
            to="/contacts"
            className="rounded-lg px-3 py-2 text-sm font-semibold text-indigo-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
          >
            Back to contacts
          </Link>
        }
      />
      {canManage ? (
        <Card
          className="mb-6"
          title="Upload a CSV"
          description={`Up to 20 MB and ${MAX_IMPORT_ROWS.toLocaleString('en')} rows. You choose what each column is next.`}
        >
          {r && !r.ok && r.message ? (
            <div className="mb-4">
              <Alert>{r.message}</Alert>
            </div>
          ) : null}
          <ActionForm
            intent="upload"
            encType="multipart/form-data"
            className="flex flex-col gap-4 sm:flex-row sm:items-end"
            aria-label="Upload a CSV"
          >
            <Field
              label="CSV file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              required
              className="min-w-0 flex-1"
            />
            <Button type="submit" disabled={busy}>
              {busy ? 'Uploading…' : 'Upload'}
            </Button>
          </ActionForm>
          <p className="mt-3 text-xs text-slate-500">
            Rows are matched by email (any case). Existing contacts are updated by the cells that have
            something in them; when an email appears twice, the later row’s cells win.
          </p>
        </Card>
      ) : null}
      <Card title="Past imports">
        {imports.length === 0 ? (
          <EmptyState title="No imports yet">Upload a CSV above to add your audience.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {imports.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div className="min-w-0">
                  <Link
                    to={`/contacts/imports/${i.id}`}
                    className="block truncate text-sm font-semibold text-indigo-700 hover:underline"
                  >
                    {i.fileName}
                  </Link>
                  <p className="text-xs text-slate-500">
                    {new Date(i.createdAt).toLocaleString('en', {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                      timeZone: 'UTC',
                    })}{' '}
                    UTC · {i.totalRows.toLocaleString('en')} rows
                    {i.status === 'done'
                      ? ` · ${i.created} new, ${i.updated} updated, ${i.failed} failed`
                      : ''}
                  </p>
                </div>
                <ImportStatusBadge status={i.status} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
