import { type OrderListQuery, orderListQuery } from '@mewayz/contracts';

/** The orders list's filters from the address (`?status=&from=&to=`); anything invalid is dropped. */
export function readOrderFilters(request: Request): Pick<OrderListQuery, 'status' | 'from' | 'to'> {
  const params = new URL(request.url).searchParams;
  const status = orderListQuery.shape.status.safeParse(params.get('status') || undefined);
  const from = orderListQuery.shape.from.safeParse(params.get('from') || undefined);
  const to = orderListQuery.shape.to.safeParse(params.get('to') || undefined);
  const filters = {
    status: status.success ? status.data : undefined,
    from: from.success ? from.data : undefined,
    to: to.success ? to.data : undefined,
  };
  // A range that ends before it starts shows everything from `from` on rather than an error page.
  if (filters.from && filters.to && filters.from > filters.to) filters.to = undefined;
  return filters;
}
