import { dbOf } from '@mewayz/core/admin';
import { analyticsDaily, analyticsEvents } from '@mewayz/db/schema';
import { createPublishedSite, createTestOrg, type EdgeHarness, eventually, startEdge } from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const chrome =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const googlebot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const slackPreview = 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)';

let edge: EdgeHarness;
beforeAll(async () => {
  // Chaos: every second multi-message batch fails after its raw insert, to prove nothing is lost or doubled.
  edge = await startEdge({ jobsVars: { CHAOS_FAIL_BATCH_EVERY: '2' }, maxBatchSize: 5 });
});
afterAll(() => edge?.dispose());

async function rollup(siteId: string, linkId = '', dimension = 'total', value = '') {
  const [row] = await dbOf(edge.deps)
    .select()
    .from(analyticsDaily)
    .where(
      and(
        eq(analyticsDaily.siteId, siteId),
        eq(analyticsDaily.linkId, linkId),
        eq(analyticsDaily.dimension, dimension as 'total'),
        eq(analyticsDaily.value, value),
      ),
    );
  return row ?? { views: 0, visitors: 0, clicks: 0, bots: 0 };
}

async function rawCount(siteId: string) {
  return (await dbOf(edge.deps).select().from(analyticsEvents).where(eq(analyticsEvents.siteId, siteId)))
    .length;
}

describe('visit and click analytics', () => {
  it('counts views, unique visitors and clicks exactly; bots, previews, HEAD and prefetch only as excluded', async () => {
    const scope = await createTestOrg(edge.deps);
    const { site, host, blockIds } = await createPublishedSite(edge.deps, scope, {
      blocks: [
        {
          type: 'link',
          data: { title: 'Shop', url: 'https://shop.example.com/' },
          active: true,
          featured: false,
          sensitive: false,
          startsAt: null,
          endsAt: null,
        },
      ],
    });
    const get = (ua: string, path = '/', init: RequestInit = {}) =>
      edge
        .fetch(`http://${host}${path}`, {
          ...init,
          headers: { 'user-agent': ua, referer: 'https://www.instagram.com/', ...(init.headers ?? {}) },
        })
        .then((r) => r.text());
    await get(chrome, '/?utm_source=ig&utm_campaign=launch');
    await get(chrome);
    await get(iphone);
    await get(googlebot);
    await get(slackPreview);
    await get(chrome, '/', { method: 'HEAD' });
    await get(chrome, '/', { headers: { 'sec-purpose': 'prefetch' } });
    await get(iphone, `/go/${blockIds[0]}`);
    await get(googlebot, `/go/${blockIds[0]}`);

    await eventually(async () => (await rawCount(site.id)) === 9);
    await eventually(async () => (await rollup(site.id)).bots === 5);
    const total = await rollup(site.id);
    expect(total).toMatchObject({ views: 3, visitors: 2, clicks: 1, bots: 5 });
    expect(await rollup(site.id, blockIds[0])).toMatchObject({ clicks: 1, bots: 1 });
    expect(await rollup(site.id, '', 'device', 'mobile')).toMatchObject({ views: 1, visitors: 1, clicks: 1 });
    expect(await rollup(site.id, '', 'device', 'desktop')).toMatchObject({ views: 2, visitors: 1 });
    expect(await rollup(site.id, '', 'referrer', 'www.instagram.com')).toMatchObject({ views: 3, clicks: 1 });
    expect(await rollup(site.id, '', 'browser', 'Chrome')).toMatchObject({ views: 2 });
    expect(await rollup(site.id, '', 'os', 'iOS')).toMatchObject({ views: 1 });

    const [utm] = await dbOf(edge.deps)
      .select()
      .from(analyticsEvents)
      .where(and(eq(analyticsEvents.siteId, site.id), eq(analyticsEvents.utmCampaign, 'launch')));
    expect(utm?.utmSource).toBe('ig');
    expect(utm?.visitorHash).toMatch(/^[0-9a-f]{32}$/);

    const day = new Date().toISOString().slice(0, 10);
    expect(Number(await edge.deps.redis.get(`live:${site.id}:${day}:views`))).toBe(3);
    expect(Number(await edge.deps.redis.get(`live:${site.id}:${day}:clicks`))).toBe(1);
  });

  it('counts clicks on social icons, contact buttons and links in text, per block and per item', async () => {
    const scope = await createTestOrg(edge.deps);
    const block = (type: string, data: Record<string, unknown>) =>
      ({
        type,
        data,
        active: true,
        featured: false,
        sensitive: false,
        startsAt: null,
        endsAt: null,
      }) as never;
    const { site, host, blockIds } = await createPublishedSite(edge.deps, scope, {
      blocks: [
        block('social', {
          links: [
            { network: 'instagram', url: 'https://instagram.com/alice' },
            { network: 'github', url: 'https://github.com/alice' },
          ],
        }),
        block('contact', { email: 'hi@alice.example.com' }),
        block('text', { markdown: 'Read [my blog](https://blog.example.com/post).' }),
      ],
    });
    const [social, contact, text] = blockIds as [string, string, string];
    const page = await (await edge.fetch(`http://${host}/`, { headers: { 'user-agent': chrome } })).text();
    for (const href of [`/go/${social}/0`, `/go/${social}/1`, `/go/${contact}/0`, `/go/${text}/0`])
      expect(page).toContain(`href="${href}"`);
    const click = (path: string) =>
      edge.fetch(`http://${host}${path}`, { headers: { 'user-agent': chrome } });
    const github = await click(`/go/${social}/1`);
    expect(github.status).toBe(302);
    expect(github.headers.get('location')).toBe('https://github.com/alice');
    expect((await click(`/go/${social}/0`)).headers.get('location')).toBe('https://instagram.com/alice');
    expect((await click(`/go/${contact}/0`)).headers.get('location')).toBe('mailto:hi@alice.example.com');
    expect((await click(`/go/${text}/0`)).headers.get('location')).toBe('https://blog.example.com/post');

    await eventually(async () => (await rollup(site.id)).clicks === 4);
    expect(await rollup(site.id, social)).toMatchObject({ clicks: 2 });
    expect(await rollup(site.id, contact)).toMatchObject({ clicks: 1 });
    expect(await rollup(site.id, text)).toMatchObject({ clicks: 1 });

    // Which icon was clicked is stored with the event and rolled up per item; a second GitHub click
    // and a bot's click (excluded) show the item rows count human clicks per item exactly.
    await click(`/go/${social}/1`);
    await edge.fetch(`http://${host}/go/${social}/0`, { headers: { 'user-agent': googlebot } });
    await eventually(async () => (await rollup(site.id, social)).clicks === 3);
    await eventually(async () => (await rollup(site.id, social)).bots === 1);
    expect(await rollup(site.id, social, 'item', '0')).toMatchObject({ clicks: 1, bots: 0 });
    expect(await rollup(site.id, social, 'item', '1')).toMatchObject({ clicks: 2, bots: 0 });
    expect(await rollup(site.id, contact, 'item', '0')).toMatchObject({ clicks: 1 });
    const items = await dbOf(edge.deps)
      .select({ item: analyticsEvents.linkItem, isBot: analyticsEvents.isBot })
      .from(analyticsEvents)
      .where(and(eq(analyticsEvents.siteId, site.id), eq(analyticsEvents.linkId, social)));
    expect(items.map((i) => `${i.item}${i.isBot ? ' bot' : ''}`).sort()).toEqual(['0', '0 bot', '1', '1']);
  });

  it('stores no item for a block with one link (/go/<block>)', async () => {
    const scope = await createTestOrg(edge.deps);
    const { site, host, blockIds } = await createPublishedSite(edge.deps, scope);
    const res = await edge.fetch(`http://${host}/go/${blockIds[0]}`, { headers: { 'user-agent': chrome } });
    expect(res.status).toBe(302);
    await eventually(async () => (await rawCount(site.id)) === 1);
    const [event] = await dbOf(edge.deps)
      .select({ item: analyticsEvents.linkItem })
      .from(analyticsEvents)
      .where(eq(analyticsEvents.siteId, site.id));
    expect(event?.item).toBe(-1);
    await eventually(async () => (await rollup(site.id, blockIds[0])).clicks === 1);
    const itemRows = await dbOf(edge.deps)
      .select()
      .from(analyticsDaily)
      .where(and(eq(analyticsDaily.siteId, site.id), eq(analyticsDaily.dimension, 'item')));
    expect(itemRows).toEqual([]);
  });

  it('never blocks the page on the queue: the response comes before the event is stored', async () => {
    const scope = await createTestOrg(edge.deps);
    const { site, host } = await createPublishedSite(edge.deps, scope);
    const res = await edge.fetch(`http://${host}/`, { headers: { 'user-agent': chrome } });
    expect(res.status).toBe(200);
    // The consumer batches for up to a second, so right after the response nothing is stored yet.
    expect(await rawCount(site.id)).toBe(0);
    await eventually(async () => (await rawCount(site.id)) === 1);
  });

  it('stores nothing from another site in this site’s rollups', async () => {
    const scope = await createTestOrg(edge.deps);
    const a = await createPublishedSite(edge.deps, scope);
    const b = await createPublishedSite(edge.deps, scope);
    await (await edge.fetch(`http://${a.host}/`, { headers: { 'user-agent': chrome } })).text();
    await eventually(async () => (await rollup(a.site.id)).views === 1);
    expect((await rollup(b.site.id)).views).toBe(0);
  });
});
