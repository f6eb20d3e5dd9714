import type { CatalogCourse } from '@mewayz/contracts';
import { clip } from '../head.tsx';
import { markdownPlainText } from '../markdown.ts';
import { isServedMediaKey } from '../media-keys.ts';
import { fixedSrcset } from '../responsive-image.ts';
import { coursePath, coursePriceLabel, lessonCount, lessonsLabel, levelName } from './course-facts.ts';

/** The course's thumbnail when the site serves it, else a tile with the title's first letter. */
function CourseThumbnail({ course, origin }: { course: CatalogCourse; origin: string }) {
  const key = course.thumbnailKey;
  if (typeof key === 'string' && isServedMediaKey(key))
    return (
      <img
        src={`${origin}/media/${key}`}
        {...fixedSrcset(`${origin}/media/${key}`, 96)}
        width={96}
        height={96}
        alt=""
        loading="lazy"
        decoding="async"
      />
    );
  return (
    <span class="ckp" aria-hidden="true">
      {Array.from(course.title.trim())[0] ?? ''}
    </span>
  );
}

/**
 * One published course on a bio page: thumbnail, title, the start of its description, level, lesson
 * count and price, all one link to its sales page (where the visitor enrolls or buys).
 */
export function CourseCard({ course, origin }: { course: CatalogCourse; origin: string }) {
  const summary = clip(markdownPlainText(course.description), 110);
  return (
    <a class="ck" href={coursePath(course)}>
      <CourseThumbnail course={course} origin={origin} />
      <span class="ckb">
        <span class="ckt">{course.title}</span>
        {summary ? <span class="ckd">{summary}</span> : null}
        <span class="ckm">
          {levelName(course)} · {lessonsLabel(lessonCount(course))}
        </span>
        <span class="ckr">{coursePriceLabel(course)}</span>
      </span>
    </a>
  );
}

/**
 * Styles of course cards, on bio pages (and page sections showing the bio) with a course block;
 * written against the theme's custom properties like site-css.ts.
 */
export const courseCardCss =
  '.cks{margin:0;padding:0;list-style:none;display:grid;gap:14px}' +
  '.ck{display:flex;gap:14px;padding:12px;background:var(--sf);color:var(--tx);border:2px solid var(--ln);border-radius:var(--rc);text-decoration:none}' +
  '.ck:hover{border-color:var(--ac)}' +
  '.ck img,.ckp{display:block;width:96px;height:96px;border-radius:calc(var(--rc)/2);object-fit:cover;flex:none}' +
  '.ckp{display:grid;place-items:center;background:var(--ac);color:var(--oa);font-size:2rem;font-weight:700}' +
  '.ckb{display:flex;flex-direction:column;gap:3px;min-width:0}' +
  '.ckt{font-weight:600;line-height:1.3}' +
  '.ckd,.ckm{color:var(--mu);font-size:.9rem;line-height:1.4}' +
  '.ckr{font-weight:600}';
