import { createServiceInput } from '@mewayz/contracts';
import { bookingsService, type TenantScope } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { bookingReminders, bookings, emailOutbox, orders } from '@mewayz/db/schema';
import {
  createPublishedSite,
  createTenant,
  type EdgeHarness,
  eventually,
  nodeDeps,
  startEdge,
  testActor,
  uniqueEmail,
} from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The booking pages of a site host in workerd: slots in the visitor's zone without JavaScript, a
 * free booking confirmed with an ICS invitation, concurrent visitors racing for one slot over HTTP,
 * the buyer's cancel and reschedule pages, private caching and hostile forms.
 */
let edge: EdgeHarness;
let host: string;
let scope: TenantScope;
let slug: string;
let paidSlug: string;
let token: string;

const always = Array.from({ length: 7 }, () => [{ start: 540, end: 1020 }]);

beforeAll(async () => {
  const tenant = await createTenant(nodeDeps(), 'Booking studio');
  // Campaigns, sequences and social posts of other files are not this file's cron's to run.
  edge = await startEdge({ stripe: true, jobsVars: { CRON_ORGANIZATION: tenant.organization.id } });
  scope = tenant.scope;
  token = tenant.token;
  ({ host } = await createPublishedSite(edge.deps, scope));
  await bookingsService.setAvailability(edge.deps, scope, testActor, {
    timeZone: 'Europe/Berlin',
    weekly: always,
    overrides: [],
  });
  slug = `intro-${Math.random().toString(36).slice(2, 8)}`;
  await bookingsService.createService(
    edge.deps,
    scope,
    testActor,
    createServiceInput.parse({
      slug,
      name: 'Intro call',
      durationMinutes: 15,
      locationKind: 'video',
      locationDetail: 'https://meet.example.com/secret-room',
      minNoticeMinutes: 0,
      cancelNoticeHours: 1,
    }),
  );
  paidSlug = `coaching-${Math.random().toString(36).slice(2, 8)}`;
  await bookingsService.createService(
    edge.deps,
    scope,
    testActor,
    createServiceInput.parse({
      slug: paidSlug,
      name: 'Coaching call',
      durationMinutes: 30,
      price: 5000,
      currency: 'EUR',
      locationKind: 'video',
      minNoticeMinutes: 0,
    }),
  );
  // Two Workers and the Stripe stand-in start here: slow on a loaded machine.
}, 180_000);
afterAll(() => edge?.dispose());

const get = (path: string) => edge.fetch(`http://${host}${path}`, { redirect: 'manual' });
const post = (path: string, fields: Record<string, string>) =>
  edge.fetch(`http://${host}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

/** The slot values (ISO instants) offered on a page, in order. */
const startsOn = (html: string) => [...html.matchAll(/name="start" value="([^"]+)"/g)].map((m) => m[1]!);
const weekAhead = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

describe('/book/<service> on the site host', { timeout: 120_000 }, () => {
  it('lists the week’s free times in the visitor’s zone, privately, with no script', async () => {
    const res = await get(`/book/${slug}?tz=America/New_York&week=${weekAhead()}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const html = await res.text();
    expect(html).not.toContain('<script');
    expect(html).toContain('Intro call');
    // 09:00 Berlin is 03:00 in New York: the labels are the visitor's wall clock.
    expect(html).toMatch(/>03:00</);
    expect(html).not.toMatch(/>11:00</);
    expect(html).not.toMatch(/>02:45</);
    // The video link is for the buyer's confirmation only.
    expect(html).not.toContain('secret-room');
    expect(html).toContain('<option value="America/New_York" selected');
    expect(startsOn(html).length).toBeGreaterThan(100);
  });

  it('books a free call, emails the ICS invitation and takes the slot away for everyone', async () => {
    const page = await (await get(`/book/${slug}?tz=Asia/Tokyo&week=${weekAhead()}`)).text();
    const start = startsOn(page)[3]!;
    const email = uniqueEmail('visitor');
    const res = await post(`/book/${slug}`, {
      start,
      name: 'Vi Sitor',
      email,
      notes: 'Hi!',
      tz: 'Asia/Tokyo',
    });
    expect(res.status).toBe(303);
    const manage = res.headers.get('location')!;
    expect(manage).toMatch(/^\/booking\/[A-Za-z0-9_-]{43}\?booked=1$/);
    const mails = () => dbOf(edge.deps).select().from(emailOutbox).where(eq(emailOutbox.toAddress, email));
    await eventually(async () => (await mails()).length > 0);
    const [mail] = await mails();
    if (!mail) throw new Error('no confirmation');
    expect(mail.subject).toBe('Confirmed: Intro call with Booking studio');
    expect(mail.textBody).toContain('secret-room');
    expect(mail.attachments![0]!.content).toContain('METHOD:REQUEST');
    expect(mail.attachments![0]!.content).toContain(
      `DTSTART:${start.replace(/[-:]/g, '').replace('.000', '')}`,
    );
    // Another visitor, in another zone, no longer sees it.
    const after = await (await get(`/book/${slug}?tz=Europe/London&week=${weekAhead()}`)).text();
    expect(startsOn(after)).not.toContain(start);

    const mine = await get(manage);
    expect(mine.headers.get('cache-control')).toBe('private, no-store');
    expect(mine.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await mine.text()).toContain('Booked!');
  });

  it('has the jobs Worker’s cron remind the buyer the day before, once, also when runs overlap', async () => {
    const page = await (await get(`/book/${slug}?tz=Europe/Paris&week=${weekAhead()}`)).text();
    const start = startsOn(page)[24]!;
    const email = uniqueEmail('reminded');
    const res = await post(`/book/${slug}`, { start, name: 'Re Minded', email, tz: 'Europe/Paris' });
    expect(res.status).toBe(303);
    const reminders = async () =>
      (await dbOf(edge.deps).select().from(emailOutbox).where(eq(emailOutbox.toAddress, email))).filter((m) =>
        m.subject.startsWith('Reminder:'),
      );
    // Not due yet: the cron sends nothing.
    await edge.scheduled('* * * * *');
    expect(await reminders()).toHaveLength(0);
    // A day passes: the day-before reminder comes due. (Moved in the database rather than running the
    // cron at a later time: that would also expire other tests' checkout holds.)
    const [booking] = await dbOf(edge.deps).select().from(bookings).where(eq(bookings.email, email));
    await dbOf(edge.deps)
      .update(bookingReminders)
      .set({ dueAt: new Date(Date.now() - 60_000) })
      .where(and(eq(bookingReminders.bookingId, booking!.id), eq(bookingReminders.kind, '24h')));
    await Promise.all([edge.scheduled('* * * * *'), edge.scheduled('* * * * *')]);
    await edge.scheduled('* * * * *');
    const [mail, ...more] = await reminders();
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe('Reminder: Intro call with Booking studio tomorrow');
    expect(mail?.textBody).toContain('(Europe/Paris)');
    expect(mail?.textBody).toContain('secret-room');
  });

  it('lets exactly one of concurrent visitors posting the same slot win', async () => {
    const page = await (await get(`/book/${slug}?tz=UTC&week=${weekAhead()}`)).text();
    const start = startsOn(page)[8]!;
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        post(`/book/${slug}`, { start, name: `Racer ${i}`, email: uniqueEmail('racer'), tz: 'UTC' }),
      ),
    );
    expect(answers.filter((a) => a.status === 303)).toHaveLength(1);
    const lost = answers.filter((a) => a.status !== 303);
    for (const a of lost) {
      expect(a.status).toBe(409);
      expect(await a.text()).toContain('Someone has just booked that time');
    }
  });

  it('lets the buyer reschedule and cancel through their link, and frees the time', async () => {
    const page = await (await get(`/book/${slug}?tz=UTC&week=${weekAhead()}`)).text();
    const [first, , , later] = startsOn(page) as [string, string, string, string];
    const res = await post(`/book/${slug}`, {
      start: first,
      name: 'Mo Ver',
      email: uniqueEmail('mover'),
      tz: 'UTC',
    });
    const manage = res.headers.get('location')!.split('?')[0]!;
    const picker = await (await get(`${manage}/reschedule?tz=UTC&week=${weekAhead()}`)).text();
    // The buyer's own time counts as free when moving.
    expect(startsOn(picker)).toContain(first);
    const moved = await post(`${manage}/reschedule`, { start: later });
    expect(moved.status).toBe(303);
    expect(moved.headers.get('location')).toBe(`${manage}?moved=1`);
    const now = await (await get(`/book/${slug}?tz=UTC&week=${weekAhead()}`)).text();
    expect(startsOn(now)).toContain(first);
    expect(startsOn(now)).not.toContain(later);
    const cancelled = await post(`${manage}/cancel`, {});
    expect(cancelled.status).toBe(303);
    expect(await (await get(manage)).text()).toContain('This call is cancelled.');
    expect(startsOn(await (await get(`/book/${slug}?tz=UTC&week=${weekAhead()}`)).text())).toContain(later);
  });

  it('answers hostile forms and paths with a 4xx page, never a 5xx', async () => {
    const page = await (await get(`/book/${slug}?tz=UTC&week=${weekAhead()}`)).text();
    const start = startsOn(page)[20]!;
    for (const fields of [
      {},
      { start, name: 'x', email: 'not-an-email', tz: 'UTC' },
      { start, name: 'x', email: uniqueEmail(), tz: 'Mars/Base' },
      { start: 'soon', name: 'x', email: uniqueEmail(), tz: 'UTC' },
      { start: '2020-01-01T00:00:00.000Z', name: 'x', email: uniqueEmail(), tz: 'UTC' },
      { start: start.replace(':00.000Z', ':07.000Z'), name: 'x', email: uniqueEmail(), tz: 'UTC' },
      { start, name: 'a\u0000b', email: uniqueEmail(), tz: 'UTC' },
      { start, name: 'x'.repeat(5000), email: uniqueEmail(), tz: 'UTC' },
    ]) {
      const res = await post(`/book/${slug}`, fields as Record<string, string>);
      expect(res.status, JSON.stringify(fields).slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    for (const path of [
      '/book/nope',
      '/book/..%2F..%2Fetc',
      `/book/${'a'.repeat(300)}`,
      '/booking/short',
      `/booking/${'A'.repeat(43)}`,
      `/booking/${'A'.repeat(43)}/cancel`,
    ])
      expect((await get(path)).status, path).toBe(404);
    expect((await post(`/booking/${'A'.repeat(43)}/cancel`, {})).status).toBe(404);
    // Junk query values fall back to sane defaults.
    expect((await get(`/book/${slug}?tz=%00&week=9999-99-99`)).status).toBe(200);
    // A honeypot-filled form books nothing.
    const bot = await post(`/book/${slug}`, {
      start,
      name: 'Bot',
      email: uniqueEmail('bot'),
      tz: 'UTC',
      website: 'x',
    });
    expect(bot.status).toBe(303);
    expect(startsOn(await (await get(`/book/${slug}?tz=UTC&week=${weekAhead()}`)).text())).toContain(start);
  });
});

describe('paid calls through the commerce checkout', { timeout: 180_000 }, () => {
  const standin = () => edge.stripe!;
  const stand = (path: string, body: object = {}) =>
    fetch(`${standin().url}/__standin${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const bookingOf = async (email: string) =>
    (await dbOf(edge.deps).select().from(bookings).where(eq(bookings.email, email)))[0]!;
  const orderOf = async (id: string) =>
    (await dbOf(edge.deps).select().from(orders).where(eq(orders.id, id)))[0]!;
  const waitFor = (email: string, status: string) =>
    eventually(async () => (await bookingOf(email))?.status === status, 30_000);

  async function startPaid(index: number, email: string) {
    const page = await (await get(`/book/${paidSlug}?tz=America/Los_Angeles&week=${weekAhead()}`)).text();
    expect(page).toContain('Continue to payment');
    const start = startsOn(page)[index]!;
    const res = await post(`/book/${paidSlug}`, { start, name: 'Pay Er', email, tz: 'America/Los_Angeles' });
    expect(res.status, await res.clone().text()).toBe(303);
    const location = res.headers.get('location')!;
    expect(location.startsWith(standin().url)).toBe(true);
    return { start, sessionId: location.slice(location.lastIndexOf('/') + 1) };
  }
  /** The buyer pays in the stand-in's checkout; the booking is confirmed once its webhook lands. */
  async function payFor(sessionId: string, email: string) {
    const paid = await stand(`/sessions/${sessionId}/pay`, {
      card: '4242 4242 4242 4242',
      email,
      name: 'Pay Er',
    });
    expect(paid.status, await paid.text()).toBe(200);
    await waitFor(email, 'confirmed');
  }
  const offered = async () =>
    startsOn(await (await get(`/book/${paidSlug}?tz=UTC&week=${weekAhead()}`)).text());

  it('holds the slot during checkout, confirms it once paid (one email with ICS) and cancels it on a full refund', async () => {
    const email = uniqueEmail('payer');
    const { start, sessionId } = await startPaid(2, email);
    expect((await bookingOf(email)).status).toBe('held');
    expect(await offered()).not.toContain(start);
    await payFor(sessionId, email);
    await standin().waitForDeliveries();
    const confirmations = async () =>
      (await dbOf(edge.deps).select().from(emailOutbox).where(eq(emailOutbox.toAddress, email))).filter((m) =>
        m.subject.startsWith('Confirmed:'),
      );
    await eventually(async () => (await confirmations()).length > 0);
    const [mail] = await confirmations();
    expect(mail!.attachments![0]!.content).toContain('METHOD:REQUEST');
    expect(await offered()).not.toContain(start);

    const order = (await bookingOf(email)).orderId!;
    const refund = await edge.fetch(`http://mewayz.localhost/api/v1/orders/${order}/refunds`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(refund.status, await refund.text()).toBe(202);
    await waitFor(email, 'cancelled');
    expect(await offered()).toContain(start);
    expect(await confirmations()).toHaveLength(1);
  });

  it('refunds a paid call in full when its creator cancels it, or its buyer does in time', async () => {
    const [byCreator, byBuyer] = [uniqueEmail('creator-cancels'), uniqueEmail('buyer-cancels')];
    for (const [index, email] of [
      [10, byCreator],
      [14, byBuyer],
    ] as const) {
      await payFor((await startPaid(index, email)).sessionId, email);
    }
    const mailsTo = async (email: string, subject: string) =>
      (await dbOf(edge.deps).select().from(emailOutbox).where(eq(emailOutbox.toAddress, email))).filter((m) =>
        m.subject.startsWith(subject),
      );

    // The creator, through the API.
    const cancelled = await edge.fetch(
      `http://mewayz.localhost/api/v1/bookings/${(await bookingOf(byCreator)).id}/cancel`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{}',
      },
    );
    expect(cancelled.status, await cancelled.text()).toBe(200);
    // The buyer, through the link in their confirmation.
    await eventually(async () => (await mailsTo(byBuyer, 'Confirmed:')).length > 0);
    const [confirmation] = await mailsTo(byBuyer, 'Confirmed:');
    const manage = /\/booking\/[A-Za-z0-9_-]{43}/.exec(confirmation!.textBody)![0];
    expect((await post(`${manage}/cancel`, {})).status).toBe(303);

    for (const [email, by] of [
      [byCreator, 'creator'],
      [byBuyer, 'buyer'],
    ] as const) {
      const booking = await bookingOf(email);
      expect(booking.status).toBe('cancelled');
      expect(booking.cancelledBy).toBe(by);
      // Stripe's charge.refunded webhook moves the order; it is refunded once, in full.
      await eventually(async () => (await orderOf(booking.orderId!)).status === 'refunded', 30_000);
      const order = await orderOf(booking.orderId!);
      expect(order.refundedTotal).toBe(order.total);
      await eventually(async () => (await mailsTo(email, 'Cancelled:')).length > 0);
      expect(await mailsTo(email, 'Cancelled:')).toHaveLength(1);
    }
  });

  it('releases the slot when the checkout expires unpaid', async () => {
    const email = uniqueEmail('expirer');
    const { start, sessionId } = await startPaid(6, email);
    expect(await offered()).not.toContain(start);
    const expired = await stand(`/sessions/${sessionId}/expire`);
    expect(expired.status, await expired.text()).toBe(200);
    await waitFor(email, 'cancelled');
    expect((await bookingOf(email)).cancelledBy).toBe('system');
    expect(await offered()).toContain(start);
  });
});
