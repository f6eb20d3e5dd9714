import type { CampaignAudienceInput } from '@mewayz/contracts';
import { contacts, emailSuppressions, segments } from '@mewayz/db/schema';
import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import { listContactFieldRows } from '../crm/fields.ts';
import { hasTag, storedSegmentWhere } from '../crm/segment-sql.ts';
import { NotFound } from '../errors.ts';
import type { TenantScope } from '../tenancy/scope.ts';

/** Not on the organization's suppression list (an indexed lookup on its primary key). */
export const notSuppressed = sql`not exists (select 1 from ${emailSuppressions} where ${and(
  eq(emailSuppressions.organizationId, contacts.organizationId),
  eq(emailSuppressions.email, contacts.email),
)})`;

/**
 * Who a campaign goes to, as one SQL predicate over `contacts`: the segment's filter or any of the tags,
 * and only subscribed contacts whose address is not suppressed — so no send path can forget either.
 */
export async function audienceWhere(
  scope: TenantScope,
  audience: CampaignAudienceInput,
  now: Date,
): Promise<SQL> {
  let who: SQL | undefined;
  if (audience.type === 'segment') {
    const segment = await scope.first(segments, eq(segments.id, audience.segmentId));
    if (!segment) throw new NotFound('Segment');
    who = storedSegmentWhere(segment.filter, await listContactFieldRows(scope), now);
  } else {
    who = or(...audience.tags.map(hasTag));
  }
  return and(who, eq(contacts.consentStatus, 'subscribed'), notSuppressed)!;
}

/** How many contacts a campaign would reach now (the wizard's live count). */
export async function countAudience(scope: TenantScope, audience: CampaignAudienceInput, now: Date) {
  return scope.count(contacts, await audienceWhere(scope, audience, now));
}
