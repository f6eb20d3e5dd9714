import { coursesService } from '@mewayz/core';
import type { LoaderFunctionArgs } from '@remix-run/cloudflare';
import { depsOf } from '../lib/env.server.ts';
import { withAppErrors } from '../lib/forms.server.ts';
import { requireOrg, requirePermission } from '../lib/tenant.server.ts';

/** A course's students with their progress and a column per lesson, as CSV. */
async function load({ request, context, params }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'commerce.view');
  const csv = await coursesService.studentsCsv(depsOf(context), ctx.scope, params.courseId ?? '');
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="mewayz-students-${day}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
}

/** Another workspace's course (or none) is the 404 page. */
export const loader = withAppErrors(load);
