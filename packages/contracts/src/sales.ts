import { z } from '@hono/zod-openapi';
import { analyticsDay, MAX_ANALYTICS_RANGE_DAYS } from './analytics.ts';
import { currencyOut } from './commerce.ts';
import { countOut, dayOut, listOut, textOut } from './fields.ts';
import { idSchema } from './ids.ts';

/**
 * Sales reports: money per day from paid orders, and per product the funnel from a view of its page
 * to a paid order. Days are UTC, as in the analytics reports; sums are minor units of their currency
 * (never added across currencies).
 */
export const salesQuery = z.object({
  from: analyticsDay
    .optional()
    .openapi({ description: 'First day (UTC), inclusive; default 29 days before `to`.' }),
  to: analyticsDay.optional().openapi({ description: 'Last day (UTC), inclusive; default today.' }),
  siteId: idSchema('site').optional(),
});
export type SalesQuery = z.infer<typeof salesQuery>;

const moneySum = countOut.openapi({ description: 'Minor units of `currency`.', example: 12_500 });

const salesPoint = z.object({
  day: dayOut,
  orders: countOut,
  revenue: moneySum,
  refunded: moneySum,
});

export const salesReportSchema = z
  .object({
    from: dayOut,
    to: dayOut,
    /** One entry per currency sold in, largest revenue first. */
    currencies: listOut(
      z.object({
        currency: currencyOut,
        orders: countOut,
        revenue: moneySum,
        refunded: moneySum,
        net: moneySum,
        points: listOut(salesPoint, MAX_ANALYTICS_RANGE_DAYS),
      }),
      50,
    ),
    products: listOut(
      z.object({
        productId: idSchema('product'),
        name: textOut(200),
        currency: currencyOut,
        views: countOut.openapi({ description: 'Human views of the product page.' }),
        checkouts: countOut.openapi({ description: 'Checkouts started with this product.' }),
        paid: countOut.openapi({ description: 'Of those checkouts, the ones paid.' }),
        revenue: moneySum,
      }),
      500,
    ),
  })
  .openapi('SalesReport');
export type SalesReport = z.infer<typeof salesReportSchema>;
