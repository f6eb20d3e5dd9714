import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { Card, EmptyState, Field, FilterActions, PageHeader, Pagination, Select } from '../components/ui.tsx';
import { auditActionFamilies, auditPage, readAuditQuery } from '../lib/audit.server.ts';
import { pageOf } from '../lib/paging.server.ts';
import { requireOrg, requirePermission } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Audit log · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'organization.manage');
  const query = readAuditQuery(request);
  const paging = pageOf(request);
  const found = await auditPage(context, ctx.scope, query, paging);
  return { ...found, query, paging, families: auditActionFamilies };
}

export default function Audit() {
  const { entries, total, actors, query, paging, families } = useLoaderData<typeof loader>();
  const filtered = Boolean(query.who || query.what || query.from || query.to);
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change in this workspace: who did what, and when (UTC)."
      />
      <Card className="mb-6">
        {/* A plain GET form: the filters live in the address, so they work without JavaScript and can be shared. */}
        <Form
          method="get"
          className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_auto_auto_auto] lg:items-end"
        >
          <Select label="Who" name="who" defaultValue={query.who ?? ''}>
            <option value="">Anyone</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </Select>
          <Select label="What" name="what" defaultValue={query.what ?? ''}>
            <option value="">Any change</option>
            {Object.entries(families).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
          <Field label="From" name="from" type="date" defaultValue={query.from ?? ''} />
          <Field label="To" name="to" type="date" defaultValue={query.to ?? ''} />
          <FilterActions filtered={filtered} clearTo="/audit" />
        </Form>
      </Card>
      <Card>
        {entries.length === 0 ? (
          <EmptyState title={filtered ? 'Nothing matches these filters' : 'Nothing recorded yet'} />
        ) : (
          <ol className="-my-3 divide-y divide-slate-100" aria-label="Audit entries">
            {entries.map((e) => (
              <li
                key={e.id}
                className="flex flex-col gap-0.5 py-3 sm:flex-row sm:items-baseline sm:gap-4"
                data-action={e.action}
              >
                <time
                  dateTime={e.createdAt}
                  className="shrink-0 text-xs whitespace-nowrap text-slate-600 tabular-nums sm:w-36"
                >
                  {e.createdAt.replace('T', ' ').slice(0, 16)}
                </time>
                <p className="min-w-0 text-sm break-words text-slate-900">
                  {e.parts.map((p, i) =>
                    p.href ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence.
                      <Link key={i} to={p.href} className="font-medium text-indigo-700 hover:underline">
                        {p.text}
                      </Link>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence.
                      <span key={i}>{p.text}</span>
                    ),
                  )}
                  .
                </p>
              </li>
            ))}
          </ol>
        )}
        <Pagination {...paging} total={total} query={query} />
      </Card>
    </>
  );
}
