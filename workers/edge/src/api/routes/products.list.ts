import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, listOut, MAX_PER_PAGE, productListQuery, productSchema } from '@mewayz/contracts';
import { commerceService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent } from '../define-route.ts';
import { okPage, pageOf } from '../envelope.ts';

export const productsList = defineRoute({
  name: 'products.list',
  access: { scope: 'commerce:read', permission: 'commerce.view' },
  route: createRoute({
    method: 'get',
    path: '/products',
    tags: ['Commerce'],
    summary: 'Products, newest first',
    description:
      'Products of the catalog with their variants, images and categories; filter by `active`, `kind` or `categoryId`.',
    security: bearerSecurity,
    request: { query: productListQuery },
    responses: {
      200: jsonContent(envelopeOf(listOut(productSchema, MAX_PER_PAGE)), 'A page of products'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const q = c.req.valid('query');
    const page = await commerceService.listProducts(
      c.get('api'),
      c.get('auth').scope,
      {
        active: q.active === undefined ? undefined : q.active === 'true',
        kind: q.kind,
        categoryId: q.categoryId,
      },
      pageOf(q),
    );
    return c.json(okPage(c, page, q), 200);
  },
});
