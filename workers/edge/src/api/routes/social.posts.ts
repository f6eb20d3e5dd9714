import { createRoute } from '@hono/zod-openapi';
import {
  confirmSocialTargetInput,
  createSocialPostInput,
  envelopeOf,
  idSchema,
  listOut,
  scheduleSocialPostInput,
  socialPostSchema,
  socialPostsQuery,
} from '@mewayz/contracts';
import { socialService } from '@mewayz/core';
import type { Context } from 'hono';
import type { ApiEnv } from '../api-env.ts';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

const read = { scope: 'social:read', permission: 'content.view' } as const;
const write = { scope: 'social:write', permission: 'content.manage' } as const;
const postOut = (what: string) => jsonContent(envelopeOf(socialPostSchema), what);

/**
 * Targets due now (a post published now, a target to post again) go to the queue at once instead of
 * at the next cron minute; the answer is the post as it is then.
 */
async function queueDue(c: Context<ApiEnv>, post: socialService.SocialPostView, due: boolean) {
  if (!due) return post;
  const { scope } = c.get('auth');
  await socialService.runSocialCron(c.get('api'), new Date(), c.env.SOCIAL_PUBLISH, {
    organizationId: scope.orgId,
  });
  return socialService.getSocialPost(c.get('api'), scope, post.id);
}
const dueNow = (post: socialService.SocialPostView) =>
  post.status === 'scheduled' && post.scheduledAt !== null && Date.parse(post.scheduledAt) <= Date.now();

export const socialPostsList = defineRoute({
  name: 'social.posts.list',
  access: read,
  route: createRoute({
    method: 'get',
    path: '/social/posts',
    tags: ['Social'],
    summary: 'Social posts, latest scheduled first',
    description: 'At most 100; `from`/`to` (at most 92 days apart) select by scheduled time, for a calendar.',
    security: bearerSecurity,
    request: { query: socialPostsQuery },
    responses: {
      200: jsonContent(envelopeOf(listOut(socialPostSchema, 100)), 'The posts'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const q = c.req.valid('query');
    const posts = await socialService.listSocialPosts(c.get('api'), c.get('auth').scope, {
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      status: q.status,
    });
    return c.json(ok(c, posts), 200);
  },
});

export const socialPostsCreate = defineRoute({
  name: 'social.posts.create',
  access: write,
  route: createRoute({
    method: 'post',
    path: '/social/posts',
    tags: ['Social'],
    summary: 'Write a social post',
    description:
      'A draft without `scheduledAt`; scheduled with an instant; published at once with `"now"`. Every network’s text must fit its rules (X 280 weighted, Bluesky 300 graphemes, Mastodon 500, Instagram 2,200 and an image or a video); links become Mewayz short links unless `shortenLinks` is false. `media` is up to four images or one MP4 video (at most 50 MB here; X 140 s, Bluesky 3 min, Instagram 15 min, Mastodon 40 MB), stored objects whose size, type and length are checked. A refusal names the network in each detail’s `code` (`too_long_x`, `media_required_instagram`, `image_too_big_bluesky`, `video_too_long_x`, `video_too_long_bluesky`; `mixed_media`, `media_missing`, `media_type_mismatch`).',
    security: bearerSecurity,
    request: jsonBody(createSocialPostInput),
    responses: { 201: postOut('The post with one target per account'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const post = await socialService.createSocialPost(c.get('api'), scope, actor, c.req.valid('json'));
    return c.json(
      ok(
        c,
        await queueDue(c, post, dueNow(post)),
        post.status === 'draft' ? 'Draft saved.' : 'Post scheduled.',
      ),
      201,
    );
  },
});

export const socialPostsGet = defineRoute({
  name: 'social.posts.get',
  access: read,
  route: createRoute({
    method: 'get',
    path: '/social/posts/{id}',
    tags: ['Social'],
    summary: 'A social post with each network’s status and engagement',
    description:
      'Each target is one network account: `published` with its URL and counts (synced every few minutes for 30 days), `pending` with its next attempt and the network’s last message, `failed`, or `unconfirmed` (see confirm).',
    security: bearerSecurity,
    request: { params: idParam('id', 'socialPost') },
    responses: { 200: postOut('The post'), ...errorResponses },
  }),
  handler: async (c) => {
    const post = await socialService.getSocialPost(
      c.get('api'),
      c.get('auth').scope,
      c.req.valid('param').id,
    );
    return c.json(ok(c, post), 200);
  },
});

export const socialPostsSchedule = defineRoute({
  name: 'social.posts.schedule',
  access: write,
  route: createRoute({
    method: 'post',
    path: '/social/posts/{id}/schedule',
    tags: ['Social'],
    summary: 'Schedule, move or publish now',
    description:
      'For a draft or a scheduled post; `"now"` publishes at once. 409 once it started publishing.',
    security: bearerSecurity,
    request: { params: idParam('id', 'socialPost'), ...jsonBody(scheduleSocialPostInput) },
    responses: { 200: postOut('The scheduled post'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const post = await socialService.scheduleSocialPost(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, await queueDue(c, post, dueNow(post)), 'Post scheduled.'), 200);
  },
});

export const socialPostsCancel = defineRoute({
  name: 'social.posts.cancel',
  access: write,
  route: createRoute({
    method: 'post',
    path: '/social/posts/{id}/cancel',
    tags: ['Social'],
    summary: 'Cancel a post',
    description: 'A draft or a scheduled post; 409 once it started publishing.',
    security: bearerSecurity,
    request: { params: idParam('id', 'socialPost') },
    responses: { 200: postOut('The canceled post'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const post = await socialService.cancelSocialPost(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, post, 'Post canceled.'), 200);
  },
});

export const socialPostsConfirm = defineRoute({
  name: 'social.posts.confirm',
  access: write,
  route: createRoute({
    method: 'post',
    path: '/social/posts/{id}/targets/{targetId}/confirm',
    tags: ['Social'],
    summary: 'Confirm whether an unconfirmed post is there',
    description:
      'An `unconfirmed` target: the network (X) may have the post but its answer was lost, so Mewayz did not post again. `posted: true` records it as published (with its `url`); `false` posts it again now.',
    security: bearerSecurity,
    request: {
      params: idParam('id', 'socialPost').extend({
        targetId: idSchema('socialTarget').openapi({ param: { name: 'targetId', in: 'path' } }),
      }),
      ...jsonBody(confirmSocialTargetInput),
    },
    responses: { 200: postOut('The post'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const { id, targetId } = c.req.valid('param');
    const answer = c.req.valid('json');
    const post = await socialService.confirmSocialTarget(c.get('api'), scope, actor, id, targetId, answer);
    return c.json(
      ok(
        c,
        await queueDue(c, post, !answer.posted),
        answer.posted ? 'Recorded as published.' : 'Posting it again.',
      ),
      200,
    );
  },
});
