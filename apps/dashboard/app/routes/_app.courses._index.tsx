import { coursesService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
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
import { coursePriceText } from '../lib/courses.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { type ActionFailure, appErrorToResult } from '../lib/forms.server.ts';
import { pageOf } from '../lib/paging.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Courses · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'commerce.view');
  const paging = pageOf(request);
  const page = await coursesService.listCourses(depsOf(context), ctx.scope, {
    page: paging.page,
    perPage: paging.perPage,
  });
  return {
    paging,
    total: page.total,
    courses: page.items.map((c) => ({
      id: c.id,
      title: c.title,
      slug: c.slug,
      status: c.status,
      lessons: c.lessonCount,
      price: coursePriceText(c.price, c.currency),
    })),
    canManage: ctx.can('commerce.manage'),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps } = await workspaceAction(request, context, 'commerce.manage');
  try {
    const course = await coursesService.createCourse(deps, ctx.scope, ctx.actor, {
      title: String(form.get('title') ?? ''),
    });
    return redirect(`/courses/${course.id}`);
  } catch (err) {
    return appErrorToResult(err, { intent: '' });
  }
}

export default function Courses() {
  const d = useLoaderData<typeof loader>();
  const failed = useActionData<ActionFailure>();
  const create = d.canManage ? (
    <ActionForm className="flex flex-wrap items-end gap-3" aria-label="New course">
      <Field
        label="New course title"
        name="title"
        required
        maxLength={200}
        error={failed?.fieldErrors.title}
        className="min-w-0 flex-1 basis-56"
      />
      <Button type="submit">Create course</Button>
    </ActionForm>
  ) : null;
  return (
    <>
      <PageHeader
        title="Courses"
        description="Sell what you know: modules and lessons, free or paid, with drip and free previews. Students sign in on your site with an emailed link."
      />
      {failed && !failed.fieldErrors.title ? (
        <div className="mb-6">
          <Alert tone="error">{failed.message}</Alert>
        </div>
      ) : null}
      {d.total === 0 ? (
        <EmptyState title="No courses yet" action={create}>
          {d.canManage
            ? 'Give your first course a title; you add modules and lessons next.'
            : 'This workspace sells no courses yet.'}
        </EmptyState>
      ) : (
        <>
          {create ? <Card className="mb-6">{create}</Card> : null}
          <Card>
            <ul className="-my-3 divide-y divide-slate-100" aria-label="Courses">
              {d.courses.map((c) => (
                <li
                  key={c.id}
                  className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3"
                  data-testid="course-row"
                >
                  <div className="min-w-0 flex-1 basis-48">
                    <Link
                      to={`/courses/${c.id}`}
                      className="font-medium break-words text-slate-900 hover:text-indigo-700 hover:underline"
                    >
                      {c.title}
                    </Link>
                    <p className="text-xs text-slate-600">
                      /courses/{c.slug} · {c.lessons} {c.lessons === 1 ? 'lesson' : 'lessons'}
                    </p>
                  </div>
                  <span className="font-medium tabular-nums text-slate-900">{c.price}</span>
                  {c.status === 'published' ? <Badge tone="green">Published</Badge> : <Badge>Draft</Badge>}
                  <Link
                    to={`/courses/${c.id}/students`}
                    className="text-sm font-medium text-indigo-700 hover:underline"
                  >
                    Students
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
          <Pagination page={d.paging.page} perPage={d.paging.perPage} total={d.total} />
        </>
      )}
    </>
  );
}
