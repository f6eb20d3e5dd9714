import { createRoute } from '@hono/zod-openapi';
import { envelopeOf } from '@mewayz/contracts';
import { commerceService } from '@mewayz/core';
import { bearerSecurity, defineRoute, errorResponses, jsonContent, nullData } from '../define-route.ts';
import { ok } from '../envelope.ts';
import { variantParams } from './product-variants.update.ts';

export const productVariantsDelete = defineRoute({
  name: 'product-variants.delete',
  access: { scope: 'commerce:write', permission: 'commerce.manage' },
  route: createRoute({
    method: 'delete',
    path: '/products/{id}/variants/{variantId}',
    tags: ['Commerce'],
    summary: 'Delete a variant (orders keep pointing at it)',
    description: 'The variant leaves the product; its SKU stays reserved.',
    security: bearerSecurity,
    request: { params: variantParams },
    responses: { 200: jsonContent(envelopeOf(nullData), 'Deleted'), ...errorResponses },
  }),
  handler: async (c) => {
    const { scope, actor } = c.get('auth');
    const { id, variantId } = c.req.valid('param');
    await commerceService.deleteVariant(c.get('api'), scope, actor, id, variantId);
    return c.json(ok(c, null, 'Variant deleted.'), 200);
  },
});
