import { z } from '@hono/zod-openapi';
import { tagSchema } from './crm.ts';
import { countOut, emailOut, instantOut, textOut } from './fields.ts';
import { emailField } from './identity.ts';
import { idSchema } from './ids.ts';
import { hasSomeField, NOTHING_TO_CHANGE } from './messages.ts';
import { multiLine, singleLine } from './text.ts';

/**
 * Email campaigns: MJML templates with merge fields, campaigns to a segment or tags, their sending
 * state and results, and the organization's sender settings (the postal address every footer shows).
 */

/** Below the API's body limit (64 KiB), so a template that fits is never cut off by it. */
export const MAX_TEMPLATE_MJML = 60_000;
export const MAX_CAMPAIGN_TAGS = 20;

export const campaignStatuses = ['draft', 'scheduled', 'sending', 'paused', 'sent', 'canceled'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

const mjmlSource = z
  .string({ error: 'Enter the template’s MJML' })
  .min(1, { error: 'Enter the template’s MJML', abort: true })
  .max(MAX_TEMPLATE_MJML, { error: `Use at most ${MAX_TEMPLATE_MJML} characters` })
  .refine((v) => v.trimStart().startsWith('<mjml'), { error: 'A template starts with <mjml>' })
  .openapi({
    maxLength: MAX_TEMPLATE_MJML,
    pattern: '^\\s*<mjml',
    example: '<mjml><mj-body>…</mj-body></mjml>',
  });

export const emailTemplateSchema = z
  .object({
    id: idSchema('emailTemplate'),
    name: textOut(120),
    subject: textOut(200),
    previewText: textOut(200),
    mjml: z.string().openapi({ maxLength: MAX_TEMPLATE_MJML, pattern: '^\\s*<mjml' }),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .openapi('EmailTemplate');

const templateFields = {
  name: singleLine(1, 120, { field: 'name' }),
  subject: singleLine(1, 200, { field: 'subject' }),
  previewText: singleLine(0, 200).default(''),
  mjml: mjmlSource,
};
export const createTemplateInput = z.object(templateFields).strict().openapi('CreateEmailTemplate');
export type CreateTemplateInput = z.input<typeof createTemplateInput>;
export const updateTemplateInput = z
  .object({ ...templateFields, previewText: singleLine(0, 200) })
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateEmailTemplate', { minProperties: 1 });
export type UpdateTemplateInput = z.input<typeof updateTemplateInput>;

/** Render MJML as it stands (saved or not) with sample merge values. */
export const previewTemplateInput = z
  .object({ mjml: mjmlSource, subject: singleLine(0, 200).optional() })
  .strict()
  .openapi('PreviewEmailTemplate');
export const templatePreviewSchema = z
  .object({
    html: z.string().openapi({ maxLength: 1_000_000, pattern: '^[\\s\\S]*$' }),
    text: z.string().openapi({ maxLength: 1_000_000, pattern: '^[\\s\\S]*$' }),
    subject: textOut(200),
    warnings: z.array(textOut(300)).max(50),
  })
  .openapi('EmailTemplatePreview');
export const testSendInput = z
  .object({ to: emailField(false) })
  .strict()
  .openapi('TestSend');

export const campaignAudienceSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('segment'), segmentId: idSchema('segment') }).strict(),
    z
      .object({
        type: z.literal('tags'),
        tags: z
          .array(tagSchema)
          .min(1, { error: 'Pick at least one tag' })
          .max(MAX_CAMPAIGN_TAGS, { error: `Use at most ${MAX_CAMPAIGN_TAGS} tags` }),
      })
      .strict(),
  ])
  .openapi('CampaignAudience');
export type CampaignAudienceInput = z.input<typeof campaignAudienceSchema>;

export const campaignStatsSchema = z
  .object({
    recipients: countOut,
    pending: countOut,
    sent: countOut,
    failed: countOut,
    delivered: countOut,
    opens: countOut.openapi({ description: 'Recipients who opened, machine opens excluded.' }),
    machineOpens: countOut,
    uniqueClicks: countOut,
    unsubscribes: countOut,
    bounces: countOut,
    complaints: countOut,
  })
  .openapi('CampaignStats');
export type CampaignStats = z.output<typeof campaignStatsSchema>;

export const campaignSchema = z
  .object({
    id: idSchema('campaign'),
    name: textOut(120),
    templateId: idSchema('emailTemplate'),
    audience: campaignAudienceSchema,
    subject: textOut(200),
    previewText: textOut(200),
    fromName: textOut(80),
    replyTo: emailOut.nullable(),
    status: z.enum(campaignStatuses),
    scheduledAt: instantOut.nullable(),
    startedAt: instantOut.nullable(),
    finishedAt: instantOut.nullable(),
    recipients: countOut,
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .openapi('Campaign');

const campaignFields = {
  name: singleLine(1, 120, { field: 'name' }),
  templateId: idSchema('emailTemplate'),
  audience: campaignAudienceSchema,
  subject: singleLine(1, 200, { field: 'subject' }),
  previewText: singleLine(0, 200),
  fromName: singleLine(1, 80, { field: 'from name' }),
  replyTo: emailField(false).nullable(),
};
export const createCampaignInput = z
  .object({
    ...campaignFields,
    previewText: campaignFields.previewText.default(''),
    replyTo: campaignFields.replyTo.optional(),
  })
  .strict()
  .openapi('CreateCampaign');
export type CreateCampaignInput = z.input<typeof createCampaignInput>;
export const updateCampaignInput = z
  .object(campaignFields)
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateCampaign', { minProperties: 1 });
export type UpdateCampaignInput = z.input<typeof updateCampaignInput>;

/** When to send: an instant at least now (a past instant is refused rather than sent at once). */
export const scheduleCampaignInput = z
  .object({
    at: z.iso
      .datetime({ offset: true, error: 'Give a date and time like 2026-12-24T09:00:00Z' })
      .openapi({ format: 'date-time', maxLength: 40 }),
  })
  .strict()
  .openapi('ScheduleCampaign');

export const emailSenderSettingsSchema = z
  .object({
    postalAddress: textOut(500, true),
    fromName: textOut(80).nullable(),
    replyTo: emailOut.nullable(),
    fromAddress: emailOut.nullable().openapi({
      description:
        'Campaigns come from this address while its domain is a verified sending domain; null (or an unverified domain) sends from the platform’s address under `fromName`.',
    }),
    doubleOptIn: z.boolean().openapi({
      description:
        'Whether signups from site forms must confirm their address by email before they are subscribed.',
    }),
  })
  .openapi('EmailSenderSettings');
export const emailSenderSettingsInput = z
  .object({
    postalAddress: multiLine(5, 500, { field: 'postal address' }),
    fromName: singleLine(1, 80).nullable().optional(),
    replyTo: emailField(false).nullable().optional(),
    /** On a verified sending domain of the organization, else refused (`sending_domain_unverified`); left out: unchanged. */
    fromAddress: emailField(false).nullable().optional(),
    /** Left out: unchanged. */
    doubleOptIn: z.boolean().optional(),
  })
  .strict()
  .openapi('UpdateEmailSenderSettings');
export type EmailSenderSettingsInput = z.input<typeof emailSenderSettingsInput>;

export const testSendSchema = z.object({ sent: z.boolean() }).openapi('TestSendResult');
export const audienceCountSchema = z.object({ count: countOut }).openapi('AudienceCount');
