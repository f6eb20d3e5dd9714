import { createRoute } from '@hono/zod-openapi';
import { createProductInput, envelopeOf, productSchema } from '@mewayz/contracts';
import { commerceService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonBody, jsonContent } from '../define-route.ts';
import { ok } from '../envelope.ts';

export const productsCreate = defineRoute({
  name: 'products.create',
  access: { scope: 'commerce:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'post',
    path: '/products',
    tags: ['Commerce'],
    summary: 'Create a product',
    description:
      'A digital download, a physical product or a pay-what-you-want product. Prices are integers of the currency’s smallest unit (1999 USD is $19.99, 500 JPY is ¥500). A taken slug or SKU answers 409.',
    security: bearerSecurity,
    request: jsonBody(createProductInput),
    responses: { 201: jsonContent(envelopeOf(productSchema), 'The product'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const product = await commerceService.createProduct(c.get('api'), scope, actor, c.req.valid('json'));
    return c.json(ok(c, product, 'Product created.'), 201);
  },
});
