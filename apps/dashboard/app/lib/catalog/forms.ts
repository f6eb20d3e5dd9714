import {
  catalogSlug,
  createCategoryInput,
  createVariantInput,
  downloadSettingsSchema,
  isCurrencyCode,
  MAX_SHIPPING_RATES,
  type ProductKind,
  parseMoneyInput,
  productSeoSchema,
  shippingRateSchema,
  skuSchema,
  updateCategoryInput,
  updateProductImageInput,
  updateProductInput,
} from '@mewayz/contracts';
import { z } from 'zod';
import { downloadFileSchema } from './download-file.ts';

/**
 * The catalog's forms as zod schemas, run by Conform in the browser and again by the actions. Each
 * field reuses the contracts' schema (and so its messages); prices are the exception, since people
 * type them in major units (`19.99`, `1500` yen): they stay text here, checked with the currency's
 * decimals by `parseMoneyInput`, and become minor units in `productFields` / `variantFields` once
 * the form is valid. Core checks the result against the contracts once more.
 */

const product = updateProductInput.shape;
/** Product photos come straight from phones and cameras: larger than an avatar may be. */
export const MAX_PRODUCT_IMAGE_BYTES = 5 * 1024 * 1024;
const moneyText = z.string().max(40);

type MoneyKey = 'price' | 'compareAtPrice' | 'minPrice' | 'suggestedPrice';

/** The price fields each kind's form has, and which one must be filled. */
const moneyOfKind: Record<ProductKind, { key: MoneyKey; required: boolean }[]> = {
  physical: [
    { key: 'price', required: true },
    { key: 'compareAtPrice', required: false },
  ],
  digital: [
    { key: 'price', required: true },
    { key: 'compareAtPrice', required: false },
  ],
  pay_what_you_want: [
    { key: 'minPrice', required: false },
    { key: 'suggestedPrice', required: false },
  ],
};

/** A price's problem in the currency: null when it reads. */
function moneyProblem(text: unknown, currency: string, required: boolean): string | null {
  if (typeof text !== 'string' && !required) return null;
  const r = parseMoneyInput(typeof text === 'string' ? text : '', currency);
  return r.ok ? null : r.message;
}

/**
 * A product's details form (create and edit), for one kind. Empty fields are absent (Conform), so
 * an empty compare-at price, SKU or stock means "none".
 */
export function productFormSchema(kind: ProductKind) {
  return z
    .object({
      name: product.name.unwrap(),
      slug: catalogSlug.optional(),
      description: product.description,
      currency: product.currency.unwrap(),
      price: moneyText.optional(),
      compareAtPrice: moneyText.optional(),
      minPrice: moneyText.optional(),
      suggestedPrice: moneyText.optional(),
      sku: skuSchema.optional(),
      active: z.boolean().optional(),
      seo: productSeoSchema.optional(),
      categoryIds: product.categoryIds,
      stock: product.stock,
      shipping: z
        .array(z.object({ country: z.string().max(2).optional(), amount: moneyText.optional() }).optional())
        .max(MAX_SHIPPING_RATES)
        .optional(),
      download: downloadSettingsSchema.pick({ downloadLimit: true, linkExpiryHours: true }).optional(),
      file: downloadFileSchema.optional(),
      removeFile: z.boolean().optional(),
    })
    .superRefine(
      (v, ctx) => {
        // Runs when other fields failed too, so every price problem shows at once.
        if (!isCurrencyCode(v?.currency)) return;
        for (const { key, required } of moneyOfKind[kind]) {
          const problem = moneyProblem(v[key], v.currency, required);
          if (problem) ctx.addIssue({ code: 'custom', path: [key], message: problem });
        }
        if (kind === 'physical') shippingProblems(v.shipping ?? [], v.currency, ctx);
      },
      { when: () => true },
    );
}
export type ProductFormValue = z.output<ReturnType<typeof productFormSchema>>;

type ShippingRow = { country?: string; amount?: string } | undefined;

/** Each filled shipping row needs a destination named once and a price; an empty row is no rate. */
function shippingProblems(rows: ShippingRow[], currency: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (!row?.country && !row?.amount) return;
    const country = shippingRateSchema.shape.country.safeParse(row.country ?? '');
    if (!row.country)
      ctx.addIssue({ code: 'custom', path: ['shipping', i, 'country'], message: 'Choose where' });
    else if (!country.success)
      ctx.addIssue({ code: 'custom', path: ['shipping', i, 'country'], message: 'Choose a country' });
    else if (seen.has(row.country))
      ctx.addIssue({
        code: 'custom',
        path: ['shipping', i, 'country'],
        message: 'This country has a rate already',
      });
    if (row.country) seen.add(row.country);
    const problem = moneyProblem(row.amount, currency, true);
    if (problem) ctx.addIssue({ code: 'custom', path: ['shipping', i, 'amount'], message: problem });
  });
}

/** The filled shipping rows, checked by the schema, as core's rates (prices in minor units). */
function shippingRatesOf(rows: ShippingRow[], currency: string) {
  return rows.flatMap((row) =>
    row?.country && row.amount !== undefined
      ? [{ country: row.country, amount: minor(row.amount, currency) ?? 0 }]
      : [],
  );
}

/** A price already checked by the schema, in minor units (null when left empty). */
function minor(text: string | undefined, currency: string): number | null {
  if (text === undefined) return null;
  const r = parseMoneyInput(text, currency);
  if (!r.ok) throw new Error(`unchecked price: ${r.message}`);
  return r.amount;
}

/** A valid details form as core's product fields of its kind (prices in minor units). */
export function productFields(kind: ProductKind, v: ProductFormValue) {
  const common = {
    name: v.name,
    description: v.description ?? '',
    currency: v.currency,
    active: v.active ?? false,
    sku: v.sku ?? null,
    seo: v.seo ?? { noindex: false },
    categoryIds: v.categoryIds ?? [],
  };
  if (kind === 'pay_what_you_want')
    return {
      ...common,
      minPrice: minor(v.minPrice, v.currency) ?? 0,
      suggestedPrice: minor(v.suggestedPrice, v.currency),
    };
  const priced = {
    ...common,
    price: minor(v.price, v.currency) ?? 0,
    compareAtPrice: minor(v.compareAtPrice, v.currency),
  };
  if (kind === 'physical')
    return {
      ...priced,
      stock: v.stock ?? null,
      shippingRates: shippingRatesOf(v.shipping ?? [], v.currency),
    };
  return {
    ...priced,
    download: {
      downloadLimit: v.download?.downloadLimit ?? 5,
      linkExpiryHours: v.download?.linkExpiryHours ?? 72,
    },
  };
}

const attributes = createVariantInput.shape.attributes;
/** Attribute rows a variant form shows at most (the contract's limit). */
export const maxAttributes = 5;

/**
 * A variant's form. Its prices are in the product's currency; an empty price on a new variant
 * takes the product's. Attributes are key/value rows; a row left empty is no attribute.
 */
export function variantFormSchema(currency: string, opts: { priceRequired: boolean }) {
  const checked = (text: string, ctx: z.RefinementCtx) => {
    const problem = moneyProblem(text, currency, true);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  };
  const required = z
    .string({ error: moneyProblem(undefined, currency, true) ?? '' })
    .max(40)
    .superRefine(checked);
  return z.object({
    name: createVariantInput.shape.name,
    attributes: z
      .array(
        z.object({ key: attributes.keyType.optional(), value: attributes.valueType.optional() }).optional(),
      )
      .max(maxAttributes)
      .superRefine((rows, ctx) => {
        const seen = new Set<string>();
        let filled = 0;
        (rows ?? []).forEach((row, i) => {
          if (!row?.key && !row?.value) return;
          filled++;
          if (!row.key)
            ctx.addIssue({ code: 'custom', path: [i, 'key'], message: 'Name the attribute, like size' });
          else if (seen.has(row.key.toLowerCase()))
            ctx.addIssue({ code: 'custom', path: [i, 'key'], message: 'Use each attribute once' });
          else if (!row.value)
            ctx.addIssue({
              code: 'custom',
              path: [i, 'value'],
              message: `Give the ${row.key} a value, like M`,
            });
          if (row.key) seen.add(row.key.toLowerCase());
        });
        if (filled === 0)
          ctx.addIssue({ code: 'custom', message: 'Give at least one attribute, like size = M' });
      }),
    price: opts.priceRequired ? required : required.optional(),
    compareAtPrice: required.optional(),
    sku: skuSchema.optional(),
    stock: createVariantInput.shape.stock.unwrap().optional(),
  });
}
export type VariantFormValue = z.output<ReturnType<typeof variantFormSchema>>;

/** A valid variant form as core's variant fields. */
export function variantFields(currency: string, v: VariantFormValue) {
  const attrs: Record<string, string> = {};
  for (const row of v.attributes ?? []) if (row?.key && row.value) attrs[row.key] = row.value;
  const price = minor(v.price, currency);
  return {
    ...(v.name ? { name: v.name } : {}),
    attributes: attrs,
    ...(price === null ? {} : { price }),
    compareAtPrice: minor(v.compareAtPrice, currency),
    sku: v.sku ?? null,
    stock: v.stock ?? null,
  };
}

/** Images to add to a product: one or several at once. */
export const imageUploadSchema = z.object({
  images: z
    .array(
      z
        .file()
        .max(MAX_PRODUCT_IMAGE_BYTES, { error: 'Use images of at most 5 MB each' })
        .mime(['image/png', 'image/jpeg', 'image/webp', 'image/gif'], {
          error: 'Use PNG, JPEG, WebP or GIF images',
        }),
      { error: 'Choose one or more images' },
    )
    .min(1, { error: 'Choose one or more images' }),
});

/** An image's alt text (empty: decorative). */
export const imageAltSchema = z.object({ alt: updateProductImageInput.shape.alt.unwrap().optional() });

/** A new category: its name and where it sits (empty: at the top). */
export const categoryCreateSchema = createCategoryInput.pick({ name: true }).extend({
  parentId: createCategoryInput.shape.parentId.unwrap().unwrap().optional(),
});

/** A category's name and place. */
export const categoryUpdateSchema = z.object({
  name: updateCategoryInput.shape.name.unwrap(),
  parentId: updateCategoryInput.shape.parentId.unwrap().unwrap().optional(),
});

/** `ids` with `id` moved one place up or down (unchanged at the ends). */
export function moved(ids: readonly string[], id: string, dir: 'up' | 'down'): string[] {
  const i = ids.indexOf(id);
  const j = dir === 'up' ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= ids.length) return [...ids];
  const out = [...ids];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

/** What a move button asks of a list: its direction, the new order, whether it changes anything, and the item's new place (from 1). */
export function moveRequest(ids: readonly string[], id: string, form: FormData) {
  const dir = form.get('dir') === 'up' ? ('up' as const) : ('down' as const);
  const order = moved(ids, id, dir);
  return { dir, order, changed: order.join() !== ids.join(), place: order.indexOf(id) + 1 };
}
