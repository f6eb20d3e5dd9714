import { createRoute } from '@hono/zod-openapi';
import { aiUsageSchema, envelopeOf } from '@mewayz/contracts';
import { aiService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const aiUsageGet = defineRoute({
  name: 'ai.usage.get',
  access: { scope: 'ai:read', permission: 'sites.view' },
  route: createRoute({
    method: 'get',
    path: '/ai/usage',
    tags: ['AI'],
    summary: 'This month’s AI usage',
    description:
      'Tokens used this calendar month (UTC) against the organization’s budget, and whether AI is set up at all.',
    security: bearerSecurity,
    responses: { 200: jsonContent(envelopeOf(aiUsageSchema), 'The month’s usage'), ...errorResponses },
  }),
  handler: async (c) => c.json(ok(c, await aiService.usage(c.get('api'), c.get('auth').scope)), 200),
});
