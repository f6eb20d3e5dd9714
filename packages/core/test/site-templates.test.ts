import { createSectionInput, createSiteInput, siteTemplates } from '@mewayz/contracts';
import { Conflict, loadSnapshotForHost, NotFound, sitesService, ValidationFailed } from '@mewayz/core';
import { createPublishedSite, createTestOrg, nodeDeps, testActor, uniqueSlug } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';

const deps = nodeDeps();

async function liveSnapshot(host: string) {
  const loaded = await loadSnapshotForHost(deps, host);
  if (!loaded.snapshot) throw new Error('nothing served');
  return loaded.snapshot;
}

const page = (slug: string, published = true) => ({
  slug,
  title: slug[0]!.toUpperCase() + slug.slice(1),
  nav: 'header' as const,
  seo: { noindex: false },
  published,
  role: 'page' as const,
});

describe('starter templates', () => {
  it.each(siteTemplates)(
    'creates a %s site with its theme, bio, blocks and pages, live at the first publish',
    async (template) => {
      const scope = await createTestOrg(deps);
      const slug = uniqueSlug('tpl');
      const site = await sitesService.createSite(
        deps,
        scope,
        testActor,
        createSiteInput.parse({ slug, name: 'From a template', template }),
      );
      const template_ = sitesService.starterTemplates[template];
      expect(site.theme.preset).toBe(template_.theme.preset);
      expect(site.bio).toBe(template_.bio);
      expect((await sitesService.listBlocks(scope, site.id)).map((b) => b.type)).toEqual(
        template_.blocks.map((b) => b.type),
      );
      const pages = await sitesService.listPages(scope, site.id);
      expect(pages.map((p) => p.slug)).toEqual(template_.pages.map((p) => p.slug));
      expect(pages.length).toBeGreaterThanOrEqual(3);
      for (const p of pages) expect((await sitesService.listSections(scope, p.id)).length).toBeGreaterThan(0);

      await sitesService.publishSite(deps, scope, testActor, site.id);
      const live = await liveSnapshot(`${slug}.mewayz.localhost`);
      expect(live.pages?.map((p) => p.slug)).toEqual(template_.pages.map((p) => p.slug));
      // Nothing of the template was dropped by the publish's schema checks.
      expect(live.pages?.map((p) => p.sections.length)).toEqual(
        template_.pages.map((p) => p.sections.length),
      );
    },
  );

  it('refuses an unknown template at the schema, creating nothing', () => {
    const parsed = createSiteInput.safeParse({ slug: uniqueSlug('tpl'), name: 'X', template: 'casino' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['template']);
  });

  it('lets buttons lead to the site’s own paths, never to a script or another host without a scheme', () => {
    const valid = (url: string) =>
      createSectionInput.safeParse({
        kind: 'cta',
        variant: 'banner',
        data: { heading: 'Go', button: { label: 'Go', url } },
      }).success;
    expect(valid('/contact')).toBe(true);
    expect(valid('/store#new')).toBe(true);
    expect(valid('https://example.com/x')).toBe(true);
    // Protocol-relative is a host, not a path: stored as the https link it is, never as `//…`.
    const parsed = createSectionInput.parse({
      kind: 'cta',
      variant: 'banner',
      data: { heading: 'Go', button: { label: 'Go', url: '//elsewhere.example.com' } },
    });
    expect((parsed.data as { button: { url: string } }).button.url).toBe('https://elsewhere.example.com/');
    expect(valid('/../admin')).toBe(false);
    expect(valid('javascript:alert(1)')).toBe(false);
    expect(valid('/Contact')).toBe(false);
  });
});

describe('duplicating pages and sections', () => {
  it('copies a page and its sections into a draft outside the menus, with a free address', async () => {
    const scope = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope);
    const about = await sitesService.createPage(deps, scope, testActor, site.id, page('about'));
    const s1 = await sitesService.createSection(deps, scope, testActor, about.id, {
      kind: 'hero',
      variant: 'split',
      data: { heading: 'Hello' },
    });
    await sitesService.createSection(deps, scope, testActor, about.id, {
      kind: 'rich_text',
      variant: 'narrow',
      data: { markdown: 'Body' },
    });
    const copy = await sitesService.duplicatePage(deps, scope, testActor, about.id);
    expect(copy).toMatchObject({ slug: 'about-copy', title: 'About (copy)', nav: 'none', published: false });
    const again = await sitesService.duplicatePage(deps, scope, testActor, about.id);
    expect(again.slug).toBe('about-copy-2');
    const copied = await sitesService.listSections(scope, copy.id);
    expect(copied.map((s) => [s.kind, s.variant, s.data])).toEqual([
      ['hero', 'split', { heading: 'Hello' }],
      ['rich_text', 'narrow', { markdown: 'Body' }],
    ]);
    expect(copied.map((s) => s.id)).not.toContain(s1.id);
    // Editing the copy leaves the original as it was.
    await sitesService.updateSection(deps, scope, testActor, copy.id, copied[0]!.id, {
      data: { heading: 'Changed' },
    });
    expect((await sitesService.listSections(scope, about.id))[0]?.data).toEqual({ heading: 'Hello' });

    const other = await createTestOrg(deps);
    await expect(sitesService.duplicatePage(deps, other, testActor, about.id)).rejects.toBeInstanceOf(
      NotFound,
    );
  });

  it('copies a section right below itself and keeps the order dense', async () => {
    const scope = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope);
    const p = await sitesService.createPage(deps, scope, testActor, site.id, page('faq'));
    const ids: string[] = [];
    for (const heading of ['A', 'B', 'C'])
      ids.push(
        (
          await sitesService.createSection(deps, scope, testActor, p.id, {
            kind: 'hero',
            variant: 'centered',
            data: { heading },
          })
        ).id,
      );
    const copy = await sitesService.duplicateSection(deps, scope, testActor, p.id, ids[1]!);
    const after = await sitesService.listSections(scope, p.id);
    expect(after.map((s) => s.data.heading)).toEqual(['A', 'B', 'B', 'C']);
    expect(after.map((s) => s.position)).toEqual([0, 1, 2, 3]);
    expect(after[2]?.id).toBe(copy.id);
  });

  it('refuses a copy past the section limit', async () => {
    const scope = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope);
    const p = await sitesService.createPage(deps, scope, testActor, site.id, page('full'));
    let last = '';
    for (let i = 0; i < 40; i++)
      last = (
        await sitesService.createSection(deps, scope, testActor, p.id, {
          kind: 'hero',
          variant: 'centered',
          data: { heading: `S${i}` },
        })
      ).id;
    await expect(sitesService.duplicateSection(deps, scope, testActor, p.id, last)).rejects.toBeInstanceOf(
      ValidationFailed,
    );
  });
});

describe('publishing one page', () => {
  it('puts one page’s draft live and leaves the rest of the site as last published', async () => {
    const scope = await createTestOrg(deps);
    const { site, host } = await createPublishedSite(deps, scope);
    const about = await sitesService.createPage(deps, scope, testActor, site.id, page('about'));
    const help = await sitesService.createPage(deps, scope, testActor, site.id, page('help'));
    const aboutHero = await sitesService.createSection(deps, scope, testActor, about.id, {
      kind: 'hero',
      variant: 'centered',
      data: { heading: 'About v1' },
    });
    const helpHero = await sitesService.createSection(deps, scope, testActor, help.id, {
      kind: 'hero',
      variant: 'centered',
      data: { heading: 'Help v1' },
    });
    await sitesService.publishSite(deps, scope, testActor, site.id);

    await sitesService.updateSection(deps, scope, testActor, about.id, aboutHero.id, {
      data: { heading: 'About v2' },
    });
    await sitesService.updateSection(deps, scope, testActor, help.id, helpHero.id, {
      data: { heading: 'Help v2' },
    });
    await sitesService.updateSite(deps, scope, testActor, site.id, { name: 'Renamed in the draft' });
    const before = (await liveSnapshot(host)).version;
    const published = await sitesService.publishPage(deps, scope, testActor, about.id);
    expect(published.publishedVersion).toBe(before + 1);

    const live = await liveSnapshot(host);
    expect(live.version).toBe(before + 1);
    const heading = (slug: string) =>
      (live.pages?.find((p) => p.slug === slug)?.sections[0]?.data as { heading: string } | undefined)
        ?.heading;
    expect(heading('about')).toBe('About v2');
    expect(heading('help')).toBe('Help v1');
    expect(live.profile.name).not.toBe('Renamed in the draft');
    expect(live.pages?.map((p) => p.slug)).toEqual(['about', 'help']);
    expect((await sitesService.listVersions(scope, site.id))[0]).toMatchObject({
      version: before + 1,
      live: true,
    });

    // A page set to draft and published alone leaves the site.
    await sitesService.updatePage(deps, scope, testActor, help.id, { published: false });
    await sitesService.publishPage(deps, scope, testActor, help.id);
    expect((await liveSnapshot(host)).pages?.map((p) => p.slug)).toEqual(['about']);
  });

  it('refuses what would put two live pages on one address, and a site never published', async () => {
    const scope = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope);
    const about = await sitesService.createPage(deps, scope, testActor, site.id, page('about'));
    await sitesService.publishSite(deps, scope, testActor, site.id);
    await sitesService.updatePage(deps, scope, testActor, about.id, { slug: 'team' });
    const other = await sitesService.createPage(deps, scope, testActor, site.id, page('about'));
    const err = await sitesService.publishPage(deps, scope, testActor, other.id).catch((e) => e);
    expect(err).toBeInstanceOf(Conflict);
    expect(err.details[0].code).toBe('slug_live_elsewhere');

    const fresh = await sitesService.createSite(deps, scope, testActor, {
      slug: uniqueSlug('np'),
      name: 'New',
    });
    const p = await sitesService.createPage(deps, scope, testActor, fresh.id, page('about'));
    const err2 = await sitesService.publishPage(deps, scope, testActor, p.id).catch((e) => e);
    expect(err2).toBeInstanceOf(Conflict);
    expect(err2.details[0].code).toBe('site_not_published');

    const stranger = await createTestOrg(deps);
    await expect(sitesService.publishPage(deps, stranger, testActor, about.id)).rejects.toBeInstanceOf(
      NotFound,
    );
  });
});
