import { createServiceInput } from '@mewayz/contracts';
import {
  bookingClaims,
  bookingDayClaims,
  bookingReminders,
  bookings,
  emailOutbox,
  orders,
} from '@mewayz/db/schema';
import { type StripeStandin, startStripeStandin } from '@mewayz/devstack/stripe-standin';
import {
  createPublishedSite,
  createTestOrg,
  failureOf,
  identityDeps,
  nodeDeps,
  testStripeKey,
  uniqueEmail,
} from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseHeldOrder } from '../commerce/checkout.ts';
import { stripePayments } from '../commerce/payments.ts';
import { dbOf } from '../data/db-handle.ts';
import type { IdentityDeps } from '../identity/identity-deps.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import {
  bookingOfToken,
  bookSlot,
  cancelBooking,
  createService,
  listBookings,
  loadService,
  rescheduleBooking,
  sendBookingConfirmation,
  setAvailability,
  slotsOf,
  startPaidBooking,
} from './index.ts';

// "Now" is fixed on a Monday, so the calendar's week is predictable.
const now = new Date('2026-06-01T06:00:00Z');
const deps = { ...identityDeps(nodeDeps()), now: () => now };
const actor = { userId: null, requestId: 'req_test' };
const nineToFive = [{ start: 540, end: 1020 }];

async function calendar(scope: TenantScope, timeZone = 'Europe/Berlin', on: IdentityDeps = deps) {
  await setAvailability(on, scope, actor, {
    timeZone,
    weekly: [nineToFive, nineToFive, nineToFive, nineToFive, nineToFive, [], []],
    overrides: [{ date: '2026-06-03', windows: [] }],
  });
}

async function service(scope: TenantScope, over: Record<string, unknown> = {}, on: IdentityDeps = deps) {
  return createService(
    on,
    scope,
    actor,
    createServiceInput.parse({
      slug: `call-${Math.random().toString(36).slice(2, 8)}`,
      name: 'Coaching call',
      durationMinutes: 30,
      locationKind: 'video',
      locationDetail: 'https://meet.example.com/alice',
      minNoticeMinutes: 60,
      ...over,
    }),
  );
}

const request = (serviceId: string, start: string, email = uniqueEmail('buyer')) => ({
  serviceId,
  siteId: 'site_01jd3v6w0m8x9y2z3a4b5c6d7e',
  siteOrigin: 'http://alice.mewayz.localhost:8787',
  start: Date.parse(start),
  name: 'Bo Buyer',
  email,
  notes: '',
  visitorTimeZone: 'America/New_York',
});

/** How each rejected attempt failed, as `failureOf` tells it. */
const refusalsOf = (attempts: PromiseSettledResult<unknown>[]) =>
  Promise.all(
    attempts.flatMap((a) => (a.status === 'rejected' ? [failureOf(Promise.reject(a.reason))] : [])),
  );

describe('booking a slot', () => {
  it('offers the calendar’s windows in its zone, leaves out days off, and takes a booked slot away', async () => {
    const scope = await createTestOrg(deps);
    await calendar(scope);
    const svc = await service(scope);
    const tuesday = { from: Date.parse('2026-06-02T00:00:00Z'), to: Date.parse('2026-06-03T00:00:00Z') };
    const row = await loadService(scope, svc.id);
    const slots = await slotsOf(deps, scope, row, tuesday);
    // 09:00–17:00 Berlin (UTC+2 in June) in 30-minute calls.
    expect(new Date(slots[0]!).toISOString()).toBe('2026-06-02T07:00:00.000Z');
    expect(slots).toHaveLength(16);
    const wednesday = { from: Date.parse('2026-06-03T00:00:00Z'), to: Date.parse('2026-06-04T00:00:00Z') };
    expect(await slotsOf(deps, scope, row, wednesday)).toEqual([]);

    const { booking, token } = await bookSlot(deps, scope, request(svc.id, '2026-06-02T07:00:00Z'));
    expect(booking.status).toBe('confirmed');
    expect(booking.localDate).toBe('2026-06-02');
    const after = await slotsOf(deps, scope, row, tuesday);
    expect(after).not.toContain(Date.parse('2026-06-02T07:00:00Z'));
    expect(after).toHaveLength(15);
    // Reminders 24 h and 1 h before are owed.
    const reminders = await scope.list(bookingReminders, eq(bookingReminders.bookingId, booking.id));
    expect(reminders.map((r) => r.kind).sort()).toEqual(['1h', '24h']);
    // The manage token opens this booking and nothing else.
    expect((await bookingOfToken(deps, token))?.booking.id).toBe(booking.id);
    expect(await bookingOfToken(deps, `${token[0] === 'a' ? 'b' : 'a'}${token.slice(1)}`)).toBeNull();
    expect(await bookingOfToken(deps, token.slice(1))).toBeNull();
  });

  it('lets exactly one of many concurrent attempts at one slot win', async () => {
    const scope = await createTestOrg(deps);
    await calendar(scope);
    const svc = await service(scope);
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, () => bookSlot(deps, scope, request(svc.id, '2026-06-02T08:00:00Z'))),
    );
    const won = attempts.filter((a) => a.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const refusal of await refusalsOf(attempts))
      expect(refusal).toEqual([409, 'conflict', 'slot_taken']);
    const claims = await scope.list(bookingClaims);
    // 30 minutes in 5-minute blocks, all the winner's.
    expect(claims).toHaveLength(6);
    expect(new Set(claims.map((c) => c.bookingId)).size).toBe(1);
  });

  it('lets one of two overlapping bookings of different services win (the calendar is shared)', async () => {
    const scope = await createTestOrg(deps);
    await calendar(scope);
    const long = await service(scope, { durationMinutes: 60 });
    const short = await service(scope, { durationMinutes: 30 });
    // 10:00–11:00 and 10:30–11:00 Berlin overlap without sharing a start.
    const results = await Promise.allSettled([
      bookSlot(deps, scope, request(long.id, '2026-06-02T08:00:00Z')),
      bookSlot(deps, scope, request(short.id, '2026-06-02T08:30:00Z')),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('refuses times never offered, with 422 (not a 409 or a 500)', async () => {
    const scope = await createTestOrg(deps);
    await calendar(scope);
    const svc = await service(scope);
    for (const start of [
      '2026-06-02T07:10:00Z', // not on the grid
      '2026-06-03T08:00:00Z', // day off
      '2026-06-06T08:00:00Z', // Saturday
      '2026-06-01T06:30:00Z', // inside the minimum notice
      '2027-06-01T08:00:00Z', // beyond the horizon
    ])
      expect(await failureOf(bookSlot(deps, scope, request(svc.id, start))), start).toEqual([
        422,
        'validation_failed',
        'slot_unavailable',
      ]);
  });

  it('holds a paid service’s slot without confirming it', async () => {
    const scope = await createTestOrg(deps);
    await calendar(scope);
    const svc = await service(scope, { price: 5000, currency: 'EUR' });
    const { booking } = await bookSlot(deps, scope, request(svc.id, '2026-06-02T09:00:00Z'));
    expect(booking.status).toBe('held');
    expect(await failureOf(bookSlot(deps, scope, request(svc.id, '2026-06-02T09:00:00Z')))).toEqual([
      409,
      'conflict',
      'slot_taken',
    ]);
  });

  it('sends one confirmation with an ICS invitation, frees the slot on cancel and moves it on reschedule', async () => {
    const scope = await createTestOrg(deps);
    await calendar(scope);
    const svc = await service(scope);
    const email = uniqueEmail('ics');
    const { booking } = await bookSlot(deps, scope, request(svc.id, '2026-06-04T08:00:00Z', email));
    expect(await sendBookingConfirmation(deps, scope, booking.id)).toBe(true);
    expect(await sendBookingConfirmation(deps, scope, booking.id)).toBe(false);
    const mails = await dbOf(deps).select().from(emailOutbox).where(eq(emailOutbox.toAddress, email));
    expect(mails).toHaveLength(1);
    const ics = mails[0]!.attachments![0]!;
    expect(ics.filename).toBe('invite.ics');
    expect(ics.content).toContain('METHOD:REQUEST\r\n');
    expect(ics.content).toContain(`UID:${booking.id}@`);
    expect(ics.content).toContain('DTSTART:20260604T080000Z\r\n');
    expect(ics.content).toContain('DTEND:20260604T083000Z\r\n');
    // The visitor reads their own zone: 04:00 in New York.
    expect(mails[0]!.textBody).toContain('04:00–04:30 (America/New York)');

    const moved = await rescheduleBooking(deps, scope, actor, booking.id, '2026-06-04T09:00:00.000Z');
    expect(moved.startsAt).toBe('2026-06-04T09:00:00.000Z');
    const row = await loadService(scope, svc.id);
    const thursday = { from: Date.parse('2026-06-04T00:00:00Z'), to: Date.parse('2026-06-05T00:00:00Z') };
    const free = await slotsOf(deps, scope, row, thursday);
    expect(free).toContain(Date.parse('2026-06-04T08:00:00Z'));
    expect(free).not.toContain(Date.parse('2026-06-04T09:00:00Z'));
    const mails2 = await dbOf(deps).select().from(emailOutbox).where(eq(emailOutbox.toAddress, email));
    expect(mails2).toHaveLength(2);
    expect(mails2.map((m) => m.attachments![0]!.content).join()).toContain('SEQUENCE:1\r\n');

    const cancelled = await cancelBooking(deps, scope, actor, booking.id);
    expect(cancelled.status).toBe('cancelled');
    expect(await slotsOf(deps, scope, row, thursday)).toContain(Date.parse('2026-06-04T09:00:00Z'));
    expect(await scope.list(bookingClaims, eq(bookingClaims.bookingId, booking.id))).toEqual([]);
    expect(await scope.list(bookingReminders, and(eq(bookingReminders.bookingId, booking.id)))).toEqual([]);
    // Cancelling twice changes nothing more.
    expect((await cancelBooking(deps, scope, actor, booking.id)).status).toBe('cancelled');
    expect(await listBookings(scope, { from: '2026-06-04', to: '2026-06-04' })).toHaveLength(1);
  });
});

describe('a service’s daily maximum', () => {
  const tuesday = (hhmm: string) => `2026-06-02T${hhmm}:00Z`;
  const thursday = (hhmm: string) => `2026-06-04T${hhmm}:00Z`;
  const seatsOf = (scope: TenantScope, serviceId: string) =>
    scope.list(bookingDayClaims, eq(bookingDayClaims.serviceId, serviceId));

  it('lets exactly maxPerDay of many concurrent bookings of different slots on one day win', async () => {
    const scope = await createTestOrg(deps);
    await calendar(scope);
    const svc = await service(scope, { maxPerDay: 2 });
    const starts = ['07:00', '07:30', '08:00', '08:30', '09:00', '09:30', '10:00', '10:30'].map(tuesday);
    const attempts = await Promise.allSettled(starts.map((s) => bookSlot(deps, scope, request(svc.id, s))));
    const won = attempts.flatMap((a) => (a.status === 'fulfilled' ? [a.value.booking] : []));
    expect(won).toHaveLength(2);
    for (const refusal of await refusalsOf(attempts)) expect(refusal).toEqual([409, 'conflict', 'day_full']);
    const seats = await seatsOf(scope, svc.id);
    expect(seats.map((s) => [s.localDate, s.seat]).sort()).toEqual([
      ['2026-06-02', 1],
      ['2026-06-02', 2],
    ]);
    expect(seats.map((s) => s.bookingId).sort()).toEqual(won.map((b) => b.id).sort());
    // Another day is not touched by this one's maximum.
    await bookSlot(deps, scope, request(svc.id, thursday('07:00')));
  });

  it('gives the seat back on cancellation', async () => {
    const scope = await createTestOrg(deps);
    await calendar(scope);
    const svc = await service(scope, { maxPerDay: 2 });
    const first = await bookSlot(deps, scope, request(svc.id, tuesday('07:00')));
    await bookSlot(deps, scope, request(svc.id, tuesday('08:00')));
    expect(await failureOf(bookSlot(deps, scope, request(svc.id, tuesday('09:00'))))).toEqual([
      409,
      'conflict',
      'day_full',
    ]);
    await cancelBooking(deps, scope, actor, first.booking.id);
    const third = await bookSlot(deps, scope, request(svc.id, tuesday('09:00')));
    const seats = await seatsOf(scope, svc.id);
    expect(seats.find((s) => s.bookingId === third.booking.id)?.seat).toBe(1);
    expect(seats.some((s) => s.bookingId === first.booking.id)).toBe(false);
  });

  it('moves the seat with a reschedule to another day, and keeps it within the day', async () => {
    const scope = await createTestOrg(deps);
    await calendar(scope);
    const svc = await service(scope, { maxPerDay: 1 });
    const mover = await bookSlot(deps, scope, request(svc.id, tuesday('07:00')));
    const blocker = await bookSlot(deps, scope, request(svc.id, thursday('07:00')));
    expect(
      await failureOf(rescheduleBooking(deps, scope, actor, mover.booking.id, thursday('09:00'))),
    ).toEqual([409, 'conflict', 'day_full']);
    // Within its day the booking keeps its own seat: the day being full of it does not stop it.
    await rescheduleBooking(deps, scope, actor, mover.booking.id, tuesday('08:00'));
    await cancelBooking(deps, scope, actor, blocker.booking.id);
    await rescheduleBooking(deps, scope, actor, mover.booking.id, thursday('09:00'));
    expect((await seatsOf(scope, svc.id)).map((s) => [s.bookingId, s.localDate, s.seat])).toEqual([
      [mover.booking.id, '2026-06-04', 1],
    ]);
    // Tuesday's seat is free again, Thursday's is taken.
    await bookSlot(deps, scope, request(svc.id, tuesday('09:00')));
    expect(await failureOf(bookSlot(deps, scope, request(svc.id, thursday('10:00'))))).toEqual([
      409,
      'conflict',
      'day_full',
    ]);
  });

  describe('paid calls', () => {
    let standin: StripeStandin;
    let paid: IdentityDeps;
    beforeAll(async () => {
      standin = await startStripeStandin({ port: 0 });
      paid = identityDeps({
        ...nodeDeps(),
        commerce: {
          payments: stripePayments({
            secretKey: testStripeKey,
            webhookSecret: standin.webhookSecret,
            apiUrl: standin.url,
          }),
          platformFeeBps: 500,
          requireConnect: false,
          automaticTax: false,
          shippingCountries: ['US'],
        },
      });
    });
    afterAll(() => standin?.close());

    it('holds concurrent checkouts of neighbouring slots all, and one of many for the same slot', async () => {
      // Paid holds insert an order and a booking with its claims in one transaction; side by side they
      // share index gaps, and a deadlock's victim is run again rather than answered with a 500.
      const scope = await createTestOrg(paid);
      const { site, host } = await createPublishedSite(paid, scope);
      await calendar(scope, 'Europe/Berlin', paid);
      const svc = await service(scope, { price: 5000, currency: 'EUR' }, paid);
      const row = await loadService(scope, svc.id);
      const from = paid.now().getTime();
      const slots = await slotsOf(paid, scope, row, { from, to: from + 14 * 86_400_000 });
      const at = (t: number) => ({
        ...request(svc.id, new Date(t).toISOString()),
        siteId: site.id,
        siteOrigin: `http://${host}:8787`,
        cancelUrl: `http://${host}:8787/book/${row.slug}`,
      });
      const neighbours = slots.slice(0, 6);
      const held = await Promise.all(neighbours.map((t) => startPaidBooking(paid, scope, at(t))));
      expect(new Set(held.map((h) => h.booking.orderId)).size).toBe(6);
      expect(held.every((h) => h.booking.status === 'held' && h.checkoutUrl.startsWith('http'))).toBe(true);

      const same = slots[8]!;
      const attempts = await Promise.allSettled(
        Array.from({ length: 5 }, () => startPaidBooking(paid, scope, at(same))),
      );
      expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
      for (const refusal of await refusalsOf(attempts))
        expect(refusal).toEqual([409, 'conflict', 'slot_taken']);
      // The losers' orders were rolled back with their bookings: one pending order per hold.
      expect(await scope.count(orders)).toBe(7);
    });

    it('frees the seat of a held call whose checkout expires unpaid', async () => {
      // Stripe checks a session's end against the real clock, so this one runs on it.
      const scope = await createTestOrg(paid);
      const { site, host } = await createPublishedSite(paid, scope);
      await calendar(scope, 'Europe/Berlin', paid);
      const svc = await service(scope, { maxPerDay: 1, price: 5000, currency: 'EUR' }, paid);
      const row = await loadService(scope, svc.id);
      const from = paid.now().getTime();
      const slots = await slotsOf(paid, scope, row, { from, to: from + 14 * 86_400_000 });
      const day = (t: number) => new Date(t).toISOString().slice(0, 10);
      const [a, b] = slots.filter((t) => day(t) === day(slots[0]!));
      const at = (t: number) => ({
        ...request(svc.id, new Date(t).toISOString()),
        siteId: site.id,
        siteOrigin: `http://${host}:8787`,
        cancelUrl: `http://${host}:8787/book/${row.slug}`,
      });
      const held = await startPaidBooking(paid, scope, at(a!));
      expect(held.booking.status).toBe('held');
      expect(await failureOf(startPaidBooking(paid, scope, at(b!)))).toEqual([409, 'conflict', 'day_full']);

      await releaseHeldOrder(scope, held.booking.orderId!, paid.now(), {
        type: 'checkout.released',
        message: 'The checkout ended unpaid; its stock was released',
      });
      const [after] = await scope.list(bookings, eq(bookings.id, held.booking.id));
      expect(after!.status).toBe('cancelled');
      expect(await seatsOf(scope, svc.id)).toEqual([]);
      const next = await startPaidBooking(paid, scope, at(b!));
      expect((await seatsOf(scope, svc.id)).map((s) => s.bookingId)).toEqual([next.booking.id]);
    });
  });
});
