import { type CoreDeps, coursesService, sha256Hex, type TenantScope } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { courseEnrollments, emailOutbox, orders } from '@mewayz/db/schema';
import {
  createPublishedSite,
  createTenant,
  type EdgeHarness,
  eventually,
  startEdge,
  type Tenant,
  testActor,
  uniqueEmail,
} from '@mewayz/testing';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './api/helpers.ts';

/**
 * Courses on the site host, in workerd: the cached sales page, free enrolment by magic link, the
 * student's private pages (never cached, never shown to another visitor), drip, progress, and a paid
 * course bought through the Stripe stand-in and taken back by a refund.
 */
let edge: EdgeHarness;
let tenant: Tenant;
let deps: CoreDeps;
let scope: TenantScope;
let host: string;
let siteId: string;

beforeAll(async () => {
  edge = await startEdge({
    stripe: true,
    edgeVars: { EDGE_DEBUG_HEADERS: 'on', API_RATE_LIMIT_PER_TOKEN: '100000' },
  });
  deps = edge.deps;
  tenant = await createTenant(deps, 'Course studio');
  scope = tenant.scope;
  let site: { id: string };
  ({ host, site } = await createPublishedSite(deps, scope));
  siteId = site.id;
  // Two Workers bundled and started under wrangler's runtime: slow on a shared two-core machine.
}, 240_000);
afterAll(() => edge?.dispose());

const day = 86_400_000;

/** A published course: module 1 has an open lesson, a free preview and one dripped by 3 days; module 2 one opening on a past date. */
async function publishedCourse(title: string, price = 0) {
  const course = await coursesService.createCourse(deps, scope, testActor, { title, price, currency: 'USD' });
  const m1 = (await coursesService.createModule(deps, scope, testActor, course.id, { title: 'Start here' }))
    .modules[0]!.id;
  const withM2 = await coursesService.createModule(deps, scope, testActor, course.id, { title: 'Later' });
  const m2 = withM2.modules[1]!.id;
  await coursesService.createLesson(deps, scope, testActor, course.id, {
    moduleId: m1,
    title: 'Welcome',
    content: 'Hello **students** <script>alert(1)</script>',
    videoUrl: 'https://youtu.be/dQw4w9WgXcQ',
    freePreview: true,
    durationMinutes: 5,
  });
  await coursesService.createLesson(deps, scope, testActor, course.id, {
    moduleId: m1,
    title: 'Tools',
    content: 'Get a wheel.',
  });
  await coursesService.createLesson(deps, scope, testActor, course.id, {
    moduleId: m1,
    title: 'Throwing',
    dripDays: 3,
  });
  await coursesService.createLesson(deps, scope, testActor, course.id, {
    moduleId: m2,
    title: 'Glazing',
    dripAt: new Date(Date.now() - day).toISOString(),
  });
  return coursesService.updateCourse(deps, scope, testActor, course.id, { status: 'published' });
}

function form(url: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return edge.fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

async function lastLinkTo(email: string): Promise<string> {
  let link = '';
  await eventually(async () => {
    const [mail] = await dbOf(deps)
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, email))
      .orderBy(desc(emailOutbox.createdAt))
      .limit(1);
    link = /http:\/\/\S+\/learn\/auth\?token=[A-Za-z0-9_-]{43}\S*/.exec(mail?.textBody ?? '')?.[0] ?? '';
    return link !== '';
  });
  return link;
}

const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

/** Sign in with a link's token: the session cookie's value and the whole Set-Cookie header. */
async function redeem(link: string) {
  const url = new URL(link);
  // What the landing page's button posts: the token, and where to go next.
  const next = url.searchParams.get('next');
  const res = await form(`http://${url.hostname}/learn/auth`, {
    token: tokenOf(link),
    ...(next ? { next } : {}),
  });
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { res, setCookie, cookie: /mwz_student=([^;]+)/.exec(setCookie)?.[1] ?? '' };
}

const asStudent = (url: string, cookie: string) =>
  edge.fetch(url, { headers: { cookie: `mwz_student=${cookie}` }, redirect: 'manual' });

async function enrolFree(slug: string, email: string) {
  const res = await form(`http://${host}/courses/${slug}/enroll`, { email });
  expect(res.status).toBe(200);
  expect(await res.text()).toContain('Check your email');
  return redeem(await lastLinkTo(email));
}

describe('the sales page', () => {
  it('lists the curriculum with free previews, zero scripts, cached at the edge; drafts are not served', async () => {
    const course = await publishedCourse('Wheel throwing');
    const url = `http://${host}/courses/${course.slug}`;
    const first = await edge.fetch(url);
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(html).toContain('Wheel throwing');
    for (const t of ['Welcome', 'Tools', 'Throwing', 'Glazing', 'Free preview', 'Enroll for free'])
      expect(html).toContain(t);
    expect(html).toContain(`href="/courses/${course.slug}/preview/welcome"`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('Get a wheel.'); // a paid lesson's content never reaches the public page
    let hit = first;
    for (let i = 0; i < 20 && hit.headers.get('x-mewayz-cache') !== 'HIT'; i++) {
      hit = await edge.fetch(url);
      await hit.text();
    }
    expect(hit.headers.get('x-mewayz-cache')).toBe('HIT');
    expect(hit.headers.get('cache-control')).toContain('public');

    const preview = await edge.fetch(`${url}/preview/welcome`);
    const previewHtml = await preview.text();
    expect(preview.status).toBe(200);
    expect(previewHtml).toContain('<strong>students</strong>');
    expect(previewHtml).not.toContain('<script>alert');
    expect(previewHtml).not.toContain('<iframe'); // click to load: nothing from YouTube until asked
    expect(preview.headers.get('content-security-policy')).not.toContain('youtube');
    const playing = await edge.fetch(`${url}/preview/welcome?play=1`);
    expect(await playing.text()).toContain('<iframe');
    expect(playing.headers.get('content-security-policy')).toContain(
      'frame-src https://www.youtube-nocookie.com',
    );
    expect((await edge.fetch(`${url}/preview/tools`)).status).toBe(404);

    await coursesService.updateCourse(deps, scope, testActor, course.id, { status: 'draft' });
    expect((await edge.fetch(url)).status).toBe(404);
  });
});

describe('the course block on the bio page', () => {
  it('shows the course as a card linking to its sales page, zero scripts, gone as soon as it is unpublished', async () => {
    const paid = await publishedCourse('Glaze masterclass', 4900);
    const free = await publishedCourse('Clay for everyone');
    const add = (data: object) =>
      call(edge, 'POST', `/sites/${siteId}/blocks`, { token: tenant.token, body: { type: 'course', data } });
    const one = await add({ courseId: paid.id });
    expect(one.status, one.text).toBe(201);

    // Only the workspace's own courses: another's, a missing or a malformed id answers 404 like any
    // resource that is not there; a bad limit is a 422.
    const other = await createTenant(deps, 'Other studio');
    const theirs = await coursesService.createCourse(deps, other.scope, testActor, { title: 'Theirs' });
    for (const [data, status, code] of [
      [{ courseId: theirs.id }, 404, 'not_found'],
      [{ courseId: 'crs_01jd3v6w0m8x9y2z3a4b5c6d7e' }, 404, 'not_found'],
      [{ courseId: 'not-an-id' }, 404, 'not_found'],
      [{ limit: 40 }, 422, 'validation_failed'],
    ] as const) {
      const refused = await add(data);
      expect(refused.status, refused.text).toBe(status);
      expect(refused.body.error.code).toBe(code);
    }
    const blocks = await call(edge, 'GET', `/sites/${siteId}/blocks`, { token: tenant.token });
    expect(blocks.body.data.filter((b: { type: string }) => b.type === 'course')).toHaveLength(1);

    const publish = await call(edge, 'POST', `/sites/${siteId}/publish`, { token: tenant.token });
    expect(publish.status, publish.text).toBe(200);
    const page = await edge.fetch(`http://${host}/`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toMatch(new RegExp(`<a class="ck" href="/courses/${paid.slug}">`));
    expect(html).toContain('Glaze masterclass');
    expect(html).toContain('$49.00');
    expect(html).toContain('4 lessons');
    expect(html).not.toContain(free.title); // the block names one course
    expect(html).not.toMatch(/<script/i);

    // Unpublishing moves the site to a new version with the new catalog: the card is gone at once.
    await coursesService.updateCourse(deps, scope, testActor, paid.id, { status: 'draft' });
    await eventually(async () => !(await (await edge.fetch(`http://${host}/`)).text()).includes('Glaze'));
  });
});

describe('free enrolment and the student area', () => {
  it('enrolls by magic link (single use, host-only cookie), shows progress, drip and private pages', async () => {
    const course = await publishedCourse('Clay basics');
    const email = uniqueEmail('student');
    const res = await form(`http://${host}/courses/${course.slug}/enroll`, { email });
    expect(res.headers.get('cache-control')).toContain('no-store');
    const link = await lastLinkTo(email);
    expect(link.startsWith(`http://${host}/learn/auth?token=`)).toBe(true);

    // Opening the link only shows a button (mail scanners cannot use it up), not cached, no referrer.
    const landing = await edge.fetch(link);
    expect(landing.status).toBe(200);
    expect(landing.headers.get('cache-control')).toBe('private, no-store');
    expect(landing.headers.get('referrer-policy')).toBe('no-referrer');
    const { res: signedIn, setCookie, cookie } = await redeem(link);
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe(`/learn/${course.slug}`);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Domain=/i); // host-only: only this site's host gets it back
    expect(setCookie).not.toMatch(/Secure/i); // http locally; Secure under https

    // The same link again: refused.
    const again = await redeem(link);
    expect(again.res.status).toBe(400);
    expect(again.cookie).toBe('');

    const home = await asStudent(`http://${host}/learn`, cookie);
    expect(home.status).toBe(200);
    expect(home.headers.get('cache-control')).toBe('private, no-store');
    const homeHtml = await home.text();
    expect(homeHtml).toContain('Clay basics');
    expect(homeHtml).toContain('0 of 4 lessons complete');
    // The bar is a native <progress>: the strict CSP would ignore an inline style's width.
    expect(homeHtml).toContain('<progress class="bar" value="0" max="4"');
    expect(homeHtml).not.toMatch(/\sstyle="/);
    expect(homeHtml).toContain(`href="/learn/${course.slug}/welcome"`);

    // Drip: "Throwing" opens 3 days after enrolment; "Glazing" opened yesterday.
    const curriculum = await (await asStudent(`http://${host}/learn/${course.slug}`, cookie)).text();
    expect(curriculum).toMatch(/Throwing<\/span><small>🔒 Opens /);
    expect(curriculum).toContain(`href="/learn/${course.slug}/glazing"`);
    const locked = await asStudent(`http://${host}/learn/${course.slug}/throwing`, cookie);
    expect(await locked.text()).toContain('This lesson is not open yet');
    const early = await form(
      `http://${host}/learn/${course.slug}/throwing/complete`,
      {},
      { cookie: `mwz_student=${cookie}` },
    );
    expect(early.status).toBe(404);

    // Two lessons completed: progress shows it, and "continue" points at the next open one.
    const lessonUrl = `http://${host}/learn/${course.slug}/welcome`;
    const lesson = await asStudent(lessonUrl, cookie);
    expect(lesson.headers.get('cache-control')).toBe('private, no-store');
    expect(lesson.headers.get('x-mewayz-cache')).toBeNull();
    const lessonHtml = await lesson.text();
    expect(lessonHtml).toContain('<strong>students</strong>');
    expect(lessonHtml).not.toContain('<script>alert');
    for (const slug of ['welcome', 'tools']) {
      const done = await form(
        `http://${host}/learn/${course.slug}/${slug}/complete`,
        {},
        { cookie: `mwz_student=${cookie}` },
      );
      expect(done.status).toBe(303);
    }
    const after = await (await asStudent(`http://${host}/learn`, cookie)).text();
    expect(after).toContain('2 of 4 lessons complete (50%)');
    expect(after).toContain('<progress class="bar" value="2" max="4"');
    expect(after).toContain(`Continue: Glazing`);

    // Private: the edge cache holds nothing under these URLs, and another visitor never sees them.
    const cache = (await edge.mf.getCaches()).default;
    expect(await cache.match(lessonUrl)).toBeUndefined();
    expect(await cache.match(`http://${host}/learn`)).toBeUndefined();
    const anonymous = await edge.fetch(lessonUrl, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe(`/learn/sign-in?next=/learn/${course.slug}/welcome`);
    const stranger = await enrolFree((await publishedCourse('Another course')).slug, uniqueEmail('stranger'));
    const theirs = await asStudent(lessonUrl, stranger.cookie);
    expect(theirs.status).toBe(404);
    expect(await theirs.text()).not.toContain('<strong>students</strong>');
  });

  it('binds a session to its host: another site (another tenant, or the same one) does not honour it', async () => {
    const course = await publishedCourse('Host bound');
    const { cookie } = await enrolFree(course.slug, uniqueEmail('bound'));
    expect((await asStudent(`http://${host}/learn`, cookie)).status).toBe(200);
    const sameOrgOtherSite = await createPublishedSite(deps, scope);
    const otherTenantSite = await createPublishedSite(deps, (await createTenant(deps, 'Other school')).scope);
    for (const other of [sameOrgOtherSite.host, otherTenantSite.host]) {
      const res = await asStudent(`http://${other}/learn`, cookie);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/learn/sign-in');
    }
    // A link made for one host does not sign in on another.
    const email = uniqueEmail('link-bound');
    await form(`http://${host}/courses/${course.slug}/enroll`, { email });
    const link = await lastLinkTo(email);
    const elsewhere = await form(`http://${sameOrgOtherSite.host}/learn/auth`, { token: tokenOf(link) });
    expect(elsewhere.status).toBe(400);
  });

  it('refuses an expired link, and tells nobody whether an address studies here', async () => {
    const course = await publishedCourse('Expiring');
    const email = uniqueEmail('late');
    await form(`http://${host}/courses/${course.slug}/enroll`, { email });
    const link = await lastLinkTo(email);
    // Expiry is the key's TTL in Redis: make it run out now.
    await deps.redis.expire(`student-link:${await sha256Hex(tokenOf(link))}`, 1);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await redeem(link)).res.status).toBe(400);

    const unknown = await form(`http://${host}/learn/sign-in`, { email: uniqueEmail('nobody') });
    const known = await form(`http://${host}/learn/sign-in`, { email });
    expect(unknown.status).toBe(known.status);
    expect(await unknown.text()).toBe(await known.text());
    expect((await redeem(await lastLinkTo(email))).res.status).toBe(303);
    // Hostile input: 4xx, never a 5xx.
    expect(
      (await form(`http://${host}/learn/sign-in`, { email: `${'x'.repeat(300)}@example.com` })).status,
    ).toBe(422);
    expect((await form(`http://${host}/learn/sign-in`, { email: 'x'.repeat(5000) })).status).toBe(413);
    expect((await form(`http://${host}/learn/auth`, { token: '../../etc' })).status).toBe(400);
    expect((await edge.fetch(`http://${host}/learn/auth?token=%00`)).status).toBe(400);
    expect(
      (await form(`http://${host}/courses/${course.slug}/enroll`, { email: 'not-an-email' })).status,
    ).toBe(422);
    expect((await form(`http://${host}/courses/NOPE/enroll`, { email })).status).toBe(404);
    expect(
      (
        await edge.fetch(`http://${host}/learn/%2e%2e/x`, {
          headers: { cookie: 'mwz_student=zzz' },
          redirect: 'manual',
        })
      ).status,
    ).toBeLessThan(500);
  });
});

describe('a paid course', () => {
  it('enrolls the buyer once when the order is paid (even when Stripe resends), and a full refund revokes it', async () => {
    const course = await publishedCourse('Masterclass', 4900);
    const sales = await (await edge.fetch(`http://${host}/courses/${course.slug}`)).text();
    expect(sales).toContain('Buy for $49.00');
    const res = await form(`http://${host}/checkout`, { course: course.id });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    const sessionId = location.slice(location.lastIndexOf('/') + 1);
    const email = uniqueEmail('buyer');
    const paid = await fetch(`${edge.stripe!.url}/__standin/sessions/${sessionId}/pay`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ card: '4242 4242 4242 4242', email, name: 'Bea Buyer' }),
    });
    expect(paid.status).toBe(200);
    const enrolled = () =>
      dbOf(deps)
        .select()
        .from(courseEnrollments)
        .where(and(eq(courseEnrollments.courseId, course.id), eq(courseEnrollments.email, email)));
    await eventually(
      async () => (await enrolled()).length === 1 && (await enrolled())[0]!.accessSentAt !== null,
    );
    const link = await lastLinkTo(email);
    const { cookie } = await redeem(link);
    expect(await (await asStudent(`http://${host}/learn`, cookie)).text()).toContain('Masterclass');

    // Stripe sends the completed event again: still one enrollment, one sign-in email.
    await edge.stripe!.waitForDeliveries();
    const completed = edge
      .stripe!.events()
      .find((e) => e.type === 'checkout.session.completed' && JSON.stringify(e).includes(sessionId))!;
    await fetch(`${edge.stripe!.url}/__standin/events/${completed.id}/resend`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    await edge.stripe!.waitForDeliveries();
    await new Promise((r) => setTimeout(r, 500));
    expect(await enrolled()).toHaveLength(1);
    const signInMails = (
      await dbOf(deps).select().from(emailOutbox).where(eq(emailOutbox.toAddress, email))
    ).filter((m) => m.subject.startsWith('Your sign-in link'));
    expect(signInMails).toHaveLength(1);

    // A full refund through the API: when Stripe confirms it, access ends.
    const [order] = await dbOf(deps).select().from(orders).where(eq(orders.stripeSessionId, sessionId));
    const refund = await call(edge, 'POST', `/orders/${order!.id}/refunds`, {
      token: tenant.token,
      body: { amount: 4900 },
    });
    expect(refund.status, refund.text).toBe(202);
    await eventually(async () => (await enrolled())[0]!.revokedAt !== null);
    const home = await (await asStudent(`http://${host}/learn`, cookie)).text();
    expect(home).not.toContain('Masterclass');
    expect((await asStudent(`http://${host}/learn/${course.slug}`, cookie)).status).toBe(404);
  });
});

describe('the completion certificate', () => {
  it('is issued for a finished course under the student’s name, verifiable by anyone, and gone once revoked', async () => {
    const course = await coursesService.createCourse(deps, scope, testActor, { title: 'One-lesson course' });
    const m = (await coursesService.createModule(deps, scope, testActor, course.id, { title: 'Only' }))
      .modules[0]!;
    await coursesService.createLesson(deps, scope, testActor, course.id, {
      moduleId: m.id,
      title: 'All of it',
    });
    await coursesService.updateCourse(deps, scope, testActor, course.id, { status: 'published' });
    const email = uniqueEmail('graduate');
    const { cookie } = await enrolFree(course.slug, email);
    const ask = (name: string) =>
      form(`http://${host}/learn/${course.slug}/certificate`, { name }, { cookie: `mwz_student=${cookie}` });
    expect((await ask('Sam Student')).status).toBe(422); // not finished yet
    await form(
      `http://${host}/learn/${course.slug}/all-of-it/complete`,
      {},
      { cookie: `mwz_student=${cookie}` },
    );
    expect(await (await asStudent(`http://${host}/learn/${course.slug}`, cookie)).text()).toContain(
      'Get my certificate',
    );
    expect((await ask('')).status).toBe(422);
    expect((await ask('x'.repeat(121))).status).toBe(422);
    const issued = await ask('Sam <b>Student</b>');
    expect(issued.status).toBe(303);
    const path = issued.headers.get('location')!;
    expect(path).toMatch(/^\/certificates\/cert_[0-9a-z]{26}$/);
    // Anyone can verify it, without a session; the name is text, never markup.
    const page = await edge.fetch(`http://${host}${path}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('One-lesson course');
    expect(html).toContain('Sam &lt;b&gt;Student&lt;/b&gt;');
    expect(html).not.toMatch(/<script/i);
    // Asking again keeps the same certificate (its URL stays valid).
    expect((await ask('Sam Student')).headers.get('location')).toBe(path);
    // Another organization's site does not know it; a revoked enrollment has none.
    const other = await createPublishedSite(deps, (await createTenant(deps, 'Other academy')).scope);
    expect((await edge.fetch(`http://${other.host}${path}`)).status).toBe(404);
    expect((await edge.fetch(`http://${host}/certificates/cert_nope`)).status).toBe(404);
    const [row] = await dbOf(deps)
      .select()
      .from(courseEnrollments)
      .where(and(eq(courseEnrollments.courseId, course.id), eq(courseEnrollments.email, email)));
    await coursesService.revokeEnrollment(deps, scope, testActor, row!.id);
    expect((await edge.fetch(`http://${host}${path}`)).status).toBe(404);
  });
});

describe('lesson videos and files from R2', () => {
  // 1000 bytes an MP4 by its header, each later byte its own position mod 251: a range's bytes are checkable.
  const video = new Uint8Array(1000).map((_, i) => i % 251);
  video.set([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypisom')]);
  const pdf = new TextEncoder().encode('%PDF-1.7\nworksheet\n');

  async function courseWithFiles() {
    const media = (await edge.mf.getR2Bucket('MEDIA')) as unknown as NonNullable<CoreDeps['media']>;
    const withMedia = { ...deps, media };
    const course = await publishedCourse('Lesson files');
    const lessons = new Map(course.modules.flatMap((m) => m.lessons).map((l) => [l.slug, l.id]));
    for (const slug of ['welcome', 'tools', 'throwing'])
      await coursesService.setLessonVideo(withMedia, scope, testActor, course.id, lessons.get(slug)!, {
        name: 'clip.mp4',
        bytes: video,
      });
    const after = await coursesService.addLessonAttachment(
      withMedia,
      scope,
      testActor,
      course.id,
      lessons.get('tools')!,
      { name: 'Work sheet.pdf', bytes: pdf },
    );
    const attachment = after.modules[0]!.lessons.find((l) => l.slug === 'tools')!.attachments[0]!;
    return { slug: course.slug, attachmentId: attachment.id };
  }

  const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());

  it('streams an enrolled student the video, whole or by range, privately; attachments download', async () => {
    const { slug, attachmentId } = await courseWithFiles();
    const { cookie } = await enrolFree(slug, uniqueEmail());
    const base = `http://${host}/learn/${slug}/tools`;
    const get = (path: string, range?: string) =>
      edge.fetch(`${base}${path}`, {
        headers: { cookie: `mwz_student=${cookie}`, ...(range ? { range } : {}) },
        redirect: 'manual',
      });

    const page = await get('');
    const html = await page.text();
    expect(html).toMatch(/<video controls="?"? preload="metadata" src="\/learn\/[a-z0-9-]+\/tools\/video"/);
    expect(html).toContain(`href="/learn/${slug}/tools/files/${attachmentId}"`);
    expect(html).toContain('Work-sheet.pdf');
    expect(html).not.toMatch(/<script/i);
    expect(page.headers.get('content-security-policy')).toContain("media-src 'self'");

    const full = await get('/video');
    expect(full.status).toBe(200);
    expect(
      Object.fromEntries(
        ['content-type', 'accept-ranges', 'cache-control', 'content-length'].map((h) => [
          h,
          full.headers.get(h),
        ]),
      ),
    ).toEqual({
      'content-type': 'video/mp4',
      'accept-ranges': 'bytes',
      'cache-control': 'private, no-store',
      'content-length': '1000',
    });
    expect(await bytesOf(full)).toEqual(video);

    for (const [range, from, to] of [
      ['bytes=10-19', 10, 19],
      ['bytes=990-', 990, 999],
      ['bytes=-5', 995, 999],
      ['bytes=500-5000', 500, 999],
    ] as const) {
      const part = await get('/video', range);
      expect(part.status, range).toBe(206);
      expect(part.headers.get('content-range'), range).toBe(`bytes ${from}-${to}/1000`);
      expect(part.headers.get('content-length'), range).toBe(String(to - from + 1));
      expect(part.headers.get('cache-control')).toBe('private, no-store');
      expect(await bytesOf(part), range).toEqual(video.slice(from, to + 1));
    }
    for (const range of [
      'bytes=1000-',
      'bytes=5-2',
      'bytes=0-1,4-5',
      'bytes=-0',
      'bytes=x-y',
      `bytes=${'9'.repeat(40)}-`,
    ]) {
      const bad = await get('/video', range);
      expect(bad.status, range).toBe(416);
      expect(bad.headers.get('content-range'), range).toBe('bytes */1000');
      expect((await bytesOf(bad)).length).toBe(0);
    }
    // Another unit is ignored, as RFC 9110 allows: the whole file.
    expect((await get('/video', 'items=0-1')).status).toBe(200);

    const file = await get(`/files/${attachmentId}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="Work-sheet.pdf"');
    expect(file.headers.get('cache-control')).toBe('private, no-store');
    expect(await bytesOf(file)).toEqual(pdf);
    const filePart = await get(`/files/${attachmentId}`, 'bytes=0-3');
    expect([filePart.status, new TextDecoder().decode(await bytesOf(filePart))]).toEqual([206, '%PDF']);

    // A dripped lesson's video stays closed until the lesson opens.
    const locked = await edge.fetch(`http://${host}/learn/${slug}/throwing/video`, {
      headers: { cookie: `mwz_student=${cookie}` },
    });
    expect(locked.status).toBe(404);
    expect(await locked.text()).not.toContain('ftypisom');
  });

  it('refuses visitors who are not enrolled, and answers hostile paths with 4xx; a free preview is public', async () => {
    const { slug, attachmentId } = await courseWithFiles();
    const other = await createTenant(deps, 'Other studio');
    const { host: otherHost } = await createPublishedSite(deps, other.scope);
    const refusals = [
      [`http://${host}/learn/${slug}/tools/video`, {}],
      [`http://${host}/learn/${slug}/tools/files/${attachmentId}`, {}],
      [`http://${host}/learn/${slug}/tools/video`, { cookie: 'mwz_student=forged-session-token' }],
      [`http://${host}/learn/${slug}/tools/video`, { range: 'bytes=0-99' }],
      [`http://${host}/learn/${slug}/tools/files/latt_01jzzzzzzzzzzzzzzzzzzzzzzz`, {}],
      [`http://${host}/learn/${slug}/tools/files/..%2F..%2Fetc`, {}],
      [`http://${host}/learn/${slug}/NOT_A_SLUG/video`, {}],
      [`http://${host}/learn/${slug}/welcome/files/${attachmentId}`, {}], // another lesson's file
      [`http://${otherHost}/learn/${slug}/welcome/video`, {}], // another tenant's site
    ] as const;
    for (const [url, headers] of refusals) {
      const res = await edge.fetch(url, { headers, redirect: 'manual' });
      expect(res.status, url).toBe(404);
      expect(res.headers.get('cache-control'), url).toContain('private');
      expect(await res.text(), url).not.toMatch(/ftypisom|%PDF/);
    }

    // A student of this site who is not enrolled in the course is refused too.
    const { cookie } = await enrolFree((await publishedCourse('Another course')).slug, uniqueEmail());
    expect((await asStudent(`http://${host}/learn/${slug}/tools/video`, cookie)).status).toBe(404);

    const preview = await edge.fetch(`http://${host}/learn/${slug}/welcome/video`, {
      headers: { range: 'bytes=0-11' },
    });
    expect(preview.status).toBe(206);
    expect(preview.headers.get('cache-control')).toBe('private, no-store');
    expect(await bytesOf(preview)).toEqual(video.slice(0, 12));
    const previewPage = await (await edge.fetch(`http://${host}/courses/${slug}/preview/welcome`)).text();
    expect(previewPage).toContain(`src="/learn/${slug}/welcome/video"`);
  });
});
