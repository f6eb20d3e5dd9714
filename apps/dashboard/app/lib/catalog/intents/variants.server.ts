import { commerceService } from '@mewayz/core';
import { parseSubmission } from '../../form-submission.ts';
import { moveRequest, variantFields, variantFormSchema } from '../forms.ts';
import { type CatalogIntent, type CatalogIntentArgs, notValid } from '../intent.ts';
import { attempt, namedIn } from './shared.server.ts';

const variantOf = ({ form, product }: CatalogIntentArgs) =>
  namedIn(product.variants, form, 'variantId', 'Variant');

/** A new variant; without a price of its own it takes the product's. */
export const addVariantIntent: CatalogIntent = async ({ form, ctx, deps, product }) => {
  const submission = parseSubmission(form, variantFormSchema(product.currency, { priceRequired: false }));
  if (submission.status !== 'success') return notValid(submission, 'new');
  const fields = variantFields(product.currency, submission.value);
  return attempt(submission, 'new', async () => {
    const v = await commerceService.createVariant(deps, ctx.scope, ctx.actor, product.id, fields);
    const result = submission.reply({ resetForm: true });
    return { ok: true, message: `Variant “${v.name}” added.`, targetId: 'new', result };
  });
};

export const updateVariantIntent: CatalogIntent = async (args) => {
  const variant = variantOf(args);
  const { form, ctx, deps, product } = args;
  const submission = parseSubmission(form, variantFormSchema(product.currency, { priceRequired: true }));
  if (submission.status !== 'success') return notValid(submission, variant.id);
  const fields = variantFields(product.currency, submission.value);
  return attempt(submission, variant.id, async () => {
    const v = await commerceService.updateVariant(deps, ctx.scope, ctx.actor, product.id, variant.id, fields);
    return { ok: true, message: `Variant “${v.name}” saved.`, targetId: variant.id };
  });
};

/** One place up or down: the order buyers see the options in. */
export const moveVariantIntent: CatalogIntent = async (args) => {
  const variant = variantOf(args);
  const { ctx, deps, product, form } = args;
  const { dir, order, changed, place } = moveRequest(
    product.variants.map((v) => v.id),
    variant.id,
    form,
  );
  if (changed) await commerceService.reorderVariants(deps, ctx.scope, ctx.actor, product.id, { ids: order });
  return {
    ok: true,
    message: `“${variant.name}” moved to place ${place}.`,
    focus: `variant-${variant.id}-${dir}`,
  };
};

/** Soft delete: orders keep pointing at it, and its SKU stays reserved. */
export const removeVariantIntent: CatalogIntent = async (args) => {
  const variant = variantOf(args);
  const { ctx, deps, product } = args;
  await commerceService.deleteVariant(deps, ctx.scope, ctx.actor, product.id, variant.id);
  return { ok: true, message: `Variant “${variant.name}” removed.` };
};
