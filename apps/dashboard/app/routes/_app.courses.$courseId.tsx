import { courseLevels, MAX_LESSON_VIDEO_BYTES } from '@mewayz/contracts';
import { AppError, coursesService, NotFound } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data, redirect } from '@remix-run/cloudflare';
import { Link, useActionData, useFetcher, useLoaderData, useRouteLoaderData } from '@remix-run/react';
import { DragHandle } from '../components/block-row.tsx';
import { MoveButtons, useMoveFocus } from '../components/catalog/move-buttons.tsx';
import { CourseThumbnailForm } from '../components/courses/course-thumbnail.tsx';
import { LessonFiles } from '../components/courses/lesson-files.tsx';
import { SortableList } from '../components/sortable-list.tsx';
import {
  ActionForm,
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  cx,
  Field,
  PageHeader,
  Select,
  TextArea,
} from '../components/ui.tsx';
import { moveRequest } from '../lib/catalog/forms.ts';
import { imageSrc } from '../lib/catalog/pages.server.ts';
import {
  courseCurrencies,
  coursePriceText,
  optionalInt,
  optionalText,
  priceInputOf,
  readPrice,
} from '../lib/courses.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult, fail, withAppErrors } from '../lib/forms.server.ts';
import { chosenFile } from '../lib/media.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [
  { title: `${d?.course.title ?? 'Course'} · Courses · Mewayz` },
];

async function load({ request, context, params }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'commerce.view');
  const course = await coursesService.getCourse(depsOf(context), ctx.scope, params.courseId ?? '');
  return {
    course: {
      ...course,
      priceText: coursePriceText(course.price, course.currency),
      priceInput: priceInputOf(course.price, course.currency),
      thumbnailSrc: course.thumbnailKey ? imageSrc(course.thumbnailKey) : null,
    },
    currencies: courseCurrencies,
    canManage: ctx.can('commerce.manage'),
  };
}

const levelLabels: Record<string, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
  all: 'All levels',
};

type Result = {
  ok: boolean;
  intent: string;
  message: string;
  fieldErrors?: Record<string, string>;
  focus?: string;
  target?: string;
};

/**
 * The largest body the builder reads: a video at its cap and the form around it. Checked on the
 * declared length before anything is read, so an oversized upload costs no memory; a body sent
 * without a length is bounded by the platform's own request limit (100 MB).
 */
const MAX_BUILDER_BODY_BYTES = MAX_LESSON_VIDEO_BYTES + 64 * 1024;

/** The uploaded file of a form field, as core takes it (null when none was chosen). */
async function uploadOf(form: FormData, field: string) {
  const file = chosenFile(form.get(field));
  return file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
}

/** The builder's intents, one small handler each. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BUILDER_BODY_BYTES)
    return data<Result>(
      { ok: false, intent: 'upload', message: 'That file is too large: videos may be at most 50 MB.' },
      { status: 413 },
    );
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'commerce.manage');
  const courseId = params.courseId ?? '';
  const moduleId = String(form.get('moduleId') ?? '');
  const lessonId = String(form.get('lessonId') ?? '');
  const done = (message: string, extra: Partial<Result> = {}) =>
    data<Result>({ ok: true, intent, message, ...extra });
  const { scope, actor } = ctx;
  try {
    switch (intent) {
      case 'saveCourse': {
        const price = readPrice(form);
        if (!price.ok) return fail('Check the price.', price.fieldErrors, { intent });
        await coursesService.updateCourse(deps, scope, actor, courseId, {
          title: String(form.get('title') ?? ''),
          slug: String(form.get('slug') ?? ''),
          description: String(form.get('description') ?? ''),
          level: String(form.get('level') ?? 'all') as never,
          category: optionalText(form, 'category'),
          currency: price.currency,
          price: price.price,
        });
        return done('Course saved.');
      }
      case 'publish':
      case 'unpublish':
        await coursesService.updateCourse(deps, scope, actor, courseId, {
          status: intent === 'publish' ? 'published' : 'draft',
        });
        return done(
          intent === 'publish'
            ? 'Published: the sales page is live on your sites.'
            : 'Back to draft: the sales page is offline.',
        );
      case 'addModule':
        await coursesService.createModule(deps, scope, actor, courseId, {
          title: String(form.get('title') ?? ''),
        });
        return done('Module added.');
      case 'renameModule':
        await coursesService.updateModule(deps, scope, actor, courseId, moduleId, {
          title: String(form.get('title') ?? ''),
        });
        return done('Module renamed.', { target: moduleId });
      case 'moveModule': {
        const course = await coursesService.getCourse(deps, scope, courseId);
        if (!course.modules.some((m) => m.id === moduleId)) throw new NotFound('Module');
        const { dir, order, changed } = moveRequest(
          course.modules.map((m) => m.id),
          moduleId,
          form,
        );
        if (changed) await coursesService.reorderModules(deps, scope, actor, courseId, { moduleIds: order });
        return done('Module moved.', { focus: `module-${moduleId}-${dir}` });
      }
      case 'reorderModules':
        await coursesService.reorderModules(deps, scope, actor, courseId, {
          moduleIds: String(form.get('moduleIds') ?? '').split(','),
        });
        return done('Modules reordered.');
      case 'reorderLessons':
        await coursesService.reorderLessons(deps, scope, actor, courseId, moduleId, {
          lessonIds: String(form.get('lessonIds') ?? '').split(','),
        });
        return done('Lessons reordered.', { target: moduleId });
      case 'deleteModule':
        await coursesService.deleteModule(deps, scope, actor, courseId, moduleId);
        return done('Module and its lessons deleted.');
      case 'addLesson':
        await coursesService.createLesson(deps, scope, actor, courseId, {
          moduleId,
          title: String(form.get('title') ?? ''),
        });
        return done('Lesson added.', { target: moduleId });
      case 'saveLesson': {
        const dripKind = String(form.get('drip') ?? 'none');
        const dripDate = optionalText(form, 'dripAt');
        await coursesService.updateLesson(deps, scope, actor, courseId, lessonId, {
          title: String(form.get('title') ?? ''),
          content: String(form.get('content') ?? ''),
          videoUrl: optionalText(form, 'videoUrl'),
          durationMinutes: optionalInt(form, 'durationMinutes'),
          freePreview: form.get('freePreview') === 'on',
          dripDays: dripKind === 'days' ? optionalInt(form, 'dripDays') : null,
          // A date typed in the browser is a day: it opens at midnight UTC.
          dripAt: dripKind === 'date' && dripDate ? `${dripDate}T00:00:00Z` : null,
        });
        return done('Lesson saved.', { target: lessonId });
      }
      case 'moveLesson': {
        const course = await coursesService.getCourse(deps, scope, courseId);
        const mod = course.modules.find((m) => m.lessons.some((l) => l.id === lessonId));
        if (!mod) throw new NotFound('Lesson');
        const { dir, order, changed } = moveRequest(
          mod.lessons.map((l) => l.id),
          lessonId,
          form,
        );
        if (changed)
          await coursesService.reorderLessons(deps, scope, actor, courseId, mod.id, { lessonIds: order });
        return done('Lesson moved.', { focus: `lesson-${lessonId}-${dir}` });
      }
      case 'deleteLesson':
        await coursesService.deleteLesson(deps, scope, actor, courseId, lessonId);
        return done('Lesson deleted.');
      case 'uploadVideo': {
        const file = await uploadOf(form, 'video');
        if (!file)
          return fail('Choose a video file.', { video: 'Choose a video file.' }, {
            intent,
            target: lessonId,
          } as never);
        await coursesService.setLessonVideo(deps, scope, actor, courseId, lessonId, file);
        return done('Video uploaded.', { target: lessonId });
      }
      case 'removeVideo':
        await coursesService.removeLessonVideo(deps, scope, actor, courseId, lessonId);
        return done('Video removed.', { target: lessonId });
      case 'addAttachment': {
        const file = await uploadOf(form, 'file');
        if (!file)
          return fail('Choose a file.', { file: 'Choose a file.' }, { intent, target: lessonId } as never);
        await coursesService.addLessonAttachment(deps, scope, actor, courseId, lessonId, file);
        return done('File added.', { target: lessonId });
      }
      case 'deleteAttachment':
        await coursesService.deleteLessonAttachment(
          deps,
          scope,
          actor,
          courseId,
          lessonId,
          String(form.get('attachmentId') ?? ''),
        );
        return done('File deleted.', { target: lessonId });
      case 'uploadThumbnail': {
        const file = await uploadOf(form, 'thumbnail');
        if (!file) return fail('Choose an image.', { thumbnail: 'Choose an image.' }, { intent });
        await coursesService.setCourseThumbnail(deps, scope, actor, courseId, file);
        return done('Thumbnail uploaded.');
      }
      case 'removeThumbnail':
        await coursesService.removeCourseThumbnail(deps, scope, actor, courseId);
        return done('Thumbnail removed.');
      case 'deleteCourse':
        await coursesService.deleteCourse(deps, scope, actor, courseId);
        return redirect('/courses');
      default:
        throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    if (err instanceof Response) throw err;
    if (err instanceof AppError && err.status === 422 && lessonId)
      return appErrorToResult(err, { intent, target: lessonId } as never);
    return appErrorToResult(err, { intent });
  }
}

type Lesson = ReturnType<typeof useLoaderData<typeof loader>>['course']['modules'][number]['lessons'][number];

function LessonEditor({
  lesson,
  canManage,
  errors,
}: {
  lesson: Lesson;
  canManage: boolean;
  errors?: Record<string, string>;
}) {
  const drip = lesson.dripDays ? 'days' : lesson.dripAt ? 'date' : 'none';
  return (
    <details className="group rounded-lg ring-1 ring-slate-200" open={Boolean(errors)} data-testid="lesson">
      <summary className="flex cursor-pointer list-none flex-wrap items-center gap-2 px-3 py-2">
        <span className="min-w-0 flex-1 break-words font-medium text-slate-900">{lesson.title}</span>
        {lesson.freePreview ? <Badge tone="indigo">Free preview</Badge> : null}
        {lesson.dripDays ? <Badge tone="amber">Opens day {lesson.dripDays}</Badge> : null}
        {lesson.dripAt ? <Badge tone="amber">Opens {lesson.dripAt.slice(0, 10)}</Badge> : null}
        {lesson.durationMinutes ? (
          <span className="text-xs text-slate-600">{lesson.durationMinutes} min</span>
        ) : null}
        <span className="text-xs font-medium text-indigo-700 group-open:hidden">Edit</span>
      </summary>
      <ActionForm intent="saveLesson" className="grid gap-3 border-t border-slate-100 p-3 sm:grid-cols-2">
        <input type="hidden" name="lessonId" value={lesson.id} />
        <fieldset disabled={!canManage} className="contents">
          <Field
            label="Title"
            name="title"
            defaultValue={lesson.title}
            required
            maxLength={200}
            error={errors?.title}
            id={`t-${lesson.id}`}
          />
          <Field
            label="Video (YouTube or Vimeo link)"
            name="videoUrl"
            type="url"
            defaultValue={lesson.videoUrl ?? ''}
            error={errors?.videoUrl}
            id={`v-${lesson.id}`}
          />
          <TextArea
            label="Content (Markdown: **bold**, _italic_, lists, links)"
            name="content"
            rows={6}
            defaultValue={lesson.content}
            error={errors?.content}
            id={`c-${lesson.id}`}
            className="sm:col-span-2"
          />
          <Field
            label="Duration (minutes)"
            name="durationMinutes"
            type="number"
            min={0}
            max={10000}
            defaultValue={lesson.durationMinutes ?? ''}
            error={errors?.durationMinutes}
            id={`d-${lesson.id}`}
          />
          <Select label="Drip" name="drip" defaultValue={drip} id={`dk-${lesson.id}`}>
            <option value="none">Open at once</option>
            <option value="days">Days after enrolment</option>
            <option value="date">On a date</option>
          </Select>
          <Field
            label="Days after enrolment"
            name="dripDays"
            type="number"
            min={1}
            max={3650}
            defaultValue={lesson.dripDays ?? ''}
            error={errors?.dripDays}
            id={`dd-${lesson.id}`}
          />
          <Field
            label="Opens on (UTC)"
            name="dripAt"
            type="date"
            defaultValue={lesson.dripAt?.slice(0, 10) ?? ''}
            error={errors?.dripAt}
            id={`da-${lesson.id}`}
          />
          <Checkbox
            label="Free preview (anyone can watch it on the sales page)"
            name="freePreview"
            defaultChecked={lesson.freePreview}
            id={`fp-${lesson.id}`}
          />
          {canManage ? (
            <div className="sm:col-span-2">
              <Button type="submit" size="sm">
                Save lesson
              </Button>
            </div>
          ) : null}
        </fieldset>
      </ActionForm>
      <LessonFiles lesson={lesson} canManage={canManage} errors={errors} />
    </details>
  );
}

export default function CourseBuilder() {
  const { course, currencies, canManage } = useLoaderData<typeof loader>();
  const result = useActionData<Result & { fieldErrors?: Record<string, string> }>();
  useMoveFocus(result);
  const reorder = useFetcher({ key: 'reorder-curriculum' });
  const csrf = useRouteLoaderData<{ csrf: string }>('root')?.csrf ?? '';
  const modulesById = new Map(course.modules.map((m) => [m.id, m]));
  const courseErrors =
    result && !result.ok && (result.intent === 'saveCourse' || result.intent === 'publish')
      ? result.fieldErrors
      : undefined;
  return (
    <>
      <PageHeader
        title={course.title}
        description={`/courses/${course.slug} · ${course.lessonCount} ${course.lessonCount === 1 ? 'lesson' : 'lessons'} · ${course.priceText}`}
        actions={
          <>
            <Link
              to={`/courses/${course.id}/students`}
              className="inline-flex items-center rounded-lg px-3 py-2 text-sm font-semibold text-indigo-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
            >
              Students
            </Link>
            {canManage ? (
              // Keyed by status: a new button, not the old one fading between colours (contrast mid-transition).
              <ActionForm
                key={course.status}
                intent={course.status === 'published' ? 'unpublish' : 'publish'}
              >
                <Button type="submit" variant={course.status === 'published' ? 'secondary' : 'primary'}>
                  {course.status === 'published' ? 'Unpublish' : 'Publish'}
                </Button>
              </ActionForm>
            ) : null}
          </>
        }
      />
      <p className="mb-4 text-sm" aria-live="polite">
        {course.status === 'published' ? <Badge tone="green">Published</Badge> : <Badge>Draft</Badge>}
      </p>
      {result?.message ? (
        <div className="mb-6" role="status">
          <Alert tone={result.ok ? 'success' : 'error'}>{result.message}</Alert>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Card title="Course">
          <ActionForm intent="saveCourse" className="grid gap-3">
            <fieldset disabled={!canManage} className="contents">
              <Field
                label="Title"
                name="title"
                defaultValue={course.title}
                required
                maxLength={200}
                error={courseErrors?.title}
              />
              <Field
                label="Address"
                name="slug"
                defaultValue={course.slug}
                required
                maxLength={100}
                error={courseErrors?.slug}
                hint="Your site shows it at /courses/<address>."
              />
              <TextArea
                label="Description (Markdown)"
                name="description"
                rows={5}
                defaultValue={course.description}
                error={courseErrors?.description}
              />
              <div className="grid grid-cols-2 gap-3">
                <Select label="Level" name="level" defaultValue={course.level}>
                  {courseLevels.map((l) => (
                    <option key={l} value={l}>
                      {levelLabels[l]}
                    </option>
                  ))}
                </Select>
                <Field
                  label="Category"
                  name="category"
                  defaultValue={course.category ?? ''}
                  maxLength={80}
                  error={courseErrors?.category}
                />
                <Field
                  label="Price (empty: free)"
                  name="price"
                  inputMode="decimal"
                  defaultValue={course.priceInput}
                  error={courseErrors?.price}
                />
                <Select label="Currency" name="currency" defaultValue={course.currency}>
                  {currencies.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </Select>
              </div>
              {canManage ? (
                <div className="flex flex-wrap gap-3">
                  <Button type="submit">Save course</Button>
                </div>
              ) : null}
            </fieldset>
          </ActionForm>
          <CourseThumbnailForm
            src={course.thumbnailSrc}
            hasThumbnail={course.thumbnailKey !== null}
            canManage={canManage}
            error={
              result && !result.ok && result.intent === 'uploadThumbnail'
                ? result.fieldErrors?.thumbnail
                : undefined
            }
          />
          {canManage ? (
            <ActionForm intent="deleteCourse" className="mt-6 border-t border-slate-100 pt-4">
              <Button type="submit" variant="danger" size="sm">
                Delete course
              </Button>
            </ActionForm>
          ) : null}
        </Card>
        <Card
          title="Curriculum"
          description="Modules in order, each with its lessons. Drag a row by its grip, press Alt+Arrow Up or Down on the grip, or use the arrow buttons."
        >
          <SortableList
            className="flex flex-col gap-5"
            aria-label="Modules"
            ids={course.modules.map((m) => m.id)}
            enabled={canManage}
            labelOf={(id) => `Module ${modulesById.get(id)?.title ?? ''}`}
            handleIdOf={(id) => `grip-${id}`}
            commit={(next) =>
              reorder.submit(
                { _csrf: csrf, _intent: 'reorderModules', moduleIds: next.join(',') },
                { method: 'post' },
              )
            }
            renderItem={({ id, index: mi, count, sortable, step }) => {
              const m = modulesById.get(id)!;
              return (
                <li
                  key={m.id}
                  ref={sortable?.setNodeRef}
                  style={sortable?.style}
                  className={cx(
                    'rounded-xl bg-slate-50 p-3 ring-1 ring-slate-200',
                    sortable?.isDragging && 'relative z-10 shadow-lg ring-2 ring-indigo-400',
                  )}
                  data-testid="module"
                >
                  <div className="flex flex-wrap items-end gap-2">
                    {canManage ? (
                      <DragHandle
                        id={`grip-${m.id}`}
                        label={`Reorder module ${m.title} (position ${mi + 1} of ${count}). Drag, or press Alt+Arrow Up or Down.`}
                        sortable={sortable}
                        onStep={step}
                      />
                    ) : null}
                    <ActionForm
                      intent="renameModule"
                      className="flex min-w-0 flex-1 basis-48 items-end gap-2"
                    >
                      <input type="hidden" name="moduleId" value={m.id} />
                      <Field
                        label={`Module ${mi + 1}`}
                        name="title"
                        defaultValue={m.title}
                        required
                        maxLength={200}
                        id={`m-${m.id}`}
                        className="min-w-0 flex-1"
                        disabled={!canManage}
                      />
                      {canManage ? (
                        <Button type="submit" variant="secondary" size="sm">
                          Rename
                        </Button>
                      ) : null}
                    </ActionForm>
                    {canManage ? (
                      <>
                        <MoveButtons
                          intent="moveModule"
                          idField="moduleId"
                          id={m.id}
                          name={`module ${m.title}`}
                          index={mi}
                          count={count}
                        />
                        <ActionForm intent="deleteModule">
                          <input type="hidden" name="moduleId" value={m.id} />
                          <Button
                            type="submit"
                            variant="danger"
                            size="sm"
                            aria-label={`Delete module ${m.title}`}
                          >
                            Delete
                          </Button>
                        </ActionForm>
                      </>
                    ) : null}
                  </div>
                  <SortableList
                    className="mt-3 flex flex-col gap-2"
                    aria-label={`Lessons of ${m.title}`}
                    ids={m.lessons.map((l) => l.id)}
                    enabled={canManage}
                    labelOf={(lid) => `Lesson ${m.lessons.find((l) => l.id === lid)?.title ?? ''}`}
                    handleIdOf={(lid) => `grip-${lid}`}
                    commit={(next) =>
                      reorder.submit(
                        { _csrf: csrf, _intent: 'reorderLessons', moduleId: m.id, lessonIds: next.join(',') },
                        { method: 'post' },
                      )
                    }
                    renderItem={({
                      id: lid,
                      index: li,
                      count: lessonCount,
                      sortable: lessonSortable,
                      step: lessonStep,
                    }) => {
                      const l = m.lessons.find((x) => x.id === lid)!;
                      return (
                        <li
                          key={l.id}
                          ref={lessonSortable?.setNodeRef}
                          style={lessonSortable?.style}
                          className={cx(
                            // On phones the grip sits beside the lesson and its buttons go under it.
                            'grid grid-cols-[auto_minmax(0,1fr)] items-start gap-2 rounded-lg bg-white sm:flex',
                            lessonSortable?.isDragging && 'relative z-10 shadow-lg ring-2 ring-indigo-400',
                          )}
                        >
                          {canManage ? (
                            <DragHandle
                              id={`grip-${l.id}`}
                              label={`Reorder lesson ${l.title} (position ${li + 1} of ${lessonCount}). Drag, or press Alt+Arrow Up or Down.`}
                              sortable={lessonSortable}
                              onStep={lessonStep}
                            />
                          ) : null}
                          <div className="min-w-0 flex-1">
                            <LessonEditor
                              lesson={l}
                              canManage={canManage}
                              errors={
                                result && !result.ok && result.target === l.id
                                  ? result.fieldErrors
                                  : undefined
                              }
                            />
                          </div>
                          {canManage ? (
                            <div className="col-start-2 flex gap-1 sm:pt-1">
                              <MoveButtons
                                intent="moveLesson"
                                idField="lessonId"
                                id={l.id}
                                name={`lesson ${l.title}`}
                                index={li}
                                count={lessonCount}
                              />
                              <ActionForm intent="deleteLesson">
                                <input type="hidden" name="lessonId" value={l.id} />
                                <Button
                                  type="submit"
                                  variant="ghost"
                                  size="sm"
                                  aria-label={`Delete lesson ${l.title}`}
                                >
                                  ✕
                                </Button>
                              </ActionForm>
                            </div>
                          ) : null}
                        </li>
                      );
                    }}
                  />
                  {canManage ? (
                    <ActionForm
                      intent="addLesson"
                      resetOnSuccess
                      className="mt-3 flex flex-wrap items-end gap-2"
                    >
                      <input type="hidden" name="moduleId" value={m.id} />
                      <Field
                        label="New lesson"
                        name="title"
                        required
                        maxLength={200}
                        id={`nl-${m.id}`}
                        className="min-w-0 flex-1 basis-48"
                      />
                      <Button type="submit" variant="secondary" size="sm">
                        Add lesson
                      </Button>
                    </ActionForm>
                  ) : null}
                </li>
              );
            }}
          />
          {canManage ? (
            <ActionForm intent="addModule" resetOnSuccess className="mt-5 flex flex-wrap items-end gap-2">
              <Field
                label="New module"
                name="title"
                required
                maxLength={200}
                id="new-module"
                className="min-w-0 flex-1 basis-48"
              />
              <Button type="submit">Add module</Button>
            </ActionForm>
          ) : null}
        </Card>
      </div>
    </>
  );
}

/** Another workspace's course (or none) is the 404 page. */
export const loader = withAppErrors(load);
