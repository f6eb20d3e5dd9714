import {
  type CoreDeps,
  coursesService,
  publicOrigin,
  RateLimited,
  scopeOfSnapshot,
  withRequestLog,
} from '@mewayz/core';
import {
  type LearnCourse,
  renderCertificatePage,
  renderCoursePreviewPage,
  renderCourseSalesPage,
  renderLearnConfirm,
  renderLearnCourse,
  renderLearnHome,
  renderLearnLesson,
  renderLearnLocked,
  renderLearnSignIn,
  type SitePageOptions,
  snapshotCourse,
} from '@mewayz/render';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { ipBucket } from '../api/middleware/rate-limit.ts';
import { type EdgeHono, type EdgeRequest, edgeRequestOf } from '../platform/hono-env.ts';
import { siteNotFound } from './content-routes.ts';
import { htmlResponse, notFoundResponse } from './html-response.ts';
import { lessonFileRoute } from './lesson-file-route.ts';
import { canonicalOriginOf, checkoutOriginOf, type LiveSite, serveSitePage, siteOf } from './live-site.ts';
import { formErrorResponse, readSiteForm } from './site-forms.ts';

/**
 * Courses on the site host. `/courses/<slug>` (the sales page) and its free previews come from the
 * published snapshot and are cached like product pages. Everything under `/learn` is one student's:
 * rendered per request from the database, sent `private, no-store` and never put in the edge cache.
 */

const { studentCookie, studentSessionTtlSeconds } = coursesService;
const privateHeaders = { 'cache-control': 'private, no-store', vary: 'cookie' };
const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;

const emailForm = z.object({
  email: z.email().max(254),
  website: z.string().max(200).optional(),
  next: z.string().max(300).optional(),
});

function pageOptions(r: EdgeRequest, site: LiveSite): SitePageOptions {
  return {
    now: r.deps.now(),
    origin: publicOrigin(r.deps.config, r.host),
    canonicalOrigin: canonicalOriginOf(r, site.snapshot),
    // Personal pages skip the age gate's cookie: reaching them took an emailed link already.
    ageConfirmed: true,
    checkoutOrigin: checkoutOriginOf(r.deps.vars),
  };
}

async function privatePage(page: Promise<{ html: string; csp: string }>, status = 200): Promise<Response> {
  const { html, csp } = await page;
  return htmlResponse(html, csp, status, privateHeaders);
}

function redirect(location: string): Response {
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
}

/** The signed-in student of this host's site, or null (a cookie of another site never counts). */
async function studentOf(r: EdgeRequest, site: LiveSite, cookie: string | undefined) {
  const student = await coursesService.studentOfSession(r.deps, r.host, cookie);
  return student && student.orgId === site.snapshot.organizationId ? student : null;
}

function learnCourseOf(sc: coursesService.StudentCourse): LearnCourse {
  return {
    slug: sc.course.slug,
    title: sc.course.title,
    completed: sc.completed,
    total: sc.total,
    next: sc.next,
    modules: sc.modules,
    certificateId: sc.enrollment.certificateId,
  };
}

/** Only paths of the student area may follow a sign-in. */
function safeNext(next: string | undefined): string | undefined {
  return next && /^\/learn(\/[a-z0-9-]{1,100}){0,2}$/.test(next) ? next : undefined;
}

async function sendLink(
  r: EdgeRequest,
  site: LiveSite,
  email: string,
  next?: string,
): Promise<Response | null> {
  const deps = withRequestLog(r.deps, { request_id: r.requestId });
  const cf = r.raw.headers.get('cf-connecting-ip');
  try {
    await coursesService.countMagicLinkRequest(deps, site.snapshot.siteId, email, cf ? ipBucket(cf) : null);
  } catch (err) {
    if (!(err instanceof RateLimited)) throw err;
    const res = formErrorResponse(429, 'Too many sign-in links were asked for', 'Please try again later.');
    res.headers.set('retry-after', String(err.retryAfterSeconds));
    return res;
  }
  await coursesService.sendMagicLink(
    deps as CoreDeps & { mailer: typeof deps.mailer },
    scopeOfSnapshot(r.deps, site.snapshot),
    {
      host: r.host,
      origin: publicOrigin(r.deps.config, r.host),
      email,
      siteName: site.snapshot.profile.name,
      next,
    },
  );
  return null;
}

export const courseRoutes = new Hono<EdgeHono>()
  .get('/courses/:slug', async (c) => {
    const r = edgeRequestOf(c);
    const site = await siteOf(r);
    if (!site) return notFoundResponse();
    const slug = c.req.param('slug');
    const course = snapshotCourse(site.snapshot, slug);
    if (!course) return siteNotFound(r, site);
    return serveSitePage(
      r,
      site,
      `course|${slug}`,
      (opts) => renderCourseSalesPage(site.snapshot, opts, slug),
      {
        viewOf: course.id,
      },
    );
  })
  .get('/courses/:slug/preview/:lesson', async (c) => {
    const r = edgeRequestOf(c);
    const site = await siteOf(r);
    if (!site) return notFoundResponse();
    const slug = c.req.param('slug');
    const lessonSlug = c.req.param('lesson');
    const lesson = snapshotCourse(site.snapshot, slug)
      ?.modules.flatMap((m) => m.lessons)
      .find((l) => l.slug === lessonSlug && l.freePreview);
    if (!lesson) return siteNotFound(r, site);
    const play = r.url.searchParams.get('play') === '1';
    return serveSitePage(r, site, `preview|${slug}|${lessonSlug}|${play ? 1 : ''}`, (opts) =>
      renderCoursePreviewPage(site.snapshot, opts, slug, lessonSlug, play),
    );
  })
  .post('/courses/:slug/enroll', async (c) => {
    const r = edgeRequestOf(c);
    const site = await siteOf(r);
    if (!site) return notFoundResponse();
    const slug = c.req.param('slug');
    const course = snapshotCourse(site.snapshot, slug);
    if (course?.price !== 0) return siteNotFound(r, site);
    const fields = await readSiteForm(r.raw);
    if (fields instanceof Response) return fields;
    const form = emailForm.safeParse(fields);
    if (!form.success)
      return formErrorResponse(422, 'That email address does not look right', undefined, `/courses/${slug}`);
    const sent = () => privatePage(renderLearnSignIn(site.snapshot, pageOptions(r, site), { sent: true }));
    // A filled honeypot is a bot: answered like a person, nothing done.
    if (form.data.website) return sent();
    const email = form.data.email.toLowerCase();
    await coursesService.enrollFree(scopeOfSnapshot(r.deps, site.snapshot), slug, email);
    return (await sendLink(r, site, email, `/learn/${slug}`)) ?? sent();
  })
  .get('/learn/sign-in', async (c) => {
    const r = edgeRequestOf(c);
    const site = await siteOf(r);
    if (!site) return notFoundResponse();
    const next = safeNext(r.url.searchParams.get('next') ?? undefined);
    return privatePage(renderLearnSignIn(site.snapshot, pageOptions(r, site), { sent: false, next }));
  })
  .post('/learn/sign-in', async (c) => {
    const r = edgeRequestOf(c);
    const site = await siteOf(r);
    if (!site) return notFoundResponse();
    const fields = await readSiteForm(r.raw);
    if (fields instanceof Response) return fields;
    const form = emailForm.safeParse(fields);
    if (!form.success)
      return formErrorResponse(422, 'That email address does not look right', undefined, '/learn/sign-in');
    if (!form.data.website) {
      const refused = await sendLink(r, site, form.data.email.toLowerCase(), safeNext(form.data.next));
      if (refused) return refused;
    }
    // The same answer whether or not the address studies here.
    return privatePage(renderLearnSignIn(site.snapshot, pageOptions(r, site), { sent: true }));
  })
  .get('/learn/auth', async (c) => {
    const r = edgeRequestOf(c);
    const site = await siteOf(r);
    if (!site) return notFoundResponse();
    const token = r.url.searchParams.get('token') ?? '';
    if (!/^[A-Za-z0-9_-]{43}$/.test(token))
      return formErrorResponse(400, 'This sign-in link is not valid', undefined, '/learn/sign-in');
    const res = await privatePage(
      renderLearnConfirm(site.snapshot, pageOptions(r, site), {
        token,
        next: safeNext(r.url.searchParams.get('next') ?? undefined),
      }),
    );
    // The token is in this page's URL: no other origin may learn it through the Referer.
    res.headers.set('referrer-policy', 'no-referrer');
    return res;
  })
  .post('/learn/auth', async (c) => {
    const r = edgeRequestOf(c);
    const site = await siteOf(r);
    if (!site) return notFoundResponse();
    const fields = await readSiteForm(r.raw);
    if (fields instanceof Response) return fields;
    const token = typeof fields.token === 'string' ? fields.token : '';
    const redeemed = await coursesService.redeemMagicLink(r.deps, r.host, token);
    if (!redeemed || redeemed.student.orgId !== site.snapshot.organizationId)
      return formErrorResponse(
        400,
        'This sign-in link has expired or was already used',
        'Ask for a new one: links work once, within 30 minutes.',
        '/learn/sign-in',
      );
    // Host-only (no Domain attribute): the cookie goes back to this site's host alone.
    setCookie(c, studentCookie, redeemed.sessionToken, {
      path: '/',
      httpOnly: true,
      sameSite: 'Lax',
      secure: r.deps.config.publicScheme === 'https',
      maxAge: studentSessionTtlSeconds,
    });
    c.header('cache-control', 'no-store');
    return c.redirect(safeNext(typeof fields.next === 'string' ? fields.next : undefined) ?? '/learn', 303);
  })
  .post('/learn/sign-out', async (c) => {
    const r = edgeRequestOf(c);
    await coursesService.endStudentSession(r.deps, getCookie(c, studentCookie));
    deleteCookie(c, studentCookie, { path: '/', secure: r.deps.config.publicScheme === 'https' });
    c.header('cache-control', 'no-store');
    return c.redirect('/learn/sign-in', 303);
  })
  .get('/learn', async (c) => {
    const r = edgeRequestOf(c);
    const site = await siteOf(r);
    if (!site) return notFoundResponse();
    const student = await studentOf(r, site, getCookie(c, studentCookie));
    if (!student) return redirect('/learn/sign-in');
    const list = await coursesService.studentCourses(
      scopeOfSnapshot(r.deps, site.snapshot),
      student.email,
      r.deps.now(),
    );
    return privatePage(
      renderLearnHome(site.snapshot, pageOptions(r, site), {
        email: student.email,
        courses: list.map(learnCourseOf),
      }),
    );
  })
  .get('/learn/:course', async (c) => {
    const r = edgeRequestOf(c);
    const site = await siteOf(r);
    if (!site) return notFoundResponse();
    const slug = c.req.param('course');
    const student = await studentOf(r, site, getCookie(c, studentCookie));
    if (!student) return redirect(`/learn/sign-in${slugPattern.test(slug) ? `?next=/learn/${slug}` : ''}`);
    const sc = slugPattern.test(slug)
      ? await coursesService.studentCourse(
          scopeOfSnapshot(r.deps, site.snapshot),
          student.email,
          slug,
          r.deps.now(),
        )
      : null;
    if (!sc) return notEnrolled(r, site);
    return privatePage(renderLearnCourse(site.snapshot, pageOptions(r, site), learnCourseOf(sc)));
  })
  .get('/learn/:course/:lesson/video', (c) => lessonFileRoute(c))
  .get('/learn/:course/:lesson/files/:file', (c) => lessonFileRoute(c, c.req.param('file')))
  .get('/learn/:course/:lesson', async (c) => {
    const r = edgeRequestOf(c);
    const site = await siteOf(r);
    if (!site) return notFoundResponse();
    const slug = c.req.param('course');
    const lessonSlug = c.req.param('lesson');
    const student = await studentOf(r, site, getCookie(c, studentCookie));
    const valid = slugPattern.test(slug) && slugPattern.test(lessonSlug);
    if (!student) return redirect(`/learn/sign-in${valid ? `?next=/learn/${slug}/${lessonSlug}` : ''}`);
    const page = valid
      ? await coursesService.studentLesson(
          scopeOfSnapshot(r.deps, site.snapshot),
          student.email,
          slug,
          lessonSlug,
          r.deps.now(),
        )
      : null;
    if (!page) return notEnrolled(r, site);
    const opts = pageOptions(r, site);
    if (page.kind === 'locked')
      return privatePage(renderLearnLocked(site.snapshot, opts, learnCourseOf(page.sc), page.lesson));
    return privatePage(
      renderLearnLesson(site.snapshot, opts, {
        course: learnCourseOf(page.sc),
        lesson: {
          slug: page.lesson.slug,
          title: page.lesson.title,
          content: page.lesson.content,
          videoUrl: page.lesson.videoUrl,
          video: page.lesson.videoType ? { contentType: page.lesson.videoType } : null,
          attachments: page.attachments.map((a) => ({ id: a.id, name: a.name, size: a.size })),
          done: page.done,
        },
        prev: page.prev,
        next: page.next,
        play: r.url.searchParams.get('play') === '1',
      }),
    );
  })
  .post('/learn/:course/certificate', async (c) => {
    const r = edgeRequestOf(c);
    const site = await siteOf(r);
    if (!site) return notFoundResponse();
    const slug = c.req.param('course');
    const student = await studentOf(r, site, getCookie(c, studentCookie));
    if (!student) return redirect('/learn/sign-in');
    const fields = await readSiteForm(r.raw);
    if (fields instanceof Response) return fields;
    const id = slugPattern.test(slug)
      ? await coursesService.issueCertificate(
          scopeOfSnapshot(r.deps, site.snapshot),
          student.email,
          slug,
          typeof fields.name === 'string' ? fields.name : '',
          r.deps.now(),
        )
      : null;
    if (!id)
      return formErrorResponse(
        422,
        'No certificate yet',
        'Finish every lesson, then enter the name for your certificate (up to 120 characters).',
        '/learn',
      );
    return redirect(`/certificates/${id}`);
  })
  .get('/certificates/:id', async (c) => {
    const r = edgeRequestOf(c);
    const site = await siteOf(r);
    if (!site) return notFoundResponse();
    const cert = await coursesService.certificateOf(
      scopeOfSnapshot(r.deps, site.snapshot),
      c.req.param('id'),
    );
    if (!cert) return siteNotFound(r, site);
    // Public proof, but revocable (a refund): always asked afresh, never kept by a cache.
    const { html, csp } = await renderCertificatePage(site.snapshot, pageOptions(r, site), cert);
    return htmlResponse(html, csp, 200, { 'cache-control': 'no-store' });
  })
  .post('/learn/:course/:lesson/complete', async (c) => {
    const r = edgeRequestOf(c);
    const site = await siteOf(r);
    if (!site) return notFoundResponse();
    const slug = c.req.param('course');
    const lessonSlug = c.req.param('lesson');
    const student = await studentOf(r, site, getCookie(c, studentCookie));
    if (!student) return redirect('/learn/sign-in');
    if (!slugPattern.test(slug) || !slugPattern.test(lessonSlug)) return notEnrolled(r, site);
    const after = await coursesService.completeLesson(
      scopeOfSnapshot(r.deps, site.snapshot),
      student.email,
      slug,
      lessonSlug,
      r.deps.now(),
    );
    if (!after) return notEnrolled(r, site);
    return redirect(after.next ? `/learn/${slug}/${after.next.slug}` : `/learn/${slug}`);
  });

/** A course or lesson this student cannot see (not enrolled, revoked, no such lesson): private 404. */
function notEnrolled(_r: EdgeRequest, _site: LiveSite): Response {
  return formErrorResponse(
    404,
    'This course is not in your courses',
    'If you bought it, sign in with the email you used.',
    '/learn',
  );
}
