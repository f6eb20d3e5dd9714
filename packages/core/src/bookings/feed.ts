import { bookingServices, bookings, organizations } from '@mewayz/db/schema';
import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import { dbOf } from '../data/db-handle.ts';
import type { CoreDeps } from '../deps.ts';
import { scopeOfFeedSecret } from './calendar.ts';
import { locationText } from './emails.ts';
import { feedIcs } from './ics.ts';

/** How far back and ahead the subscription feed reaches. */
const feedPastMs = 30 * 86_400_000;
const feedAheadMs = 365 * 86_400_000;

/**
 * The creator's calls as an iCalendar feed for Google/Apple calendar subscriptions, by the feed's
 * secret; null for an unknown (or rotated) secret. Confirmed calls only, each with the buyer's name,
 * email and notes: the URL is a secret the creator holds.
 */
export async function calendarFeed(deps: CoreDeps, secret: string): Promise<string | null> {
  const scope = await scopeOfFeedSecret(deps, secret);
  if (!scope) return null;
  const now = deps.now().getTime();
  const rows = await scope.list(
    bookings,
    and(
      eq(bookings.status, 'confirmed'),
      gte(bookings.startsAt, new Date(now - feedPastMs)),
      lt(bookings.startsAt, new Date(now + feedAheadMs)),
    ),
    { orderBy: [asc(bookings.startsAt)], limit: 2000 },
  );
  const services = new Map(
    (
      await scope.list(
        bookingServices,
        inArray(bookingServices.id, [...new Set(rows.map((r) => r.serviceId)), '']),
        { withDeleted: true },
      )
    ).map((s) => [s.id, s]),
  );
  const [org] = await dbOf(deps)
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, scope.orgId));
  return feedIcs(
    `${org?.name ?? 'Mewayz'} bookings`,
    rows.map((b) => {
      const service = services.get(b.serviceId);
      return {
        uid: `${b.id}@${deps.config.rootDomain}`,
        sequence: b.sequence,
        start: b.startsAt,
        end: b.endsAt,
        summary: `${service?.name ?? 'Call'}: ${b.name}`,
        description: [`${b.name} <${b.email}>`, b.notes].filter(Boolean).join('\n\n'),
        location: service ? locationText(service) : undefined,
        stamp: b.updatedAt,
      };
    }),
  );
}
