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

export const productsDelete = defineRoute({
  name: 'products.delete',
  access: { scope: 'commerce:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'delete',
    path: '/products/{id}',
    tags: ['Commerce'],
    summary: 'Delete a product (orders keep pointing at it)',
    description: 'The product and its variants leave the catalog; their slug and SKUs stay reserved.',
    security: bearerSecurity,
    request: { params: idParam('id', 'product') },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Deleted'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    await commerceService.deleteProduct(c.get('api'), scope, actor, c.req.valid('param').id);
    return c.json(ok(c, null, 'Product deleted.'), 200);
  },
});
