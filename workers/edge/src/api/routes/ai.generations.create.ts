import { createRoute } from '@hono/zod-openapi';
import {
  aiGenerationRequestSchema,
  aiGenerationSchema,
  envelopeOf,
  errorEnvelopeSchema,
} from '@mewayz/contracts';
import { aiService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  jsonBody,
  jsonContent,
  rateLimitHeaders,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

/** The AI answers' own failures, besides every route's. */
export const aiErrorResponses = {
  ...errorResponses,
  409: jsonContent(errorEnvelopeSchema, 'AI is not set up on this deployment (`ai_not_configured`).'),
  422: jsonContent(
    errorEnvelopeSchema,
    'Validation failed (`validation_failed`), the model declined (`ai_refused`) or the content check flagged the request or the answer (`ai_input_flagged`, `ai_output_flagged`).',
  ),
  424: jsonContent(
    errorEnvelopeSchema,
    'The AI provider failed, timed out or answered malformed output (`ai_provider_unavailable`, `ai_provider_timeout`, `ai_invalid_output`); try again.',
  ),
  429: {
    ...jsonContent(
      errorEnvelopeSchema,
      'Rate limited (`rate_limited`, `ai_rate_limited`, `ai_provider_busy`) or the month’s AI budget is used up (`ai_budget_exhausted`, until the 1st) or held by generations in progress (`ai_budget_held`, seconds); retry after `Retry-After` seconds.',
    ),
    headers: {
      ...rateLimitHeaders,
      'Retry-After': {
        description: 'Seconds to wait before retrying (up to the next month for a spent budget).',
        schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 2_678_400 },
      },
    },
  },
} as const;

export const aiGenerationsCreate = defineRoute({
  name: 'ai.generations.create',
  access: { scope: 'ai:write', permission: 'sites.edit' },
  route: createRoute({
    method: 'post',
    path: '/ai/generations',
    tags: ['AI'],
    summary: 'Write a draft with AI',
    description:
      'Writes one task’s draft (`bio`, `link_titles`, `captions` for Bluesky, Mastodon, X and Instagram within each one’s length, `product_description`, `email_subjects`, `campaign_draft`, `course_outline`) as structured output validated against the task’s schema, after the request and then the answer passed the moderation check. Nothing is saved or published: use the draft in another call. Counts against the organization’s monthly token budget and per-minute limit. `source` is `standin` when a local stand-in answered instead of a model.',
    security: bearerSecurity,
    request: { ...jsonBody(aiGenerationRequestSchema) },
    responses: { 200: jsonContent(envelopeOf(aiGenerationSchema), 'The draft'), ...aiErrorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    return c.json(ok(c, await aiService.generate(c.get('api'), scope, c.req.valid('json'), { actor })), 200);
  },
});
