import { campaignsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { BackLink } from '../components/campaigns/campaign-status.tsx';
import { CampaignWizard } from '../components/campaigns/campaign-wizard.tsx';
import { PageHeader } from '../components/ui.tsx';
import { suggestedSendTime, type WizardValues } from '../lib/campaign-forms.ts';
import { submitWizard, type WizardRefusal, wizardChoices, zoneOfRequest } from '../lib/campaigns.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';
import { toZonedInput } from '../lib/time-zone.ts';

export const meta: MetaFunction = () => [{ title: 'New campaign · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.manage');
  const deps = depsOf(context);
  const zone = zoneOfRequest(request);
  const choices = await wizardChoices(deps, ctx.scope);
  const defaults: WizardValues = {
    name: '',
    templateId: choices.templates[0]?.id ?? '',
    audienceType: choices.segments.length && !choices.tags.length ? 'segment' : 'tags',
    segmentId: choices.segments[0]?.id ?? '',
    tags: [],
    subject: choices.templates[0]?.subject ?? '',
    previewText: choices.templates[0]?.previewText ?? '',
    fromName: choices.sender.fromName || ctx.org.name,
    replyTo: choices.sender.replyTo,
    when: 'now',
    at: toZonedInput(suggestedSendTime(deps.now()), zone),
  };
  return { ...choices, zone, defaults };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'crm.manage');
  // The wizard's one submission: check everything, create the campaign, then send or schedule it.
  if (intent === 'create')
    return submitWizard(
      form,
      ctx,
      deps,
      intent,
      async (input) => (await campaignsService.createCampaign(deps, ctx.scope, ctx.actor, input)).id,
    );
  throw new Response('Unknown action.', { status: 400 });
}

export default function NewCampaign() {
  const loaded = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as WizardRefusal | undefined;
  return (
    <>
      <BackLink to="/campaigns">Campaigns</BackLink>
      <PageHeader title="New campaign" description="Who gets it, what they get, and when." />
      <CampaignWizard
        choices={loaded}
        zone={loaded.zone}
        values={r?.values ?? loaded.defaults}
        errors={r?.fieldErrors ?? {}}
        message={r?.message}
      />
    </>
  );
}
