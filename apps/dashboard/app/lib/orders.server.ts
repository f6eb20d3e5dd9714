import { type OrderListQuery, orderListQuery } from '@mewayz/contracts';
import { z } from 'zod';

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

/** The refund form: empty amount refunds what is left; an amount is typed in major units (`12.50`). */
export const refundForm = z.object({
  amount: z
    .string()
    .trim()
    .max(20)
    .regex(/^(\d{1,12}([.,]\d{0,3})?)?$/, { error: 'Enter an amount like 12.50, or leave it empty' })
    .optional(),
  reason: z.string().trim().max(200, { error: 'Use at most 200 characters' }).optional(),
});

export const fulfilForm = z.object({
  trackingNumber: z.string().trim().max(120, { error: 'Use at most 120 characters' }).optional(),
  trackingUrl: z.url({ error: 'Enter a web address starting with https://' }).max(2048).optional(),
});
