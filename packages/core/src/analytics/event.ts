import { z } from 'zod';

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
