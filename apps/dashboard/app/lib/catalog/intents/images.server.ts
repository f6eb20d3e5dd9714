import { commerceService } from '@mewayz/core';
import { parseSubmission } from '../../form-submission.ts';
import { storeProductImage } from '../files.server.ts';
import { imageAltSchema, imageUploadSchema, moveRequest } from '../forms.ts';
import { type CatalogIntent, type CatalogIntentArgs, notValid } from '../intent.ts';
import { attempt, namedIn } from './shared.server.ts';

/** A product holds at most this many images (core's limit). */
const maxImages = commerceService.maxImagesPerProduct;

const imageOf = ({ form, product }: CatalogIntentArgs) => namedIn(product.images, form, 'imageId', 'Image');

/** One or several images, stored in R2 and added after the others, in the order chosen. */
export const addImagesIntent: CatalogIntent = async ({ form, ctx, deps, product }) => {
  const submission = parseSubmission(form, imageUploadSchema);
  if (submission.status !== 'success') return notValid(submission, 'new');
  const files = submission.value.images as unknown as File[];
  const room = maxImages - product.images.length;
  if (files.length > room)
    return {
      ok: false,
      message: 'Too many images.',
      targetId: 'new',
      result: submission.reply({
        fieldErrors: {
          images: [
            room === 0
              ? `A product has at most ${maxImages} images: remove one first`
              : `A product has at most ${maxImages} images: choose ${room} or fewer`,
          ],
        },
      }),
    };
  let added = 0;
  for (const file of files) {
    const stored = await storeProductImage(deps, ctx.org.id, product.id, file);
    if (!stored.ok)
      return {
        ok: added > 0,
        message: added > 0 ? `${added} of ${files.length} images added.` : 'The image could not be used.',
        targetId: 'new',
        result: submission.reply({ fieldErrors: { images: [`${file.name}: ${stored.error}`] } }),
      };
    const refused = await attempt(submission, 'new', async () => {
      await commerceService.addProductImage(deps, ctx.scope, ctx.actor, product.id, { key: stored.key });
      return { ok: true, message: '' };
    });
    if (!refused.ok) return refused;
    added++;
  }
  const them = added === 1 ? 'it' : 'them';
  return {
    ok: true,
    message: `${added === 1 ? 'Image' : `${added} images`} added. Describe ${them} for people who cannot see ${them}.`,
    targetId: 'new',
    result: submission.reply({ resetForm: true }),
  };
};

export const updateImageIntent: CatalogIntent = async (args) => {
  const image = imageOf(args);
  const submission = parseSubmission(args.form, imageAltSchema);
  if (submission.status !== 'success') return notValid(submission, image.id);
  const { ctx, deps, product } = args;
  return attempt(submission, image.id, async () => {
    await commerceService.updateProductImage(deps, ctx.scope, ctx.actor, product.id, image.id, {
      alt: submission.value.alt ?? null,
    });
    return { ok: true, message: 'Alt text saved.', targetId: image.id };
  });
};

/** One place up or down; the first image is the product's main one. */
export const moveImageIntent: CatalogIntent = async (args) => {
  const image = imageOf(args);
  const { ctx, deps, product, form } = args;
  const { dir, order, changed, place } = moveRequest(
    product.images.map((i) => i.id),
    image.id,
    form,
  );
  if (changed)
    await commerceService.reorderProductImages(deps, ctx.scope, ctx.actor, product.id, { ids: order });
  return {
    ok: true,
    message: place === 1 ? 'Image moved: it is the main image now.' : `Image moved to place ${place}.`,
    focus: `image-${image.id}-${dir}`,
  };
};

export const removeImageIntent: CatalogIntent = async (args) => {
  const image = imageOf(args);
  const { ctx, deps, product } = args;
  await commerceService.deleteProductImage(deps, ctx.scope, ctx.actor, product.id, image.id);
  return { ok: true, message: 'Image removed.' };
};
