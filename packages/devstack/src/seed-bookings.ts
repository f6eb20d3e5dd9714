import { createServiceInput } from '@mewayz/contracts';
import { type Actor, bookingsService, type CoreDeps, type TenantScope } from '@mewayz/core';

const nineToFive = [{ start: 540, end: 1020 }];

/** The demo calls on `alice`: a free 15-minute intro and a paid 30-minute coaching call. */
const demoServices = [
  {
    slug: 'intro-call',
    name: 'Free intro call',
    description: 'Fifteen minutes to meet, hear what you are working on and see whether coaching fits.',
    durationMinutes: 15,
    price: 0,
    currency: 'USD',
    bufferMinutes: 5,
    minNoticeMinutes: 120,
    maxPerDay: 4,
    locationKind: 'video',
    locationDetail: 'https://meet.example.com/alice-intro',
  },
  {
    slug: 'coaching',
    name: 'Coaching call',
    description: 'Thirty minutes of one-to-one feedback on your portfolio, pricing or next collection.',
    durationMinutes: 30,
    price: 6000,
    currency: 'USD',
    bufferMinutes: 10,
    minNoticeMinutes: 720,
    maxPerDay: null,
    locationKind: 'video',
    locationDetail: 'https://meet.example.com/alice-coaching',
  },
] as const;

/**
 * The demo booking calendar: Monday to Friday, 09:00–17:00 in Lisbon, and the two services. Idempotent:
 * a calendar the creator changed is kept, and a service is looked up by its address.
 */
export async function seedDemoBookings(deps: CoreDeps, scope: TenantScope, actor: Actor) {
  const calendar = await bookingsService.getAvailability(scope);
  if (calendar.weekly.every((day) => day.length === 0))
    await bookingsService.setAvailability(deps, scope, actor, {
      timeZone: 'Europe/Lisbon',
      weekly: [nineToFive, nineToFive, nineToFive, nineToFive, nineToFive, [], []],
      overrides: [],
    });
  const have = new Set((await bookingsService.listServices(scope)).map((s) => s.slug));
  let created = 0;
  for (const s of demoServices) {
    if (have.has(s.slug)) continue;
    await bookingsService.createService(deps, scope, actor, createServiceInput.parse(s));
    created++;
  }
  return { created };
}
