import { z } from '@hono/zod-openapi';
import { paginationQuery } from './api.ts';
import { currencyCodes, isCurrencyCode, MAX_MINOR_AMOUNT } from './currencies.ts';
import { countOut, instantOut, intIn, listOut, textOut } from './fields.ts';
import { idSchema } from './ids.ts';
import { hasSomeField, NOTHING_TO_CHANGE, say } from './messages.ts';
import { multiLine, oneLinePattern, singleLine } from './text.ts';

/**
 * The commerce catalog's shapes: products of three kinds (digital download, physical, pay what you
 * want), their variants and images, and categories as a tree. Money is always an integer of the
 * currency's minor unit (cents; yen; fils) with an ISO 4217 code beside it.
 */

export const productKinds = ['digital', 'physical', 'pay_what_you_want'] as const;
export type ProductKind = (typeof productKinds)[number];

export const moneyMessages = {
  amount: `Use a whole number of the currency’s smallest unit, like 1999 for 19.99 (0 to ${MAX_MINOR_AMOUNT})`,
  currency: 'Use a three-letter ISO 4217 currency code, like USD, EUR or JPY',
} as const;

/** An ISO 4217 code of a sellable currency (upper case). */
export const currencySchema = z
  .string({ error: moneyMessages.currency })
  .refine(isCurrencyCode, { error: moneyMessages.currency })
  .openapi({ type: 'string', enum: [...currencyCodes], example: 'USD', minLength: 3, maxLength: 3 });

/** An amount in minor units: an integer from 0 to MAX_MINOR_AMOUNT (a float or a string is refused). */
export const moneyAmount = z
  .number({ error: moneyMessages.amount })
  .int({ error: moneyMessages.amount })
  .min(0, { error: moneyMessages.amount })
  .max(MAX_MINOR_AMOUNT, { error: moneyMessages.amount })
  .openapi({ type: 'integer', format: 'int64', minimum: 0, maximum: MAX_MINOR_AMOUNT, example: 1999 });

/** Units in stock; null means stock is not tracked (always available). */
export const MAX_STOCK = 1_000_000;
const stockField = z
  .number()
  .int({ error: 'Use a whole number of items' })
  .min(0, { error: 'Use 0 or more items' })
  .max(MAX_STOCK, { error: `Use at most ${MAX_STOCK} items` })
  .nullable()
  .openapi({ type: 'integer', format: 'int32', minimum: 0, maximum: MAX_STOCK, example: 12 });

const slugPattern = '^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$';
export const catalogSlug = z
  .string()
  .min(1, { error: say.required('slug'), abort: true })
  .max(100, { error: say.tooLong(100), abort: true })
  .regex(new RegExp(slugPattern), { error: 'Use lower-case letters, digits and dashes, like summer-tee' })
  .openapi({ pattern: slugPattern, minLength: 1, maxLength: 100, example: 'summer-tee' });

/**
 * The catalog slug a name gives when none is chosen: `Summer Tee (Blue)!` → `summer-tee-blue`
 * (accents dropped, at most 80 characters); `fallback` when nothing of the name is left.
 */
export function catalogSlugFrom(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || fallback;
}

const skuPattern = '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$';
export const skuSchema = z
  .string()
  .regex(new RegExp(skuPattern), { error: 'Use up to 64 letters, digits, dots, dashes and underscores' })
  .openapi({ pattern: skuPattern, minLength: 1, maxLength: 64, example: 'TEE-BLUE-M' });

/** An object key in R2 (upload comes later; the catalog stores keys only). */
const r2KeyPattern = "^(?!/)(?!.*\\.\\./)[A-Za-z0-9!_.*'()/-]{1,512}$";
export const r2Key = z
  .string()
  .regex(new RegExp(r2KeyPattern), {
    error: 'Use a storage key of letters, digits and / . _ - (no leading slash, no ..)',
  })
  .openapi({ pattern: r2KeyPattern, minLength: 1, maxLength: 512, example: 'products/tee/front.jpg' });

export const productSeoSchema = z
  .object({
    title: singleLine(0, 70).optional(),
    description: singleLine(0, 200).optional(),
    noindex: z.boolean().default(false),
  })
  .strict()
  .openapi('ProductSeo');

export const downloadSettingsSchema = z
  .object({
    fileKey: r2Key.nullable().default(null),
    downloadLimit: intIn(1, 100).default(5),
    linkExpiryHours: intIn(1, 720).default(72),
  })
  .strict()
  .openapi('DownloadSettings', {
    description: 'A digital product’s file and how its expiring signed links are handed out.',
  });

/** `*` in a shipping rate: every country the platform ships to that no other rate names. */
export const everywhereElse = '*';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** Codes the region names know that are not countries a parcel can go to. */
const notCountries = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO']);

/** A country's English name ("DE" → "Germany"); `*` reads as "Everywhere else". */
export function countryName(code: string): string {
  return code === everywhereElse ? 'Everywhere else' : (regionNames.of(code) ?? code);
}

const shippingCountryPattern = '^([A-Z]{2}|\\*)$';

export const shippingRateSchema = z
  .object({
    country: z
      .string()
      .regex(new RegExp(shippingCountryPattern), {
        error: 'Enter a two-letter country code, like US, or * for everywhere else',
      })
      .refine((c) => c === everywhereElse || (!notCountries.has(c) && regionNames.of(c) !== undefined), {
        error: 'That is not a country code',
      })
      .openapi({
        example: 'DE',
        pattern: shippingCountryPattern,
        minLength: 1,
        maxLength: 2,
        description: 'ISO 3166-1 alpha-2, or `*` for every other country shipped to.',
      }),
    amount: moneyAmount.openapi({
      description: 'Minor units of the product’s currency, per order; 0 ships free.',
    }),
  })
  .strict()
  .openapi('ShippingRate');

export const MAX_SHIPPING_RATES = 60;

export const shippingRatesSchema = z
  .array(shippingRateSchema)
  .max(MAX_SHIPPING_RATES)
  .refine((rates) => new Set(rates.map((r) => r.country)).size === rates.length, {
    error: 'List each country once',
  })
  .openapi({
    description:
      'Physical products: shipping per destination. Empty: free shipping to the platform’s countries.',
  });
export type ShippingRate = z.infer<typeof shippingRateSchema>;

const productName = singleLine(1, 200, { field: 'name' });
const description = multiLine(0, 5000).openapi({
  description: 'Markdown, the safe subset of text blocks (emphasis, lists, links).',
});
const categoryIds = z
  .array(idSchema('productCategory'))
  .max(20)
  .refine((ids) => new Set(ids).size === ids.length, { error: 'List each category once' });

const commonCreate = {
  name: productName,
  slug: catalogSlug.optional(),
  description: description.optional(),
  currency: currencySchema,
  compareAtPrice: moneyAmount.nullable().optional(),
  sku: skuSchema.nullable().optional(),
  active: z.boolean().default(true),
  seo: productSeoSchema.default({ noindex: false }),
  categoryIds: categoryIds.default([]),
};

export const createProductInput = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('physical'),
        ...commonCreate,
        price: moneyAmount,
        stock: stockField.default(null),
        shippingRates: shippingRatesSchema.default([]),
      })
      .strict()
      .openapi('CreatePhysicalProduct'),
    z
      .object({
        kind: z.literal('digital'),
        ...commonCreate,
        price: moneyAmount,
        download: downloadSettingsSchema.default({ fileKey: null, downloadLimit: 5, linkExpiryHours: 72 }),
      })
      .strict()
      .openapi('CreateDigitalProduct'),
    z
      .object({
        kind: z.literal('pay_what_you_want'),
        ...commonCreate,
        minPrice: moneyAmount.default(0),
        suggestedPrice: moneyAmount.nullable().default(null),
      })
      .strict()
      .openapi('CreatePayWhatYouWantProduct'),
  ])
  .openapi('CreateProduct');
export type CreateProductInput = z.input<typeof createProductInput>;

/**
 * A product's changes; the kind is fixed. Fields of another kind (`stock` on a download, …) are
 * refused by the service with 422.
 */
export const updateProductInput = z
  .object({
    name: productName,
    slug: catalogSlug,
    description,
    currency: currencySchema,
    price: moneyAmount,
    compareAtPrice: moneyAmount.nullable(),
    sku: skuSchema.nullable(),
    active: z.boolean(),
    seo: productSeoSchema,
    categoryIds,
    stock: stockField,
    shippingRates: shippingRatesSchema,
    download: downloadSettingsSchema.partial().strict(),
    minPrice: moneyAmount,
    suggestedPrice: moneyAmount.nullable(),
  })
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateProduct', { minProperties: 1 });
export type UpdateProductInput = z.input<typeof updateProductInput>;

const attributeKey = singleLine(1, 40, { field: 'attribute' });
const attributeValue = singleLine(1, 80, { field: 'value' });
const attributes = z
  .record(attributeKey, attributeValue)
  .refine((a) => Object.keys(a).length >= 1 && Object.keys(a).length <= 5, {
    error: 'Give one to five attributes, like size and colour',
  })
  .openapi({
    minProperties: 1,
    maxProperties: 5,
    example: { size: 'M', colour: 'Blue' },
    additionalProperties: { type: 'string', maxLength: 80, pattern: oneLinePattern },
  });

export const createVariantInput = z
  .object({
    name: singleLine(1, 120, { field: 'name' }).optional(),
    attributes,
    price: moneyAmount.optional().openapi({ description: 'Defaults to the product’s price.' }),
    compareAtPrice: moneyAmount.nullable().optional(),
    sku: skuSchema.nullable().optional(),
    stock: stockField.default(null),
  })
  .strict()
  .openapi('CreateVariant');
export type CreateVariantInput = z.input<typeof createVariantInput>;

export const updateVariantInput = z
  .object({
    name: singleLine(1, 120, { field: 'name' }),
    attributes,
    price: moneyAmount,
    compareAtPrice: moneyAmount.nullable(),
    sku: skuSchema.nullable(),
    stock: stockField,
    position: intIn(0, 1000),
  })
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateVariant', { minProperties: 1 });
export type UpdateVariantInput = z.input<typeof updateVariantInput>;

export const createProductImageInput = z
  .object({
    key: r2Key,
    alt: singleLine(0, 300).optional(),
  })
  .strict()
  .openapi('CreateProductImage');
export type CreateProductImageInput = z.input<typeof createProductImageInput>;

/** An image's alt text: what it shows, for people who cannot see it (empty: decorative). */
export const updateProductImageInput = z
  .object({ alt: singleLine(0, 300).nullable() })
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateProductImage', { minProperties: 1 });
export type UpdateProductImageInput = z.input<typeof updateProductImageInput>;

/** A new order of a list (a product's images or variants, sibling categories): every id once. */
export const reorderInput = z
  .object({
    ids: z
      .array(z.string().max(40).openapi({ pattern: '^[a-z]+_[0-9a-hjkmnp-tv-z]{26}$', maxLength: 40 }))
      .min(1)
      .max(1000),
  })
  .strict()
  .openapi('Reorder');
export type ReorderInput = z.input<typeof reorderInput>;

export const createCategoryInput = z
  .object({
    name: singleLine(1, 120, { field: 'name' }),
    slug: catalogSlug.optional(),
    parentId: idSchema('productCategory').nullable().default(null),
    position: intIn(0, 10_000).optional(),
  })
  .strict()
  .openapi('CreateCategory');
export type CreateCategoryInput = z.input<typeof createCategoryInput>;

export const updateCategoryInput = z
  .object({
    name: singleLine(1, 120, { field: 'name' }),
    slug: catalogSlug,
    parentId: idSchema('productCategory').nullable(),
    position: intIn(0, 10_000),
  })
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateCategory', { minProperties: 1 });
export type UpdateCategoryInput = z.input<typeof updateCategoryInput>;

export const productListQuery = paginationQuery.extend({
  active: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'Only active (or inactive) products.' }),
  kind: z.enum(productKinds).optional(),
  categoryId: idSchema('productCategory').optional(),
});
export type ProductListQuery = z.infer<typeof productListQuery>;

export const amountOut = z
  .number()
  .int()
  .min(0)
  .max(MAX_MINOR_AMOUNT)
  .openapi({ format: 'int64', example: 1999 });
const stockOut = z.number().int().min(0).max(MAX_STOCK).openapi({ format: 'int32' }).nullable();
export const currencyOut = z
  .string()
  .openapi({ pattern: '^[A-Z]{3}$', minLength: 3, maxLength: 3, example: 'USD' });
export const skuOut = z.string().openapi({ pattern: skuPattern, maxLength: 64 }).nullable();

export const variantSchema = z
  .object({
    id: idSchema('productVariant'),
    productId: idSchema('product'),
    name: textOut(120),
    attributes: z.record(z.string(), z.string()).openapi({
      maxProperties: 5,
      additionalProperties: { type: 'string', maxLength: 80, pattern: oneLinePattern },
    }),
    price: amountOut,
    compareAtPrice: amountOut.nullable(),
    sku: skuOut,
    stock: stockOut,
    inStock: z.boolean(),
    position: countOut,
  })
  .openapi('Variant');

export const productImageSchema = z
  .object({
    id: idSchema('productImage'),
    productId: idSchema('product'),
    key: z.string().openapi({ pattern: r2KeyPattern, maxLength: 512 }),
    alt: textOut(300).nullable(),
    position: countOut,
  })
  .openapi('ProductImage');

export const productSchema = z
  .object({
    id: idSchema('product'),
    kind: z.enum(productKinds),
    name: textOut(200),
    slug: z.string().openapi({ pattern: slugPattern, maxLength: 100 }),
    description: textOut(5000, true),
    currency: currencyOut,
    price: amountOut.openapi({ description: 'For pay what you want: the minimum.' }),
    compareAtPrice: amountOut.nullable(),
    sku: skuOut,
    active: z.boolean(),
    seo: productSeoSchema,
    stock: stockOut.openapi({ description: 'Physical products without variants; null: not tracked.' }),
    inStock: z.boolean(),
    shippingRates: listOut(
      z.object({
        country: z.string().openapi({ pattern: shippingCountryPattern, maxLength: 2 }),
        amount: amountOut,
      }),
      MAX_SHIPPING_RATES,
    ),
    download: z
      .object({
        fileKey: z.string().openapi({ pattern: r2KeyPattern, maxLength: 512 }).nullable(),
        downloadLimit: z.number().int().min(1).max(100).openapi({ format: 'int32' }),
        linkExpiryHours: z.number().int().min(1).max(720).openapi({ format: 'int32' }),
      })
      .nullable(),
    payWhatYouWant: z.object({ minPrice: amountOut, suggestedPrice: amountOut.nullable() }).nullable(),
    categoryIds: listOut(idSchema('productCategory'), 20),
    variants: listOut(variantSchema, 100),
    images: listOut(productImageSchema, 20),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .openapi('Product');

export const categorySchema = z
  .object({
    id: idSchema('productCategory'),
    name: textOut(120),
    slug: z.string().openapi({ pattern: slugPattern, maxLength: 100 }),
    parentId: idSchema('productCategory').nullable(),
    position: countOut,
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .openapi('Category');
