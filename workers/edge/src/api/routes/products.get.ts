import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, productSchema } from '@mewayz/contracts';
import { commerceService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, idParam, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const productsGet = defineRoute({
  name: 'products.get',
  access: { scope: 'commerce:read', permission: 'commerce.view' },
  route: createRoute({
    method: 'get',
    path: '/products/{id}',
    tags: ['Commerce'],
    summary: 'Get a product',
    description: 'A product with its variants, images and categories.',
    security: bearerSecurity,
    request: { params: idParam('id', 'product') },
    responses: { 200: jsonContent(envelopeOf(productSchema), 'The product'), ...errorResponses },
  }),
  handler: async (c) =>
    c.json(
      ok(c, await commerceService.getProduct(c.get('api'), c.get('auth').scope, c.req.valid('param').id)),
      200,
    ),
});
