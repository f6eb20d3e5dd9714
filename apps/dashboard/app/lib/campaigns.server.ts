import { campaignsService, crmService, type TenantScope } from '@mewayz/core';
import { data } from '@remix-run/cloudflare';
import type { DashboardDeps } from './env.server.ts';
import { appErrorToResult } from './forms.server.ts';
import { readCookie } from './session.server.ts';
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
