import { gzipSync } from 'node:zlib';
import type { SiteSnapshot } from '@mewayz/contracts';
import { commerceService, crmService, publicOrigin } from '@mewayz/core';
import { renderSitePage } from '@mewayz/render';
import { createPublishedSite, createTestOrg, failureOf, nodeDeps } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { seedDemoCatalog } from '../src/seed-catalog.ts';
import { seedDemoCourses } from '../src/seed-courses.ts';
import { seedDemoCrm } from '../src/seed-crm.ts';
import { seedDemoOrders } from '../src/seed-orders.ts';
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

describe('the demo sales', () => {
  it('adds two weeks of paid orders once, which the sales report and its funnel show, and none can be refunded', async () => {
    const scope = await createTestOrg(deps);
    await seedDemoCatalog(deps, scope, actor);
    const { site } = await createPublishedSite(deps, scope);
    const siteId = site.id;
    expect(await seedDemoOrders(deps, scope, siteId, 'http://alice.mewayz.localhost:8787')).toEqual({
      created: 7,
    });
    expect(await seedDemoOrders(deps, scope, siteId, 'http://alice.mewayz.localhost:8787')).toEqual({
      created: 0,
    });
    const report = await commerceService.salesReport(deps, scope, { siteId });
    expect(report.currencies.map((c) => [c.currency, c.orders, c.revenue, c.refunded])).toEqual([
      ['EUR', 2, 3200 + 6400 + 500, 1000],
      ['USD', 5, 3 * 1900 + 500 + 300, 0],
    ]);
    const presets = report.products.find((p) => p.name === 'Film Look Presets')!;
    expect([presets.checkouts, presets.paid]).toEqual([3, 3]);
    expect(presets.views).toBeGreaterThan(presets.checkouts);
    const orders = await commerceService.listOrders(deps, scope, {}, { page: 1, perPage: 50 });
    const refundable = orders.items.find((o) => o.status === 'paid')!;
    // No payment behind it: refused as not refundable before Stripe would be asked.
    const stripeless = {
      ...deps,
      commerce: {
        payments: {} as never,
        platformFeeBps: 0,
        requireConnect: false,
        automaticTax: false,
        shippingCountries: [],
      },
    };
    expect(await failureOf(commerceService.refundOrder(stripeless, scope, actor, refundable.id, {}))).toEqual(
      [409, 'conflict', 'not_refundable'],
    );
  });
});

describe('the demo site', () => {
  it('shows the shop, the courses and the pages’ menus, published with the catalog, within 7 KB gzip and with zero scripts', async () => {
    const scope = await createTestOrg(deps);
    await seedDemoCatalog(deps, scope, actor);
    await seedDemoSite(deps, scope, actor);
    // As `npm start` runs them: the courses after the site, published onto it by the catalog refresh.
    await seedDemoCourses(deps, scope, actor);
    const host = `${demoSiteSlug}.${deps.config.rootDomain}`;
    const snapshot = await deps.redis.get<SiteSnapshot>(`site:${host}`);
    expect(snapshot?.catalog?.products.map((p) => p.slug)).toEqual([
      'tip-jar',
      'studio-tee',
      'film-look-presets',
    ]);
    expect(snapshot?.blocks.map((b) => b.type).slice(3, 8)).toEqual([
      'link',
      'header',
      'collection',
      'header',
      'course',
    ]);
    const origin = publicOrigin(deps.config, host);
    const { html } = await renderSitePage(snapshot!, {
      now: new Date(),
      origin,
      canonicalOrigin: origin,
      ageConfirmed: false,
    });
    expect(html).toContain('href="/p/studio-tee"');
    // The course block shows both demo courses, newest first, with their thumbnails and prices.
    expect(html).toContain('<a class="ck" href="/courses/glaze-chemistry-masterclass">');
    expect(html).toContain('<a class="ck" href="/courses/wheel-throwing-basics">');
    expect(html).toContain(`src="${origin}/media/demo/course-wheel.svg"`);
    expect(html).toMatch(/\$49\.00[\s\S]*Free/);
    // The About and FAQ pages are in the menus; the custom 404 page is published but in none.
    expect(snapshot?.pages?.map((p) => [p.slug, p.nav])).toEqual([
      ['about', 'both'],
      ['faq', 'header'],
      ['not-found', 'none'],
    ]);
    expect(html).toContain('href="/about"');
    expect(html).toContain('href="/faq"');
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
