import { createServiceInput } from '@mewayz/contracts';
import { bookingsService, newId } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { bookings, emailOutbox, orders } from '@mewayz/db/schema';
import {
  createPublishedSite,
  createTenant,
  type DashboardStack,
  eventually,
  startDashboardStack,
  type Tenant,
  testActor,
} from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, signInAs } from './page-checks.ts';

/**
 * Bookings end to end in headless Chromium (issue #12's "done means" for bookings): the creator (in
 * New York) makes a paid 30-minute service and sets weekly hours in the dashboard; a visitor in Tokyo
 * books a time on the site, pays with the Stripe stand-in's test card and gets the confirmation with
 * its invitation; the time is gone for the next visitor; the creator finds the call in the calendar,
 * cancels it, and the order ends refunded.
 */
let stack: DashboardStack;
let creator: Page;
let owner: Tenant;
let slug: string;
const creatorZone = 'America/New_York';
const visitorZone = 'Asia/Tokyo';
const buyer = 'tokyo-buyer@example.test';

beforeAll(async () => {
  stack = await startDashboardStack();
  creator = await stack.browser.newPage();
  owner = await createTenant(stack.deps, 'Pottery Coaching');
  ({ slug } = await createPublishedSite(stack.deps, owner.scope));
}, 300_000);
afterAll(async () => {
  if (process.env.E2E_LOGS) console.log(stack?.logs());
  await stack?.stop();
});

/** Screenshots to /tmp for a look, desktop and phone, besides the harness's own checks. */
async function shoot(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `/tmp/bookings-${name}-1280.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `/tmp/bookings-${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** On the stand-in's hosted checkout: pay with the test card. */
async function payOnStripe(page: Page) {
  await page.waitForURL(/\/c\/pay\/cs_test_/).catch(async (err) => {
    throw new Error(
      `not on Stripe's page but ${page.url()}: ${(await page.locator('body').textContent())?.slice(0, 300)}`,
      { cause: err },
    );
  });
  await page.getByLabel('Email').fill(buyer);
  await page.getByLabel('Name on card').fill('Kenji Buyer');
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByLabel('Expiry').fill('12 / 34');
  await page.getByLabel('CVC').fill('123');
  await page.getByRole('button', { name: /^Pay / }).click();
}

const timeIn = (tz: string, iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(Date.parse(iso));

describe('bookings', () => {
  it('a paid call booked from Tokyo on a New York calendar: paid, invited, taken, seen, cancelled and refunded', async () => {
    await signInAs(stack, creator, owner.user.email);
    await creator.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bookings' }).click();
    await creator.waitForURL(/\/bookings$/);

    // The service: a wrong duration first (kept, with the contract's reason beside it).
    await creator.goto(`${stack.appUrl}/bookings/services/new`);
    await creator.getByLabel('Name').fill('Glaze coaching');
    await creator.getByLabel('Address on your site').fill('glaze-coaching');
    await creator.getByLabel('Duration (minutes)').fill('32');
    await creator.getByLabel('Price').fill('40');
    await creator.getByLabel('Minimum notice (hours)').fill('2');
    await creator.getByLabel('Link, number or address').fill('https://meet.example.test/glaze');
    await creator.getByRole('button', { name: 'Create service' }).click();
    await creator.getByText('Use a multiple of 5 minutes for the duration').waitFor();
    expect(await creator.getByLabel('Name').inputValue()).toBe('Glaze coaching');
    await creator.getByLabel('Duration (minutes)').fill('30');
    await creator.getByRole('button', { name: 'Create service' }).click();
    await creator.getByText('Service created.').waitFor();
    const [service] = await bookingsService.listServices(owner.scope);
    expect([service?.durationMinutes, service?.price, service?.currency, service?.active]).toEqual([
      30,
      4000,
      'USD',
      true,
    ]);
    await creator.goto(`${stack.appUrl}/bookings/services`);
    const row = creator.locator(`[data-service="${service!.id}"]`);
    expect(await row.textContent()).toContain('$40.00');
    expect(await row.getByRole('link', { name: /\/book\/glaze-coaching/ }).getAttribute('href')).toBe(
      `${stack.siteUrl(slug)}book/glaze-coaching`,
    );
    await checkPage(stack, creator, 'bookings-services');
    await shoot(creator, 'services');

    // Weekly hours in New York: every day 09:00–12:00, Mondays also 13:00–15:00. A range that ends
    // before it starts is refused next to its field first.
    await creator.goto(`${stack.appUrl}/bookings/availability`);
    await creator.getByLabel('Your time zone').selectOption(creatorZone);
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    for (const day of days) {
      await creator.getByLabel(`${day} from`, { exact: true }).fill('09:00');
      await creator.getByLabel(`${day} to`, { exact: true }).fill('12:00');
    }
    await creator.getByLabel('Date 1', { exact: true }).fill('2031-12-25');
    await creator.getByLabel('Monday from', { exact: true }).fill('13:00');
    await creator.getByRole('button', { name: 'Save availability' }).click();
    await creator.getByText('End after the start').waitFor();
    expect(await creator.getByLabel('Date 1', { exact: true }).inputValue()).toBe('2031-12-25');
    await creator.getByLabel('Monday from', { exact: true }).fill('09:00');
    await creator.getByRole('button', { name: 'Save availability' }).click();
    await creator.getByText('Availability saved.').waitFor();
    await creator.getByLabel('Monday (2) from').fill('13:00');
    await creator.getByLabel('Monday (2) to').fill('15:00');
    await creator.getByRole('button', { name: 'Save availability' }).click();
    // Saved when the form is drawn again with a spare row under the new one.
    await creator.getByLabel('Monday (3) from').waitFor();
    const calendar = await bookingsService.getAvailability(owner.scope);
    expect(calendar.timeZone).toBe(creatorZone);
    expect(calendar.weekly[0]).toEqual([
      { start: 540, end: 720 },
      { start: 780, end: 900 },
    ]);
    expect(calendar.weekly[6]).toEqual([{ start: 540, end: 720 }]);
    expect(calendar.overrides).toEqual([{ date: '2031-12-25', windows: [] }]);
    await checkPage(stack, creator, 'bookings-availability');
    await shoot(creator, 'availability');

    // The visitor, in Tokyo. The page's zone comes from `?tz=`, else Cloudflare's guess, else the
    // creator's; they pick theirs in the zone select (a GET form, no script).
    const tokyo = await stack.otherContext({ timezoneId: visitorZone, locale: 'ja-JP' });
    const visitor = await tokyo.newPage();
    expect(await visitor.evaluate('Intl.DateTimeFormat().resolvedOptions().timeZone')).toBe(visitorZone);
    await visitor.goto(`${stack.siteUrl(slug)}book/glaze-coaching`);
    await visitor.getByLabel('Times shown in').selectOption(visitorZone);
    await visitor.getByRole('button', { name: 'Show times' }).click();
    await visitor.waitForURL(/tz=Asia%2FTokyo/);
    // The first slot at least an hour past the 2-hour notice: the earliest ones drop off the page as the
    // clock moves, and the test expects this one back after the cancellation a minute or two later.
    const values = await visitor
      .locator('label.slot input[name="start"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    const start = values.find((v) => Date.parse(v) >= Date.now() + 3 * 3_600_000)!;
    expect(start).toBeTruthy();
    const first = visitor.locator(`input[name="start"][value="${start}"]`);
    const firstSlot = visitor.locator('label.slot', { has: first });
    // Its label is Tokyo's wall clock of a New York morning slot.
    const label = await firstSlot.textContent();
    expect(label?.trim()).toBe(timeIn(visitorZone, start));
    expect(Number(timeIn(creatorZone, start).slice(0, 2))).toBeGreaterThanOrEqual(9);
    expect(Number(timeIn(creatorZone, start).slice(0, 2))).toBeLessThan(15);
    await first.check();
    await visitor.getByLabel('Your name').fill('Kenji Tanaka');
    await visitor.getByLabel('Email').fill(buyer);
    await visitor.getByRole('button', { name: 'Continue to payment' }).click();
    await payOnStripe(visitor);
    await visitor.waitForURL(/\/(booking|checkout)\//);

    // Paid: the booking is confirmed, and the confirmation carries the invitation for that instant.
    const bookingOf = async () =>
      (
        await dbOf(stack.deps).select().from(bookings).where(eq(bookings.organizationId, owner.scope.orgId))
      )[0];
    await eventually(async () => (await bookingOf())?.status === 'confirmed', 30_000);
    const booked = (await bookingOf())!;
    expect(booked.startsAt.toISOString()).toBe(new Date(start).toISOString());
    expect(booked.visitorTimeZone).toBe(visitorZone);
    const confirmation = async () =>
      (await dbOf(stack.deps).select().from(emailOutbox).where(eq(emailOutbox.toAddress, buyer))).find((m) =>
        m.attachments?.some((a) => a.filename.endsWith('.ics')),
      );
    await eventually(async () => Boolean(await confirmation()), 30_000, 500);
    const mail = (await confirmation())!;
    const ics = mail.attachments!.find((a) => a.filename.endsWith('.ics'))!;
    expect(ics.contentType).toMatch(/^text\/calendar/);
    const dtstart = /DTSTART[^:\r\n]*:(\d{8}T\d{6}Z)/.exec(ics.content)?.[1];
    expect(dtstart).toBe(
      new Date(start)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, ''),
    );
    expect(ics.content).toContain('METHOD:REQUEST');

    // The next visitor is not offered that time.
    const second = await tokyo.newPage();
    await second.goto(`${stack.siteUrl(slug)}book/glaze-coaching?tz=${encodeURIComponent(visitorZone)}`);
    expect(await second.locator('input[name="start"]').count()).toBeGreaterThan(0);
    expect(await second.locator(`input[name="start"][value="${start}"]`).count()).toBe(0);
    await tokyo.close();

    // The creator's calendar shows it on its New York day, with the buyer, time and status.
    const monday = bookingsService.addDays(
      bookingsService.wallClockAt(Date.parse(start), creatorZone).date,
      -bookingsService.wallClockAt(Date.parse(start), creatorZone).weekday,
    );
    await creator.goto(`${stack.appUrl}/bookings?week=${monday}`);
    const entry = creator.locator(`[data-booking="${booked.id}"]`).first();
    await entry.waitFor();
    const text = (await entry.textContent()) ?? '';
    for (const part of ['Glaze coaching', 'Kenji Tanaka', buyer, 'Confirmed', timeIn(creatorZone, start)])
      expect(text).toContain(part);
    await creator.getByRole('button', { name: 'Make a feed URL' }).click();
    const feed = creator.getByLabel('Feed URL');
    await feed.waitFor();
    const firstFeed = await feed.inputValue();
    expect(firstFeed).toMatch(/\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    await checkPage(stack, creator, 'bookings-calendar');
    await shoot(creator, 'calendar');
    await creator.getByRole('button', { name: 'Rotate: make a new URL' }).click();
    await eventually(async () => (await feed.inputValue()) !== firstFeed, 15_000, 200);
    expect(await feed.inputValue()).toMatch(/\/calendar\/[A-Za-z0-9_-]+\.ics$/);

    // Its page, then cancel: the blocks are free again and the paid order is refunded in full.
    await entry.click();
    await creator.waitForURL(`**/bookings/${booked.id}`);
    // Their time too: the visitor booked from Tokyo.
    await creator.getByText(/\(Asia\/Tokyo\)/).waitFor();
    await checkPage(stack, creator, 'bookings-booking');
    await shoot(creator, 'booking');
    await creator.getByText('Cancel this call…').click();
    await creator.getByRole('button', { name: 'Yes, cancel the call' }).click();
    await creator.getByText(/Call cancelled\. The buyer is emailed and refunded/).waitFor();
    expect((await bookingOf())?.status).toBe('cancelled');
    await eventually(
      async () =>
        (await dbOf(stack.deps).select().from(orders).where(eq(orders.id, booked.orderId!)))[0]?.status ===
        'refunded',
      30_000,
    );
    const free = await stack.browser.newPage();
    await free.goto(`${stack.siteUrl(slug)}book/glaze-coaching?tz=${encodeURIComponent(visitorZone)}`);
    expect(await free.locator(`input[name="start"][value="${start}"]`).count()).toBe(1);
    await free.close();
  }, 240_000);

  it('bad, missing, oversized and foreign input to the bookings actions is a 4xx with reasons, never a 5xx', async () => {
    await signInAs(stack, creator, owner.user.email);
    await creator.goto(`${stack.appUrl}/bookings/services`);
    const csrf = await creator.locator('input[name="_csrf"]').first().inputValue();
    const other = await createTenant(stack.deps, 'Someone Else');
    const foreign = await bookingsService.createService(
      stack.deps,
      other.scope,
      testActor,
      createServiceInput.parse({
        name: 'Not yours',
        slug: 'not-yours',
        durationMinutes: 30,
        locationKind: 'video',
      }),
    );
    // From the signed-in page, as its own forms post (same origin, the session cookie, the CSRF field).
    const post = (path: string, fields: Record<string, string>) =>
      creator.evaluate(
        async ([url, body]) => {
          const res = await fetch(url, {
            method: 'POST',
            body: new URLSearchParams(body),
            redirect: 'manual',
          });
          return { status: res.status, body: await res.text() };
        },
        [`${stack.appUrl}${path}`, { _csrf: csrf, ...fields }] as const,
      );
    const service = {
      name: 'Call',
      slug: 'call',
      durationMinutes: '30',
      maxDaysAhead: '30',
      cancelNoticeHours: '24',
      locationKind: 'video',
    };
    const refused: [string, Record<string, string>, number, string?][] = [
      ['/bookings/services/new', {}, 422, 'Check the highlighted fields'],
      ['/bookings/services/new', { ...service, durationMinutes: '7' }, 422, 'multiple of 5'],
      ['/bookings/services/new', { ...service, durationMinutes: 'lots' }, 422],
      ['/bookings/services/new', { ...service, name: 'x'.repeat(100_000) }, 422],
      ['/bookings/services/new', { ...service, description: 'y'.repeat(200_000) }, 422],
      ['/bookings/services/new', { ...service, price: 'free!' }, 422],
      ['/bookings/services/new', { ...service, price: '10', currency: 'XYZ' }, 422],
      ['/bookings/services/new', { ...service, locationKind: 'moon' }, 422],
      ['/bookings/services/new', { ...service, slug: 'Not A Slug' }, 422],
      ['/bookings/services/new', { ...service, minNoticeHours: '1e12' }, 422],
      ['/bookings/services/new', { ...service, maxPerDay: '-3' }, 422],
      [`/bookings/services/${foreign.id}`, { _intent: 'save', ...service }, 404],
      [`/bookings/services/${foreign.id}`, { _intent: 'delete' }, 404],
      ['/bookings/services/not-an-id', { _intent: 'delete' }, 404],
      [`/bookings/services/${foreign.id}`, { _intent: 'explode' }, 400],
      ['/bookings/availability', { timeZone: 'Mars/Olympus_Mons' }, 422, 'time zone'],
      [
        '/bookings/availability',
        { timeZone: 'UTC', 'weekly.0.0.start': '25:00', 'weekly.0.0.end': '26:00' },
        422,
      ],
      ['/bookings/availability', { timeZone: 'UTC', 'weekly.0.0.start': '10:00' }, 422, 'Give both times'],
      [
        '/bookings/availability',
        { timeZone: 'UTC', overrideRows: '1', 'overrides.0.date': '2031-02-30' },
        422,
        'real date',
      ],
      [
        '/bookings/availability',
        { timeZone: 'UTC', overrideRows: '999999999', 'overrides.0.start': '10:00' },
        422,
      ],
      ['/bookings', { _intent: 'nothing' }, 400],
      ['/bookings/not-an-id', { _intent: 'cancel' }, 404],
      [`/bookings/${newId('booking')}`, { _intent: 'cancel' }, 404],
    ];
    for (const [path, fields, status, says] of refused) {
      const res = await post(path, fields);
      expect(res.status, `${path} ${JSON.stringify(fields).slice(0, 120)}: ${res.body.slice(0, 200)}`).toBe(
        status,
      );
      if (says) expect(res.body).toContain(says);
    }
    // Nothing of it was stored, and the other workspace's service is as it was.
    expect((await bookingsService.listServices(owner.scope)).map((s) => s.slug)).toEqual(['glaze-coaching']);
    expect((await bookingsService.getService(other.scope, foreign.id)).name).toBe('Not yours');
    // A real booking of this workspace moved to a time never offered, or to junk: refused with a reason.
    const booking = (
      await dbOf(stack.deps).select().from(bookings).where(eq(bookings.organizationId, owner.scope.orgId))
    )[0]!;
    const [junk, never] = await Promise.all([
      post(`/bookings/${booking.id}`, { _intent: 'reschedule', startsAt: 'tomorrow-ish' }),
      post(`/bookings/${booking.id}`, { _intent: 'reschedule', startsAt: '2031-12-25T03:07:00.000Z' }),
    ]);
    expect(junk.status).toBe(422);
    expect(junk.body).toContain('Choose one of the free times');
    expect([409, 422]).toContain(never.status);
  }, 120_000);
});
