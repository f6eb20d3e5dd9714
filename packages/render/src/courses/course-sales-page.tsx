import type { CatalogCourse, SiteSnapshot } from '@mewayz/contracts';
import { clip } from '../head.tsx';
import { markdownPlainText, renderMarkdown } from '../markdown.ts';
import { type RenderedSitePage, renderSiteDocument, type SitePageOptions } from '../site-page.tsx';
import { courseCss } from './course-css.ts';
import { coursePath, coursePriceLabel, lessonsLabel, levelName } from './course-facts.ts';
import { AttachmentList, LessonVideo, UploadedVideo, videoFrameOrigin } from './course-video.tsx';

export { coursePriceLabel } from './course-facts.ts';

/** A published course of the snapshot by slug (a linear scan of at most 100 courses). */
export function snapshotCourse(snapshot: SiteSnapshot, slug: string): CatalogCourse | null {
  return snapshot.catalog?.courses?.find((c) => c.slug === slug) ?? null;
}

function totalMinutes(course: CatalogCourse): number {
  return course.modules.reduce((n, m) => n + m.lessons.reduce((k, l) => k + (l.durationMinutes ?? 0), 0), 0);
}

/**
 * A course's sales page (`/courses/<slug>`): what it is, its curriculum with free previews linked, and
 * the way in — an email form for a free course (a magic link follows), the Buy form for a paid one.
 * The same for every visitor, so it is cached like a product page.
 */
export async function renderCourseSalesPage(
  snapshot: SiteSnapshot,
  opts: SitePageOptions,
  slug: string,
): Promise<RenderedSitePage | null> {
  const course = snapshotCourse(snapshot, slug);
  if (!course) return null;
  const lessons = course.modules.flatMap((m) => m.lessons);
  const minutes = totalMinutes(course);
  const plain = markdownPlainText(course.description);
  return renderSiteDocument(snapshot, opts, {
    extraCss: courseCss,
    page: {
      path: coursePath(course),
      title: `${course.title} — ${snapshot.profile.name}`,
      description: clip(plain || `${course.title}, a course by ${snapshot.profile.name}`, 200),
      image: null,
      type: 'website',
    },
    main: () => (
      <article class="crs">
        <h1>{course.title}</h1>
        <div class="meta">
          <span>{levelName(course)}</span>
          {course.category ? <span>{course.category}</span> : null}
          <span>{lessonsLabel(lessons.length)}</span>
          {minutes > 0 ? <span>{minutes} min</span> : null}
        </div>
        <div class="price">{coursePriceLabel(course)}</div>
        {course.price === 0 ? (
          <form method="post" action={`/courses/${course.slug}/enroll`}>
            <label>
              Your email
              <input type="email" name="email" required maxlength={254} autocomplete="email" />
            </label>
            <div class="hp" aria-hidden="true">
              <label>
                Leave this field empty
                <input type="text" name="website" tabindex={-1} autocomplete="off" />
              </label>
            </div>
            <button type="submit">Enroll for free</button>
          </form>
        ) : (
          <form method="post" action="/checkout">
            <input type="hidden" name="course" value={course.id} />
            <button type="submit">Buy for {coursePriceLabel(course)}</button>
          </form>
        )}
        <p>
          Already enrolled? <a href="/learn/sign-in">Sign in to your courses</a>
        </p>
        {course.description ? (
          <div class="les" dangerouslySetInnerHTML={{ __html: renderMarkdown(course.description) }} />
        ) : null}
        <h2>Curriculum</h2>
        {course.modules.map((m) => (
          <section>
            <h3>{m.title}</h3>
            <ul class="cur">
              {m.lessons.map((l) => (
                <li>
                  {l.freePreview ? (
                    <a href={`/courses/${course.slug}/preview/${l.slug}`}>{l.title}</a>
                  ) : (
                    <span>{l.title}</span>
                  )}
                  <small>
                    {l.freePreview ? 'Free preview' : ''}
                    {l.freePreview && l.durationMinutes ? ' · ' : ''}
                    {l.durationMinutes ? `${l.durationMinutes} min` : ''}
                  </small>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </article>
    ),
  });
}

/** A free-preview lesson on the site, open to everyone (`/courses/<slug>/preview/<lesson>`). */
export async function renderCoursePreviewPage(
  snapshot: SiteSnapshot,
  opts: SitePageOptions,
  slug: string,
  lessonSlug: string,
  play: boolean,
): Promise<RenderedSitePage | null> {
  const course = snapshotCourse(snapshot, slug);
  const lesson = course?.modules
    .flatMap((m) => m.lessons)
    .find((l) => l.slug === lessonSlug && l.freePreview);
  if (!course || !lesson) return null;
  return renderSiteDocument(snapshot, opts, {
    extraCss: courseCss,
    frameOrigins: videoFrameOrigin(lesson.videoUrl, play),
    media: Boolean(lesson.video),
    page: {
      path: `/courses/${course.slug}/preview/${lesson.slug}`,
      title: `${lesson.title} — ${course.title}`,
      description: clip(markdownPlainText(lesson.content ?? '') || lesson.title, 200),
      image: null,
      type: 'website',
    },
    main: () => (
      <article class="crs">
        <p>
          <a href={`/courses/${course.slug}`}>← {course.title}</a> · Free preview
        </p>
        <h1>{lesson.title}</h1>
        <UploadedVideo
          base={`/learn/${course.slug}/${lesson.slug}`}
          video={lesson.video}
          title={lesson.title}
        />
        <LessonVideo url={lesson.videoUrl} title={lesson.title} play={play} />
        <div class="les" dangerouslySetInnerHTML={{ __html: renderMarkdown(lesson.content ?? '') }} />
        <AttachmentList base={`/learn/${course.slug}/${lesson.slug}`} attachments={lesson.attachments} />
        <a class="cta" href={`/courses/${course.slug}`}>
          Get the whole course · {coursePriceLabel(course)}
        </a>
      </article>
    ),
  });
}
