import { coursesService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import {
  ActionForm,
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  Field,
  PageHeader,
  Pagination,
} from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { type ActionFailure, appErrorToResult, withAppErrors } from '../lib/forms.server.ts';
import { pageOf } from '../lib/paging.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [
  { title: `Students · ${d?.course.title ?? 'Course'} · Mewayz` },
];

async function load({ request, context, params }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'commerce.view');
  const deps = depsOf(context);
  const courseId = params.courseId ?? '';
  const course = await coursesService.getCourse(deps, ctx.scope, courseId);
  const paging = pageOf(request);
  const [page, completion] = await Promise.all([
    coursesService.listEnrollments(
      deps,
      ctx.scope,
      { courseId },
      { page: paging.page, perPage: paging.perPage },
    ),
    coursesService.lessonCompletion(deps, ctx.scope, courseId),
  ]);
  return {
    course: { id: course.id, title: course.title },
    paging,
    total: page.total,
    students: page.items,
    completion,
    canManage: ctx.can('commerce.manage'),
  };
}

type Done = { ok: true; intent: string; message: string };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'commerce.manage');
  const courseId = params.courseId ?? '';
  try {
    if (intent === 'enroll') {
      const e = await coursesService.createEnrollment(deps, ctx.scope, ctx.actor, {
        courseId,
        email: String(form.get('email') ?? ''),
      });
      return data<Done>({
        ok: true,
        intent,
        message: `${e.email} is enrolled. They sign in on your site with an emailed link.`,
      });
    }
    if (intent === 'revoke') {
      const e = await coursesService.revokeEnrollment(
        deps,
        ctx.scope,
        ctx.actor,
        String(form.get('enrollmentId') ?? ''),
      );
      if (e.courseId !== courseId) throw new Response('Not found.', { status: 404 });
      return data<Done>({ ok: true, intent, message: `${e.email} no longer has access.` });
    }
    throw new Response('Unknown action.', { status: 400 });
  } catch (err) {
    if (err instanceof Response) throw err;
    return appErrorToResult(err, { intent });
  }
}

const sourceLabels: Record<string, string> = {
  free: 'Free sign-up',
  order: 'Bought',
  manual: 'Added by hand',
};

export default function Students() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<Done | ActionFailure>();
  const max = Math.max(1, d.completion.students);
  return (
    <>
      <PageHeader
        title="Students"
        description={
          <>
            <Link to={`/courses/${d.course.id}`} className="text-indigo-700 hover:underline">
              {d.course.title}
            </Link>{' '}
            · {d.total} {d.total === 1 ? 'student' : 'students'}
          </>
        }
        actions={
          <a
            href={`/courses/${d.course.id}/students.csv`}
            className="inline-flex items-center rounded-lg bg-white px-3 py-2 text-sm font-semibold text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
            download
          >
            Export CSV
          </a>
        }
      />
      {result?.message ? (
        <div className="mb-6" role="status">
          <Alert tone={result.ok ? 'success' : 'error'}>{result.message}</Alert>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card title="Enrolled">
          {d.canManage ? (
            <ActionForm intent="enroll" resetOnSuccess className="mb-4 flex flex-wrap items-end gap-2">
              <Field
                label="Enroll by email"
                name="email"
                type="email"
                required
                maxLength={254}
                className="min-w-0 flex-1 basis-56"
                error={result && !result.ok ? result.fieldErrors?.email : undefined}
              />
              <Button type="submit">Enroll</Button>
            </ActionForm>
          ) : null}
          {d.students.length === 0 ? (
            <EmptyState title="No students yet">
              Share the course’s sales page, or enroll someone by email.
            </EmptyState>
          ) : (
            <ul className="-my-3 divide-y divide-slate-100" aria-label="Students">
              {d.students.map((s) => {
                const pct = s.totalLessons ? Math.round((s.completedLessons / s.totalLessons) * 100) : 0;
                return (
                  <li
                    key={s.id}
                    className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3"
                    data-testid="student-row"
                  >
                    <div className="min-w-0 flex-1 basis-48">
                      <p className="font-medium break-all text-slate-900">{s.email}</p>
                      <p className="text-xs text-slate-600">
                        {sourceLabels[s.source]} · {s.createdAt.slice(0, 10)}
                      </p>
                    </div>
                    <div className="w-40">
                      <div className="h-2 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
                        <div className="h-full bg-indigo-600" style={{ width: `${pct}%` }} />
                      </div>
                      <p className="mt-1 text-xs tabular-nums text-slate-700">
                        {s.completedLessons} of {s.totalLessons} lessons ({pct}%)
                      </p>
                    </div>
                    {s.status === 'active' ? (
                      <Badge tone="green">Active</Badge>
                    ) : (
                      <Badge tone="red">Revoked</Badge>
                    )}
                    {d.canManage && s.status === 'active' ? (
                      <ActionForm intent="revoke">
                        <input type="hidden" name="enrollmentId" value={s.id} />
                        <Button
                          type="submit"
                          variant="danger"
                          size="sm"
                          aria-label={`Revoke access of ${s.email}`}
                        >
                          Revoke
                        </Button>
                      </ActionForm>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
          <Pagination page={d.paging.page} perPage={d.paging.perPage} total={d.total} />
        </Card>
        <Card
          title="Where students drop off"
          description={`Of ${d.completion.students} active ${d.completion.students === 1 ? 'student' : 'students'}, how many completed each lesson.`}
        >
          <ol className="flex flex-col gap-2" aria-label="Completion per lesson">
            {d.completion.lessons.map((l) => (
              <li key={l.id}>
                <div className="flex justify-between gap-2 text-sm">
                  <span className="min-w-0 break-words text-slate-800">{l.title}</span>
                  <span className="tabular-nums text-slate-700">{l.completed}</span>
                </div>
                <div className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
                  <div
                    className="h-full bg-emerald-500"
                    style={{ width: `${Math.round((l.completed / max) * 100)}%` }}
                  />
                </div>
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </>
  );
}

/** Another workspace's course (or none) is the 404 page. */
export const loader = withAppErrors(load);
