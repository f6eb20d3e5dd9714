import { createRoute } from '@hono/zod-openapi';
import { createVariantInput, envelopeOf, variantSchema } from '@mewayz/contracts';
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

export const productVariantsCreate = defineRoute({
  name: 'product-variants.create',
  access: { scope: 'commerce:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'post',
    path: '/products/{id}/variants',
    tags: ['Commerce'],
    summary: 'Add a variant to a physical product',
    description:
      'A variant has attributes (size, colour …), its own price (default: the product’s), stock and SKU. Only physical products have variants; the same attributes twice or a taken SKU answers 409.',
    security: bearerSecurity,
    request: { params: idParam('id', 'product'), ...jsonBody(createVariantInput) },
    responses: { 201: jsonContent(envelopeOf(variantSchema), 'The variant'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const variant = await commerceService.createVariant(
      c.get('api'),
      scope,
      actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(ok(c, variant, 'Variant created.'), 201);
  },
});
