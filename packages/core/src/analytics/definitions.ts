import { analyticsDaily } from '@mewayz/db/schema';
import { eq, type SQL } from 'drizzle-orm';

/**
 * What each analytics figure means, written down once. The dashboard's cards, chart and CSV export
 * and the API's answers all read the same rollup rows through `figureScope`, so "Clicks today" and
 * "Clicks" for today cannot disagree: before this, the "today" cards read Redis live counters that
 * skip short links (no site) while the range totals counted them.
 */
export const figureKeys = ['views', 'visitors', 'clicks', 'bots'] as const;
export type FigureKey = (typeof figureKeys)[number];
export type Figures = Record<FigureKey, number>;

export const figures: Record<FigureKey, { label: string; description: string }> = {
  views: { label: 'Views', description: 'Page views of your sites by people.' },
  visitors: {
    label: 'Unique visitors',
    description: 'Distinct visitors per site and day, summed over the days.',
  },
  clicks: {
    label: 'Clicks',
    description: 'Clicks by people on your sites’ link blocks and on your short links.',
  },
  bots: {
    label: 'Bot traffic excluded',
    description: 'Views and clicks by crawlers, link previews and prefetch; counted in no other figure.',
  },
};

export const zeroFigures = (): Figures => ({ views: 0, visitors: 0, clicks: 0, bots: 0 });

export function addFigures(a: Figures, b: Figures): Figures {
  return {
    views: a.views + b.views,
    visitors: a.visitors + b.visitors,
    clicks: a.clicks + b.clicks,
    bots: a.bots + b.bots,
  };
}

/**
 * Which rollup rows a report covers. Without a site: every row of the organization — its sites and
 * its short links, which belong to no site (site_id ''). With a site: that site's rows only.
 */
export function figureScope(filter: { siteId?: string }): SQL[] {
  return filter.siteId === undefined ? [] : [eq(analyticsDaily.siteId, filter.siteId)];
}
