import type { UpdateProductInput } from '@mewayz/contracts';
import { commerceService } from '@mewayz/core';
import { redirect } from '@remix-run/cloudflare';
import { parseSubmission } from '../../form-submission.ts';
import { forgetUpload, storeDownload } from '../files.server.ts';
import { productFields, productFormSchema } from '../forms.ts';
import { type CatalogIntent, notValid } from '../intent.ts';
import { attempt } from './shared.server.ts';

/**
 * The details form: everything of the product but its images and variants. A digital product's
 * new file goes to R2 first and is removed again when core refuses the change.
 */
export const saveIntent: CatalogIntent = async ({ form, ctx, deps, product }) => {
  const submission = parseSubmission(form, productFormSchema(product.kind));
  if (submission.status !== 'success') return notValid(submission);
  const v = submission.value;
  const patch = { ...productFields(product.kind, v) } as UpdateProductInput;
  // An emptied slug keeps the current one (links to the product stay valid).
  if (v.slug) patch.slug = v.slug;
  // With variants the stock is theirs (core refuses a product-level stock then).
  if (product.variants.length > 0) delete patch.stock;
  let uploaded: string | null = null;
  if (product.kind === 'digital') {
    if (v.file) {
      const up = await storeDownload(deps, ctx.org.id, v.file as unknown as File);
      if (!up.ok)
        return {
          ok: false,
          message: 'The file could not be used.',
          result: submission.reply({ fieldErrors: { file: [up.error] } }),
        };
      uploaded = up.key;
      patch.download = { ...patch.download, fileKey: up.key };
    } else if (v.removeFile) {
      patch.download = { ...patch.download, fileKey: null };
    }
  }
  const saved = await attempt(submission, undefined, async () => {
    await commerceService.updateProduct(deps, ctx.scope, ctx.actor, product.id, patch);
    return { ok: true, message: 'Product saved.' };
  });
  if (!saved.ok && uploaded) await forgetUpload(deps, uploaded);
  return saved;
};

/** Soft delete: the product leaves the catalog; orders keep pointing at it. */
export const deleteIntent: CatalogIntent = async ({ ctx, deps, product }) => {
  await commerceService.deleteProduct(deps, ctx.scope, ctx.actor, product.id);
  throw redirect(`/products?deleted=${encodeURIComponent(product.name)}`);
};
