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

export const productImagesDelete = defineRoute({
  name: 'product-images.delete',
  access: { scope: 'commerce:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'delete',
    path: '/products/{id}/images/{imageId}',
    tags: ['Commerce'],
    summary: 'Remove an image from a product',
    description: 'The image record is removed from the product.',
    security: bearerSecurity,
    request: { params: idParam('id', 'product').extend(idParam('imageId', 'productImage').shape) },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Removed'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const { id, imageId } = c.req.valid('param');
    await commerceService.deleteProductImage(c.get('api'), scope, actor, id, imageId);
    return c.json(ok(c, null, 'Image removed.'), 200);
  },
});
