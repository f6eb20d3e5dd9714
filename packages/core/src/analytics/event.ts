import { z } from 'zod';
import type { EmailEngagementInput } from '../campaigns/engagement-message.ts';

/**
 * One page view or link click, minted at the edge and sent to the `events` queue. The id is unique
 * per event, so a redelivered message is recognised and ignored by the consumer.
 */
export const analyticsEventSchema = z.object({
  id: z.string().min(1).max(40),
  kind: z.enum(['view', 'click']),
  organizationId: z.string().min(1).max(40),
  siteId: z.string().max(40).default(''),
  /** Block id for a bio-site link, short-link id for a short link; '' for a page view. */
  linkId: z.string().max(40).default(''),
  /** Which of the block's links a click followed (`/go/<block>/<n>`); -1 for a block's only link and for views. */
  linkItem: z.number().int().min(-1).max(9999).default(-1),
  occurredAt: z.iso.datetime(),
  country: z.string().max(2).default(''),
  city: z.string().max(80).default(''),
  referrerHost: z.string().max(253).default(''),
  device: z.string().max(16).default(''),
  browser: z.string().max(40).default(''),
  os: z.string().max(40).default(''),
  utmSource: z.string().max(100).default(''),
  utmMedium: z.string().max(100).default(''),
  utmCampaign: z.string().max(100).default(''),
  utmTerm: z.string().max(100).default(''),
  utmContent: z.string().max(100).default(''),
  visitorHash: z.string().length(32),
  isBot: z.boolean().default(false),
});
export type AnalyticsEvent = z.infer<typeof analyticsEventSchema>;
/** An event as sent: fields with a default may be left out. */
export type AnalyticsEventInput = z.input<typeof analyticsEventSchema>;

/**
 * What the edge puts on the `events` queue: the events one isolate buffered, many per message. A
 * message of its own per event would cost the edge a serialisation and an envelope per page view;
 * a bundle costs one per flush. (Queues cap a message at 128 KB; 100 events are well under 64 KB.)
 * The consumer also accepts a bare event, the format of earlier deployments.
 */
export interface EventBundle {
  events: AnalyticsEventInput[];
  /** Email opens and clicks from the same isolate, recorded by the same consumer. */
  engagements?: EmailEngagementInput[];
}

export const maxEventsPerBundle = 100;

/** The events a queue message carries, unvalidated: a bundle's list, or the message itself. */
export function eventsOfMessage(body: unknown): unknown[] {
  if (typeof body === 'object' && body !== null && Array.isArray((body as { events?: unknown }).events))
    return (body as { events: unknown[] }).events;
  return [body];
}
