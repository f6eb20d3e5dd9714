import type { SiteSnapshot } from '@mewayz/contracts';
import { sites } from '@mewayz/db/schema';
import { createPublishedSite, createTestOrg, failureOf, nodeDeps, visibleBlock } from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createBlock, publishSite, updateBlock } from '../sites/service.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { createCourse, deleteCourse } from './courses.ts';

const deps = nodeDeps();
const actor = { userId: null, requestId: 'req_test' };
const courseBlock = (data: object) => visibleBlock({ type: 'course', data } as never);

const course = (scope: TenantScope, title: string, status: 'draft' | 'published' = 'published') =>
  createCourse(deps, scope, actor, { title, status, price: 1500, currency: 'EUR' });

async function publishedSnapshot(scope: TenantScope, siteId: string) {
  const row = await scope.first(sites, eq(sites.id, siteId));
  return row!.publishedSnapshot as SiteSnapshot;
}

describe('course blocks', () => {
  it('name only a course of the workspace: another’s, a deleted or a missing one is not found (404)', async () => {
    const scope = await createTestOrg(deps);
    const other = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope, { blocks: [] });
    const theirs = await course(other, 'Theirs');
    const gone = await course(scope, 'Gone');
    await deleteCourse(deps, scope, actor, gone.id);
    for (const courseId of [theirs.id, gone.id, 'crs_01jd3v6w0m8x9y2z3a4b5c6d7e'])
      expect(await failureOf(createBlock(deps, scope, actor, site.id, courseBlock({ courseId })))).toEqual([
        404,
        'not_found',
        undefined,
      ]);

    // A draft is the workspace's own: the block is kept and shows the course once it is published.
    const draft = await course(scope, 'Draft', 'draft');
    const block = await createBlock(deps, scope, actor, site.id, courseBlock({ courseId: draft.id }));
    expect(block.data).toMatchObject({ courseId: draft.id });
    expect(
      await failureOf(updateBlock(deps, scope, actor, site.id, block.id, { data: { courseId: theirs.id } })),
    ).toEqual([404, 'not_found', undefined]);
  });

  it('publish with the courses the catalog shows; a block of a draft or deleted course is left out', async () => {
    const scope = await createTestOrg(deps);
    const live = await course(scope, 'Live');
    const draft = await course(scope, 'Draft', 'draft');
    const doomed = await course(scope, 'Doomed');
    const { site } = await createPublishedSite(deps, scope, {
      blocks: [
        courseBlock({ courseId: live.id }),
        courseBlock({ courseId: draft.id }),
        courseBlock({ courseId: doomed.id }),
        courseBlock({ limit: 2 }),
      ],
    });
    expect((await publishedSnapshot(scope, site.id)).blocks.map((b) => b.data)).toEqual([
      { courseId: live.id, limit: 3 },
      { courseId: doomed.id, limit: 3 },
      { limit: 2 },
    ]);

    await deleteCourse(deps, scope, actor, doomed.id);
    await publishSite(deps, scope, actor, site.id);
    const snapshot = await publishedSnapshot(scope, site.id);
    expect(snapshot.blocks.map((b) => b.data)).toEqual([{ courseId: live.id, limit: 3 }, { limit: 2 }]);
    expect(snapshot.catalog?.courses?.map((c) => c.title)).toEqual(['Live']);
  });
});
