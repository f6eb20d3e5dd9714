import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, productSchema, updateProductInput } from '@mewayz/contracts';
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

export const productsUpdate = defineRoute({
  name: 'products.update',
  access: { scope: 'commerce:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'patch',
    path: '/products/{id}',
    tags: ['Commerce'],
    summary: 'Change a product',
    description:
      'Changes only the fields sent (at least one). The kind is fixed: `stock` is for physical products, `download` for digital ones, `minPrice`/`suggestedPrice` for pay what you want; `categoryIds` replaces the list. A currency whose smallest unit differs (USD → JPY) needs the price restated, and is refused for a product with variants.',
    security: bearerSecurity,
    request: { params: idParam('id', 'product'), ...jsonBody(updateProductInput) },
    responses: { 200: jsonContent(envelopeOf(productSchema), 'The product'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const product = await commerceService.updateProduct(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, product, 'Product updated.'), 200);
  },
});
