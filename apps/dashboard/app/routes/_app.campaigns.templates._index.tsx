import { campaignsService } from '@mewayz/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { Link, useLoaderData } from '@remix-run/react';
import { CampaignTabs } from '../components/campaigns/campaign-status.tsx';
import { buttonClass, Card, EmptyState, PageHeader, Pagination } from '../components/ui.tsx';
import { formatInstant, zoneOfRequest } from '../lib/campaigns.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { pageOf } from '../lib/paging.server.ts';
import { requireOrg, requirePermission } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Email templates · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.view');
  const paging = pageOf(request);
  const tz = zoneOfRequest(request);
  const page = await campaignsService.listTemplates(depsOf(context), ctx.scope, paging);
  return {
    paging,
    total: page.total,
    templates: page.items.map((t) => ({
      id: t.id,
      name: t.name,
      subject: t.subject,
      updated: formatInstant(t.updatedAt, tz),
    })),
    canManage: ctx.can('crm.manage'),
  };
}

export default function Templates() {
  const { templates, paging, total, canManage } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title="Email templates"
        description="The emails your campaigns send, in MJML, with merge fields filled per contact."
        actions={
          canManage ? (
            <Link to="/campaigns/templates/new" className={buttonClass()}>
              New template
            </Link>
          ) : null
        }
      />
      <CampaignTabs />
      <Card>
        {templates.length === 0 ? (
          <EmptyState title="No templates yet">A campaign sends a template: write one first.</EmptyState>
        ) : (
          <ul className="-my-3 divide-y divide-slate-100" aria-label="Templates">
            {templates.map((t) => (
              <li key={t.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3">
                <div className="min-w-0">
                  <Link
                    to={`/campaigns/templates/${t.id}`}
                    className="text-sm font-semibold break-words text-indigo-700 hover:underline"
                  >
                    {t.name}
                  </Link>
                  <p className="text-xs break-words text-slate-600">Subject: {t.subject}</p>
                </div>
                <span className="text-xs text-slate-600">Edited {t.updated}</span>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={paging.page} perPage={paging.perPage} total={total} />
      </Card>
    </>
  );
}
