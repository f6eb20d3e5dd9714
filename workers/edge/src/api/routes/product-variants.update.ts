import { createRoute } from '@hono/zod-openapi';
import { envelopeOf, updateVariantInput, variantSchema } from '@mewayz/contracts';
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

export const variantParams = idParam('id', 'product').extend(idParam('variantId', 'productVariant').shape);

export const productVariantsUpdate = defineRoute({
  name: 'product-variants.update',
  access: { scope: 'commerce:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'patch',
    path: '/products/{id}/variants/{variantId}',
    tags: ['Commerce'],
    summary: 'Change a variant (price, stock, SKU …)',
    description: 'Changes only the fields sent (at least one); `stock: null` stops tracking stock.',
    security: bearerSecurity,
    request: { params: variantParams, ...jsonBody(updateVariantInput) },
    responses: { 200: jsonContent(envelopeOf(variantSchema), 'The variant'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const { id, variantId } = c.req.valid('param');
    const variant = await commerceService.updateVariant(
      c.get('api'),
      scope,
      actor,
      id,
      variantId,
      c.req.valid('json'),
    );
    return c.json(ok(c, variant, 'Variant updated.'), 200);
  },
});
