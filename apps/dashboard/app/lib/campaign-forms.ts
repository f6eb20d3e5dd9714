import { fromZonedInput, zoneOfForm } from './time-zone.ts';

/**
 * The campaign wizard's and the template editor's forms, read the same way by their pages and by
 * the resource routes that preview and count while the creator types (those post the form as it
 * stands, unchanged).
 */

/** The audience the wizard's form describes: a saved segment, or any of the ticked tags. */
export function audienceFromForm(form: FormData) {
  if (form.get('audienceType') === 'segment')
    return { type: 'segment' as const, segmentId: String(form.get('segmentId') ?? '') };
  return {
    type: 'tags' as const,
    tags: form
      .getAll('tags')
      .map(String)
      .filter((t) => t !== ''),
  };
}

/** A form's text field, as typed (an empty one stays empty: the schema says what is missing). */
export const textOf = (form: FormData, name: string) => String(form.get(name) ?? '');

/** What the template editor posts, as core's template input. */
export function templateFromForm(form: FormData) {
  return {
    name: textOf(form, 'name'),
    subject: textOf(form, 'subject'),
    previewText: textOf(form, 'previewText'),
    mjml: textOf(form, 'mjml'),
  };
}

/** What core renders a preview from: the body and the subject (the rest is not part of the email). */
export function previewInput(template: { mjml: string; subject: string }) {
  return { mjml: template.mjml, subject: template.subject };
}

/** What the wizard posts, as core's campaign input (an empty reply-to is "none"). */
export function campaignFromForm(form: FormData) {
  const replyTo = textOf(form, 'replyTo').trim();
  return {
    name: textOf(form, 'name'),
    templateId: textOf(form, 'templateId'),
    audience: audienceFromForm(form),
    subject: textOf(form, 'subject'),
    previewText: textOf(form, 'previewText'),
    fromName: textOf(form, 'fromName'),
    replyTo: replyTo === '' ? null : replyTo,
  };
}

/** The values to put back into the wizard after a refusal, so nothing typed is lost without JS either. */
export function wizardValues(form: FormData) {
  return {
    name: textOf(form, 'name'),
    templateId: textOf(form, 'templateId'),
    audienceType: textOf(form, 'audienceType') || 'tags',
    segmentId: textOf(form, 'segmentId'),
    tags: form.getAll('tags').map(String),
    subject: textOf(form, 'subject'),
    previewText: textOf(form, 'previewText'),
    fromName: textOf(form, 'fromName'),
    replyTo: textOf(form, 'replyTo'),
    when: textOf(form, 'when') || 'now',
    at: textOf(form, 'at'),
  };
}
export type WizardValues = ReturnType<typeof wizardValues>;

/**
 * The send time a form asks for, read in the zone it was shown in: `{ at }` (ISO, UTC) or the
 * field's problem in words. Core checks the same bounds again; this answers next to the field first.
 */
export function sendTimeFromForm(form: FormData, now: Date): { at: string } | { error: string } {
  const at = fromZonedInput(form.get('at'), zoneOfForm(form));
  if (at === null) return { error: 'Pick a date and time' };
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return { error: 'Pick a date and time' };
  if (Date.parse(at) < now.getTime() - 60_000) return { error: 'Pick a time in the future' };
  return { at };
}

/** The next full hour at least 30 minutes away: a time worth scheduling, offered before one is picked. */
export function suggestedSendTime(now: Date): string {
  const hour = 3_600_000;
  return new Date(Math.ceil((now.getTime() + hour / 2) / hour) * hour).toISOString();
}

/** Core's detail paths (`audience.tags`) → the wizard's field names. */
export function wizardFieldOf(path: string): string {
  if (path.startsWith('audience.segmentId')) return 'segmentId';
  if (path.startsWith('audience')) return 'tags';
  return path;
}

/** A starting point for a new template: the merge fields and a button, in MJML the renderer accepts. */
export const starterMjml = `<mjml>
  <mj-body background-color="#f8fafc">
    <mj-section background-color="#ffffff" padding="32px 24px">
      <mj-column>
        <mj-text font-size="22px" font-weight="bold">Hello {{ first_name | "there" }}</mj-text>
        <mj-text font-size="16px" line-height="24px">Write your news here.</mj-text>
        <mj-button href="https://example.com">Read more</mj-button>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
