import { z } from 'zod';

/** Rows per page of the dashboard's lists. */
export const dashboardPageSize = 50;

const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

/** The page a list view asks for (`?page=`; anything odd is page 1). */
export function pageOf(request: Request, perPage = dashboardPageSize) {
  return { page: pageParam.parse(new URL(request.url).searchParams.get('page') ?? 1), perPage };
}
