import type { CampaignStatus } from '@mewayz/contracts';
import { campaignsService, crmService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData, useRevalidator, useSearchParams } from '@remix-run/react';
import { useEffect } from 'react';
import { CampaignReport } from '../components/campaigns/campaign-report.tsx';
import {
  BackLink,
  CampaignStatusBadge,
  campaignStatusLabel,
} from '../components/campaigns/campaign-status.tsx';
import { ActionForm, Alert, Button, Card, Field, PageHeader, TimeZoneInput } from '../components/ui.tsx';
import { sendTimeFromForm, suggestedSendTime } from '../lib/campaign-forms.ts';
import { audienceLabel, formatInstant, zoneOfRequest } from '../lib/campaigns.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult, fail, withAppErrors } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';
import { toZonedInput } from '../lib/time-zone.ts';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.campaign.name ?? 'Campaign'} · Mewayz` },
];

export const loader = withAppErrors(async ({ request, context, params }: LoaderFunctionArgs) => {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.view');
  const deps = depsOf(context);
  const tz = zoneOfRequest(request);
  const campaign = await campaignsService.getCampaign(deps, ctx.scope, params.campaignId ?? '');
  const [stats, segments, template] = await Promise.all([
    campaignsService.campaignStats(deps, ctx.scope, campaign.id),
    crmService.listSegments(deps, ctx.scope, { page: 1, perPage: 100 }),
    // A deleted template leaves sent campaigns readable (their HTML was frozen when they started).
    campaignsService.getTemplate(deps, ctx.scope, campaign.templateId).catch(() => null),
  ]);
  return {
    campaign: {
      id: campaign.id,
      name: campaign.name,
      status: campaign.status,
      subject: campaign.subject,
      previewText: campaign.previewText,
      fromName: campaign.fromName,
      replyTo: campaign.replyTo,
      audience: audienceLabel(
        campaign.audience,
        segments.items.map((s) => ({ id: s.id, name: s.name })),
      ),
      scheduled: formatInstant(campaign.scheduledAt, tz),
      started: formatInstant(campaign.startedAt, tz),
      finished: formatInstant(campaign.finishedAt, tz),
      at: toZonedInput(campaign.scheduledAt ?? suggestedSendTime(deps.now()), tz),
    },
    template: template ? { id: template.id, name: template.name } : null,
    stats,
    zone: tz,
    canManage: ctx.can('crm.manage'),
  };
});

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'crm.manage');
  const id = params.campaignId ?? '';
  try {
    switch (intent) {
      case 'sendNow':
        await campaignsService.sendCampaignNow(deps, ctx.scope, ctx.actor, id);
        return { ok: true as const, intent, message: 'Sending starts within a minute.' };
      case 'reschedule': {
        // Another workspace's campaign is a 404 before the time is judged, as core does.
        await campaignsService.getCampaign(deps, ctx.scope, id);
        const time = sendTimeFromForm(form, deps.now());
        if ('error' in time) return fail('Check the send time.', { at: time.error }, { intent });
        await campaignsService.scheduleCampaign(deps, ctx.scope, ctx.actor, id, { at: time.at });
        return { ok: true as const, intent, message: 'Scheduled.' };
      }
      case 'pause':
        await campaignsService.pauseCampaign(deps, ctx.scope, ctx.actor, id);
        return { ok: true as const, intent, message: 'Paused: nothing more is sent until you resume.' };
      case 'resume':
        await campaignsService.resumeCampaign(deps, ctx.scope, ctx.actor, id);
        return { ok: true as const, intent, message: 'Resumed.' };
      case 'cancel':
        await campaignsService.cancelCampaign(deps, ctx.scope, ctx.actor, id);
        return { ok: true as const, intent, message: 'Canceled: recipients not sent to yet never will be.' };
      case 'delete':
        await campaignsService.deleteCampaign(deps, ctx.scope, ctx.actor, id);
        return redirect('/campaigns');
      default:
        throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    return appErrorToResult(err, { intent });
  }
}

/** What each state allows; core refuses the rest with a 409 anyway. */
const allowed: Record<CampaignStatus, string[]> = {
  draft: ['edit', 'sendNow', 'reschedule', 'cancel', 'delete'],
  scheduled: ['edit', 'sendNow', 'reschedule', 'pause', 'cancel'],
  sending: ['pause', 'cancel'],
  paused: ['resume', 'cancel'],
  sent: [],
  canceled: [],
};

const REFRESH_MS = 5_000;

type Reply =
  | { ok: boolean; intent?: string; message?: string; fieldErrors?: Record<string, string> }
  | undefined;

export default function CampaignPage() {
  const { campaign, template, stats, zone, canManage } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as Reply;
  const [search] = useSearchParams();
  const revalidator = useRevalidator();
  // While it goes out (or is about to), the report follows without a reload.
  const live = campaign.status === 'sending' || campaign.status === 'scheduled';
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => {
      if (revalidator.state === 'idle') revalidator.revalidate();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [live, revalidator]);
  const can = (intent: string) => canManage && allowed[campaign.status].includes(intent);
  const when =
    campaign.status === 'scheduled'
      ? `Sends ${campaign.scheduled}`
      : campaign.finished
        ? `${campaign.status === 'sent' ? 'Sent' : 'Stopped'} ${campaign.finished}`
        : campaign.started
          ? `Started ${campaign.started}`
          : campaignStatusLabel[campaign.status];
  return (
    <>
      <BackLink to="/campaigns">Campaigns</BackLink>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            <span className="break-words">{campaign.name}</span>
            <CampaignStatusBadge status={campaign.status} />
          </span>
        }
        description={`${when} · times in ${zone}`}
      />
      <div className="space-y-4">
        {search.get('unsent') && !r ? (
          <Alert>
            The campaign was saved as a draft but could not be scheduled; check the send time and your postal
            address in Email settings, then schedule it below.
          </Alert>
        ) : null}
        {r?.message ? <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert> : null}
        <Card title="Report">
          <CampaignReport stats={stats} sending={campaign.status === 'sending'} />
        </Card>
        <div className="grid gap-4 lg:grid-cols-2">
          <Card title="Details">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-slate-600">Audience</dt>
              <dd className="min-w-0 break-words text-slate-900">{campaign.audience}</dd>
              <dt className="text-slate-600">Template</dt>
              <dd className="min-w-0 break-words text-slate-900">
                {template ? (
                  <Link
                    to={`/campaigns/templates/${template.id}`}
                    className="text-indigo-700 hover:underline"
                  >
                    {template.name}
                  </Link>
                ) : (
                  'Deleted'
                )}
              </dd>
              <dt className="text-slate-600">Subject</dt>
              <dd className="min-w-0 break-words text-slate-900">{campaign.subject}</dd>
              {campaign.previewText ? (
                <>
                  <dt className="text-slate-600">Preview text</dt>
                  <dd className="min-w-0 break-words text-slate-900">{campaign.previewText}</dd>
                </>
              ) : null}
              <dt className="text-slate-600">From</dt>
              <dd className="min-w-0 break-words text-slate-900">
                {campaign.fromName}
                {campaign.replyTo ? ` (replies to ${campaign.replyTo})` : ''}
              </dd>
            </dl>
            {can('edit') ? (
              <p className="mt-4 text-sm">
                <Link
                  to={`/campaigns/${campaign.id}/edit`}
                  className="font-semibold text-indigo-700 hover:underline"
                >
                  Edit campaign
                </Link>
              </p>
            ) : null}
          </Card>
          {canManage && allowed[campaign.status].length ? (
            <Card title="Actions">
              <div className="space-y-4">
                {can('reschedule') ? (
                  <ActionForm
                    intent="reschedule"
                    className="flex flex-wrap items-end gap-3"
                    aria-label="Schedule"
                  >
                    <TimeZoneInput zone={zone} />
                    <Field
                      label={campaign.status === 'scheduled' ? 'Move to' : 'Schedule for'}
                      name="at"
                      type="datetime-local"
                      required
                      defaultValue={campaign.at}
                      error={r?.intent === 'reschedule' ? r.fieldErrors?.at : undefined}
                      hint={`Your time zone: ${zone}.`}
                    />
                    <Button type="submit" variant="secondary" intent="reschedule" className="mb-5">
                      {campaign.status === 'scheduled' ? 'Reschedule' : 'Schedule'}
                    </Button>
                  </ActionForm>
                ) : null}
                <div className="flex flex-wrap gap-3">
                  {(
                    [
                      ['sendNow', 'Send now', 'primary'],
                      ['pause', 'Pause', 'secondary'],
                      ['resume', 'Resume', 'primary'],
                      ['cancel', 'Cancel campaign', 'danger'],
                      ['delete', 'Delete draft', 'danger'],
                    ] as const
                  )
                    .filter(([intent]) => can(intent))
                    .map(([intent, label, variant]) => (
                      <ActionForm key={intent} intent={intent} aria-label={label}>
                        <Button type="submit" variant={variant} intent={intent}>
                          {label}
                        </Button>
                      </ActionForm>
                    ))}
                </div>
              </div>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
