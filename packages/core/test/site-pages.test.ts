import type { CreateSectionInput } from '@mewayz/contracts';
import {
  Conflict,
  commerceService,
  email,
  loadSnapshotForHost,
  NotFound,
  RateLimited,
  readPointer,
  sitesService,
  ValidationFailed,
} from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { contactMessages } from '@mewayz/db/schema';
import {
  createPublishedSite,
  createTenant,
  createTestOrg,
  identityDeps,
  nodeDeps,
  testActor,
} from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

const deps = nodeDeps();

const faq: CreateSectionInput = {
  kind: 'faq',
  variant: 'list',
  data: { items: [{ question: 'Do you ship?', answer: 'Yes, worldwide.' }] },
};
const hero = (heading: string): CreateSectionInput => ({
  kind: 'hero',
  variant: 'centered',
  data: { heading },
});

async function liveSnapshot(host: string) {
  const loaded = await loadSnapshotForHost(deps, host);
  if (!loaded.snapshot) throw new Error('nothing served');
  return loaded.snapshot;
}

describe('site pages and sections', () => {
  it('creates, lists, updates, reorders and deletes pages and sections of the draft', async () => {
    const scope = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope);
    const about = await sitesService.createPage(deps, scope, testActor, site.id, {
      slug: 'about',
      title: 'About',
      nav: 'header',
      seo: { noindex: false },
      published: true,
      role: 'page',
    });
    const help = await sitesService.createPage(deps, scope, testActor, site.id, {
      slug: 'help',
      title: 'Help',
      nav: 'footer',
      seo: { noindex: false },
      published: false,
      role: 'page',
    });
    expect((await sitesService.listPages(scope, site.id)).map((p) => p.slug)).toEqual(['about', 'help']);
    expect(about.position).toBe(0);
    expect(help.position).toBe(1);

    await expect(
      sitesService.createPage(deps, scope, testActor, site.id, {
        slug: 'about',
        title: 'Again',
        nav: 'none',
        seo: { noindex: false },
        published: false,
        role: 'page',
      }),
    ).rejects.toBeInstanceOf(Conflict);

    const moved = await sitesService.updatePage(deps, scope, testActor, about.id, {
      position: 5,
      title: 'Me',
    });
    expect(moved.title).toBe('Me');
    expect((await sitesService.listPages(scope, site.id)).map((p) => p.slug)).toEqual(['help', 'about']);

    const first = await sitesService.createSection(deps, scope, testActor, about.id, hero('Hi'));
    const second = await sitesService.createSection(deps, scope, testActor, about.id, faq);
    expect([first.position, second.position]).toEqual([0, 1]);
    const reordered = await sitesService.reorderSections(deps, scope, testActor, about.id, {
      sectionIds: [second.id, first.id],
    });
    expect(reordered.map((s) => s.kind)).toEqual(['faq', 'hero']);
    await expect(
      sitesService.reorderSections(deps, scope, testActor, about.id, { sectionIds: [second.id] }),
    ).rejects.toBeInstanceOf(ValidationFailed);

    const updated = await sitesService.updateSection(deps, scope, testActor, about.id, first.id, {
      variant: 'banner',
    });
    expect(updated.variant).toBe('banner');
    expect(updated.data).toEqual({ heading: 'Hi' });
    // A variant of another kind, or data that breaks the kind's schema, is refused.
    await expect(
      sitesService.updateSection(deps, scope, testActor, about.id, first.id, { variant: 'two_column' }),
    ).rejects.toBeInstanceOf(ValidationFailed);
    await expect(
      sitesService.updateSection(deps, scope, testActor, about.id, second.id, { data: { items: [] } }),
    ).rejects.toBeInstanceOf(ValidationFailed);

    await sitesService.deleteSection(deps, scope, testActor, about.id, first.id);
    expect((await sitesService.listSections(scope, about.id)).map((s) => s.id)).toEqual([second.id]);
    await sitesService.deletePage(deps, scope, testActor, about.id);
    await expect(sitesService.listSections(scope, about.id)).rejects.toBeInstanceOf(NotFound);
    // The slug is free again at once.
    const again = await sitesService.createPage(deps, scope, testActor, site.id, {
      slug: 'about',
      title: 'About again',
      nav: 'header',
      seo: { noindex: false },
      published: false,
      role: 'page',
    });
    expect(again.slug).toBe('about');
  });

  it('keeps one organization’s pages, sections and versions invisible and unchangeable to another', async () => {
    const a = await createTestOrg(deps);
    const b = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, a);
    const page = await sitesService.createPage(deps, a, testActor, site.id, {
      slug: 'mine',
      title: 'Mine',
      nav: 'header',
      seo: { noindex: false },
      published: true,
      role: 'page',
    });
    const section = await sitesService.createSection(deps, a, testActor, page.id, hero('Mine'));
    await expect(sitesService.listPages(b, site.id)).rejects.toBeInstanceOf(NotFound);
    await expect(sitesService.getPage(b, page.id)).rejects.toBeInstanceOf(NotFound);
    await expect(
      sitesService.updatePage(deps, b, testActor, page.id, { title: 'Hijacked' }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(sitesService.deletePage(deps, b, testActor, page.id)).rejects.toBeInstanceOf(NotFound);
    await expect(sitesService.listSections(b, page.id)).rejects.toBeInstanceOf(NotFound);
    await expect(
      sitesService.createSection(deps, b, testActor, page.id, hero('Theirs')),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(
      sitesService.updateSection(deps, b, testActor, page.id, section.id, { variant: 'split' }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(sitesService.deleteSection(deps, b, testActor, page.id, section.id)).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(sitesService.listVersions(b, site.id)).rejects.toBeInstanceOf(NotFound);
    await expect(sitesService.rollbackSite(deps, b, testActor, site.id, 1)).rejects.toBeInstanceOf(NotFound);
    expect((await sitesService.getPage(a, page.id)).title).toBe('Mine');
    expect((await sitesService.listSections(a, page.id))[0]?.variant).toBe('centered');
  });

  it('lets product and course sections name only the organization’s own category or course', async () => {
    const a = await createTestOrg(deps);
    const b = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, a);
    const page = await sitesService.createPage(deps, a, testActor, site.id, {
      slug: 'shop-picks',
      title: 'Shop picks',
      nav: 'header',
      seo: { noindex: false },
      published: true,
      role: 'page',
    });
    const mine = await commerceService.createCategory(deps, a, testActor, { name: 'Prints' });
    const theirs = await commerceService.createCategory(deps, b, testActor, { name: 'Secret' });
    const products = (categoryId: string): CreateSectionInput => ({
      kind: 'products',
      variant: 'grid',
      data: { heading: 'Prints', categoryId, limit: 4 },
    });
    await expect(
      sitesService.createSection(deps, a, testActor, page.id, products(theirs.id)),
    ).rejects.toBeInstanceOf(NotFound);
    const section = await sitesService.createSection(deps, a, testActor, page.id, products(mine.id));
    expect(section.data).toEqual({ heading: 'Prints', categoryId: mine.id, limit: 4 });
    await expect(
      sitesService.updateSection(deps, a, testActor, page.id, section.id, {
        data: { categoryId: theirs.id, limit: 4 },
      }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(
      sitesService.createSection(deps, a, testActor, page.id, {
        kind: 'courses',
        variant: 'cards',
        data: { courseId: 'crs_01jd3v6w0m8x9y2z3a4b5c6d7e', limit: 3 },
      }),
    ).rejects.toBeInstanceOf(NotFound);
    // Without a course named, the newest ones: nothing to check.
    const newest = await sitesService.createSection(deps, a, testActor, page.id, {
      kind: 'courses',
      variant: 'cards',
      data: { heading: 'Learn' },
    });
    expect(newest.data).toMatchObject({ heading: 'Learn' });
    expect((await sitesService.listSections(a, page.id)).map((s) => s.kind)).toEqual(['products', 'courses']);
  });

  it('allows one “not found” page per site, kept out of the menus', async () => {
    const scope = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope);
    const missing = await sitesService.createPage(deps, scope, testActor, site.id, {
      slug: 'not-found',
      title: 'Lost?',
      nav: 'header',
      seo: { noindex: true },
      published: true,
      role: 'not_found',
    });
    expect(missing.nav).toBe('none');
    await expect(
      sitesService.createPage(deps, scope, testActor, site.id, {
        slug: 'lost',
        title: 'Lost again',
        nav: 'none',
        seo: { noindex: true },
        published: true,
        role: 'not_found',
      }),
    ).rejects.toBeInstanceOf(Conflict);
  });

  it('publishes only published pages, records every publish as a version and rolls back to any at once', async () => {
    const scope = await createTestOrg(deps);
    const { site, host } = await createPublishedSite(deps, scope);
    const page = await sitesService.createPage(deps, scope, testActor, site.id, {
      slug: 'about',
      title: 'About',
      nav: 'header',
      seo: { noindex: false },
      published: true,
      role: 'page',
    });
    await sitesService.createPage(deps, scope, testActor, site.id, {
      slug: 'draft',
      title: 'Draft',
      nav: 'header',
      seo: { noindex: false },
      published: false,
      role: 'page',
    });
    const section = await sitesService.createSection(deps, scope, testActor, page.id, hero('First words'));
    await sitesService.publishSite(deps, scope, testActor, site.id);
    let live = await liveSnapshot(host);
    expect(live.pages?.map((p) => p.slug)).toEqual(['about']);
    expect(live.pages?.[0]?.sections).toEqual([
      { id: section.id, kind: 'hero', variant: 'centered', data: { heading: 'First words' } },
    ]);

    await sitesService.updateSection(deps, scope, testActor, page.id, section.id, {
      data: { heading: 'Second words' },
    });
    await sitesService.publishSite(deps, scope, testActor, site.id);
    live = await liveSnapshot(host);
    expect(live.pages?.[0]?.sections[0]).toMatchObject({ data: { heading: 'Second words' } });

    const versions = await sitesService.listVersions(scope, site.id);
    expect(versions.map((v) => [v.version, v.live, v.pages])).toEqual([
      [3, true, 1],
      [2, false, 1],
      [1, false, 0],
    ]);

    const rolled = await sitesService.rollbackSite(deps, scope, testActor, site.id, 2);
    expect(rolled.publishedVersion).toBe(4);
    // No wait: the rollback has settled when it returns, like a publish.
    expect(await readPointer(deps.redis, host)).toBe(`${site.id}:4`);
    live = await liveSnapshot(host);
    expect(live.version).toBe(4);
    expect(live.pages?.[0]?.sections[0]).toMatchObject({ data: { heading: 'First words' } });
    const after = await sitesService.listVersions(scope, site.id);
    expect(after[0]).toMatchObject({ version: 4, restoredFrom: 2, live: true });
    // The draft keeps its latest edits.
    expect((await sitesService.listSections(scope, page.id))[0]?.data).toEqual({ heading: 'Second words' });
    await expect(sitesService.rollbackSite(deps, scope, testActor, site.id, 99)).rejects.toBeInstanceOf(
      NotFound,
    );
  });

  it('stores a contact form message, emails the owners once, and limits floods', async () => {
    const tenant = await createTenant(deps);
    const { scope } = tenant;
    const { site, host } = await createPublishedSite(deps, scope);
    const page = await sitesService.createPage(deps, scope, testActor, site.id, {
      slug: 'write-to-me',
      title: 'Write to me',
      nav: 'header',
      seo: { noindex: false },
      published: true,
      role: 'page',
    });
    const form = await sitesService.createSection(deps, scope, testActor, page.id, {
      kind: 'contact_form',
      variant: 'stacked',
      data: { buttonLabel: 'Send', successMessage: 'Got it!' },
    });
    const other = await sitesService.createSection(deps, scope, testActor, page.id, hero('Not a form'));
    await sitesService.publishSite(deps, scope, testActor, site.id);
    const snapshot = await liveSnapshot(host);
    const ids = identityDeps(deps);
    // Refused attempts count too: a flood pays for every try.
    const limits = { perClient: 2, perSite: 4, windowSeconds: 60 };
    const message = (client: string | null, sectionId = form.id) => ({
      sectionId,
      name: 'Bob <b>',
      email: 'Bob@Example.com',
      message: 'Hello\nthere',
      client,
    });
    const sent = await sitesService.submitContactMessage(ids, scope, snapshot, message('v4:1.1.1.1'), limits);
    expect(sent.successMessage).toBe('Got it!');
    const [row] = await dbOf(deps).select().from(contactMessages).where(eq(contactMessages.id, sent.id));
    expect(row).toMatchObject({ siteId: site.id, sectionId: form.id, email: 'bob@example.com' });
    expect(row?.notifiedAt).toBeNull();
    expect(await sitesService.notifyContactMessage(ids, scope, sent.id, snapshot.profile.name)).toBe(true);
    const [notified] = await dbOf(deps).select().from(contactMessages).where(eq(contactMessages.id, sent.id));
    expect(notified?.notifiedAt).toBeInstanceOf(Date);
    const mails = await email.listOutbox(dbOf(deps), { to: tenant.user.email });
    const mail = mails.find((m) => m.text.includes('Hello\nthere'));
    expect(mail?.subject).toBe(`New message from Bob <b> on ${snapshot.profile.name}`);
    expect(mail?.html).toContain('Bob &lt;b&gt;');
    // A second notification of the same message sends nothing.
    expect(await sitesService.notifyContactMessage(ids, scope, sent.id, 'x')).toBe(false);

    // Only a contact form section of the published snapshot takes messages.
    await expect(
      sitesService.submitContactMessage(ids, scope, snapshot, message('v4:1.1.1.1', other.id), limits),
    ).rejects.toBeInstanceOf(NotFound);

    await sitesService.submitContactMessage(ids, scope, snapshot, message('v4:1.1.1.1'), limits);
    await expect(
      sitesService.submitContactMessage(ids, scope, snapshot, message('v4:1.1.1.1'), limits),
    ).rejects.toBeInstanceOf(RateLimited);
    // Another client still gets through, until the site's own limit is used up.
    await sitesService.submitContactMessage(ids, scope, snapshot, message('v4:2.2.2.2'), limits);
    await expect(
      sitesService.submitContactMessage(ids, scope, snapshot, message('v4:3.3.3.3'), limits),
    ).rejects.toBeInstanceOf(RateLimited);
    const stored = await dbOf(deps).select().from(contactMessages).where(eq(contactMessages.siteId, site.id));
    expect(stored).toHaveLength(3);
  });
});
