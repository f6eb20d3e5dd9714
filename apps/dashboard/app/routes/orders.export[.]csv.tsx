import { commerceService } from '@mewayz/core';
import type { LoaderFunctionArgs } from '@remix-run/cloudflare';
import { depsOf } from '../lib/env.server.ts';
import { readOrderFilters } from '../lib/orders.server.ts';
import { requireOrg, requirePermission } from '../lib/tenant.server.ts';

/** The orders the list's filters select, as CSV (one row per item). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'commerce.view');
  const filters = readOrderFilters(request);
  const csv = await commerceService.ordersCsv(depsOf(context), ctx.scope, filters);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="mewayz-orders-${day}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
}
