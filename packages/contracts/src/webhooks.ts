import { z } from '@hono/zod-openapi';
import { instantOut, intIn, listOut, textOut, urlOut } from './fields.ts';
import { idSchema } from './ids.ts';
import { hasSomeField, NOTHING_TO_CHANGE } from './messages.ts';
import { webUrl } from './safe-url.ts';
import { singleLine } from './text.ts';

/**
 * The events an endpoint can subscribe to, with what each means (the dashboard shows the words next
 * to the checkbox; `GET /webhooks/event-types` lists them). Commerce and CRM events join as they land.
 */
export const webhookEventInfo = {
  'site.published': 'A site was published; `data` is the site as `GET /sites/{id}` returns it.',
  'link.created': 'A short link was created; `data` is the link.',
  'link.updated': 'A short link was changed; `data` is the link after the change.',
  'link.deleted': 'A short link was deleted; `data` is the link as it was.',
  'contact.created':
    'A new contact joined your audience (a signup form, an order, the API or the team); `data` is the contact.',
  'form.submitted': 'Someone submitted a form on a site (also when they were already a contact).',
  'member.joined': 'Someone accepted an invitation and joined the workspace; `data` is the member.',
  'order.paid': 'A buyer paid for an order; `data` is the order as `GET /orders/{id}` returns it.',
  'order.refunded': 'Stripe refunded (part of) an order; `data` is the order after the refund.',
  'order.fulfilled': 'An order was marked fulfilled (shipped); `data` is the order.',
} as const;
export type WebhookEventType = keyof typeof webhookEventInfo;
export const webhookEventTypes = Object.keys(webhookEventInfo) as [WebhookEventType, ...WebhookEventType[]];
export const webhookEventTypeSchema = z.enum(webhookEventTypes).openapi('WebhookEventType');

const eventTypesIn = z
  .array(webhookEventTypeSchema, { error: 'Choose at least one event' })
  .min(1, { error: 'Choose at least one event' })
  .max(webhookEventTypes.length)
  .transform((types) => [...new Set(types)]);

const description = singleLine(0, 200, { field: 'description' });

export const createWebhookEndpointInput = z
  .object({
    url: webUrl,
    description: description.optional(),
    eventTypes: eventTypesIn,
    enabled: z.boolean().default(true),
  })
  .strict()
  .openapi('CreateWebhookEndpoint');
export type CreateWebhookEndpointInput = z.input<typeof createWebhookEndpointInput>;

export const updateWebhookEndpointInput = z
  .object({
    url: webUrl,
    description: description.nullable(),
    eventTypes: eventTypesIn,
    enabled: z.boolean(),
  })
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateWebhookEndpoint', { minProperties: 1 });
export type UpdateWebhookEndpointInput = z.input<typeof updateWebhookEndpointInput>;

const eventTypesOut = listOut(webhookEventTypeSchema, webhookEventTypes.length);

export const webhookEndpointSchema = z
  .object({
    id: idSchema('webhookEndpoint'),
    url: urlOut,
    description: textOut(200).nullable(),
    eventTypes: eventTypesOut,
    enabled: z.boolean(),
    disabledReason: z
      .enum(['manual', 'failing'])
      .nullable()
      .openapi({ description: '`failing`: every attempt failed for the whole retry schedule (~1 day).' }),
    disabledAt: instantOut.nullable(),
    previousSecretExpiresAt: instantOut
      .nullable()
      .openapi({ description: 'After a rotation, the old secret also signs until this instant.' }),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .openapi('WebhookEndpoint');

export const webhookSecretOut = z.string().openapi({
  description: 'The signing secret (Standard Webhooks): shown once, on creation and rotation; store it now.',
  pattern: '^whsec_[A-Za-z0-9+/]{32}$',
  maxLength: 40,
});

export const createdWebhookEndpointSchema = webhookEndpointSchema
  .extend({ secret: webhookSecretOut })
  .openapi('CreatedWebhookEndpoint');

export const webhookDeliveryStatuses = ['pending', 'sending', 'succeeded', 'failed', 'cancelled'] as const;

export const webhookDeliverySchema = z
  .object({
    id: idSchema('webhookDelivery'),
    endpointId: idSchema('webhookEndpoint'),
    messageId: idSchema('webhookMessage').openapi({ description: 'The `webhook-id` header it carries.' }),
    eventType: webhookEventTypeSchema,
    status: z.enum(webhookDeliveryStatuses),
    attempts: intIn(0, 100),
    nextAttemptAt: instantOut.nullable(),
    lastAttemptAt: instantOut.nullable(),
    responseStatus: intIn(0, 999).nullable(),
    responseExcerpt: textOut(500, true).nullable().openapi({ description: 'The first 500 characters.' }),
    durationMs: intIn(0, 600_000).nullable(),
    error: textOut(200).nullable(),
    redeliveryOf: idSchema('webhookDelivery').nullable(),
    createdAt: instantOut,
  })
  .openapi('WebhookDelivery');

export const webhookEventTypeInfoSchema = z
  .object({ type: webhookEventTypeSchema, description: textOut(200) })
  .openapi('WebhookEventTypeInfo');

/** A contact as `contact.created` carries it. */
export const webhookContactSchema = z
  .object({
    id: idSchema('contact'),
    email: z.string().openapi({ format: 'email', maxLength: 254 }),
    source: textOut(32),
    siteId: idSchema('site').nullable(),
    createdAt: instantOut,
  })
  .openapi('Contact');

/** What `form.submitted` carries. */
export const webhookFormSubmissionSchema = z
  .object({
    form: z.enum(['email_signup']),
    siteId: idSchema('site'),
    blockId: idSchema('block'),
    email: z.string().openapi({ format: 'email', maxLength: 254 }),
    contactId: idSchema('contact').nullable(),
    newContact: z.boolean(),
  })
  .openapi('FormSubmission');
