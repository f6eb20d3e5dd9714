import { z } from 'zod';
import type { CoreDeps } from '../deps.ts';
import { newId } from '../ids.ts';
import { inPool } from '../platform/pool.ts';
import { recordEngagement } from './engagement.ts';
import { isAppleProxyAddress } from './machine-opens.ts';
import type { TrackingClaims } from './tracking-tokens.ts';

/**
 * An email open or click as the edge hands it to the `events` queue, inside the analytics bundles
 * (see `EventBundle`): the pixel and the redirect answer at once, and the jobs Worker records it
 * off the request path. The id is minted at the edge, before the first send, so a redelivered
 * message stores nothing twice.
 */
export const emailEngagementSchema = z.object({
  id: z.string().min(1).max(40),
  kind: z.enum(['open', 'click']),
  organizationId: z.string().min(1).max(40),
  campaignId: z.string().min(1).max(40),
  contactId: z.string().min(1).max(40),
  url: z.string().max(2000).optional(),
  userAgent: z.string().max(400).default(''),
  /** Kept only when it is in Apple's proxy range: that is all machine-open detection needs of it. */
  ip: z.string().max(45).default(''),
  occurredAt: z.iso.datetime(),
});
export type EmailEngagement = z.infer<typeof emailEngagementSchema>;
export type EmailEngagementInput = z.input<typeof emailEngagementSchema>;

/** The queue message for a verified open or click token fetched by `userAgent` from `ip` at `at`. */
export function engagementOf(
  claims: TrackingClaims,
  visit: { userAgent: string; ip: string; at: Date },
): EmailEngagementInput {
  if (claims.kind !== 'open' && claims.kind !== 'click')
    throw new Error(`${claims.kind} is not an engagement`);
  const e: EmailEngagementInput = {
    id: newId('emailEvent'),
    kind: claims.kind,
    organizationId: claims.organizationId,
    campaignId: claims.campaignId,
    contactId: claims.contactId,
    occurredAt: visit.at.toISOString(),
  };
  if (claims.url) e.url = claims.url.slice(0, 2000);
  if (visit.userAgent) e.userAgent = visit.userAgent.slice(0, 400);
  if (isAppleProxyAddress(visit.ip)) e.ip = visit.ip;
  return e;
}

/** The claims and visit `recordEngagement` takes, back from a queued engagement. */
export function claimsOfEngagement(e: EmailEngagement): {
  claims: TrackingClaims;
  visit: { userAgent: string; ip: string; at: Date };
} {
  return {
    claims: {
      kind: e.kind,
      organizationId: e.organizationId,
      campaignId: e.campaignId,
      contactId: e.contactId,
      ...(e.url ? { url: e.url } : {}),
    },
    visit: { userAgent: e.userAgent, ip: e.ip, at: new Date(e.occurredAt) },
  };
}

/** The engagements a queue message carries (an analytics bundle may have none), unvalidated. */
export function engagementsOfMessage(body: unknown): unknown[] {
  if (typeof body !== 'object' || body === null) return [];
  const list = (body as { engagements?: unknown }).engagements;
  return Array.isArray(list) ? list : [];
}

/** Engagements recorded at once by one consumer batch: each is a few round trips of its own. */
const recordConcurrency = 8;

/**
 * Record queued engagements; returns those that failed (their messages are retried). Ones already
 * stored by an earlier delivery are recognised by id and skipped.
 */
export async function recordQueuedEngagements(
  deps: CoreDeps,
  list: EmailEngagement[],
): Promise<{ failed: EmailEngagement[]; counted: number; duplicates: number }> {
  const failed: EmailEngagement[] = [];
  let counted = 0;
  let duplicates = 0;
  await inPool(list, recordConcurrency, async (e) => {
    const { claims, visit } = claimsOfEngagement(e);
    try {
      const res = await recordEngagement(deps, claims, visit, e.id);
      if (res.counted) counted++;
      if (res.duplicate) duplicates++;
    } catch (err) {
      deps.log.error('email engagement not recorded', { error: err, engagementId: e.id, kind: e.kind });
      failed.push(e);
    }
  });
  return { failed, counted, duplicates };
}
