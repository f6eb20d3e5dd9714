import { type ConsentStatus, consentStatuses } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { ConsentBadge, consentLabel } from '../components/consent.tsx';
import {
  ActionForm,
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  Field,
  FilterActions,
  PageHeader,
  Select,
} from '../components/ui.tsx';
import { readContactFilters } from '../lib/contacts.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Contacts · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.view');
  const deps = depsOf(context);
  const filters = readContactFilters(request);
  const [page, tags, segments] = await Promise.all([
    crmService.listContacts(deps, ctx.scope, filters).catch((err) => {
      // A segment of another workspace (or deleted) is simply not found: show an empty list.
      if ((err as { status?: number }).status === 404) return { items: [], next: null, total: 0 };
      throw err;
    }),
    crmService.listTagsInUse(ctx.scope),
    crmService.listSegments(deps, ctx.scope, { page: 1, perPage: 100 }),
  ]);
  return {
    contacts: page.items.map((c) => ({
      id: c.id,
      email: c.email,
      name: c.name,
      company: c.company,
      tags: c.tags,
      consent: c.consentStatus,
      createdAt: c.createdAt,
    })),
    next: page.next,
    total: page.total,
    filters: {
      q: filters.q ?? '',
      tag: filters.tag ?? '',
      consent: filters.consent ?? '',
      segmentId: filters.segmentId ?? '',
      cursor: filters.cursor ?? '',
    },
    tags,
    segments: segments.items.map((s) => ({ id: s.id, name: s.name })),
    canManage: ctx.can('crm.manage'),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'crm.manage');
  switch (intent) {
    case 'bulkTag': {
      const tag = String(form.get('tag') ?? '').trim();
      const change = form.get('change') === 'remove' ? 'remove' : 'add';
      try {
        const { updated } = await crmService.bulkTagContacts(deps, ctx.scope, ctx.actor, {
          contactIds: form.getAll('contactId').map(String),
          [change]: [tag],
        });
        return {
          ok: true as const,
          intent,
          message: `${change === 'add' ? 'Tagged' : 'Untagged'} ${updated} contact${updated === 1 ? '' : 's'}.`,
        };
      } catch (err) {
        return appErrorToResult(err, { intent });
      }
    }
    default:
      throw new Response('Unknown action.', { status: 400 });
  }
}

function BulkResult() {
  const r = useActionData<typeof action>() as { ok?: boolean; message?: string } | undefined;
  if (!r?.message) return null;
  return (
    <div className="mb-4">
      <Alert tone={r.ok ? 'success' : 'error'}>{r.ok ? r.message : `Nothing was tagged: ${r.message}`}</Alert>
    </div>
  );
}

export default function Contacts() {
  const { contacts, next, total, filters, tags, segments, canManage } = useLoaderData<typeof loader>();
  const nav = useNavigation();
  const filtered = Boolean(filters.q || filters.tag || filters.consent || filters.segmentId);
  const query = (extra: Record<string, string>) =>
    new URLSearchParams(
      Object.entries({
        q: filters.q,
        tag: filters.tag,
        consent: filters.consent,
        segmentId: filters.segmentId,
        ...extra,
      }).filter(([, v]) => Boolean(v)),
    ).toString();
  return (
    <>
      <PageHeader
        title="Contacts"
        description="Everyone in your audience: signups from your sites, buyers, imports and the API. Newest first."
        actions={
          <div className="flex flex-wrap gap-3">
            <a
              href={`/contacts/export.csv?${query({})}`}
              className="rounded-lg px-3 py-2 text-sm font-semibold text-indigo-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
            >
              Export CSV
            </a>
            <Link
              to="/contacts/imports"
              className="rounded-lg px-3 py-2 text-sm font-semibold text-indigo-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
            >
              Import CSV
            </Link>
            <Link
              to="/contacts/segments"
              className="rounded-lg px-3 py-2 text-sm font-semibold text-indigo-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
            >
              Segments
            </Link>
            <Link
              to="/contacts/fields"
              className="rounded-lg px-3 py-2 text-sm font-semibold text-indigo-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
            >
              Custom fields
            </Link>
          </div>
        }
      />
      <Card className="mb-6">
        <Form
          method="get"
          className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[3fr_2fr_2fr_2fr_auto] lg:items-end"
          aria-label="Filter contacts"
        >
          <Field
            label="Search"
            name="q"
            type="search"
            defaultValue={filters.q}
            placeholder="Email, name or company"
          />
          <Select label="Tag" name="tag" defaultValue={filters.tag}>
            <option value="">Any tag</option>
            {tags.map((t) => (
              <option key={t.tag} value={t.tag}>
                {t.tag} ({t.count})
              </option>
            ))}
          </Select>
          <Select label="Consent" name="consent" defaultValue={filters.consent}>
            <option value="">Any consent</option>
            {consentStatuses.map((s) => (
              <option key={s} value={s}>
                {consentLabel[s]}
              </option>
            ))}
          </Select>
          <Select label="Segment" name="segmentId" defaultValue={filters.segmentId}>
            <option value="">Everyone</option>
            {segments.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
          <FilterActions filtered={filtered} clearTo="/contacts" />
        </Form>
      </Card>
      <BulkResult />
      <Card>
        <p className="mb-3 text-sm text-slate-600" data-testid="contact-total">
          {total.toLocaleString('en-US')} contact{total === 1 ? '' : 's'}
          {filtered ? ' match' : ''}
        </p>
        {contacts.length === 0 ? (
          <EmptyState title={filtered ? 'No contacts match these filters' : 'No contacts yet'}>
            {filtered ? undefined : 'Signups from your sites’ email blocks and your buyers show up here.'}
          </EmptyState>
        ) : (
          <ActionForm intent="bulkTag" aria-label="Tag contacts">
            {canManage ? (
              <div className="mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-slate-50 p-3">
                <Field
                  label="Tag for the selected contacts"
                  id="bulk-tag"
                  name="tag"
                  required
                  className="min-w-48 flex-1"
                />
                <Select label="Change" id="bulk-change" name="change" defaultValue="add">
                  <option value="add">Add the tag</option>
                  <option value="remove">Remove the tag</option>
                </Select>
                <Button type="submit" variant="secondary" disabled={nav.state !== 'idle'}>
                  Apply to selected
                </Button>
              </div>
            ) : null}
            <ul className="-my-3 divide-y divide-slate-100" aria-label="Contacts">
              {contacts.map((c) => (
                <li key={c.id} className="flex items-start gap-3 py-3" data-contact={c.id}>
                  {canManage ? (
                    <input
                      type="checkbox"
                      name="contactId"
                      value={c.id}
                      aria-label={`Select ${c.email}`}
                      className="mt-1 size-4 rounded border-slate-300 text-indigo-600"
                    />
                  ) : null}
                  <Link
                    to={`/contacts/${c.id}`}
                    className="grid min-w-0 flex-1 gap-1 sm:grid-cols-[1fr_auto] sm:items-center sm:gap-4"
                  >
                    <span className="min-w-0">
                      <span className="block truncate text-sm font-semibold text-slate-900">
                        {c.name ?? c.email}
                      </span>
                      <span className="block truncate text-xs text-slate-600">
                        {c.name ? c.email : null}
                        {c.company ? `${c.name ? ' · ' : ''}${c.company}` : null}
                      </span>
                    </span>
                    <span className="flex flex-wrap items-center gap-1.5 sm:justify-end">
                      {c.tags.slice(0, 4).map((t) => (
                        <Badge key={t} tone="indigo">
                          {t}
                        </Badge>
                      ))}
                      <ConsentBadge status={c.consent as ConsentStatus} />
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </ActionForm>
        )}
        <nav
          aria-label="Pages"
          className="mt-4 flex items-center justify-between gap-3 border-t border-slate-100 pt-4"
        >
          {filters.cursor ? (
            <Link
              to={`/contacts?${query({})}`}
              className="text-sm font-semibold text-indigo-700 hover:underline"
            >
              ← Newest
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link
              to={`/contacts?${query({ cursor: next })}`}
              className="text-sm font-semibold text-indigo-700 hover:underline"
            >
              Older contacts →
            </Link>
          ) : null}
        </nav>
      </Card>
    </>
  );
}
