import { createRoute } from '@hono/zod-openapi';
import { categorySchema, envelopeOf, updateCategoryInput } from '@mewayz/contracts';
import { commerceService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const categoriesUpdate = defineRoute({
  name: 'categories.update',
  access: { scope: 'commerce:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'patch',
    path: '/categories/{id}',
    tags: ['Commerce'],
    summary: 'Rename or move a product category',
    description:
      'Changes only the fields sent (at least one). Moving a category under itself or one of its subcategories answers 422.',
    security: bearerSecurity,
    request: { params: idParam('id', 'productCategory'), ...jsonBody(updateCategoryInput) },
    responses: { 200: jsonContent(envelopeOf(categorySchema), 'The category'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const category = await commerceService.updateCategory(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, category, 'Category updated.'), 200);
  },
});
