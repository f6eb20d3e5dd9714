import { bookingDayClaims } from '@mewayz/db/schema';
import { and, eq } from 'drizzle-orm';
import { Conflict } from '../errors.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import type { ServiceRow } from './services.ts';

/**
 * "At most N a day" held by a key: a live booking of a service with a daily maximum holds one of the
 * day's seats 1..maxPerDay in `booking_day_claims`. Counting the day's bookings before inserting
 * lets two bookings of different slots pass together; two transactions cannot both insert one seat.
 */

export const dayFull = () =>
  new Conflict('This day is fully booked. Please choose another day.', [
    { path: 'start', message: 'No more calls of this service can be booked on this day', code: 'day_full' },
  ]);

/**
 * Take the lowest free seat of the service's day inside `tx` (nothing to take without a maximum).
 * Each seat is tried with INSERT IGNORE: a seat another open transaction has just taken makes this
 * one wait for it and, once it commits, try the next. No seat left: 409 `day_full`, and the caller's
 * transaction rolls back with everything else it wrote.
 */
export async function claimDaySeat(
  tx: TenantScope,
  bookingId: string,
  service: Pick<ServiceRow, 'id' | 'maxPerDay'>,
  localDate: string,
): Promise<void> {
  if (service.maxPerDay === null) return;
  const taken = new Set(
    (
      await tx.list(
        bookingDayClaims,
        and(eq(bookingDayClaims.serviceId, service.id), eq(bookingDayClaims.localDate, localDate)),
      )
    ).map((c) => c.seat),
  );
  for (let seat = 1; seat <= service.maxPerDay; seat++) {
    if (taken.has(seat)) continue;
    const took = await tx.insertIgnore(bookingDayClaims, {
      serviceId: service.id,
      localDate,
      seat,
      bookingId,
    });
    if (took) return;
  }
  throw dayFull();
}

/** Give a booking's seat back, deleted by its whole primary key (see releaseClaims for why). */
export async function releaseDaySeat(tx: TenantScope, bookingId: string): Promise<void> {
  for (const c of await tx.list(bookingDayClaims, eq(bookingDayClaims.bookingId, bookingId)))
    await tx.hardDelete(
      bookingDayClaims,
      and(
        eq(bookingDayClaims.serviceId, c.serviceId),
        eq(bookingDayClaims.localDate, c.localDate),
        eq(bookingDayClaims.seat, c.seat),
      ),
    );
}
