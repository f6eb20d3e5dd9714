import { describe, expect, it } from 'vitest';
import { buildEvent, isoInstant } from './capture-event.ts';

const chrome =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const target = {
  kind: 'view',
  organizationId: 'org_1',
  siteId: 'site_1',
  linkId: '',
  host: 'alice.test',
} as const;
const now = new Date('2026-12-03T10:00:00Z');

/** A request as workerd hands it over: headers, and `cf` when the runtime has it. */
function visit(headers: Record<string, string>, cf?: { country?: string; city?: string }) {
  const req = new Request('http://alice.test/?utm_source=ig', {
    headers: { 'user-agent': chrome, ...headers },
  });
  if (cf) Object.defineProperty(req, 'cf', { value: cf });
  return buildEvent(req, new URL(req.url), target, 'salt', now);
}

describe('buildEvent', () => {
  it('takes the country and city from Cloudflare’s location headers when they came', () => {
    // `cf` disagrees on purpose: with the headers there, it is never read.
    const e = visit({ 'cf-ipcountry': 'pt', 'cf-ipcity': 'Lisbon' }, { country: 'DE', city: 'Berlin' });
    expect([e.country, e.city]).toEqual(['PT', 'Lisbon']);
    expect(visit({ 'cf-ipcountry': 'PT' }, { country: 'DE', city: 'Berlin' }).city).toBeUndefined();
  });

  it('falls back to request.cf without a country header, and leaves an unknown country out', () => {
    const e = visit({}, { country: 'de', city: 'Berlin' });
    expect([e.country, e.city]).toEqual(['DE', 'Berlin']);
    expect(visit({ 'cf-ipcountry': 'XX' }).country).toBeUndefined();
    expect(visit({}).country).toBeUndefined();
  });

  it('keeps the visit’s own fields: time, UTM source and a visitor hash without the IP', () => {
    const e = visit({ 'cf-connecting-ip': '203.0.113.9', 'cf-ipcountry': 'PT' });
    expect(e).toMatchObject({ occurredAt: '2026-12-03T10:00:00.000Z', utmSource: 'ig', siteId: 'site_1' });
    expect(e.visitorHash).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(e)).not.toContain('203.0.113.9');
  });

  it('formats the instant exactly as toISOString does, across seconds and days', () => {
    const start = Date.parse('2026-12-31T23:59:58.990Z');
    for (let t = start; t < start + 2_100; t += 7) {
      const at = new Date(t);
      expect(isoInstant(at)).toBe(at.toISOString());
    }
    // Back in time (another isolate's clock, a test's fixed clock) too.
    for (const iso of ['2026-01-01T00:00:00.000Z', '2026-12-03T10:00:00.045Z', '2026-12-03T10:00:00.005Z'])
      expect(isoInstant(new Date(iso))).toBe(iso);
  });
});
