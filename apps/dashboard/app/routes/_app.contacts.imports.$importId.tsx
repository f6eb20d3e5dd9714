import { crmService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import {
  Link,
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
  useRevalidator,
} from '@remix-run/react';
import { useEffect } from 'react';
import { ImportStatusBadge, importInFlight } from '../components/contacts/import-status.tsx';
import { ActionForm, Alert, Button, Card, Checkbox, PageHeader, Select } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Import · Contacts · Mewayz' }];

/** How often the progress view asks again, with or without script. */
const refreshSeconds = 2;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.view');
  const deps = depsOf(context);
  try {
    const current = await crmService.getContactImport(deps, ctx.scope, params.importId ?? '');
    const preview =
      current.status === 'draft' ? await crmService.previewContactImport(deps, ctx.scope, current.id) : null;
    const errors =
      current.failed > 0 ? await crmService.listContactImportErrors(deps, ctx.scope, current.id, 10) : [];
    return { current, preview, errors, canManage: ctx.can('crm.manage') };
  } catch (err) {
    if ((err as { status?: number }).status === 404) throw new Response('Import not found.', { status: 404 });
    throw err;
  }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'crm.manage');
  const id = params.importId ?? '';
  try {
    if (intent === 'start') {
      const columns = Number(form.get('columns') ?? 0);
      const mapping = Array.from({ length: Math.min(columns, 200) }, (_, i) =>
        String(form.get(`col${i}`) ?? 'ignore'),
      );
      await crmService.startContactImport(deps, ctx.scope, ctx.actor, id, {
        mapping,
        consent: form.get('consent') === 'on',
      });
    } else if (intent === 'cancel') {
      await crmService.cancelContactImport(deps, ctx.scope, ctx.actor, id);
    } else throw new Response('Unknown action.', { status: 400 });
  } catch (err) {
    return appErrorToResult(err, { intent });
  }
  return redirect(`/contacts/imports/${id}`);
}

type Reply = { ok?: boolean; message?: string; fieldErrors?: Record<string, string> } | undefined;

const builtIn = [
  ['ignore', 'Don’t import'],
  ['email', 'Email'],
  ['name', 'Name'],
  ['phone', 'Phone'],
  ['company', 'Company'],
  ['tags', 'Tags (split on ; or ,)'],
] as const;

function MappingForm() {
  const { current, preview } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as Reply;
  const busy = useNavigation().state === 'submitting';
  if (!preview) return null;
  const problems = Object.entries(r?.fieldErrors ?? {});
  return (
    <Card
      title="Choose what each column is"
      description={`${current.totalRows.toLocaleString('en')} rows in ${current.fileName}. We guessed from the headers; check the email column.`}
    >
      {r && !r.ok ? (
        <div className="mb-4">
          <Alert>
            {r.message}
            {problems.length ? (
              <ul className="mt-1 list-disc pl-5">
                {problems.map(([path, message]) => (
                  <li key={path}>{message}</li>
                ))}
              </ul>
            ) : null}
          </Alert>
        </div>
      ) : null}
      <ActionForm intent="start" aria-label="Column mapping">
        <input type="hidden" name="columns" value={current.columns.length} />
        <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {current.columns.map((header, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position (headers may repeat).
            <li key={i} className="min-w-0 rounded-lg p-3 ring-1 ring-slate-200">
              <Select
                label={header || `Column ${i + 1}`}
                name={`col${i}`}
                defaultValue={preview.guess[i] ?? 'ignore'}
              >
                {builtIn.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
                {preview.fields.map((f) => (
                  <option key={f.key} value={`field:${f.key}`}>
                    {f.label} ({f.type})
                  </option>
                ))}
              </Select>
              <ul
                className="mt-2 space-y-0.5 text-xs text-slate-500"
                aria-label={`First values of ${header}`}
              >
                {preview.sample.slice(0, 3).map((row, n) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: sample rows have no identity but their position.
                  <li key={n} className="truncate">
                    {row[i] || '—'}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
        <div className="mt-5 rounded-lg bg-slate-50 p-4">
          <Checkbox label="These people agreed to receive email from me" name="consent" />
          <p className="mt-1 pl-6 text-xs text-slate-600">
            Without it, new contacts are added as “Not subscribed”: they get no campaigns until they sign up
            on your site. Unsubscribed and bounced addresses stay that way either way.
          </p>
        </div>
        <div className="mt-5 flex flex-wrap gap-3">
          <Button type="submit" disabled={busy}>
            {busy ? 'Starting…' : `Import ${current.totalRows.toLocaleString('en')} rows`}
          </Button>
        </div>
      </ActionForm>
    </Card>
  );
}

function Progress() {
  const { current, errors, canManage } = useLoaderData<typeof loader>();
  const running = importInFlight(current.status);
  const revalidator = useRevalidator();
  // With script: ask again every few seconds while the jobs Worker works; without, the meta refresh below.
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => {
      if (revalidator.state === 'idle') revalidator.revalidate();
    }, refreshSeconds * 1000);
    return () => clearInterval(t);
  }, [running, revalidator]);
  const pct = current.totalRows ? Math.floor((current.processed / current.totalRows) * 100) : 0;
  const counts = [
    ['New contacts', current.created],
    ['Updated', current.updated],
    ['Repeated emails merged', current.duplicates],
    ['Failed rows', current.failed],
  ] as const;
  return (
    <Card title={current.fileName} actions={<ImportStatusBadge status={current.status} />}>
      {running ? (
        <noscript>
          <meta httpEquiv="refresh" content={String(refreshSeconds)} />
        </noscript>
      ) : null}
      <div aria-live="polite">
        <p className="text-sm text-slate-700">
          <span data-testid="import-processed">{current.processed.toLocaleString('en')}</span> of{' '}
          {current.totalRows.toLocaleString('en')} rows processed ({pct}%)
        </p>
        <div
          className="mt-2 h-2.5 w-full overflow-hidden rounded-full bg-slate-100"
          role="progressbar"
          aria-label="Import progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct}
        >
          <div className="h-full rounded-full bg-indigo-600 transition-all" style={{ width: `${pct}%` }} />
        </div>
        <dl className="mt-5 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {counts.map(([label, n]) => (
            <div key={label} className="rounded-lg bg-slate-50 p-3">
              <dt className="text-xs text-slate-600">{label}</dt>
              <dd className="mt-1 text-xl font-semibold text-slate-900">{n.toLocaleString('en')}</dd>
            </div>
          ))}
        </dl>
      </div>
      {current.error ? (
        <div className="mt-4">
          <Alert>{current.error}</Alert>
        </div>
      ) : null}
      {errors.length ? (
        <div className="mt-5">
          <h3 className="text-sm font-semibold text-slate-900">Rows not imported</h3>
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {errors.map((e) => (
              <li key={e.row} className="flex flex-wrap gap-x-3 py-1.5">
                <span className="text-slate-500">Row {e.row}</span>
                <span className="min-w-0 break-all text-slate-800">{e.email ?? '(no email)'}</span>
                <span className="text-slate-600">{e.reason}</span>
              </li>
            ))}
          </ul>
          <a
            href={`/contacts/imports/${current.id}/errors.csv`}
            className="mt-3 inline-block text-sm font-semibold text-indigo-700 hover:underline"
            download
          >
            Download the error report (CSV, every failed row)
          </a>
        </div>
      ) : null}
      <div className="mt-5 flex flex-wrap items-center gap-3">
        {running ? (
          <>
            <Link
              to={`/contacts/imports/${current.id}`}
              reloadDocument
              className="text-sm font-semibold text-indigo-700 hover:underline"
            >
              Refresh
            </Link>
            {canManage ? (
              <ActionForm intent="cancel">
                <Button type="submit" variant="secondary">
                  Stop the import
                </Button>
              </ActionForm>
            ) : null}
          </>
        ) : (
          <Link
            to="/contacts?source=import"
            className="text-sm font-semibold text-indigo-700 hover:underline"
          >
            See imported contacts
          </Link>
        )}
      </div>
    </Card>
  );
}

export default function ContactImport() {
  const { current, canManage } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title="Import contacts"
        actions={
          <Link
            to="/contacts/imports"
            className="rounded-lg px-3 py-2 text-sm font-semibold text-indigo-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
          >
            All imports
          </Link>
        }
      />
      {current.status === 'draft' && canManage ? <MappingForm /> : <Progress />}
    </>
  );
}
