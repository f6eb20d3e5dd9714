import { coursesService } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { sites } from '@mewayz/db/schema';
import { createPublishedSite, createTestOrg, nodeDeps } from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedDemoCourses } from '../src/seed-courses.ts';

const deps = nodeDeps();
const actor = { userId: null, requestId: 'seed' };

describe('the demo courses seed', () => {
  it('publishes a free and a paid course with students onto the sites, and only once', async () => {
    const scope = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, scope);
    expect(await seedDemoCourses(deps, scope, actor)).toEqual({ created: 2 });
    const courses = (await coursesService.listCourses(deps, scope, { page: 1, perPage: 10 })).items;
    expect(courses.map((c) => [c.slug, c.price, c.status, c.lessonCount]).sort()).toEqual([
      ['glaze-chemistry-masterclass', 4900, 'published', 4],
      ['wheel-throwing-basics', 0, 'published', 5],
    ]);
    // Published courses ride in the site's published snapshot: its sales pages serve them at once.
    const [row] = await dbOf(deps).select().from(sites).where(eq(sites.id, site.id));
    expect(row!.publishedSnapshot!.catalog!.courses!.map((c) => c.slug).sort()).toEqual([
      'glaze-chemistry-masterclass',
      'wheel-throwing-basics',
    ]);
    const students = await coursesService.listEnrollments(deps, scope, {}, { page: 1, perPage: 10 });
    expect(students.total).toBe(4);
    expect(await seedDemoCourses(deps, scope, actor)).toEqual({ created: 0 });
    expect((await coursesService.listCourses(deps, scope, { page: 1, perPage: 10 })).total).toBe(2);
  });
});
