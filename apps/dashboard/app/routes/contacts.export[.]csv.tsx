import { crmService } from '@mewayz/core';
import type { LoaderFunctionArgs } from '@remix-run/cloudflare';
import { readContactFilters } from '../lib/contacts.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { requireOrg, requirePermission } from '../lib/tenant.server.ts';

/** The contacts the list's filters select, as CSV (one row per contact, a column per custom field). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.view');
  const { cursor: _all, per_page: _pages, ...filters } = readContactFilters(request);
  let csv: string;
  try {
    csv = await crmService.contactsCsv(depsOf(context), ctx.scope, filters);
  } catch (err) {
    if ((err as { status?: number }).status === 404)
      throw new Response('Segment not found.', { status: 404 });
    throw err;
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="mewayz-contacts-${day}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
}
