import { organizationsService } from '@mewayz/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { Link, useLoaderData } from '@remix-run/react';
import { Card, EmptyState, PageHeader } from '../components/ui.tsx';
import { listAudit } from '../lib/audit.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { requireOrg, requirePermission } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Audit log · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'organization.manage');
  const before = new URL(request.url).searchParams.get('before') ?? undefined;
  const [page, members] = await Promise.all([
    listAudit(ctx.scope, { before, limit: 50 }),
    organizationsService.listMembers(depsOf(context), ctx.scope, { page: 1, perPage: 200 }),
  ]);
  const names = Object.fromEntries(members.items.map((m) => [m.userId, m.name || m.email]));
  return { ...page, names };
}

export default function Audit() {
  const { items, next, names } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title="Audit log" description="Every change in this workspace: who, what and when (UTC)." />
      <Card>
        {items.length === 0 ? (
          <EmptyState title="Nothing recorded yet" />
        ) : (
          <div className="-mx-5 -my-5 overflow-x-auto">
            <table className="w-full min-w-[40rem] text-left text-sm">
              <thead className="bg-slate-50 text-xs text-slate-600 uppercase">
                <tr>
                  <th scope="col" className="px-5 py-2">
                    When
                  </th>
                  <th scope="col" className="px-5 py-2">
                    Who
                  </th>
                  <th scope="col" className="px-5 py-2">
                    Action
                  </th>
                  <th scope="col" className="px-5 py-2">
                    Target
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {items.map((a) => (
                  <tr key={a.id}>
                    <td className="px-5 py-2.5 whitespace-nowrap text-slate-700 tabular-nums">
                      {a.createdAt.replace('T', ' ').slice(0, 19)}
                    </td>
                    <td className="px-5 py-2.5 text-slate-900">
                      {a.actorUserId ? (names[a.actorUserId] ?? 'former member') : 'system'}
                      {a.actorTokenId ? <span className="text-slate-600"> via API token</span> : null}
                    </td>
                    <td className="px-5 py-2.5 font-mono text-xs text-indigo-800">{a.action}</td>
                    <td className="px-5 py-2.5 text-slate-700">
                      {a.targetType ? `${a.targetType} ` : ''}
                      <span className="font-mono text-xs text-slate-600">{a.targetId}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      {next ? (
        <div className="mt-4 flex justify-end">
          <Link
            to={`?before=${next}`}
            className="rounded-lg bg-white px-3.5 py-2 text-sm font-semibold text-slate-800 shadow-sm ring-1 ring-slate-300 hover:bg-slate-50"
          >
            Older entries
          </Link>
        </div>
      ) : null}
    </>
  );
}
