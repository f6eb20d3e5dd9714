import { createRoute } from '@hono/zod-openapi';
import { createProductImageInput, envelopeOf, productImageSchema } from '@mewayz/contracts';
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

export const productImagesCreate = defineRoute({
  name: 'product-images.create',
  access: { scope: 'commerce:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'post',
    path: '/products/{id}/images',
    tags: ['Commerce'],
    summary: 'Add an image to a product (by its storage key)',
    description:
      'Records an image already stored in R2 under `key`; images keep the order they were added in (at most 20).',
    security: bearerSecurity,
    request: { params: idParam('id', 'product'), ...jsonBody(createProductImageInput) },
    responses: { 201: jsonContent(envelopeOf(productImageSchema), 'The image'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const image = await commerceService.addProductImage(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, image, 'Image added.'), 201);
  },
});
