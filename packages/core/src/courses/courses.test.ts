import { createTestOrg, nodeDeps } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import type { TenantScope } from '../tenancy/scope.ts';
import { createCourse, updateCourse } from './courses.ts';
import { createLesson, createModule } from './curriculum.ts';
import {
  createEnrollment,
  lessonCompletion,
  listEnrollments,
  revokeEnrollment,
  studentsCsv,
} from './enrollments.ts';
import { completeLesson, enrollFree, studentCourse } from './learning.ts';

const deps = nodeDeps();
const actor = { userId: null, requestId: 'req_test' };
const now = () => new Date();

async function courseOfTwo(scope: TenantScope, title: string) {
  const course = await createCourse(deps, scope, actor, { title });
  const moduleId = (await createModule(deps, scope, actor, course.id, { title: 'M' })).modules[0]!.id;
  await createLesson(deps, scope, actor, course.id, { moduleId, title: 'First' });
  await createLesson(deps, scope, actor, course.id, { moduleId, title: '=HYPERLINK("x")' });
  return updateCourse(deps, scope, actor, course.id, { status: 'published' });
}

describe('enrollments and progress', () => {
  it('enrolls an address once however many sign-ups race, and completes a lesson once', async () => {
    const scope = await createTestOrg(deps);
    const course = await courseOfTwo(scope, 'Race');
    const results = await Promise.all(
      Array.from({ length: 5 }, () => enrollFree(scope, course.slug, 'Racer@Example.com')),
    );
    expect(results).toEqual([true, true, true, true, true]);
    const list = await listEnrollments(deps, scope, { courseId: course.id }, { page: 1, perPage: 10 });
    expect(list.items.map((e) => e.email)).toEqual(['racer@example.com']);
    await Promise.all(
      [1, 2, 3].map(() => completeLesson(scope, 'racer@example.com', course.slug, 'first', now())),
    );
    const sc = await studentCourse(scope, 'racer@example.com', course.slug, now());
    expect([sc!.completed, sc!.total, sc!.next?.slug]).toEqual([1, 2, 'hyperlink-x']);
    // A paid course is not free to join; a draft is not joinable at all.
    await updateCourse(deps, scope, actor, course.id, { price: 900 });
    expect(await enrollFree(scope, course.slug, 'other@example.com')).toBe(false);
  });

  it('exports students with a column per lesson (formulas defused) and counts completion of active students only', async () => {
    const scope = await createTestOrg(deps);
    const course = await courseOfTwo(scope, 'Export');
    const a = await createEnrollment(deps, scope, actor, {
      courseId: course.id,
      email: 'a@example.com',
      name: '@evil',
    });
    await createEnrollment(deps, scope, actor, { courseId: course.id, email: 'b@example.com' });
    await completeLesson(scope, 'a@example.com', course.slug, 'first', now());
    await completeLesson(scope, 'b@example.com', course.slug, 'first', now());
    await completeLesson(scope, 'b@example.com', course.slug, 'hyperlink-x', now());
    const csv = (await studentsCsv(deps, scope, course.id)).trim().split('\r\n');
    expect(csv[0]).toBe(
      'email,name,enrolled_at,source,status,completed_lessons,total_lessons,First,"\'=HYPERLINK(""x"")"',
    );
    const today = new Date().toISOString().slice(0, 10);
    expect(csv[1]).toMatch(new RegExp(`^a@example.com,'@evil,.*,manual,active,1,2,${today},$`));
    expect(csv[2]).toMatch(new RegExp(`^b@example.com,,.*,manual,active,2,2,${today},${today}$`));
    await revokeEnrollment(deps, scope, actor, a.id);
    const completion = await lessonCompletion(deps, scope, course.id);
    expect(completion.students).toBe(1);
    expect(completion.lessons.map((l) => l.completed)).toEqual([1, 1]);
  });
});
