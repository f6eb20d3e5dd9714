import { consentStatuses, contactSources } from '@mewayz/contracts';
import { commerceService, crmService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { Link, useActionData, useFetcher, useLoaderData } from '@remix-run/react';
import { consentLabel } from '../components/consent.tsx';
import { ActionForm, Alert, Button, Card, EmptyState, Field, PageHeader, Select } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult } from '../lib/forms.server.ts';
import { filterFromForm } from '../lib/segment-form.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';
import type { action as countAction } from './contacts.segments.count.tsx';

export const meta: MetaFunction = () => [{ title: 'Segments · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.view');
  const deps = depsOf(context);
  const [segments, tags, fields, products] = await Promise.all([
    crmService.listSegments(deps, ctx.scope, { page: 1, perPage: 100 }),
    crmService.listTagsInUse(ctx.scope),
    crmService.listContactFields(deps, ctx.scope),
    ctx.can('commerce.view')
      ? commerceService.listProducts(deps, ctx.scope, {}, { page: 1, perPage: 100 })
      : { items: [] },
  ]);
  // One COUNT per segment, each over the compiled filter (a workspace has a handful of segments).
  const counts = await Promise.all(segments.items.map((s) => crmService.countSegment(deps, ctx.scope, s.id)));
  return {
    segments: segments.items.map((s, i) => ({ id: s.id, name: s.name, count: counts[i]!.count })),
    tags: tags.map((t) => t.tag),
    fields: fields.map((f) => ({ key: f.key, label: f.label })),
    products: products.items.map((p) => ({ id: p.id, name: p.name })),
    canManage: ctx.can('crm.manage'),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'crm.manage');
  try {
    switch (intent) {
      case 'create': {
        const segment = await crmService.createSegment(deps, ctx.scope, ctx.actor, {
          name: String(form.get('name') ?? ''),
          filter: filterFromForm(form),
        });
        return { ok: true as const, intent, message: `Segment “${segment.name}” saved.` };
      }
      case 'delete': {
        await crmService.deleteSegment(deps, ctx.scope, ctx.actor, String(form.get('segmentId') ?? ''));
        return { ok: true as const, intent, message: 'Segment deleted.' };
      }
      default:
        throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    return appErrorToResult(err, { intent });
  }
}

type Reply = { ok?: boolean; intent?: string; message?: string; count?: number } | undefined;

function Builder() {
  const { tags, fields, products } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as Reply;
  const counter = useFetcher<typeof countAction>();
  // The live count: every change posts the form as it stands to the counting route.
  const recount = (form: HTMLFormElement) =>
    counter.submit(form, { method: 'post', action: '/contacts/segments/count' });
  const live = counter.data as Reply;
  return (
    <Card className="mb-6">
      <h2 className="text-base font-semibold text-slate-900">New segment</h2>
      <p className="mt-1 text-sm text-slate-600">
        Leave an input blank to ignore it. The count updates as you go.
      </p>
      <ActionForm
        intent="create"
        onChange={(e) => recount(e.currentTarget)}
        resetOnSuccess
        className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
        aria-label="New segment"
      >
        <Field label="Name" name="name" required maxLength={120} />
        <Select label="Contacts meeting" name="match" defaultValue="all">
          <option value="all">All of the conditions</option>
          <option value="any">Any of the conditions</option>
        </Select>
        <Select label="Has the tag" name="hasTag" defaultValue="">
          <option value="">—</option>
          {tags.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </Select>
        <Select label="Does not have the tag" name="notTag" defaultValue="">
          <option value="">—</option>
          {tags.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </Select>
        <Select label="Consent is" name="consent" defaultValue="">
          <option value="">—</option>
          {consentStatuses.map((s) => (
            <option key={s} value={s}>
              {consentLabel[s]}
            </option>
          ))}
        </Select>
        <Select label="Came from" name="source" defaultValue="">
          <option value="">—</option>
          {contactSources.map((s) => (
            <option key={s} value={s}>
              {s.replace('_', ' ')}
            </option>
          ))}
        </Select>
        {products.length ? (
          <Select label="Bought the product" name="boughtProductId" defaultValue="">
            <option value="">—</option>
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        ) : null}
        <Field label="Signed up in the last … days" name="signedUpWithin" type="number" min={1} max={3650} />
        <Field label="No activity for … days" name="noActivityFor" type="number" min={1} max={3650} />
        {fields.length ? (
          <div className="grid gap-3 sm:col-span-2 sm:grid-cols-3 lg:col-span-3">
            <Select label="Custom field" name="fieldKey" defaultValue="">
              <option value="">—</option>
              {fields.map((f) => (
                <option key={f.key} value={f.key}>
                  {f.label}
                </option>
              ))}
            </Select>
            <Select label="Comparison" name="fieldOp" defaultValue="eq">
              <option value="eq">is</option>
              <option value="neq">is not</option>
              <option value="contains">contains</option>
              <option value="gt">is more than</option>
              <option value="lt">is less than</option>
              <option value="is_set">has a value</option>
              <option value="not_set">has no value</option>
            </Select>
            <Field label="Value" name="fieldValue" maxLength={500} />
          </div>
        ) : null}
        <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-3">
          <Button type="submit">Save segment</Button>
          <p className="text-sm text-slate-700" aria-live="polite" data-testid="live-count">
            {live
              ? live.ok
                ? `${live.count?.toLocaleString('en-US')} contact${live.count === 1 ? '' : 's'} match`
                : `Not counted: ${live.message}`
              : ''}
          </p>
        </div>
      </ActionForm>
      {r?.intent === 'create' && r.message ? (
        <div className="mt-4">
          <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert>
        </div>
      ) : null}
    </Card>
  );
}

export default function Segments() {
  const { segments, canManage } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link to="/contacts" className="font-semibold text-indigo-700 hover:underline">
          ← Contacts
        </Link>
      </p>
      <PageHeader
        title="Segments"
        description="Saved filters over your contacts, counted now: a segment always holds who meets it today."
      />
      {canManage ? <Builder /> : null}
      <Card>
        {segments.length === 0 ? (
          <EmptyState title="No segments yet">Save a filter above to reuse it.</EmptyState>
        ) : (
          <ul className="-my-3 divide-y divide-slate-100" aria-label="Segments">
            {segments.map((s) => (
              <li
                key={s.id}
                className="flex flex-wrap items-center justify-between gap-3 py-3"
                data-segment={s.id}
              >
                <Link
                  to={`/contacts?segmentId=${s.id}`}
                  className="min-w-0 text-sm font-semibold text-indigo-700 hover:underline"
                >
                  {s.name}
                </Link>
                <span className="flex items-center gap-4">
                  <span className="text-sm text-slate-700 tabular-nums">
                    {s.count.toLocaleString('en-US')} contact{s.count === 1 ? '' : 's'}
                  </span>
                  {canManage ? (
                    <ActionForm intent="delete" aria-label={`Delete ${s.name}`}>
                      <input type="hidden" name="segmentId" value={s.id} />
                      <Button type="submit" variant="ghost" size="sm">
                        Delete
                      </Button>
                    </ActionForm>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
