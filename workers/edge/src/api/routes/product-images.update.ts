import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, productImageSchema, updateProductImageInput } from '@mewayz/contracts';
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

export const productImagesUpdate = defineRoute({
  name: 'product-images.update',
  access: { scope: 'commerce:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'patch',
    path: '/products/{id}/images/{imageId}',
    tags: ['Commerce'],
    summary: 'Change an image’s alt text',
    description:
      'The alt text describes the picture to people who cannot see it (and to search engines); `null` or an empty string leaves it without one.',
    security: bearerSecurity,
    request: {
      params: idParam('id', 'product').extend(idParam('imageId', 'productImage').shape),
      ...jsonBody(updateProductImageInput),
    },
    responses: { 200: jsonContent(envelopeOf(productImageSchema), 'The image'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const { id, imageId } = c.req.valid('param');
    const image = await commerceService.updateProductImage(
      c.get('api'),
      scope,
      actor,
      id,
      imageId,
      c.req.valid('json'),
    );
    return c.json(ok(c, image, 'Image updated.'), 200);
  },
});
