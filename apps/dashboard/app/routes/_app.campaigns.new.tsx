import { createCampaignInput } from '@mewayz/contracts';
import { AppError, campaignsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data, redirect } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { BackLink } from '../components/campaigns/campaign-status.tsx';
import { CampaignWizard } from '../components/campaigns/campaign-wizard.tsx';
import { PageHeader } from '../components/ui.tsx';
import {
  campaignFromForm,
  sendTimeFromForm,
  suggestedSendTime,
  type WizardValues,
  wizardFieldOf,
  wizardValues,
} from '../lib/campaign-forms.ts';
import { refusedKeeping, wizardChoices, zoneOfRequest } from '../lib/campaigns.server.ts';
import { type DashboardDeps, depsOf } from '../lib/env.server.ts';
import { parseWith } from '../lib/forms.server.ts';
import { type OrgContext, requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';
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

type Refusal = {
  ok: false;
  intent: string;
  message: string;
  fieldErrors: Record<string, string>;
  values: WizardValues;
};

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'crm.manage');
  if (intent === 'create') return create(form, ctx, deps);
  throw new Response('Unknown action.', { status: 400 });
}

/** The wizard's one submission: check everything, create the campaign, then send or schedule it. */
async function create(form: FormData, ctx: OrgContext, deps: DashboardDeps) {
  const intent = 'create';
  const values = wizardValues(form);
  const input = campaignFromForm(form);
  // Every problem at once, next to its field: the schema's, the send time's and the footer's.
  const fieldErrors: Record<string, string> = {};
  const parsed = parseWith(createCampaignInput, input);
  if (!parsed.ok)
    for (const [path, message] of Object.entries(parsed.fieldErrors))
      fieldErrors[wizardFieldOf(path)] ??= message;
  const time = values.when === 'later' ? sendTimeFromForm(form, deps.now()) : null;
  if (time && 'error' in time) fieldErrors.at = time.error;
  if (values.when !== 'draft') {
    const sender = await campaignsService.getSenderSettings(deps, ctx.scope);
    if (!sender.postalAddress)
      fieldErrors.when = 'Add your postal address in Email settings first: every campaign’s footer shows it.';
  }
  if (Object.keys(fieldErrors).length)
    return data<Refusal>(
      { ok: false, intent, message: 'Check the fields marked below.', fieldErrors, values },
      { status: 422 },
    );
  let campaignId: string;
  try {
    campaignId = (await campaignsService.createCampaign(deps, ctx.scope, ctx.actor, input)).id;
  } catch (err) {
    return refusedKeeping(err, intent, values, wizardFieldOf);
  }
  // Created: from here a refusal is the campaign page's to show (the draft is saved, nothing is lost).
  try {
    if (values.when === 'now') await campaignsService.sendCampaignNow(deps, ctx.scope, ctx.actor, campaignId);
    if (time && 'at' in time)
      await campaignsService.scheduleCampaign(deps, ctx.scope, ctx.actor, campaignId, { at: time.at });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return redirect(`/campaigns/${campaignId}?unsent=1`);
  }
  return redirect(`/campaigns/${campaignId}`);
}

export default function NewCampaign() {
  const loaded = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as Refusal | undefined;
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
