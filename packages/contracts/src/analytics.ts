import { z } from '@hono/zod-openapi';
import { countOut, dayOut, listOut, textOut, urlOut } from './fields.ts';
import { idSchema } from './ids.ts';

export const analyticsDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter a date, like 2026-12-01', abort: true })
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    { error: 'Enter a date that exists, like 2026-12-01' },
  )
  .openapi({ example: '2026-11-01', format: 'date', maxLength: 10 });

export const breakdownDimensions = ['country', 'device', 'browser', 'os', 'referrer'] as const;
export type BreakdownDimension = (typeof breakdownDimensions)[number];

/** Longest range one report may cover. */
export const MAX_ANALYTICS_RANGE_DAYS = 366;

export const analyticsRangeQuery = z.object({
  from: analyticsDay
    .optional()
    .openapi({ description: 'First day (UTC), inclusive; default 29 days before `to`.' }),
  to: analyticsDay.optional().openapi({ description: 'Last day (UTC), inclusive; default today.' }),
  siteId: idSchema('site').optional(),
  linkId: idSchema('shortLink', 'block').optional(),
});
export type AnalyticsRangeQuery = z.infer<typeof analyticsRangeQuery>;

const point = z.object({
  day: dayOut,
  views: countOut,
  visitors: countOut,
  clicks: countOut,
  bots: countOut,
});

export const timeseriesSchema = z
  .object({
    from: dayOut,
    to: dayOut,
    totals: z.object({ views: countOut, visitors: countOut, clicks: countOut, bots: countOut }),
    points: listOut(point, MAX_ANALYTICS_RANGE_DAYS),
  })
  .openapi('AnalyticsTimeseries');

export const topLinksSchema = z
  .object({
    from: dayOut,
    to: dayOut,
    links: listOut(
      z.object({
        linkId: textOut(40),
        siteId: textOut(40),
        kind: z.enum(['short_link', 'block', 'unknown']),
        title: textOut(200).nullable(),
        url: urlOut.nullable(),
        clicks: countOut,
      }),
      100,
    ),
  })
  .openapi('AnalyticsTopLinks');

export const breakdownSchema = z
  .object({
    from: dayOut,
    to: dayOut,
    dimension: z.enum(breakdownDimensions),
    rows: listOut(
      z.object({ value: textOut(253), views: countOut, visitors: countOut, clicks: countOut }),
      200,
    ),
  })
  .openapi('AnalyticsBreakdown');
