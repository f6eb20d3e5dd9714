import { createRoute } from '@hono/zod-openapi';
import { categorySchema, createCategoryInput, envelopeOf } from '@mewayz/contracts';
import { commerceService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const categoriesCreate = defineRoute({
  name: 'categories.create',
  access: { scope: 'commerce:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'post',
    path: '/categories',
    tags: ['Commerce'],
    summary: 'Create a product category',
    description: 'At the top, or under `parentId`; a taken slug answers 409.',
    security: bearerSecurity,
    request: jsonBody(createCategoryInput),
    responses: { 201: jsonContent(envelopeOf(categorySchema), 'The category'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const category = await commerceService.createCategory(c.get('api'), scope, actor, c.req.valid('json'));
    return c.json(ok(c, category, 'Category created.'), 201);
  },
});
