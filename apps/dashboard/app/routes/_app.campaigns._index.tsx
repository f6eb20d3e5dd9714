import { campaignsService, crmService } from '@mewayz/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { Link, useLoaderData } from '@remix-run/react';
import { CampaignStatusBadge, CampaignTabs } from '../components/campaigns/campaign-status.tsx';
import { buttonClass, Card, EmptyState, PageHeader, Pagination } from '../components/ui.tsx';
import { audienceLabel, formatInstant, zoneOfRequest } from '../lib/campaigns.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { pageOf } from '../lib/paging.server.ts';
import { requireOrg, requirePermission } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Campaigns · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.view');
  const deps = depsOf(context);
  const paging = pageOf(request);
  const tz = zoneOfRequest(request);
  const [page, segments] = await Promise.all([
    campaignsService.listCampaigns(deps, ctx.scope, paging),
    crmService.listSegments(deps, ctx.scope, { page: 1, perPage: 100 }),
  ]);
  const segs = segments.items.map((s) => ({ id: s.id, name: s.name }));
  return {
    paging,
    total: page.total,
    zone: tz,
    campaigns: page.items.map((c) => ({
      id: c.id,
      name: c.name,
      status: c.status,
      audience: audienceLabel(c.audience, segs),
      recipients: c.recipients,
      // The one time that matters in each state: when it goes, when it went, when it was made.
      when:
        c.status === 'scheduled'
          ? `Sends ${formatInstant(c.scheduledAt, tz)}`
          : c.status === 'sent' || c.status === 'canceled'
            ? `${c.status === 'sent' ? 'Sent' : 'Stopped'} ${formatInstant(c.finishedAt ?? c.updatedAt, tz)}`
            : c.startedAt
              ? `Started ${formatInstant(c.startedAt, tz)}`
              : `Created ${formatInstant(c.createdAt, tz)}`,
    })),
    canManage: ctx.can('crm.manage'),
  };
}

export default function Campaigns() {
  const { campaigns, paging, total, zone, canManage } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title="Campaigns"
        description="Emails to your contacts: pick who, write it once, send it now or later."
        actions={
          canManage ? (
            <Link to="/campaigns/new" className={buttonClass()}>
              New campaign
            </Link>
          ) : null
        }
      />
      <CampaignTabs />
      <Card>
        {campaigns.length === 0 ? (
          <EmptyState title="No campaigns yet">
            Write a template, then send it to a segment or a tag of your contacts.
          </EmptyState>
        ) : (
          <ul className="-my-3 divide-y divide-slate-100" aria-label="Campaigns">
            {campaigns.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3">
                <div className="min-w-0">
                  <Link
                    to={`/campaigns/${c.id}`}
                    className="text-sm font-semibold break-words text-indigo-700 hover:underline"
                  >
                    {c.name}
                  </Link>
                  <p className="text-xs break-words text-slate-600">{c.audience}</p>
                </div>
                <div className="flex flex-wrap items-center gap-3 text-xs text-slate-600">
                  <span>{c.when}</span>
                  {c.recipients > 0 ? (
                    <span className="tabular-nums">
                      {c.recipients.toLocaleString('en-US')} recipient{c.recipients === 1 ? '' : 's'}
                    </span>
                  ) : null}
                  <CampaignStatusBadge status={c.status} />
                </div>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={paging.page} perPage={paging.perPage} total={total} />
      </Card>
      <p className="mt-3 text-xs text-slate-500">Times in {zone}.</p>
    </>
  );
}
