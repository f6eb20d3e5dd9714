import { campaignsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { BackLink } from '../components/campaigns/campaign-status.tsx';
import { CampaignWizard } from '../components/campaigns/campaign-wizard.tsx';
import { PageHeader } from '../components/ui.tsx';
import { suggestedSendTime, type WizardValues } from '../lib/campaign-forms.ts';
import { submitWizard, type WizardRefusal, wizardChoices, zoneOfRequest } from '../lib/campaigns.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { withAppErrors } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';
import { toZonedInput } from '../lib/time-zone.ts';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Edit ${data?.campaign?.name ?? 'campaign'} · Mewayz` },
];

/** Only a draft or a scheduled campaign can change; core says so too (409). */
const editable = (status: string): status is 'draft' | 'scheduled' =>
  status === 'draft' || status === 'scheduled';

export const loader = withAppErrors(async ({ request, context, params }: LoaderFunctionArgs) => {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.manage');
  const deps = depsOf(context);
  const campaign = await campaignsService.getCampaign(deps, ctx.scope, params.campaignId ?? '');
  // Once it has started, there is nothing to edit: its page shows the report.
  if (!editable(campaign.status)) throw redirect(`/campaigns/${campaign.id}`);
  const zone = zoneOfRequest(request);
  const choices = await wizardChoices(deps, ctx.scope);
  const audience = campaign.audience;
  const values: WizardValues = {
    name: campaign.name,
    templateId: campaign.templateId,
    audienceType: audience.type,
    segmentId: audience.type === 'segment' ? audience.segmentId : (choices.segments[0]?.id ?? ''),
    tags: audience.type === 'tags' ? audience.tags : [],
    subject: campaign.subject,
    previewText: campaign.previewText ?? '',
    fromName: campaign.fromName,
    replyTo: campaign.replyTo ?? '',
    when: campaign.status === 'scheduled' ? 'later' : 'draft',
    at: toZonedInput(campaign.scheduledAt ?? suggestedSendTime(deps.now()), zone),
  };
  return {
    ...choices,
    // A tag the audience names but no contact carries any more is still offered, ticked.
    tags: [...new Set([...choices.tags, ...values.tags])],
    zone,
    values,
    campaign: { id: campaign.id, name: campaign.name, status: campaign.status },
  };
});

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'crm.manage');
  const id = params.campaignId ?? '';
  // Core refuses (404) another workspace's campaign and (409) one that started meanwhile; the page
  // says so and keeps what was typed.
  if (intent === 'save')
    return submitWizard(form, ctx, deps, intent, async (input) => {
      await campaignsService.updateCampaign(deps, ctx.scope, ctx.actor, id, input);
      return id;
    });
  throw new Response('Unknown action.', { status: 400 });
}

export default function EditCampaign() {
  const loaded = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as WizardRefusal | undefined;
  const { campaign } = loaded;
  return (
    <>
      <BackLink to={`/campaigns/${campaign.id}`}>{campaign.name}</BackLink>
      <PageHeader
        title={`Edit ${campaign.name}`}
        description={
          campaign.status === 'scheduled'
            ? 'It is scheduled: change anything before it starts.'
            : 'A draft: change anything, then send or schedule it.'
        }
      />
      <CampaignWizard
        choices={loaded}
        zone={loaded.zone}
        values={r?.values ?? loaded.values}
        errors={r?.fieldErrors ?? {}}
        message={r?.message}
        editing={{ status: campaign.status as 'draft' | 'scheduled' }}
      />
    </>
  );
}
