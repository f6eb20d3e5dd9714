import { createRoute } from '@hono/zod-openapi';
import { envelopeOf } from '@mewayz/contracts';
import { commerceService } from '@mewayz/core';
import {
  bearerSecurity,
  defineRoute,
  errorResponses,
  idParam,
  jsonContent,
  nullData,
} from '../define-route.ts';
import { ok } from '../envelope.ts';

export const categoriesDelete = defineRoute({
  name: 'categories.delete',
  access: { scope: 'commerce:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'delete',
    path: '/categories/{id}',
    tags: ['Commerce'],
    summary: 'Delete a product category',
    description: 'Its subcategories move up to its parent; its products stay, outside it.',
    security: bearerSecurity,
    request: { params: idParam('id', 'productCategory') },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Deleted'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    await commerceService.deleteCategory(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, null, 'Category deleted.'), 200);
  },
});
