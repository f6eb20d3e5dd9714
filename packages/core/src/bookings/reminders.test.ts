import { createServiceInput } from '@mewayz/contracts';
import { bookingReminders, emailOutbox } from '@mewayz/db/schema';
import { createTestOrg, identityDeps, nodeDeps, uniqueEmail } from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dbOf } from '../data/db-handle.ts';
import type { Mailer } from '../email/mailer.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import {
  bookSlot,
  cancelBooking,
  createService,
  rescheduleBooking,
  sendDueReminders,
  setAvailability,
} from './index.ts';

// Dates of their own (a Monday in 2031): the cron reads due reminders of every organization in the
// test database, and no other test books calls near these.
const now = new Date('2031-03-03T06:00:00Z');
const deps = { ...identityDeps(nodeDeps()), now: () => now };
const actor = { userId: null, requestId: 'req_test' };
const nineToFive = [{ start: 540, end: 1020 }];

async function bookableService(scope: TenantScope) {
  await setAvailability(deps, scope, actor, {
    timeZone: 'UTC',
    weekly: [nineToFive, nineToFive, nineToFive, nineToFive, nineToFive, [], []],
    overrides: [],
  });
  return createService(
    deps,
    scope,
    actor,
    createServiceInput.parse({
      slug: `call-${Math.random().toString(36).slice(2, 8)}`,
      name: 'Reminder call',
      durationMinutes: 30,
      locationKind: 'video',
      locationDetail: 'https://meet.example.com/reminders',
    }),
  );
}

const book = (scope: TenantScope, serviceId: string, start: string, email: string) =>
  bookSlot(deps, scope, {
    serviceId,
    siteId: 'site_01jd3v6w0m8x9y2z3a4b5c6d7e',
    siteOrigin: 'http://alice.mewayz.localhost:8787',
    start: Date.parse(start),
    name: 'Rhea Minder',
    email,
    notes: '',
    visitorTimeZone: 'Europe/Berlin',
  });

const mailsTo = (email: string) =>
  dbOf(deps).select().from(emailOutbox).where(eq(emailOutbox.toAddress, email));
const remindersTo = async (email: string) =>
  (await mailsTo(email)).filter((m) => m.subject.startsWith('Reminder:'));

/** Runs the cron's pass at `at` until nothing due is left (other tests' reminders may share the window). */
async function cronAt(at: string) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const run = await sendDueReminders(deps, new Date(at));
    runs.push(run);
    if (run.sent + run.dropped + run.failed === 0) break;
  }
  return runs;
}

describe('booking reminders', () => {
  it('emails each reminder once when it comes due, also when runs overlap, and none for a cancelled call', async () => {
    const scope = await createTestOrg(deps);
    const svc = await bookableService(scope);
    const [kept, dropped] = [uniqueEmail('kept'), uniqueEmail('dropped')];
    const { booking } = await book(scope, svc.id, '2031-03-04T10:00:00Z', kept);
    const other = await book(scope, svc.id, '2031-03-04T11:00:00Z', dropped);
    await cancelBooking(deps, scope, actor, other.booking.id);

    // Not yet due: nothing goes.
    await cronAt('2031-03-03T09:59:00Z');
    expect(await remindersTo(kept)).toHaveLength(0);

    // The day before: two runs at once (a cron overlapping the last one) send it once.
    await Promise.all([cronAt('2031-03-03T10:01:00Z'), cronAt('2031-03-03T10:01:00Z')]);
    const dayBefore = await remindersTo(kept);
    expect(dayBefore).toHaveLength(1);
    expect(dayBefore[0]!.subject).toMatch(/^Reminder: Reminder call with .+ tomorrow$/);
    // In the visitor's zone (11:00 in Berlin), with where and the link to cancel or move it.
    expect(dayBefore[0]!.textBody).toContain('11:00–11:30 (Europe/Berlin)');
    expect(dayBefore[0]!.textBody).toContain('https://meet.example.com/reminders');
    expect(dayBefore[0]!.textBody).toMatch(/http:\/\/alice\.mewayz\.localhost:8787\/booking\/\S+/);
    expect(await remindersTo(dropped)).toHaveLength(0);

    // An hour before: the second one; a later run sends nothing more.
    await cronAt('2031-03-04T09:00:30Z');
    await cronAt('2031-03-04T09:05:00Z');
    const all = await remindersTo(kept);
    expect(all.map((m) => m.subject.endsWith('in an hour'))).toEqual([false, true]);
    const rows = await scope.list(bookingReminders, eq(bookingReminders.bookingId, booking.id));
    expect(rows.every((r) => r.sentAt !== null)).toBe(true);
    // The cancelled call's reminders were never sent (its rows are gone with the booking's schedule).
    expect(await remindersTo(dropped)).toHaveLength(0);
  });

  it('reminds of the new time after a reschedule, and not of the old one', async () => {
    const scope = await createTestOrg(deps);
    const svc = await bookableService(scope);
    const email = uniqueEmail('moved');
    const { booking } = await book(scope, svc.id, '2031-03-05T10:00:00Z', email);
    await rescheduleBooking(deps, scope, actor, booking.id, '2031-03-06T14:00:00.000Z');
    await cronAt('2031-03-04T10:01:00Z');
    expect(await remindersTo(email)).toHaveLength(0);
    await cronAt('2031-03-05T14:00:30Z');
    const [mail, ...more] = await remindersTo(email);
    expect(more).toHaveLength(0);
    expect(mail!.textBody).toContain('15:00–15:30 (Europe/Berlin)');
  });

  it('gives a reminder whose email failed back to the next run, and leaves one far too late unsent', async () => {
    const scope = await createTestOrg(deps);
    const svc = await bookableService(scope);
    const email = uniqueEmail('retry');
    await book(scope, svc.id, '2031-03-07T10:00:00Z', email);
    let attempts = 0;
    const down: Mailer = {
      send: async () => {
        attempts++;
        throw new Error('the email provider is down');
      },
    };
    const failedRun = await sendDueReminders({ ...deps, mailer: down }, new Date('2031-03-06T10:00:30Z'));
    expect(failedRun.failed).toBeGreaterThan(0);
    expect(attempts).toBeGreaterThan(0);
    expect(await remindersTo(email)).toHaveLength(0);
    await cronAt('2031-03-06T10:01:30Z');
    expect(await remindersTo(email)).toHaveLength(1);

    // The hour-before reminder, found by a cron 13 hours late (the call long over): never sent.
    await cronAt('2031-03-07T22:00:00Z');
    expect(await remindersTo(email)).toHaveLength(1);
  });
});
