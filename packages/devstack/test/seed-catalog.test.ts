import { gzipSync } from 'node:zlib';
import type { SiteSnapshot } from '@mewayz/contracts';
import { commerceService, crmService, publicOrigin } from '@mewayz/core';
import { renderSitePage } from '@mewayz/render';
import { createTestOrg, nodeDeps } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { seedDemoCatalog } from '../src/seed-catalog.ts';
import { seedDemoCrm } from '../src/seed-crm.ts';
import { demoSiteSlug, seedDemoSite } from '../src/seed-site.ts';

const deps = nodeDeps();
const actor = { userId: null, requestId: 'seed' };

describe('the demo catalog seed', () => {
  it('adds a product of each kind and two categories, and only once', async () => {
    const scope = await createTestOrg(deps);
    expect(await seedDemoCatalog(deps, scope, actor)).toEqual({ created: 3 });
    const page = { page: 1, perPage: 100 };
    const products = (await commerceService.listProducts(deps, scope, {}, page)).items;
    expect(products.map((p) => p.kind).sort()).toEqual(['digital', 'pay_what_you_want', 'physical']);
    const tee = products.find((p) => p.kind === 'physical')!;
    expect(tee.variants.map((v) => [v.name, v.stock])).toEqual([
      ['S', 8],
      ['M', 12],
      ['L', 0],
      ['XL', 4],
    ]);
    expect(tee.categoryIds).toHaveLength(1);
    // Every product has a picture the site hosts serve (render's demo artwork).
    expect(products.map((p) => p.images.map((i) => i.key))).toEqual(
      products.map(() => [expect.stringMatching(/^demo\/product-[a-z-]+\.svg$/)]),
    );
    const categories = (await commerceService.listCategories(deps, scope, page)).items;
    expect(categories.map((c) => c.slug).sort()).toEqual(['digital', 'merch']);

    // Run again (it runs on every `npm start`): nothing added, nothing duplicated.
    expect(await seedDemoCatalog(deps, scope, actor)).toEqual({ created: 0 });
    expect((await commerceService.listProducts(deps, scope, {}, page)).total).toBe(3);
    expect((await commerceService.listCategories(deps, scope, page)).total).toBe(2);

    // A product the creator deleted is not brought back (its slug and SKU stay reserved).
    const tip = products.find((p) => p.kind === 'pay_what_you_want')!;
    await commerceService.deleteProduct(deps, scope, actor, tip.id);
    expect(await seedDemoCatalog(deps, scope, actor)).toEqual({ created: 0 });
    expect((await commerceService.listProducts(deps, scope, {}, page)).total).toBe(2);
  });
});

describe('the demo site', () => {
  it('shows the shop, published with the catalog, within 7 KB gzip and with zero scripts', async () => {
    const scope = await createTestOrg(deps);
    await seedDemoCatalog(deps, scope, actor);
    await seedDemoSite(deps, scope, actor);
    const host = `${demoSiteSlug}.${deps.config.rootDomain}`;
    const snapshot = await deps.redis.get<SiteSnapshot>(`site:${host}`);
    expect(snapshot?.catalog?.products.map((p) => p.slug)).toEqual([
      'tip-jar',
      'studio-tee',
      'film-look-presets',
    ]);
    expect(snapshot?.blocks.map((b) => b.type).slice(3, 7)).toEqual([
      'link',
      'header',
      'collection',
      'header',
    ]);
    const origin = publicOrigin(deps.config, host);
    const { html } = await renderSitePage(snapshot!, {
      now: new Date(),
      origin,
      canonicalOrigin: origin,
      ageConfirmed: false,
    });
    expect(html).toContain('href="/p/studio-tee"');
    expect(html).toContain(`src="${origin}/media/demo/product-tee.svg"`);
    expect(html).not.toMatch(/<script/i);
    expect(gzipSync(Buffer.from(html, 'utf8')).length).toBeLessThanOrEqual(7 * 1024);
  });
});

describe('the demo audience', () => {
  it('adds contacts with tags, fields, notes and segments, once, keeping what the creator changed', async () => {
    const scope = await createTestOrg(deps);
    expect(await seedDemoCrm(deps, scope, actor)).toEqual({ created: 36 });
    const list = await crmService.listContacts(deps, scope, { per_page: 100 });
    expect(list.total).toBe(36);
    expect(list.items.filter((c) => c.tags.includes('vip')).length).toBeGreaterThan(5);
    expect(list.items.every((c) => typeof c.fields.plan === 'string')).toBe(true);
    const segments = (await crmService.listSegments(deps, scope, { page: 1, perPage: 10 })).items;
    expect(segments.map((s) => s.name).sort()).toEqual(['Patrons', 'Subscribed VIPs']);
    const vips = await crmService.countSegment(
      deps,
      scope,
      segments.find((s) => s.name === 'Subscribed VIPs')!.id,
    );
    expect(vips.count).toBeGreaterThan(0);
    const timelines = await Promise.all(
      list.items.map((c) => crmService.listContactTimeline(deps, scope, c.id)),
    );
    expect(timelines.filter((t) => t.some((e) => e.kind === 'note'))).toHaveLength(6);
    const renamed = list.items[0]!;
    await crmService.updateContact(deps, scope, actor, renamed.id, { name: 'Changed by the creator' });
    expect(await seedDemoCrm(deps, scope, actor)).toEqual({ created: 0 });
    expect((await crmService.getContact(deps, scope, renamed.id)).name).toBe('Changed by the creator');
    expect((await crmService.listContacts(deps, scope, { per_page: 1 })).total).toBe(36);
  });
});
