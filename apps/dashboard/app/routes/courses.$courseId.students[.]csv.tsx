import { coursesService } from '@mewayz/core';
import type { LoaderFunctionArgs } from '@remix-run/cloudflare';
import { depsOf } from '../lib/env.server.ts';
import { requireOrg, requirePermission } from '../lib/tenant.server.ts';

/** A course's students with their progress and a column per lesson, as CSV. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
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
