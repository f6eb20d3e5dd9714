import type { BookingView } from '@mewayz/contracts';
import { bookingClaims, bookingReminders, bookingServices, bookings } from '@mewayz/db/schema';
import { and, asc, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { sha256Hex } from '../crypto/hash.ts';
import { randomToken } from '../crypto/random.ts';
import { dbOf } from '../data/db-handle.ts';
import { isDuplicateKey, retryingDeadlocks } from '../data/mysql-errors.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { Conflict, NotFound, ValidationFailed } from '../errors.ts';
import type { IdentityDeps } from '../identity/identity-deps.ts';
import { assertId, newId } from '../ids.ts';
import { trustOrgId } from '../tenancy/org-id.ts';
import { forTenant, type TenantScope } from '../tenancy/scope.ts';
import { loadCalendarRules } from './calendar.ts';
import { claimDaySeat, dayFull, releaseDaySeat } from './day-seats.ts';
import { loadService, type ServiceRow } from './services.ts';
import { availableSlots, blocksNeeded, blocksOf, type CalendarRules } from './slots.ts';
import { wallClockAt } from './zoned-time.ts';

export type BookingRow = typeof bookings.$inferSelect;
export type BookedBy = 'buyer' | 'creator' | 'system';

/** Reminders owed before a call, and how long before its start each is due. */
export const reminderOffsets = { '24h': 24 * 3_600_000, '1h': 3_600_000 } as const;

const slotTaken = () =>
  new Conflict('Someone has just booked this time. Please choose another.', [
    { path: 'start', message: 'This time is no longer free', code: 'slot_taken' },
  ]);
const slotNotOffered = () =>
  new ValidationFailed('This time cannot be booked.', [
    { path: 'start', message: 'Choose one of the times offered', code: 'slot_unavailable' },
  ]);

export function bookingView(r: BookingRow, serviceName: string): BookingView {
  return {
    id: r.id,
    serviceId: r.serviceId,
    serviceName,
    status: r.status,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    name: r.name,
    email: r.email,
    notes: r.notes,
    visitorTimeZone: r.visitorTimeZone,
    orderId: r.orderId,
    cancelledAt: r.cancelledAt?.toISOString() ?? null,
    cancelledBy: (r.cancelledBy as BookedBy | null) ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

/** What the slot computation needs to know of the calendar around [from, to). */
async function takenAround(
  scope: TenantScope,
  service: ServiceRow,
  from: number,
  to: number,
  exceptBookingId?: string,
) {
  const margin = (service.durationMinutes + service.bufferMinutes * 2) * 60_000 + 86_400_000;
  const [claims, live] = await Promise.all([
    scope.list(
      bookingClaims,
      and(
        gte(bookingClaims.blockStart, new Date(from - margin)),
        lt(bookingClaims.blockStart, new Date(to + margin)),
      ),
    ),
    scope.aggregate(
      bookings,
      { localDate: bookings.localDate, id: bookings.id },
      and(
        eq(bookings.serviceId, service.id),
        inArray(bookings.status, ['held', 'confirmed']),
        gte(bookings.startsAt, new Date(from - 2 * 86_400_000)),
        lt(bookings.startsAt, new Date(to + 2 * 86_400_000)),
        exceptBookingId ? ne(bookings.id, exceptBookingId) : undefined,
      ),
    ),
  ]);
  const claimed = new Set(
    claims.filter((c) => c.bookingId !== exceptBookingId).map((c) => c.blockStart.getTime()),
  );
  const bookedPerDay = new Map<string, number>();
  for (const b of live) bookedPerDay.set(b.localDate, (bookedPerDay.get(b.localDate) ?? 0) + 1);
  return { claimed, bookedPerDay };
}

/** Free start times of a service in [from, to) (UTC ms), as the booking page and the API offer them. */
export async function slotsOf(
  deps: CoreDeps,
  scope: TenantScope,
  service: ServiceRow,
  range: { from: number; to: number },
  rules?: CalendarRules,
  /** A booking being moved: its own time counts as free. */
  exceptBookingId?: string,
): Promise<number[]> {
  const calendar = rules ?? (await loadCalendarRules(scope));
  const taken = await takenAround(scope, service, range.from, range.to, exceptBookingId);
  return availableSlots(calendar, service, { now: deps.now().getTime(), ...taken, ...range });
}

async function assertOffered(
  deps: CoreDeps,
  scope: TenantScope,
  service: ServiceRow,
  start: number,
  exceptBookingId?: string,
): Promise<CalendarRules> {
  const rules = await loadCalendarRules(scope);
  const taken = await takenAround(scope, service, start, start + 1, exceptBookingId);
  const offered = availableSlots(rules, service, {
    now: deps.now().getTime(),
    ...taken,
    from: start,
    to: start + 1,
  });
  if (!offered.includes(start)) {
    const withoutDailyMaximum = availableSlots(rules, service, {
      now: deps.now().getTime(),
      claimed: taken.claimed,
      bookedPerDay: new Map(),
      from: start,
      to: start + 1,
    });
    if (withoutDailyMaximum.includes(start)) throw dayFull();
    // Free of other bookings' blocks but not offered: tell a lost race from a time never offered.
    const unclaimed = availableSlots(rules, service, {
      now: deps.now().getTime(),
      claimed: new Set(),
      bookedPerDay: new Map(),
      from: start,
      to: start + 1,
    });
    throw unclaimed.includes(start) && blocksNeeded(start, service).some((b) => taken.claimed.has(b))
      ? slotTaken()
      : slotNotOffered();
  }
  return rules;
}

/**
 * Claim the blocks of a booking inside `tx`. The blocks go in ascending order, so two overlapping
 * claims meet at their first shared block: the later one waits for the earlier's transaction and
 * then fails on the primary key (organization, block) — exactly one of any set of overlapping
 * attempts commits.
 */
async function claimBlocks(tx: TenantScope, bookingId: string, service: ServiceRow, start: number) {
  await tx.insert(
    bookingClaims,
    blocksOf(start, service.durationMinutes, service.bufferMinutes).map((b) => ({
      blockStart: new Date(b),
      bookingId,
    })),
  );
}

/**
 * Rows of a booking are deleted by their whole primary keys, read first: a delete through the
 * booking-id index would take gap locks, and concurrent bookings inserting into those gaps deadlock.
 */
async function releaseClaims(tx: TenantScope, bookingId: string) {
  const held = await tx.list(bookingClaims, eq(bookingClaims.bookingId, bookingId));
  if (held.length)
    await tx.hardDelete(
      bookingClaims,
      inArray(
        bookingClaims.blockStart,
        held.map((c) => c.blockStart),
      ),
    );
}

async function dropReminders(tx: TenantScope, bookingId: string) {
  const owed = await tx.list(bookingReminders, eq(bookingReminders.bookingId, bookingId));
  if (owed.length)
    await tx.hardDelete(
      bookingReminders,
      inArray(
        bookingReminders.id,
        owed.map((r) => r.id),
      ),
    );
}

async function scheduleReminders(
  tx: TenantScope,
  bookingId: string,
  start: number,
  now: number,
  fresh = false,
) {
  if (!fresh) await dropReminders(tx, bookingId);
  const due = Object.entries(reminderOffsets)
    .map(([kind, before]) => ({ kind, dueAt: start - before }))
    // A reminder whose time has passed when the call is booked is not owed.
    .filter((r) => r.dueAt > now);
  await tx.insert(
    bookingReminders,
    due.map((r) => ({ id: newId('bookingReminder'), bookingId, kind: r.kind, dueAt: new Date(r.dueAt) })),
  );
}

export interface BookInput {
  serviceId: string;
  siteId: string;
  siteOrigin: string;
  start: number;
  name: string;
  email: string;
  notes: string;
  visitorTimeZone: string;
  /** A paid service's booking starts `held` for its checkout's order (see paid-bookings.ts). */
  orderId?: string;
}

export interface Booked {
  booking: BookingRow;
  /** The buyer's manage token (cancel and reschedule links); only its hash is stored in clear. */
  token: string;
}

/**
 * Book a slot: check it is offered, then in one transaction write the booking, claim its blocks and
 * owe its reminders. A free service's booking is confirmed at once; a paid one is held for its order.
 * A lost race answers 409 `slot_taken`.
 */
export async function bookSlot(
  deps: IdentityDeps,
  scope: TenantScope,
  input: BookInput,
  within?: TenantScope,
): Promise<Booked> {
  const service = await loadService(scope, input.serviceId);
  if (!service.active) throw new NotFound('Service');
  const rules = await assertOffered(deps, scope, service, input.start);
  const id = newId('booking');
  const token = randomToken(32);
  const now = deps.now();
  const row = {
    id,
    serviceId: service.id,
    siteId: input.siteId,
    siteOrigin: input.siteOrigin,
    status: (service.price > 0 ? 'held' : 'confirmed') as BookingRow['status'],
    startsAt: new Date(input.start),
    endsAt: new Date(input.start + service.durationMinutes * 60_000),
    localDate: wallClockAt(input.start, rules.timeZone).date,
    name: input.name,
    email: input.email,
    notes: input.notes,
    visitorTimeZone: input.visitorTimeZone,
    orderId: input.orderId ?? null,
    manageTokenHash: await sha256Hex(token),
    manageTokenBox: await deps.secrets.encrypt(token),
    createdAt: now,
  };
  const write = async (tx: TenantScope) => {
    await tx.insert(bookings, row);
    await claimBlocks(tx, id, service, input.start);
    await claimDaySeat(tx, id, service, row.localDate);
    if (row.status === 'confirmed') await scheduleReminders(tx, id, input.start, now.getTime(), true);
  };
  try {
    if (within) await write(within);
    else await retryingDeadlocks(() => scope.transaction(write));
  } catch (err) {
    if (isDuplicateKey(err)) throw slotTaken();
    throw err;
  }
  return { booking: await loadBooking(within ?? scope, id), token };
}

export async function loadBooking(scope: TenantScope, id: string): Promise<BookingRow> {
  assertId('booking', id);
  const row = await scope.first(bookings, eq(bookings.id, id));
  if (!row) throw new NotFound('Booking');
  return row;
}

async function serviceNames(scope: TenantScope, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await scope.list(bookingServices, inArray(bookingServices.id, [...new Set(ids)]), {
    withDeleted: true,
  });
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function getBooking(scope: TenantScope, id: string): Promise<BookingView> {
  const row = await loadBooking(scope, id);
  return bookingView(row, (await serviceNames(scope, [row.serviceId])).get(row.serviceId) ?? '');
}

/** Bookings starting in [from, to) (UTC days), soonest first. */
export async function listBookings(
  scope: TenantScope,
  q: { from: string; to: string; status?: BookingRow['status'] },
): Promise<BookingView[]> {
  const rows = await scope.list(
    bookings,
    and(
      gte(bookings.startsAt, new Date(`${q.from}T00:00:00Z`)),
      lt(bookings.startsAt, new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000)),
      q.status ? eq(bookings.status, q.status) : undefined,
    ),
    { orderBy: [asc(bookings.startsAt), asc(bookings.id)], limit: 500 },
  );
  const names = await serviceNames(
    scope,
    rows.map((r) => r.serviceId),
  );
  return rows.map((r) => bookingView(r, names.get(r.serviceId) ?? ''));
}

/**
 * Cancel a live booking and free its time. Inside `tx` when given (the payment path), else in its own
 * transaction with an audit row when a member or token asked. Returns false when it was not live.
 */
export async function cancelBookingRow(
  scope: TenantScope,
  bookingId: string,
  by: BookedBy,
  now: Date,
  actor?: Actor,
  within?: TenantScope,
): Promise<boolean> {
  const run = async (tx: TenantScope) => {
    const changed = await tx.update(
      bookings,
      {
        status: 'cancelled',
        cancelledAt: now,
        cancelledBy: by,
        sequence: sql`${bookings.sequence} + 1` as unknown as number,
      },
      and(eq(bookings.id, bookingId), inArray(bookings.status, ['held', 'confirmed'])),
    );
    if (changed === 0) return false;
    await releaseClaims(tx, bookingId);
    await releaseDaySeat(tx, bookingId);
    await dropReminders(tx, bookingId);
    if (actor)
      await recordAudit(tx, actor, {
        action: 'booking.cancelled',
        targetType: 'booking',
        targetId: bookingId,
      });
    return true;
  };
  return within ? run(within) : retryingDeadlocks(() => scope.transaction(run));
}

/** Move a live booking to another offered time; its old blocks are free for others once it commits. */
export async function rescheduleBookingRow(
  deps: CoreDeps,
  scope: TenantScope,
  bookingId: string,
  start: number,
  actor?: Actor,
): Promise<BookingRow> {
  const booking = await loadBooking(scope, bookingId);
  if (booking.status === 'cancelled')
    throw new Conflict('This booking is cancelled.', [
      { path: 'startsAt', message: 'A cancelled booking cannot move', code: 'booking_cancelled' },
    ]);
  const service = await loadService(scope, booking.serviceId).catch(() => {
    throw new Conflict('The service of this booking is no longer offered.');
  });
  const rules = await assertOffered(deps, scope, service, start, booking.id);
  const localDate = wallClockAt(start, rules.timeZone).date;
  try {
    await retryingDeadlocks(() =>
      scope.transaction(async (tx) => {
        await releaseClaims(tx, booking.id);
        await claimBlocks(tx, booking.id, service, start);
        // Another day of the service: the seat moves with it.
        if (localDate !== booking.localDate) {
          await releaseDaySeat(tx, booking.id);
          await claimDaySeat(tx, booking.id, service, localDate);
        }
        const moved = await tx.update(
          bookings,
          {
            startsAt: new Date(start),
            endsAt: new Date(start + service.durationMinutes * 60_000),
            localDate,
            sequence: booking.sequence + 1,
            // The new time is confirmed by email again.
            confirmationSentAt: null,
          },
          and(eq(bookings.id, booking.id), eq(bookings.sequence, booking.sequence)),
        );
        // Another reschedule or a cancellation got in first: roll back.
        if (moved === 0) throw slotTaken();
        if (booking.status === 'confirmed')
          await scheduleReminders(tx, booking.id, start, deps.now().getTime());
        if (actor)
          await recordAudit(tx, actor, {
            action: 'booking.rescheduled',
            targetType: 'booking',
            targetId: booking.id,
            metadata: { from: booking.startsAt.toISOString(), to: new Date(start).toISOString() },
          });
      }),
    );
  } catch (err) {
    if (isDuplicateKey(err)) throw slotTaken();
    throw err;
  }
  return loadBooking(scope, booking.id);
}

/** The booking a buyer's manage token opens (any organization), with its scope; null when unknown. */
export async function bookingOfToken(
  deps: CoreDeps,
  token: string,
): Promise<{ scope: TenantScope; booking: BookingRow } | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await dbOf(deps)
    .select()
    .from(bookings)
    .where(eq(bookings.manageTokenHash, await sha256Hex(token)));
  if (!row) return null;
  return { scope: forTenant(dbOf(deps), trustOrgId(row.organizationId)), booking: row };
}

/** Whether the buyer may still cancel or move the booking under the service's notice. */
export function buyerMayChange(
  booking: BookingRow,
  service: Pick<ServiceRow, 'cancelNoticeHours'>,
  now: Date,
) {
  return (
    booking.status !== 'cancelled' &&
    booking.startsAt.getTime() - now.getTime() >= service.cancelNoticeHours * 3_600_000
  );
}
