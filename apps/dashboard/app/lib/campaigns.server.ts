import { createCampaignInput } from '@mewayz/contracts';
import { AppError, campaignsService, crmService, type TenantScope } from '@mewayz/core';
import { data, redirect } from '@remix-run/cloudflare';
import {
  campaignFromForm,
  sendTimeFromForm,
  type WizardValues,
  wizardFieldOf,
  wizardValues,
} from './campaign-forms.ts';
import type { DashboardDeps } from './env.server.ts';
import { appErrorToResult, parseWith } from './forms.server.ts';
import { readCookie } from './session.server.ts';
import type { OrgContext } from './tenant.server.ts';
import { defaultTimeZone, timeZoneCookie, validTimeZone } from './time-zone.ts';

/** The zone the browser reported (the root component's cookie), else UTC: what times are shown in. */
export function zoneOfRequest(request: Request): string {
  return validTimeZone(readCookie(request, timeZoneCookie)) ?? defaultTimeZone;
}

/**
 * An instant as the creator reads it, formatted on the server: the browser's ICU and workerd's may
 * word a date differently, and a hydration mismatch would flash.
 */
export function formatInstant(iso: string | null, tz: string): string | null {
  if (!iso) return null;
  return new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: tz,
  }).format(new Date(iso));
}

/** What the wizard offers: templates, segments, the tags in use and the sender defaults. */
export async function wizardChoices(deps: DashboardDeps, scope: TenantScope) {
  const [templates, segments, tags, sender] = await Promise.all([
    campaignsService.listTemplates(deps, scope, { page: 1, perPage: 100 }),
    crmService.listSegments(deps, scope, { page: 1, perPage: 100 }),
    crmService.listTagsInUse(scope),
    campaignsService.getSenderSettings(deps, scope),
  ]);
  return {
    templates: templates.items.map((t) => ({
      id: t.id,
      name: t.name,
      subject: t.subject,
      previewText: t.previewText,
    })),
    segments: segments.items.map((s) => ({ id: s.id, name: s.name })),
    tags: tags.map((t) => t.tag),
    sender: {
      fromName: sender.fromName ?? '',
      replyTo: sender.replyTo ?? '',
      postalAddress: sender.postalAddress,
    },
  };
}

/** How a campaign's audience reads in words (a deleted segment says so rather than failing the page). */
export function audienceLabel(
  audience: { type: 'segment'; segmentId: string } | { type: 'tags'; tags: string[] },
  segments: { id: string; name: string }[],
): string {
  if (audience.type === 'tags') return `Contacts tagged ${audience.tags.map((t) => `“${t}”`).join(' or ')}`;
  const segment = segments.find((s) => s.id === audience.segmentId);
  return segment ? `Segment “${segment.name}”` : 'A segment that no longer exists';
}

/**
 * A refusal that also hands the submitted values back: the page renders them again, so nothing
 * typed is lost (without JavaScript the form is rebuilt from this answer).
 */
export function refusedKeeping<V>(err: unknown, intent: string, values: V, fieldOf = (path: string) => path) {
  const refused = appErrorToResult(err, { intent });
  const fieldErrors: Record<string, string> = {};
  for (const [path, message] of Object.entries(refused.data.fieldErrors))
    fieldErrors[fieldOf(path)] ??= message;
  return data({ ...refused.data, fieldErrors, values }, refused.init ?? undefined);
}

/** The editor's help lists the workspace's custom fields beside the built-in ones. */
export async function customMergeFields(deps: DashboardDeps, scope: TenantScope) {
  const fields = await crmService.listContactFields(deps, scope);
  return fields.map((f) => ({ key: f.key, label: f.label }));
}

/** A saved template's preview for the page's first render (the live preview takes over from there). */
export async function savedPreview(deps: DashboardDeps, scope: TenantScope, mjml: string, subject: string) {
  return campaignsService.previewTemplate(deps, scope, { mjml, subject });
}

/**
 * The wizard's submission read and checked at once, every problem next to its field: the schema's,
 * the send time's and the footer's (no campaign goes out without the postal address).
 */
async function checkWizardForm(form: FormData, deps: DashboardDeps, scope: TenantScope) {
  const values = wizardValues(form);
  const input = campaignFromForm(form);
  const fieldErrors: Record<string, string> = {};
  const parsed = parseWith(createCampaignInput, input);
  if (!parsed.ok)
    for (const [path, message] of Object.entries(parsed.fieldErrors))
      fieldErrors[wizardFieldOf(path)] ??= message;
  const time = values.when === 'later' ? sendTimeFromForm(form, deps.now()) : null;
  if (time && 'error' in time) fieldErrors.at = time.error;
  if (values.when !== 'draft') {
    const sender = await campaignsService.getSenderSettings(deps, scope);
    if (!sender.postalAddress)
      fieldErrors.when = 'Add your postal address in Email settings first: every campaign’s footer shows it.';
  }
  return { values, input, time, fieldErrors };
}

export type WizardRefusal = {
  ok: false;
  intent: string;
  message: string;
  fieldErrors: Record<string, string>;
  values: WizardValues;
};

/** The answer to a wizard with problems: 422, the values kept. */
function wizardRefused(intent: string, fieldErrors: Record<string, string>, values: WizardValues) {
  return data<WizardRefusal>(
    { ok: false, intent, message: 'Check the fields marked below.', fieldErrors, values },
    { status: 422 },
  );
}

/**
 * Send now or at the chosen time, after the campaign was saved; then its page. A refusal from here
 * is the campaign page's to show (what was saved stays saved).
 */
async function sendOrScheduleSaved(
  deps: DashboardDeps,
  ctx: OrgContext,
  campaignId: string,
  when: string,
  time: ReturnType<typeof sendTimeFromForm> | null,
) {
  try {
    if (when === 'now') await campaignsService.sendCampaignNow(deps, ctx.scope, ctx.actor, campaignId);
    if (time && 'at' in time)
      await campaignsService.scheduleCampaign(deps, ctx.scope, ctx.actor, campaignId, { at: time.at });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return redirect(`/campaigns/${campaignId}?unsent=1`);
  }
  return redirect(`/campaigns/${campaignId}`);
}

/**
 * The wizard's submission, creating or editing: refused next to its fields, or saved by `save` (which
 * returns the campaign's id; a refusal of core's keeps what was typed), then sent or scheduled.
 */
export async function submitWizard(
  form: FormData,
  ctx: OrgContext,
  deps: DashboardDeps,
  intent: string,
  save: (input: ReturnType<typeof campaignFromForm>) => Promise<string>,
) {
  const { values, input, time, fieldErrors } = await checkWizardForm(form, deps, ctx.scope);
  if (Object.keys(fieldErrors).length) return wizardRefused(intent, fieldErrors, values);
  let campaignId: string;
  try {
    campaignId = await save(input);
  } catch (err) {
    return refusedKeeping(err, intent, values, wizardFieldOf);
  }
  return sendOrScheduleSaved(deps, ctx, campaignId, values.when, time);
}
