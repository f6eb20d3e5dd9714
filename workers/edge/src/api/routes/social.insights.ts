import { createRoute } from '@hono/zod-openapi';
import {
  envelopeOf,
  socialAccountInsightsSchema,
  socialBestTimesQuery,
  socialBestTimesSchema,
  socialInsightsQuery,
} from '@mewayz/contracts';
import { socialService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

const read = { scope: 'social:read', permission: 'content.view' } as const;

export const socialAccountsInsights = defineRoute({
  name: 'social.accounts.insights',
  access: read,
  route: createRoute({
    method: 'get',
    path: '/social/accounts/{id}/insights',
    tags: ['Social'],
    summary: 'Engagement of one account over 7, 30 or 90 days',
    description:
      'Published posts, likes, reposts, replies and impressions (null where the network reports none: Bluesky, Mastodon) over the last `days` days of `tz`, with engagement (likes + reposts + replies) per post and one point per day, every day present. A post’s counts are on the day it was published, as last synced.',
    security: bearerSecurity,
    request: { params: idParam('id', 'socialAccount'), query: socialInsightsQuery },
    responses: {
      200: jsonContent(envelopeOf(socialAccountInsightsSchema), 'The account’s totals and daily series'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope } = c.get('auth');
    const q = c.req.valid('query');
    const insights = await socialService.socialAccountInsights(c.get('api'), scope, c.req.valid('param').id, {
      days: q.days,
      timeZone: q.tz ?? (await socialService.defaultInsightsZone(scope)),
    });
    return c.json(ok(c, insights), 200);
  },
});

export const socialInsightsBestTimes = defineRoute({
  name: 'social.insights.best-times',
  access: read,
  route: createRoute({
    method: 'get',
    path: '/social/insights/best-times',
    tags: ['Social'],
    summary: 'When this workspace’s posts do best',
    description:
      'Weekday × hour slots of `tz` from the workspace’s own published posts of the last 90 days (those at least a day old). Each account’s posts are scored against that account’s usual engagement (likes + 2 × reposts + 2 × replies), so a big account does not drown a small one; a slot’s score is shrunk toward 1 by two usual posts. At most three slots above usual, each backed by two posts or more. Below 10 published posts: `not_enough_history` and no slots.',
    security: bearerSecurity,
    request: { query: socialBestTimesQuery },
    responses: { 200: jsonContent(envelopeOf(socialBestTimesSchema), 'The best slots'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope } = c.get('auth');
    const tz = c.req.valid('query').tz ?? (await socialService.defaultInsightsZone(scope));
    return c.json(ok(c, await socialService.socialBestTimes(c.get('api'), scope, { timeZone: tz })), 200);
  },
});
