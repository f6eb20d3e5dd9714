import { bookingsService } from '@mewayz/core';
import {
  createPublishedSite,
  createTenant,
  type EdgeHarness,
  identityDeps,
  startEdge,
  type Tenant,
  uniqueEmail,
} from '@mewayz/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiAnswer, call } from './helpers.ts';

/**
 * /api/v1/services, /availability and /bookings as an integrator uses them, concurrent reschedules
 * into one slot, and what hostile input gets: a coded 4xx naming the field, never a 5xx.
 */
let edge: EdgeHarness;
let tenant: Tenant;
let siteId: string;

beforeAll(async () => {
  edge = await startEdge({
    edgeVars: { API_RATE_LIMIT_PER_TOKEN: '100000', API_RATE_LIMIT_PER_IP: '100000' },
  });
  tenant = await createTenant(edge.deps, 'Bookings API org');
  siteId = (await createPublishedSite(edge.deps, tenant.scope)).site.id;
  // The Workers start here: slow on a loaded machine.
}, 180_000);
afterAll(() => edge?.dispose());

const send = (method: string, path: string, body?: unknown) =>
  call(edge, method, path, { token: tenant.token, body });
const uid = () => Math.random().toString(36).slice(2, 8);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

function expect4xx(res: ApiAnswer, status: number, path?: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.body.success).toBe(false);
  expect(res.body.error.code).toMatch(/^[a-z_]+$/);
  if (path)
    expect(
      res.body.error.details.map((d: { path: string }) => d.path),
      res.text,
    ).toContain(path);
}

const always = Array.from({ length: 7 }, () => [{ start: 0, end: 1440 }]);

async function book(serviceId: string, start: string) {
  return bookingsService.bookSlot(identityDeps(edge.deps), tenant.scope, {
    serviceId,
    siteId,
    siteOrigin: 'http://x.mewayz.localhost',
    start: Date.parse(start),
    name: 'API buyer',
    email: uniqueEmail('api-buyer'),
    notes: '',
    visitorTimeZone: 'Asia/Tokyo',
  });
}

describe('/api/v1 bookings', { timeout: 120_000 }, () => {
  it('sets the calendar, creates a service, lists its slots and manages its bookings', async () => {
    const cal = await send('PUT', '/availability', {
      timeZone: 'America/New_York',
      weekly: [
        [
          { start: 780, end: 1020 },
          { start: 540, end: 720 },
          { start: 600, end: 660 },
        ],
        ...always.slice(1),
      ],
      overrides: [{ date: '2030-01-01', windows: [] }],
    });
    expect(cal.status, cal.text).toBe(200);
    // Overlapping windows are merged and sorted.
    expect(cal.body.data.weekly[0]).toEqual([
      { start: 540, end: 720 },
      { start: 780, end: 1020 },
    ]);
    expect(cal.body.data.overrides).toEqual([{ date: '2030-01-01', windows: [] }]);
    await send('PUT', '/availability', { timeZone: 'UTC', weekly: always, overrides: [] });

    const created = await send('POST', '/services', {
      slug: `coach-${uid()}`,
      name: 'Coaching',
      durationMinutes: 30,
      price: 5000,
      currency: 'EUR',
      locationKind: 'video',
      locationDetail: 'https://meet.example.com/x',
      minNoticeMinutes: 0,
    });
    expect(created.status, created.text).toBe(201);
    const service = created.body.data;
    expect(service).toMatchObject({ durationMinutes: 30, price: 5000, currency: 'EUR', maxPerDay: null });
    const taken = await send('POST', '/services', {
      slug: service.slug,
      name: 'Again',
      durationMinutes: 15,
      locationKind: 'phone',
    });
    expect4xx(taken, 409, 'slug');

    const slots = await send('GET', `/services/${service.id}/slots?from=${day(2)}&to=${day(2)}`);
    expect(slots.status, slots.text).toBe(200);
    expect(slots.body.data.count).toBe(48);
    expect(slots.body.data.timeZone).toBe('UTC');

    const [first, second] = slots.body.data.slots as string[];
    const { booking } = await book(service.id, first!);
    const listed = await send('GET', `/bookings?from=${day(2)}&to=${day(2)}`);
    expect(listed.body.data.map((b: { id: string }) => b.id)).toContain(booking.id);
    expect(listed.body.data[0]).toMatchObject({
      status: 'held',
      serviceName: 'Coaching',
      visitorTimeZone: 'Asia/Tokyo',
    });
    const after = await send('GET', `/services/${service.id}/slots?from=${day(2)}&to=${day(2)}`);
    expect(after.body.data.slots).not.toContain(first);

    const moved = await send('POST', `/bookings/${booking.id}/reschedule`, { startsAt: second });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body.data.startsAt).toBe(second);
    const cancelled = await send('POST', `/bookings/${booking.id}/cancel`, {});
    expect(cancelled.body.data).toMatchObject({ status: 'cancelled', cancelledBy: 'creator' });
    const again = await send('POST', `/bookings/${booking.id}/reschedule`, { startsAt: first });
    expect4xx(again, 409);

    expect((await send('DELETE', `/services/${service.id}`)).status).toBe(200);
    expect((await send('GET', `/services/${service.id}`)).status).toBe(404);
    // Its address is free again.
    const reused = await send('POST', '/services', {
      slug: service.slug,
      name: 'Reused',
      durationMinutes: 15,
      locationKind: 'phone',
    });
    expect(reused.status, reused.text).toBe(201);
  });

  it('lets exactly one of several concurrent reschedules into one slot win', async () => {
    await send('PUT', '/availability', { timeZone: 'UTC', weekly: always, overrides: [] });
    const svc = (
      await send('POST', '/services', {
        slug: `race-${uid()}`,
        name: 'Race',
        durationMinutes: 30,
        locationKind: 'phone',
        minNoticeMinutes: 0,
      })
    ).body.data;
    const free = (await send('GET', `/services/${svc.id}/slots?from=${day(3)}&to=${day(3)}`)).body.data
      .slots as string[];
    const booked = await Promise.all(free.slice(0, 5).map((s) => book(svc.id, s)));
    const target = free[10]!;
    const answers = await Promise.all(
      booked.map((b) => send('POST', `/bookings/${b.booking.id}/reschedule`, { startsAt: target })),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    for (const a of answers.filter((x) => x.status !== 200)) {
      expect4xx(a, 409);
      expect(a.body.error.details[0].code).toBe('slot_taken');
    }
    const day3 = (await send('GET', `/bookings?from=${day(3)}&to=${day(3)}`)).body.data as {
      startsAt: string;
    }[];
    expect(day3.filter((b) => b.startsAt === target)).toHaveLength(1);
  });

  it('answers hostile input with a coded 4xx naming the field', async () => {
    const svc = (
      await send('POST', '/services', {
        slug: `h-${uid()}`,
        name: 'Hostile',
        durationMinutes: 30,
        locationKind: 'phone',
      })
    ).body.data;
    const base = { slug: `h-${uid()}`, name: 'x', durationMinutes: 30, locationKind: 'phone' };
    for (const [patch, path] of [
      [{ durationMinutes: 7 }, 'durationMinutes'],
      [{ durationMinutes: 0 }, 'durationMinutes'],
      [{ durationMinutes: 1e9 }, 'durationMinutes'],
      [{ durationMinutes: '30' }, 'durationMinutes'],
      [{ bufferMinutes: -5 }, 'bufferMinutes'],
      [{ price: 1.5 }, 'price'],
      [{ price: -1 }, 'price'],
      [{ currency: 'XXX' }, 'currency'],
      [{ locationKind: 'moon' }, 'locationKind'],
      [{ slug: '../etc' }, 'slug'],
      [{ slug: 'A'.repeat(300) }, 'slug'],
      [{ name: 'a\u0000b' }, 'name'],
      [{ maxPerDay: 0 }, 'maxPerDay'],
      [{ extra: true }, ''],
    ] as const)
      expect4xx(await send('POST', '/services', { ...base, ...patch }), 422, path || undefined);

    for (const [body, label] of [
      [{ timeZone: 'Mars/Base', weekly: always, overrides: [] }, 'timeZone'],
      [{ timeZone: 'UTC', weekly: always.slice(1), overrides: [] }, 'weekly'],
      [
        { timeZone: 'UTC', weekly: [[{ start: 600, end: 500 }], ...always.slice(1)], overrides: [] },
        'weekly.0.0',
      ],
      [
        { timeZone: 'UTC', weekly: [[{ start: -1, end: 500 }], ...always.slice(1)], overrides: [] },
        'weekly.0.0.start',
      ],
      [
        { timeZone: 'UTC', weekly: always, overrides: [{ date: '2026-02-30', windows: [] }] },
        'overrides.0.date',
      ],
      [
        { timeZone: 'UTC', weekly: always, overrides: [{ date: "'; DROP TABLE x", windows: [] }] },
        'overrides.0.date',
      ],
      [
        {
          timeZone: 'UTC',
          weekly: always,
          overrides: Array.from({ length: 400 }, () => ({ date: '2030-01-01', windows: [] })),
        },
        'overrides',
      ],
    ] as const)
      expect4xx(await send('PUT', '/availability', body), 422, label);

    for (const q of [
      `from=${day(1)}`,
      `from=nope&to=${day(1)}`,
      `from=${day(5)}&to=${day(1)}`,
      `from=2026-01-01&to=2027-01-01`,
      `from=2026-13-01&to=2026-13-02`,
      'status=lost&from=2026-01-01&to=2026-01-02',
    ]) {
      expect4xx(await send('GET', `/bookings?${q}`), 422);
      expect4xx(await send('GET', `/services/${svc.id}/slots?${q}`), 422);
    }
    const { booking } = await book(
      svc.id,
      (await send('GET', `/services/${svc.id}/slots?from=${day(4)}&to=${day(4)}`)).body.data.slots[0],
    );
    for (const [body, status] of [
      [{ startsAt: 'tomorrow' }, 422],
      [{ startsAt: '2026-06-02T07:10:00Z' }, 422],
      [{ startsAt: '1970-01-01T00:00:00Z' }, 422],
      [{ startsAt: '9999-12-31T23:59:59Z' }, 422],
      [{ startsAt: `${day(4)}T00:07:00Z` }, 422],
      [{}, 422],
    ] as const)
      expect4xx(await send('POST', `/bookings/${booking.id}/reschedule`, body), status);
    expect4xx(
      await send('POST', `/bookings/${booking.id}/cancel`, { reason: 'x'.repeat(301) }),
      422,
      'reason',
    );
    for (const id of ['bkg_x', 'BKG_01JD3V6W0M8X9Y2Z3A4B5C6D7E', '%00', 'bkg_01jd3v6w0m8x9y2z3a4b5c6d7e'])
      expect4xx(await send('GET', `/bookings/${id}`), 404);
    expect4xx(
      await send('GET', '/services/bsvc_01jd3v6w0m8x9y2z3a4b5c6d7e/slots?from=2026-01-01&to=2026-01-02'),
      404,
    );
  });

  it('serves the confirmed calls as a secret ICS feed, and a rotation revokes the old URL', async () => {
    await send('PUT', '/availability', { timeZone: 'UTC', weekly: always, overrides: [] });
    const svc = (
      await send('POST', '/services', {
        slug: `feed-${uid()}`,
        name: 'Feed call',
        durationMinutes: 30,
        locationKind: 'in_person',
        locationDetail: '1 Main St',
        minNoticeMinutes: 0,
      })
    ).body.data;
    const [slot] = (await send('GET', `/services/${svc.id}/slots?from=${day(5)}&to=${day(5)}`)).body.data
      .slots;
    const { booking } = await book(svc.id, slot);
    const first = await send('POST', '/calendar-feed');
    expect(first.status, first.text).toBe(200);
    const path = new URL(first.body.data.url).pathname;
    expect(path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{32}\.ics$/);
    const feed = await edge.fetch(`http://mewayz.localhost${path}`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(feed.headers.get('cache-control')).toBe('private, max-age=300');
    const ics = await feed.text();
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toContain(`UID:${booking.id}@`);
    expect(ics).toContain('SUMMARY:Feed call: API buyer');
    const second = await send('POST', '/calendar-feed');
    expect((await edge.fetch(`http://mewayz.localhost${path}`)).status).toBe(404);
    expect(
      (await edge.fetch(`http://mewayz.localhost${new URL(second.body.data.url).pathname}`)).status,
    ).toBe(200);
    for (const junk of [
      '/calendar/x.ics',
      `/calendar/${'a'.repeat(32)}.ics`,
      '/calendar/../etc.ics',
      `${path}x`,
    ])
      expect((await edge.fetch(`http://mewayz.localhost${junk}`)).status, junk).toBe(404);
  });
});
