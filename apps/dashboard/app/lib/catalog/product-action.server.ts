import { AppError, commerceService } from '@mewayz/core';
import { data } from '@remix-run/cloudflare';
import type { DashboardDeps } from '../env.server.ts';
import type { OrgContext } from '../tenant.server.ts';
import type { CatalogIntent, CatalogOutcome, CatalogResult } from './intent.ts';
import { deleteIntent, saveIntent } from './intents/details.server.ts';
import {
  addImagesIntent,
  moveImageIntent,
  removeImageIntent,
  updateImageIntent,
} from './intents/images.server.ts';
import { messageOf } from './intents/shared.server.ts';
import {
  addVariantIntent,
  moveVariantIntent,
  removeVariantIntent,
  updateVariantIntent,
} from './intents/variants.server.ts';

const intents: Record<string, CatalogIntent> = {
  save: saveIntent,
  addImages: addImagesIntent,
  updateImage: updateImageIntent,
  moveImage: moveImageIntent,
  addVariant: addVariantIntent,
  updateVariant: updateVariantIntent,
  moveVariant: moveVariantIntent,
  removeImage: removeImageIntent,
  removeVariant: removeVariantIntent,
  delete: deleteIntent,
};

/**
 * Run one intent of the product editor on a product of this workspace: another workspace's
 * product, variant or image is the 404 page, like a missing one. A refusal by core that no form
 * catches (a move, a removal) becomes the page's message; the page's loader runs again after.
 */
export async function runProductIntent(
  deps: DashboardDeps,
  ctx: OrgContext,
  productId: string,
  form: FormData,
  intent: string,
) {
  const run = intents[intent];
  if (!run) throw new Response('Unknown action.', { status: 400 });
  try {
    const product = await commerceService.getProduct(deps, ctx.scope, productId);
    let outcome: CatalogOutcome;
    try {
      outcome = await run({ form, ctx, deps, product });
    } catch (err) {
      if (!(err instanceof AppError) || err.status === 404 || err.status === 403) throw err;
      outcome = { ok: false, message: messageOf(err) };
    }
    return data<CatalogResult>({ ...outcome, intent }, { status: outcome.ok ? 200 : 422 });
  } catch (err) {
    if (err instanceof AppError && (err.status === 404 || err.status === 403))
      throw new Response(err.message, { status: err.status });
    throw err;
  }
}
