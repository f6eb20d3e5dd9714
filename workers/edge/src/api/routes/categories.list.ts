import { createRoute } from '@hono/zod-openapi';
import { categorySchema, envelopeOf, listOut, MAX_PER_PAGE, paginationQuery } from '@mewayz/contracts';
import { commerceService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { okPage, pageOf } from '../envelope.ts';

export const categoriesList = defineRoute({
  name: 'categories.list',
  access: { scope: 'commerce:read', permission: 'commerce.view' },
  route: createRoute({
    method: 'get',
    path: '/categories',
    tags: ['Commerce'],
    summary: 'Product categories (a tree, listed flat)',
    description: 'Every category with its `parentId` (null at the top) and `position` among its siblings.',
    security: bearerSecurity,
    request: { query: paginationQuery },
    responses: {
      200: jsonContent(envelopeOf(listOut(categorySchema, MAX_PER_PAGE)), 'A page of categories'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const q = c.req.valid('query');
    const page = await commerceService.listCategories(c.get('api'), c.get('auth').scope, pageOf(q));
    return c.json(okPage(c, page, q), 200);
  },
});
