import {
  addMemberWithToken,
  createTenant,
  type EdgeHarness,
  startEdge,
  type Tenant,
  uniqueSlug,
} from '@mewayz/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './helpers.ts';

let edge: EdgeHarness;
let t: Tenant;

beforeAll(async () => {
  edge = await startEdge({
    edgeVars: { API_RATE_LIMIT_PER_IP: '100000', API_RATE_LIMIT_PER_TOKEN: '100000' },
  });
  t = await createTenant(edge.deps, 'Pages org');
});
afterAll(() => edge?.dispose());

async function newSite() {
  const slug = uniqueSlug('pg');
  const res = await call(edge, 'POST', '/sites', { token: t.token, body: { slug, name: 'Pages site' } });
  expect(res.status).toBe(201);
  return { siteId: res.body.data.id as string, host: `${slug}.mewayz.localhost` };
}

describe('pages, sections and versions over the API', () => {
  it('builds a page from sections, publishes it, lists versions and rolls back', async () => {
    const { siteId, host } = await newSite();
    const page = await call(edge, 'POST', `/sites/${siteId}/pages`, {
      token: t.token,
      body: { slug: 'About', title: 'About us', published: true, seo: { description: 'Who we are' } },
    });
    expect(page.status).toBe(201);
    expect(page.body.data).toMatchObject({ slug: 'about', nav: 'header', published: true, role: 'page' });
    const pageId = page.body.data.id as string;

    const hero = await call(edge, 'POST', `/pages/${pageId}/sections`, {
      token: t.token,
      body: { kind: 'hero', data: { heading: 'Version one' } },
    });
    expect(hero.status).toBe(201);
    expect(hero.body.data).toMatchObject({ kind: 'hero', variant: 'centered', position: 0 });
    const faq = await call(edge, 'POST', `/pages/${pageId}/sections`, {
      token: t.token,
      body: {
        kind: 'faq',
        variant: 'two_column',
        data: { items: [{ question: 'Why?', answer: 'Because.' }] },
      },
    });
    expect(faq.status).toBe(201);
    const order = await call(edge, 'PUT', `/pages/${pageId}/sections/order`, {
      token: t.token,
      body: { sectionIds: [faq.body.data.id, hero.body.data.id] },
    });
    expect(order.body.data.map((s: { kind: string }) => s.kind)).toEqual(['faq', 'hero']);
    expect((await call(edge, 'GET', `/pages/${pageId}/sections`, { token: t.token })).body.data).toHaveLength(
      2,
    );
    expect((await call(edge, 'GET', `/sites/${siteId}/pages`, { token: t.token })).body.data).toHaveLength(1);
    expect((await call(edge, 'GET', `/pages/${pageId}`, { token: t.token })).body.data.title).toBe(
      'About us',
    );

    expect((await call(edge, 'POST', `/sites/${siteId}/publish`, { token: t.token })).status).toBe(200);
    expect(await (await edge.fetch(`http://${host}/about`)).text()).toContain('Version one');

    const changed = await call(edge, 'PATCH', `/pages/${pageId}/sections/${hero.body.data.id}`, {
      token: t.token,
      body: { data: { heading: 'Version two' } },
    });
    expect(changed.status).toBe(200);
    await call(edge, 'POST', `/sites/${siteId}/publish`, { token: t.token });
    expect(await (await edge.fetch(`http://${host}/about`)).text()).toContain('Version two');

    const versions = await call(edge, 'GET', `/sites/${siteId}/versions`, { token: t.token });
    expect(versions.status).toBe(200);
    expect(versions.body.data.map((v: { version: number; live: boolean }) => [v.version, v.live])).toEqual([
      [2, true],
      [1, false],
    ]);
    const rolled = await call(edge, 'POST', `/sites/${siteId}/versions/rollback`, {
      token: t.token,
      body: { version: 1 },
    });
    expect(rolled.status).toBe(200);
    expect(rolled.body.data.publishedVersion).toBe(3);
    expect(await (await edge.fetch(`http://${host}/about`)).text()).toContain('Version one');

    expect(
      (await call(edge, 'DELETE', `/pages/${pageId}/sections/${faq.body.data.id}`, { token: t.token }))
        .status,
    ).toBe(200);
    expect((await call(edge, 'DELETE', `/pages/${pageId}`, { token: t.token })).status).toBe(200);
    expect((await call(edge, 'GET', `/pages/${pageId}`, { token: t.token })).status).toBe(404);
  });

  it('follows the site scopes: a read-only token reads pages and versions but changes nothing', async () => {
    const { siteId } = await newSite();
    const page = await call(edge, 'POST', `/sites/${siteId}/pages`, {
      token: t.token,
      body: { slug: 'scoped', title: 'Scoped' },
    });
    const pageId = page.body.data.id as string;
    const { token: secret } = await addMemberWithToken(edge.deps, t, 'manager', { scopes: ['sites:read'] });
    expect((await call(edge, 'GET', `/sites/${siteId}/pages`, { token: secret })).status).toBe(200);
    expect((await call(edge, 'GET', `/sites/${siteId}/versions`, { token: secret })).status).toBe(200);
    expect((await call(edge, 'GET', `/pages/${pageId}/sections`, { token: secret })).status).toBe(200);
    const writes: [string, string, unknown][] = [
      ['POST', `/sites/${siteId}/pages`, { slug: 'nope', title: 'Nope' }],
      ['PATCH', `/pages/${pageId}`, { title: 'Nope' }],
      ['DELETE', `/pages/${pageId}`, undefined],
      ['POST', `/pages/${pageId}/sections`, { kind: 'bio', data: {} }],
      ['POST', `/sites/${siteId}/versions/rollback`, { version: 1 }],
    ];
    for (const [method, path, body] of writes) {
      const res = await call(edge, method, path, { token: secret, body });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
  });

  it('creates a site from a template, duplicates a page and a section, and publishes one page alone', async () => {
    const slug = uniqueSlug('tp');
    const host = `${slug}.mewayz.localhost`;
    const created = await call(edge, 'POST', '/sites', {
      token: t.token,
      body: { slug, name: 'Coach site', template: 'coach' },
    });
    expect(created.status, created.text).toBe(201);
    const siteId = created.body.data.id as string;
    const pages = (await call(edge, 'GET', `/sites/${siteId}/pages`, { token: t.token })).body.data as {
      id: string;
      slug: string;
    }[];
    expect(pages.map((p) => p.slug)).toEqual(['programs', 'faq', 'get-in-touch']);
    expect((await call(edge, 'POST', `/sites/${siteId}/publish`, { token: t.token })).status).toBe(200);
    const programs = await (await edge.fetch(`http://${host}/programs`)).text();
    expect(programs).toContain('Find work that fits you');
    // A button between pages is a plain same-site link.
    expect(programs).toContain('href="/get-in-touch"');

    const faqId = pages[1]!.id;
    const copy = await call(edge, 'POST', `/pages/${faqId}/duplicate`, { token: t.token });
    expect(copy.status).toBe(201);
    expect(copy.body.data).toMatchObject({ slug: 'faq-copy', published: false, nav: 'none' });
    const sections = (await call(edge, 'GET', `/pages/${faqId}/sections`, { token: t.token })).body.data;
    const dup = await call(edge, 'POST', `/pages/${faqId}/sections/${sections[0].id}/duplicate`, {
      token: t.token,
    });
    expect(dup.status).toBe(201);
    expect(dup.body.data).toMatchObject({ kind: 'faq', position: 1 });

    // Change two pages, publish one: only its change goes live.
    await call(edge, 'PATCH', `/pages/${faqId}`, { token: t.token, body: { title: 'Questions answered' } });
    await call(edge, 'PATCH', `/pages/${pages[0]!.id}`, { token: t.token, body: { title: 'Offers' } });
    const one = await call(edge, 'POST', `/pages/${faqId}/publish`, { token: t.token });
    expect(one.status, one.text).toBe(200);
    expect(one.body.data.publishedVersion).toBe(2);
    const home = await (await edge.fetch(`http://${host}/faq`)).text();
    expect(home).toContain('Questions answered');
    expect(home).not.toContain('Offers');
    expect(home).toContain('Programs');
  });

  it('answers hostile input with a coded 4xx, never a 5xx', async () => {
    const { siteId } = await newSite();
    const page = await call(edge, 'POST', `/sites/${siteId}/pages`, {
      token: t.token,
      body: { slug: 'target', title: 'Target' },
    });
    const pageId = page.body.data.id as string;
    const section = await call(edge, 'POST', `/pages/${pageId}/sections`, {
      token: t.token,
      body: { kind: 'stats', data: { items: [{ value: '1', label: 'one' }] } },
    });
    const sectionId = section.body.data.id as string;
    const xss = '<script>alert(1)</script>';
    const cases: [string, string, unknown, number][] = [
      ['POST', `/sites/${siteId}/pages`, { slug: 'store', title: 'Shadow the store' }, 422],
      ['POST', `/sites/${siteId}/pages`, { slug: '../etc', title: 'x' }, 422],
      ['POST', `/sites/${siteId}/pages`, { slug: 'target', title: 'Taken' }, 409],
      ['POST', `/sites/${siteId}/pages`, { slug: 'x'.repeat(64), title: 'x' }, 422],
      ['POST', `/sites/${siteId}/pages`, { slug: 'ok-slug', title: 'x', nav: 'sideways' }, 422],
      [
        'POST',
        `/sites/${siteId}/pages`,
        { slug: 'ok-slug', title: 'x', seo: { ogImageUrl: 'javascript:alert(1)' } },
        422,
      ],
      ['POST', `/sites/${siteId}/pages`, { slug: 'ok-slug', title: 'x', organizationId: 'org_x' }, 422],
      ['POST', `/sites/${siteId}/pages`, [], 422],
      ['POST', `/sites/${siteId}/pages`, '{"slug":', 400],
      ['PATCH', `/pages/${pageId}`, {}, 422],
      ['PATCH', `/pages/${pageId}`, { position: -1 }, 422],
      ['PATCH', `/pages/${pageId}`, { position: 1e12 }, 422],
      ['GET', '/pages/pg_nope', undefined, 404],
      ['GET', `/pages/${pageId.toUpperCase()}`, undefined, 404],
      ['GET', `/pages/${encodeURIComponent("pg_' OR 1=1 --")}/sections`, undefined, 404],
      ['POST', `/pages/${pageId}/sections`, { kind: 'carousel', data: {} }, 422],
      ['POST', `/pages/${pageId}/sections`, { kind: 'hero', variant: 'giant', data: { heading: 'x' } }, 422],
      [
        'POST',
        `/pages/${pageId}/sections`,
        { kind: 'hero', data: { heading: xss, primary: { label: 'x', url: 'javascript:alert(1)' } } },
        422,
      ],
      ['POST', `/pages/${pageId}/sections`, { kind: 'faq', data: { items: [] } }, 422],
      [
        'POST',
        `/pages/${pageId}/sections`,
        { kind: 'faq', data: { items: Array(41).fill({ question: 'q', answer: 'a' }) } },
        422,
      ],
      [
        'POST',
        `/pages/${pageId}/sections`,
        { kind: 'pricing', data: { items: [{ name: 'x', amount: 1.5, currency: 'EUR' }] } },
        422,
      ],
      [
        'POST',
        `/pages/${pageId}/sections`,
        { kind: 'pricing', data: { items: [{ name: 'x', amount: 100, currency: 'XXX' }] } },
        422,
      ],
      [
        'POST',
        `/pages/${pageId}/sections`,
        {
          kind: 'gallery',
          data: { items: [{ url: 'http://insecure.example.com/a.jpg', alt: '' }], extra: 1 },
        },
        422,
      ],
      [
        'POST',
        `/pages/${pageId}/sections`,
        { kind: 'embed', data: { provider: 'evil', url: 'https://evil.example.com' } },
        422,
      ],
      ['PATCH', `/pages/${pageId}/sections/${sectionId}`, { variant: 'centered' }, 422],
      ['PATCH', `/pages/${pageId}/sections/${sectionId}`, { data: { items: 'many' } }, 422],
      ['PATCH', `/pages/${pageId}/sections/${sectionId}`, { kind: 'hero' }, 422],
      ['PUT', `/pages/${pageId}/sections/order`, { sectionIds: [sectionId, sectionId] }, 422],
      ['PUT', `/pages/${pageId}/sections/order`, { sectionIds: ['sec_01jd3v6w0m8x9y2z3a4b5c6d7e'] }, 422],
      ['POST', `/sites/${siteId}/versions/rollback`, { version: 0 }, 422],
      ['POST', `/sites/${siteId}/versions/rollback`, { version: '1' }, 422],
      ['POST', `/sites/${siteId}/versions/rollback`, { version: 99 }, 404],
      ['POST', `/sites/${siteId}/versions/rollback`, {}, 422],
      // The site was never published: one page alone cannot go live before it.
      ['POST', `/pages/${pageId}/publish`, undefined, 409],
      ['POST', '/pages/pg_nope/duplicate', undefined, 404],
      ['POST', `/pages/${pageId}/sections/sec_nope/duplicate`, undefined, 404],
      ['POST', '/sites', { slug: uniqueSlug('tp'), name: 'x', template: 'casino' }, 422],
      [
        'POST',
        `/pages/${pageId}/sections`,
        { kind: 'cta', data: { heading: 'x', button: { label: 'x', url: '/../admin' } } },
        422,
      ],
    ];
    for (const [method, path, body, status] of cases) {
      const res = await call(edge, method, path, { token: t.token, body });
      const label = `${method} ${path} ${JSON.stringify(body)?.slice(0, 80)}`;
      expect(res.status, label).toBe(status);
      expect(res.body?.success, label).toBe(false);
      expect(res.body?.error?.code, label).toMatch(/^[a-z_]+$/);
    }
    // Nothing was changed by any of them.
    const sections = await call(edge, 'GET', `/pages/${pageId}/sections`, { token: t.token });
    expect(sections.body.data.map((s: { id: string; variant: string }) => [s.id, s.variant])).toEqual([
      [sectionId, 'row'],
    ]);
    expect((await call(edge, 'GET', `/sites/${siteId}/pages`, { token: t.token })).body.data).toHaveLength(1);
  });
});
