import { crmService } from '@mewayz/core';
import type { LoaderFunctionArgs } from '@remix-run/cloudflare';
import { depsOf } from '../lib/env.server.ts';
import { requireOrg, requirePermission } from '../lib/tenant.server.ts';

/** An import's failed rows (row, email, reason) as CSV: fix them and import the file again. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.view');
  let csv: string;
  try {
    csv = await crmService.contactImportErrorsCsv(depsOf(context), ctx.scope, params.importId ?? '');
  } catch (err) {
    if ((err as { status?: number }).status === 404) throw new Response('Import not found.', { status: 404 });
    throw err;
  }
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="import-errors-${params.importId}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
}
