import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, productSchema, reorderInput } from '@mewayz/contracts';
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

export const productImagesReorder = defineRoute({
  name: 'product-images.reorder',
  access: { scope: 'commerce:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'put',
    path: '/products/{id}/images/order',
    tags: ['Commerce'],
    summary: 'Reorder a product’s images',
    description: '`ids` must name every image of the product exactly once; the first is the main image.',
    security: bearerSecurity,
    request: { params: idParam('id', 'product'), ...jsonBody(reorderInput) },
    responses: {
      200: jsonContent(envelopeOf(productSchema), 'The product with its images in the new order'),
      ...errorResponses,
    },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const { id } = c.req.valid('param');
    await commerceService.reorderProductImages(c.get('api'), scope, actor, id, c.req.valid('json'));
    return c.json(ok(c, await commerceService.getProduct(c.get('api'), scope, id), 'Images reordered.'), 200);
  },
});
