import type {
  CreateCategoryInput,
  CreateProductImageInput,
  CreateProductInput,
  CreateVariantInput,
} from '@mewayz/contracts';
import { type Actor, AppError, type CoreDeps, commerceService, type TenantScope } from '@mewayz/core';

/** The demo shop's categories, by slug. */
const demoCategories: (CreateCategoryInput & { slug: string })[] = [
  { name: 'Digital', slug: 'digital' },
  { name: 'Merch', slug: 'merch' },
];

/**
 * The demo shop: one product of each kind, by slug, with the category slugs it sits in. Its pictures
 * are render's demo artwork, which every site host serves at `/media/demo/<name>`.
 */
const demoProducts: {
  input: CreateProductInput & { slug: string };
  categories: string[];
  variants?: CreateVariantInput[];
  images: CreateProductImageInput[];
}[] = [
  {
    input: {
      kind: 'digital',
      name: 'Film Look Presets',
      slug: 'film-look-presets',
      description:
        'Twelve **Lightroom presets** from my travel work.\n\n- Desktop and mobile\n- Lifetime updates',
      currency: 'USD',
      price: 1900,
      compareAtPrice: 2900,
      sku: 'DEMO-PRESETS',
      download: { fileKey: 'demo/downloads/film-look-presets.zip', downloadLimit: 5, linkExpiryHours: 72 },
    },
    categories: ['digital'],
    images: [{ key: 'demo/product-presets.svg', alt: 'Three photo prints fanned out' }],
  },
  {
    input: {
      kind: 'physical',
      name: 'Studio Tee',
      slug: 'studio-tee',
      description: 'Heavyweight organic cotton, printed in Lisbon.',
      currency: 'EUR',
      price: 3200,
      sku: 'DEMO-TEE',
      // Free at home in Portugal, €5 to Spain, €12 to the platform's other countries.
      shippingRates: [
        { country: 'PT', amount: 0 },
        { country: 'ES', amount: 500 },
        { country: '*', amount: 1200 },
      ],
    },
    categories: ['merch'],
    variants: [
      { attributes: { size: 'S' }, sku: 'DEMO-TEE-S', stock: 8 },
      { attributes: { size: 'M' }, sku: 'DEMO-TEE-M', stock: 12 },
      { attributes: { size: 'L' }, sku: 'DEMO-TEE-L', stock: 0 },
      { attributes: { size: 'XL' }, sku: 'DEMO-TEE-XL', price: 3500, stock: 4 },
    ],
    images: [{ key: 'demo/product-tee.svg', alt: 'A black tee with an orange record print' }],
  },
  {
    input: {
      kind: 'pay_what_you_want',
      name: 'Tip Jar',
      slug: 'tip-jar',
      description: 'Enjoying the free tutorials? Buy me a coffee.',
      currency: 'USD',
      minPrice: 100,
      suggestedPrice: 500,
    },
    categories: [],
    images: [{ key: 'demo/product-tip-jar.svg', alt: 'A jar of coins with a heart' }],
  },
];

/** Create unless it exists: a 409 means the slug or SKU is there already (perhaps deleted by the creator). */
export async function unlessTaken<T>(create: () => Promise<T>): Promise<T | null> {
  try {
    return await create();
  } catch (err) {
    if (err instanceof AppError && err.status === 409) return null;
    throw err;
  }
}

/**
 * The demo tenant's catalog: two categories and a digital download, a tee with size variants and
 * stock, and a tip jar, each with a picture. Idempotent: what exists (by slug) is kept as the creator
 * left it.
 */
export async function seedDemoCatalog(deps: CoreDeps, scope: TenantScope, actor: Actor) {
  const page = { page: 1, perPage: 100 };
  const categories = (await commerceService.listCategories(deps, scope, page)).items;
  const categoryIds = new Map(categories.map((c) => [c.slug, c.id]));
  for (const c of demoCategories) {
    if (categoryIds.has(c.slug)) continue;
    const created = await unlessTaken(() => commerceService.createCategory(deps, scope, actor, c));
    if (created) categoryIds.set(created.slug, created.id);
  }
  const existing = new Set(
    (await commerceService.listProducts(deps, scope, {}, page)).items.map((p) => p.slug),
  );
  let created = 0;
  for (const p of demoProducts) {
    if (existing.has(p.input.slug)) continue;
    const ids = p.categories.flatMap((slug) => categoryIds.get(slug) ?? []);
    const product = await unlessTaken(() =>
      commerceService.createProduct(deps, scope, actor, { ...p.input, categoryIds: ids }),
    );
    if (!product) continue;
    created++;
    for (const v of p.variants ?? []) await commerceService.createVariant(deps, scope, actor, product.id, v);
    for (const i of p.images) await commerceService.addProductImage(deps, scope, actor, product.id, i);
  }
  return { created };
}
