import { createTenant, type EdgeHarness, startEdge, type Tenant } from '@mewayz/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiAnswer, call } from './helpers.ts';

/**
 * /api/v1/courses (with modules and lessons) and /enrollments as an integrator uses them, and what
 * hostile input gets: a coded 4xx naming the field, never a 5xx.
 */
let edge: EdgeHarness;
let tenant: Tenant;
let other: Tenant;

beforeAll(async () => {
  edge = await startEdge({
    edgeVars: { API_RATE_LIMIT_PER_TOKEN: '100000', API_RATE_LIMIT_PER_IP: '100000' },
  });
  [tenant, other] = await Promise.all([
    createTenant(edge.deps, 'Courses API org'),
    createTenant(edge.deps, 'Other school'),
  ]);
  // One Worker bundled and started under wrangler's runtime: slow on a loaded two-core machine.
}, 180_000);
afterAll(() => edge?.dispose());

const post = (path: string, body?: unknown, token = tenant.token) =>
  call(edge, 'POST', path, { token, body });
const patch = (path: string, body: unknown, token = tenant.token) =>
  call(edge, 'PATCH', path, { token, body });
const put = (path: string, body: unknown, token = tenant.token) => call(edge, 'PUT', path, { token, body });
const get = (path: string, token = tenant.token) => call(edge, 'GET', path, { token });

function expect4xx(res: ApiAnswer, status: number, path?: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.body.success).toBe(false);
  if (path)
    expect(
      res.body.error.details.map((d: { path: string }) => d.path),
      res.text,
    ).toContain(path);
}

async function courseWithTwoModules(title = 'Pottery basics') {
  const course = await post('/courses', { title, price: 0, currency: 'EUR' });
  expect(course.status, course.text).toBe(201);
  const id = course.body.data.id as string;
  await post(`/courses/${id}/modules`, { title: 'Clay' });
  const withModules = await post(`/courses/${id}/modules`, { title: 'Glaze' });
  const [m1, m2] = withModules.body.data.modules.map((m: { id: string }) => m.id);
  return { id, m1: m1 as string, m2: m2 as string };
}

describe('/api/v1/courses', { timeout: 60_000 }, () => {
  it('builds a course: modules and lessons in order, reordered, moved, deleted', async () => {
    const { id, m1, m2 } = await courseWithTwoModules();
    const a = await post(`/courses/${id}/lessons`, {
      moduleId: m1,
      title: 'Wedging clay',
      content: 'Knead **well**.',
      videoUrl: 'https://youtu.be/dQw4w9WgXcQ',
      durationMinutes: 12,
      freePreview: true,
    });
    expect(a.status, a.text).toBe(201);
    await post(`/courses/${id}/lessons`, { moduleId: m1, title: 'Centering', dripDays: 3 });
    const c = await post(`/courses/${id}/lessons`, {
      moduleId: m2,
      title: 'Dipping',
      dripAt: '2027-01-01T09:00:00Z',
    });
    const lessons = c.body.data.modules.flatMap(
      (m: { lessons: { id: string; slug: string }[] }) => m.lessons,
    );
    expect(lessons.map((l: { slug: string }) => l.slug)).toEqual(['wedging-clay', 'centering', 'dipping']);
    expect(c.body.data).toMatchObject({ lessonCount: 3, status: 'draft', price: 0, currency: 'EUR' });
    expect(lessons[0]).toMatchObject({ freePreview: true, durationMinutes: 12, dripDays: null });
    expect(lessons[1]).toMatchObject({ dripDays: 3, dripAt: null });
    expect(lessons[2]).toMatchObject({ dripAt: '2027-01-01T09:00:00.000Z' });

    const reordered = await put(`/courses/${id}/modules/${m1}/lessons/order`, {
      lessonIds: [lessons[1].id, lessons[0].id],
    });
    expect(reordered.status, reordered.text).toBe(200);
    expect(reordered.body.data.modules[0].lessons.map((l: { title: string }) => l.title)).toEqual([
      'Centering',
      'Wedging clay',
    ]);
    const modules = await put(`/courses/${id}/modules/order`, { moduleIds: [m2, m1] });
    expect(modules.body.data.modules.map((m: { title: string }) => m.title)).toEqual(['Glaze', 'Clay']);

    // Setting a date clears the days rule; moving a lesson puts it at the end of its new module.
    const moved = await patch(`/courses/${id}/lessons/${lessons[1].id}`, {
      moduleId: m2,
      dripAt: '2027-02-01T00:00:00Z',
    });
    expect(moved.status, moved.text).toBe(200);
    expect(
      moved.body.data.modules[0].lessons.map((l: { title: string; dripDays: number | null }) => [
        l.title,
        l.dripDays,
      ]),
    ).toEqual([
      ['Dipping', null],
      ['Centering', null],
    ]);

    const afterDelete = await call(edge, 'DELETE', `/courses/${id}/modules/${m2}`, { token: tenant.token });
    expect(afterDelete.body.data.lessonCount).toBe(1);
    const published = await patch(`/courses/${id}`, { status: 'published', price: 4900 });
    expect(published.body.data).toMatchObject({ status: 'published', price: 4900 });
    const list = await get('/courses');
    expect(list.body.data.map((x: { id: string }) => x.id)).toContain(id);
    expect((await call(edge, 'DELETE', `/courses/${id}`, { token: tenant.token })).status).toBe(200);
    expect((await get(`/courses/${id}`)).status).toBe(404);
  });

  it('answers 409 to a taken slug and derives free ones from the title', async () => {
    const first = await post('/courses', { title: 'Same title' });
    const second = await post('/courses', { title: 'Same title' });
    expect(second.body.data.slug).not.toBe(first.body.data.slug);
    expect4xx(await post('/courses', { title: 'x', slug: first.body.data.slug }), 409, 'slug');
  });

  it('refuses hostile input with 4xx naming the field', async () => {
    const { id, m1 } = await courseWithTwoModules('Hostile');
    expect4xx(await post('/courses', { title: '' }), 422, 'title');
    expect4xx(await post('/courses', { title: 'x'.repeat(201) }), 422, 'title');
    expect4xx(await post('/courses', { title: 'a\u0000b' }), 422, 'title');
    expect4xx(await post('/courses', { title: 'x', price: -1 }), 422, 'price');
    expect4xx(await post('/courses', { title: 'x', price: 1.5 }), 422, 'price');
    expect4xx(await post('/courses', { title: 'x', price: '100' }), 422, 'price');
    expect4xx(await post('/courses', { title: 'x', currency: 'XXX' }), 422, 'currency');
    expect4xx(await post('/courses', { title: 'x', slug: '../etc' }), 422, 'slug');
    expect4xx(await post('/courses', { title: 'x', level: 'guru' }), 422, 'level');
    expect4xx(await post('/courses', { title: 'x', organizationId: other.scope.orgId }), 422);
    expect4xx(await post('/courses', { title: 'x', thumbnailKey: '../../secret' }), 422, 'thumbnailKey');
    expect4xx(await post('/courses', '{"title":'), 400);
    expect4xx(await patch(`/courses/${id}`, {}), 422);
    const lesson = (body: Record<string, unknown>) =>
      post(`/courses/${id}/lessons`, { moduleId: m1, title: 'L', ...body });
    expect4xx(await lesson({ videoUrl: 'javascript:alert(1)' }), 422, 'videoUrl');
    expect4xx(await lesson({ videoUrl: 'https://evil.example.com/watch?v=1' }), 422, 'videoUrl');
    expect4xx(await lesson({ videoUrl: 'http://youtube.com/watch?v=1' }), 422, 'videoUrl');
    expect4xx(await lesson({ dripDays: 3, dripAt: '2027-01-01T00:00:00Z' }), 422, 'dripAt');
    expect4xx(await lesson({ dripDays: 0 }), 422, 'dripDays');
    expect4xx(await lesson({ dripDays: 99999 }), 422, 'dripDays');
    expect4xx(await lesson({ dripAt: 'tomorrow' }), 422, 'dripAt');
    expect4xx(await lesson({ content: 'x'.repeat(30_001) }), 422, 'content');
    expect4xx(await lesson({ freePreview: 'yes' }), 422, 'freePreview');
    // A module of another course (or tenant) is not found; a malformed one is not found either.
    const otherCourse = await courseWithTwoModules('Other course');
    expect4xx(await post(`/courses/${id}/lessons`, { moduleId: otherCourse.m1, title: 'L' }), 404);
    expect4xx(await post(`/courses/${id}/lessons`, { moduleId: 'cmod_nope', title: 'L' }), 404);
    // Reorders must name every item once.
    expect4xx(await put(`/courses/${id}/modules/order`, { moduleIds: [m1] }), 422, 'moduleIds');
    expect4xx(await put(`/courses/${id}/modules/order`, { moduleIds: [m1, m1] }), 422, 'moduleIds');
    expect4xx(await put(`/courses/${id}/modules/order`, { moduleIds: [m1, otherCourse.m1] }), 404);
    expect4xx(await put(`/courses/${id}/modules/order`, { moduleIds: 'all' }), 422, 'moduleIds');
  });

  it('keeps lesson content as written: rendering, not storage, makes it safe', async () => {
    const { id, m1 } = await courseWithTwoModules('Markdown');
    const content = '<script>alert(1)</script> [x](javascript:alert(1))';
    const res = await post(`/courses/${id}/lessons`, { moduleId: m1, title: 'Raw', content });
    expect(res.status, res.text).toBe(201);
    expect(res.body.data.modules[0].lessons[0].content).toBe(content);
  });
});

describe('/api/v1/enrollments', { timeout: 60_000 }, () => {
  it('enrolls by hand once, lists with progress, revokes and re-enrolls', async () => {
    const { id, m1 } = await courseWithTwoModules('Enrolments');
    await post(`/courses/${id}/lessons`, { moduleId: m1, title: 'One' });
    const first = await post('/enrollments', { courseId: id, email: '  Student@Example.COM ' });
    expect(first.status, first.text).toBe(201);
    expect(first.body.data).toMatchObject({
      email: 'student@example.com',
      source: 'manual',
      status: 'active',
      completedLessons: 0,
      totalLessons: 1,
    });
    const again = await post('/enrollments', { courseId: id, email: 'student@example.com' });
    expect(again.body.data.id).toBe(first.body.data.id);
    const listed = await get(`/enrollments?courseId=${id}`);
    expect(listed.body.data.map((e: { id: string }) => e.id)).toEqual([first.body.data.id]);
    expect(listed.body.meta.pagination.total).toBe(1);

    const revoked = await post(`/enrollments/${first.body.data.id}/revoke`);
    expect(revoked.body.data).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
    expect((await get(`/enrollments?courseId=${id}&status=active`)).body.data).toEqual([]);
    const back = await post('/enrollments', { courseId: id, email: 'student@example.com' });
    expect(back.body.data).toMatchObject({ id: first.body.data.id, status: 'active', revokedAt: null });
  });

  it('refuses hostile input and other tenants’ courses', async () => {
    const { id } = await courseWithTwoModules('Enrolment hostility');
    expect4xx(await post('/enrollments', { courseId: id, email: 'not-an-email' }), 422, 'email');
    expect4xx(await post('/enrollments', { courseId: id, email: `${'a'.repeat(250)}@x.io` }), 422, 'email');
    expect4xx(await post('/enrollments', { courseId: id }), 422, 'email');
    expect4xx(await post('/enrollments', { courseId: id, email: 'a@b.co' }, other.token), 404);
    expect4xx(await get('/enrollments?status=paused'), 422);
    expect4xx(await get(`/enrollments?courseId=${id.toUpperCase()}`), 404);
  });
});
