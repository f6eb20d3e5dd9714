import { z } from '@hono/zod-openapi';

export const analyticsDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    {
      message: 'not a calendar date',
    },
  )
  .openapi({ example: '2026-11-01' });

export const breakdownDimensions = ['country', 'device', 'browser', 'os', 'referrer'] as const;
export type BreakdownDimension = (typeof breakdownDimensions)[number];

/** Longest range one report may cover. */
export const MAX_ANALYTICS_RANGE_DAYS = 366;

export const analyticsRangeQuery = z.object({
  from: analyticsDay
    .optional()
    .openapi({ description: 'First day (UTC), inclusive; default 29 days before `to`.' }),
  to: analyticsDay.optional().openapi({ description: 'Last day (UTC), inclusive; default today.' }),
  siteId: z.string().max(40).optional(),
  linkId: z.string().max(40).optional(),
});
export type AnalyticsRangeQuery = z.infer<typeof analyticsRangeQuery>;

const point = z.object({
  day: z.string(),
  views: z.number().int(),
  visitors: z.number().int(),
  clicks: z.number().int(),
  bots: z.number().int(),
});

export const timeseriesSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    totals: z.object({
      views: z.number().int(),
      visitors: z.number().int(),
      clicks: z.number().int(),
      bots: z.number().int(),
    }),
    points: z.array(point),
  })
  .openapi('AnalyticsTimeseries');

export const topLinksSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    links: z.array(
      z.object({
        linkId: z.string(),
        siteId: z.string(),
        kind: z.enum(['short_link', 'block', 'unknown']),
        title: z.string().nullable(),
        url: z.string().nullable(),
        clicks: z.number().int(),
      }),
    ),
  })
  .openapi('AnalyticsTopLinks');

export const breakdownSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    dimension: z.enum(breakdownDimensions),
    rows: z.array(
      z.object({
        value: z.string(),
        views: z.number().int(),
        visitors: z.number().int(),
        clicks: z.number().int(),
      }),
    ),
  })
  .openapi('AnalyticsBreakdown');
