import type { SiteSnapshot } from '@mewayz/contracts';
import type { Child } from 'hono/jsx';
import { renderMarkdown } from '../markdown.ts';
import { type RenderedSitePage, renderSiteDocument, type SitePageOptions } from '../site-page.tsx';
import { courseCss } from './course-css.ts';
import { AttachmentList, LessonVideo, UploadedVideo, videoFrameOrigin } from './course-video.tsx';

/**
 * The student area of a site (`/learn…`): personal pages, rendered per request and never cached by
 * the edge. They take plain data (what core's learning service returns, reduced), not rows.
 */

export interface LearnLesson {
  slug: string;
  title: string;
  durationMinutes: number | null;
  done: boolean;
  open: boolean;
  unlocksAt: string | null;
}

export interface LearnCourse {
  slug: string;
  title: string;
  completed: number;
  total: number;
  next: LearnLesson | null;
  modules: { title: string; lessons: LearnLesson[] }[];
  /** The completion certificate's public id, once the student asked for it. */
  certificateId?: string | null;
}

const whenFormat = new Intl.DateTimeFormat('en', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

export function unlockLabel(at: string | null): string {
  return at ? `Opens ${whenFormat.format(new Date(at))} UTC` : 'Opens soon';
}

function percent(c: Pick<LearnCourse, 'completed' | 'total'>): number {
  return c.total === 0 ? 0 : Math.round((c.completed / c.total) * 100);
}

function Progress({ course }: { course: LearnCourse }) {
  const p = percent(course);
  return (
    <>
      {/* A native progress bar: the strict CSP allows no inline style attribute to set a width. */}
      <progress class="bar" value={course.completed} max={Math.max(1, course.total)} aria-label="Progress">
        {p}%
      </progress>
      <p class="progress">
        {course.completed} of {course.total} lessons complete ({p}%)
      </p>
    </>
  );
}

function SignOut() {
  return (
    <form method="post" action="/learn/sign-out">
      <button type="submit">Sign out</button>
    </form>
  );
}

function learnDocument(
  snapshot: SiteSnapshot,
  opts: SitePageOptions,
  title: string,
  main: Child,
  frameOrigins: string[] = [],
  media = false,
): Promise<RenderedSitePage> {
  return renderSiteDocument(snapshot, opts, {
    extraCss: courseCss,
    noindex: true,
    frameOrigins,
    media,
    page: {
      path: '/learn',
      title: `${title} — ${snapshot.profile.name}`,
      description: title,
      image: null,
      type: 'website',
    },
    main: () => <article class="crs">{main}</article>,
  });
}

/** "My courses": each with its progress and a link to continue where the student left off. */
export function renderLearnHome(
  snapshot: SiteSnapshot,
  opts: SitePageOptions,
  data: { email: string; courses: LearnCourse[] },
) {
  return learnDocument(
    snapshot,
    opts,
    'My courses',
    <>
      <h1>My courses</h1>
      <p>Signed in as {data.email}</p>
      {data.courses.length === 0 ? <p class="note">You have no courses on this site yet.</p> : null}
      {data.courses.map((c) => (
        <section class="note">
          <h2>
            <a href={`/learn/${c.slug}`}>{c.title}</a>
          </h2>
          <Progress course={c} />
          {c.next ? (
            <a class="cta" href={`/learn/${c.slug}/${c.next.slug}`}>
              {c.completed > 0 ? 'Continue' : 'Start'}: {c.next.title}
            </a>
          ) : c.total > 0 && c.completed === c.total ? (
            <p>Course complete — well done!</p>
          ) : null}
        </section>
      ))}
      <SignOut />
    </>,
  );
}

function Curriculum({ course }: { course: LearnCourse }) {
  return (
    <>
      {course.modules.map((m) => (
        <section>
          <h3>{m.title}</h3>
          <ul class="cur">
            {m.lessons.map((l) => (
              <li class={l.done ? 'done' : undefined}>
                {l.open ? <a href={`/learn/${course.slug}/${l.slug}`}>{l.title}</a> : <span>{l.title}</span>}
                <small>
                  {l.open
                    ? l.done
                      ? 'Complete'
                      : l.durationMinutes
                        ? `${l.durationMinutes} min`
                        : ''
                    : `🔒 ${unlockLabel(l.unlocksAt)}`}
                </small>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** One course of the student: progress, curriculum with what is done and when locked lessons open. */
export function renderLearnCourse(snapshot: SiteSnapshot, opts: SitePageOptions, course: LearnCourse) {
  return learnDocument(
    snapshot,
    opts,
    course.title,
    <>
      <p>
        <a href="/learn">← My courses</a>
      </p>
      <h1>{course.title}</h1>
      <Progress course={course} />
      {course.next ? (
        <a class="cta" href={`/learn/${course.slug}/${course.next.slug}`}>
          {course.completed > 0 ? 'Continue' : 'Start'}: {course.next.title}
        </a>
      ) : null}
      {course.total > 0 && course.completed === course.total ? <CertificateBox course={course} /> : null}
      <Curriculum course={course} />
    </>,
  );
}

/** A finished course: the certificate, or the form that issues it under the name the student wants. */
function CertificateBox({ course }: { course: LearnCourse }) {
  return (
    <section class="note">
      <h2>Course complete — well done!</h2>
      {course.certificateId ? (
        <a class="cta" href={`/certificates/${course.certificateId}`}>
          View your certificate
        </a>
      ) : (
        <form method="post" action={`/learn/${course.slug}/certificate`}>
          <label>
            Name on your certificate
            <input type="text" name="name" required maxlength={120} autocomplete="name" />
          </label>
          <button type="submit">Get my certificate</button>
        </form>
      )}
    </section>
  );
}

export interface LearnLessonPage {
  course: LearnCourse;
  lesson: {
    slug: string;
    title: string;
    content: string;
    videoUrl: string | null;
    video: { contentType: string } | null;
    attachments: { id: string; name: string; size: number }[];
    done: boolean;
  };
  prev: LearnLesson | null;
  next: LearnLesson | null;
  play: boolean;
}

/** A lesson: video (click to load), content in safe Markdown, "mark complete", previous and next. */
export function renderLearnLesson(snapshot: SiteSnapshot, opts: SitePageOptions, page: LearnLessonPage) {
  const { course, lesson, prev, next } = page;
  return learnDocument(
    snapshot,
    opts,
    lesson.title,
    <>
      <p>
        <a href={`/learn/${course.slug}`}>← {course.title}</a>
      </p>
      <h1>{lesson.title}</h1>
      <Progress course={course} />
      <UploadedVideo
        base={`/learn/${course.slug}/${lesson.slug}`}
        video={lesson.video}
        title={lesson.title}
      />
      <LessonVideo url={lesson.videoUrl} title={lesson.title} play={page.play} />
      <div class="les" dangerouslySetInnerHTML={{ __html: renderMarkdown(lesson.content) }} />
      <AttachmentList base={`/learn/${course.slug}/${lesson.slug}`} attachments={lesson.attachments} />
      {lesson.done ? (
        <p class="note">✓ You completed this lesson.</p>
      ) : (
        <form method="post" action={`/learn/${course.slug}/${lesson.slug}/complete`}>
          <button type="submit">Mark complete</button>
        </form>
      )}
      <div class="nav">
        {prev ? <a href={`/learn/${course.slug}/${prev.slug}`}>← {prev.title}</a> : <span />}
        {next ? (
          next.open ? (
            <a href={`/learn/${course.slug}/${next.slug}`}>{next.title} →</a>
          ) : (
            <span>
              🔒 {next.title}: {unlockLabel(next.unlocksAt)}
            </span>
          )
        ) : null}
      </div>
    </>,
    videoFrameOrigin(lesson.videoUrl, page.play),
    Boolean(lesson.video),
  );
}

/** A dripped lesson that is not open yet: when it opens. */
export function renderLearnLocked(
  snapshot: SiteSnapshot,
  opts: SitePageOptions,
  course: LearnCourse,
  lesson: LearnLesson,
) {
  return learnDocument(
    snapshot,
    opts,
    lesson.title,
    <>
      <p>
        <a href={`/learn/${course.slug}`}>← {course.title}</a>
      </p>
      <h1>{lesson.title}</h1>
      <p class="note">🔒 This lesson is not open yet. {unlockLabel(lesson.unlocksAt)}.</p>
    </>,
  );
}

/** The sign-in form (email → magic link), or the "check your email" answer after it. */
export function renderLearnSignIn(
  snapshot: SiteSnapshot,
  opts: SitePageOptions,
  data: { sent: boolean; next?: string },
) {
  return learnDocument(
    snapshot,
    opts,
    'Sign in to your courses',
    data.sent ? (
      <>
        <h1>Check your email</h1>
        <p>
          If that address has courses on this site, a sign-in link is on its way. It works once, within 30
          minutes.
        </p>
      </>
    ) : (
      <>
        <h1>Sign in to your courses</h1>
        <p>We email you a link; no password needed.</p>
        <form method="post" action="/learn/sign-in">
          <label>
            Your email
            <input type="email" name="email" required maxlength={254} autocomplete="email" />
          </label>
          {data.next ? <input type="hidden" name="next" value={data.next} /> : null}
          <div class="hp" aria-hidden="true">
            <label>
              Leave this field empty
              <input type="text" name="website" tabindex={-1} autocomplete="off" />
            </label>
          </div>
          <button type="submit">Email me a link</button>
        </form>
      </>
    ),
  );
}

/**
 * The page a magic link opens: one button that signs in. The link itself does nothing, so mail
 * scanners that fetch links cannot use it up before the student clicks.
 */
export function renderLearnConfirm(
  snapshot: SiteSnapshot,
  opts: SitePageOptions,
  data: { token: string; next?: string },
) {
  return learnDocument(
    snapshot,
    opts,
    'Sign in',
    <>
      <h1>Welcome back</h1>
      <form method="post" action="/learn/auth">
        <input type="hidden" name="token" value={data.token} />
        {data.next ? <input type="hidden" name="next" value={data.next} /> : null}
        <button type="submit">Sign in to your courses</button>
      </form>
    </>,
  );
}
