import { MAX_POST_BODY, postSlug, readingMinutes } from '@mewayz/contracts';
import { blogService, Conflict, loadSnapshotForHost, NotFound, ValidationFailed } from '@mewayz/core';
import { createPublishedSite, createTestOrg, nodeDeps, testActor } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';

const deps = nodeDeps();

async function livePosts(host: string) {
  const loaded = await loadSnapshotForHost(deps, host);
  if (!loaded.snapshot) throw new Error('nothing served');
  return loaded.snapshot.blog?.posts ?? [];
}

const hostOf = (slug: string) => `${slug}.${deps.config.rootDomain}`;

describe('blog posts', () => {
  it('takes slugs of lower-case words, never the blog’s own paths', () => {
    expect(postSlug.parse('  Spring-Glazes ')).toBe('spring-glazes');
    for (const bad of ['tag', 'rss', 'page', '-lead', 'trail-', 'two words', 'a/b', '..', 'x'.repeat(101)])
      expect(postSlug.safeParse(bad).success, bad).toBe(false);
  });

  it('reads at 200 words a minute, rounded up, at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('**bold** _words_ - *')).toBe(1);
    expect(readingMinutes(Array(200).fill('word').join(' '))).toBe(1);
    expect(readingMinutes(Array(201).fill('word').join(' '))).toBe(2);
    expect(readingMinutes(Array(1000).fill('mot').join('\n'))).toBe(5);
  });

  it('keeps slugs unique per site (409 slug_taken), derives one from the title, frees it on delete', async () => {
    const scope = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope);
    const first = await blogService.createPost(deps, scope, testActor, site.id, {
      title: 'Spring Glazes!',
      body: Array(450).fill('clay').join(' '),
      tags: ['Glazes', 'glazes', 'kiln'],
    });
    expect(first).toMatchObject({
      slug: 'spring-glazes',
      status: 'draft',
      readingMinutes: 3,
      tags: ['glazes', 'kiln'],
    });
    const clash = blogService.createPost(deps, scope, testActor, site.id, {
      title: 'x',
      slug: 'spring-glazes',
    });
    await expect(clash).rejects.toBeInstanceOf(Conflict);
    await expect(clash).rejects.toMatchObject({ details: [{ code: 'slug_taken' }] });
    const other = await blogService.createPost(deps, scope, testActor, site.id, { title: 'Other' });
    await expect(
      blogService.updatePost(deps, scope, testActor, other.id, { slug: 'spring-glazes' }),
    ).rejects.toMatchObject({ details: [{ code: 'slug_taken' }] });
    await blogService.deletePost(deps, scope, testActor, first.id);
    await expect(blogService.getPost(deps, scope, first.id)).rejects.toBeInstanceOf(NotFound);
    const again = await blogService.updatePost(deps, scope, testActor, other.id, { slug: 'spring-glazes' });
    expect(again.slug).toBe('spring-glazes');
  });

  it('refuses Markdown over the cap and covers of another workspace with typed 422s', async () => {
    const scope = await createTestOrg(deps);
    const other = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope);
    await expect(
      blogService.createPost(deps, scope, testActor, site.id, {
        title: 'Long',
        body: 'a'.repeat(MAX_POST_BODY + 1),
      }),
    ).rejects.toBeInstanceOf(ValidationFailed);
    await expect(
      blogService.createPost(deps, scope, testActor, site.id, {
        title: 'Theirs',
        coverKey: `blog/${other.orgId}/post_x/abc.png`,
      }),
    ).rejects.toMatchObject({ details: [{ code: 'cover_not_own' }] });
  });

  it('puts published posts on the live site at once, scheduled ones with their date, never drafts', async () => {
    const scope = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope);
    const host = hostOf(site.slug);
    const draft = await blogService.createPost(deps, scope, testActor, site.id, { title: 'Draft only' });
    const now = await blogService.createPost(deps, scope, testActor, site.id, { title: 'Out now' });
    const later = await blogService.createPost(deps, scope, testActor, site.id, { title: 'Coming soon' });
    expect(await livePosts(host)).toEqual([]);

    await blogService.publishPost(deps, scope, testActor, now.id);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const scheduled = await blogService.publishPost(deps, scope, testActor, later.id, {
      publishedAt: future,
    });
    expect(scheduled.status).toBe('scheduled');
    const live = await livePosts(host);
    // Newest date first; the scheduled post rides along and the renderer hides it until its date.
    expect(live.map((p) => [p.slug, p.publishedAt])).toEqual([
      ['coming-soon', future],
      ['out-now', expect.any(String)],
    ]);
    expect(live.some((p) => p.id === draft.id)).toBe(false);

    // A published post's edit is live at once; unpublish and delete take posts off.
    await blogService.updatePost(deps, scope, testActor, now.id, { title: 'Out now (edited)' });
    expect((await livePosts(host)).find((p) => p.id === now.id)?.title).toBe('Out now (edited)');
    await blogService.unpublishPost(deps, scope, testActor, later.id);
    await blogService.deletePost(deps, scope, testActor, now.id);
    expect(await livePosts(host)).toEqual([]);
    expect((await blogService.getPost(deps, scope, later.id)).status).toBe('draft');
  });

  it('keeps every post in its workspace: another organization’s ids are not found', async () => {
    const scope = await createTestOrg(deps);
    const intruder = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope);
    const post = await blogService.createPost(deps, scope, testActor, site.id, { title: 'Mine' });
    await expect(blogService.getPost(deps, intruder, post.id)).rejects.toBeInstanceOf(NotFound);
    await expect(blogService.listPosts(deps, intruder, site.id)).rejects.toBeInstanceOf(NotFound);
    await expect(
      blogService.updatePost(deps, intruder, testActor, post.id, { title: 'Theirs' }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(blogService.publishPost(deps, intruder, testActor, post.id)).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(blogService.deletePost(deps, intruder, testActor, post.id)).rejects.toBeInstanceOf(NotFound);
    await expect(
      blogService.createPost(deps, intruder, testActor, site.id, { title: 'Into theirs' }),
    ).rejects.toBeInstanceOf(NotFound);
    expect((await blogService.getPost(deps, scope, post.id)).title).toBe('Mine');
  });
});
