import { currencyCodes, MAX_SHIPPING_RATES, type ProductKind, productKinds } from '@mewayz/contracts';
import { commerceService, formatMoney, type TenantScope, toDecimalString } from '@mewayz/core';
import { z } from 'zod';
import type { DashboardDeps } from '../env.server.ts';
import { mediaKeyPattern } from '../media.server.ts';
import { dashboardPageSize } from '../paging.server.ts';
import { categoryTree } from './category-tree.ts';
import { downloadInfo } from './files.server.ts';
import type { ProductView } from './intent.ts';

/**
 * The catalog pages' data. Every amount leaves here already formatted by core's `formatMoney`
 * (the currency's own decimals: `$19.99`, `¥1,500`), so no money code ships to the browser.
 */

/** Categories a workspace's pages show at most: the whole tree in one read. */
export const categoryCap = 500;

export async function categoriesOf(deps: DashboardDeps, scope: TenantScope) {
  const { items, total } = await commerceService.listCategories(deps, scope, {
    page: 1,
    perPage: categoryCap,
  });
  return { tree: categoryTree(items), total };
}

/** The editor's `/media/<key>` for an image this dashboard stored; null for keys it cannot serve. */
export function imageSrc(key: string): string | null {
  return mediaKeyPattern.test(key) ? `/media/${key}` : null;
}

const money = (p: { currency: string }, amount: number | null) =>
  amount === null ? null : formatMoney(amount, p.currency);

/** The price as the list shows it: a range over variants, "from" the minimum of pay what you want. */
function priceLabel(p: ProductView): string {
  if (p.kind === 'pay_what_you_want') return `from ${money(p, p.price)}`;
  const prices = p.variants.length ? p.variants.map((v) => v.price) : [p.price];
  const [low, high] = [Math.min(...prices), Math.max(...prices)];
  return low === high ? money(p, low)! : `${money(p, low)} – ${money(p, high)}`;
}

/** Units in stock, or null when not tracked (digital, pay what you want, untracked items). */
function stockCount(p: ProductView): number | null {
  if (p.kind !== 'physical') return null;
  if (p.variants.length === 0) return p.stock;
  if (p.variants.some((v) => v.stock === null)) return null;
  return p.variants.reduce((n, v) => n + (v.stock ?? 0), 0);
}

export const productQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  kind: z.enum(productKinds).optional().catch(undefined),
  status: z.enum(['active', 'inactive']).optional().catch(undefined),
  category: z.string().max(40).optional().catch(undefined),
});
export type ProductQuery = z.infer<typeof productQuery>;

export function readProductQuery(request: Request): ProductQuery {
  const params = new URL(request.url).searchParams;
  return productQuery.parse({
    q: params.get('q') || undefined,
    kind: params.get('kind') || undefined,
    status: params.get('status') || undefined,
    category: params.get('category') || undefined,
  });
}

/** `/products`: one page of the catalog, filtered, with what each row shows. */
export async function productListPage(
  deps: DashboardDeps,
  scope: TenantScope,
  query: ProductQuery,
  paging: { page: number; perPage: number } = { page: 1, perPage: dashboardPageSize },
) {
  const { tree } = await categoriesOf(deps, scope);
  // A category not of this workspace (deleted, or another's) is no filter, and is not echoed back.
  const categoryId = tree.some((c) => c.id === query.category) ? query.category : undefined;
  const found = await commerceService.listProducts(
    deps,
    scope,
    {
      search: query.q,
      kind: query.kind,
      active: query.status === undefined ? undefined : query.status === 'active',
      categoryId,
    },
    paging,
  );
  const names = new Map(tree.map((c) => [c.id, c.path]));
  const products = found.items.map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    active: p.active,
    price: priceLabel(p),
    stock: stockCount(p),
    variants: p.variants.length,
    thumbnail: p.images[0] ? { src: imageSrc(p.images[0].key), alt: p.images[0].alt ?? '' } : null,
    categories: p.categoryIds.flatMap((id) => names.get(id) ?? []),
  }));
  return {
    products,
    total: found.total,
    query: { ...query, category: categoryId },
    categories: tree.map((c) => ({ id: c.id, label: c.path })),
  };
}

/** The details form's starting values: prices back in major units, as they were typed. */
export function productFormDefaults(p: ProductView) {
  const major = (amount: number | null) => (amount === null ? '' : toDecimalString(amount, p.currency));
  return {
    name: p.name,
    slug: p.slug,
    description: p.description,
    currency: p.currency,
    price: p.kind === 'pay_what_you_want' ? '' : major(p.price),
    compareAtPrice: major(p.compareAtPrice),
    minPrice: p.payWhatYouWant ? major(p.payWhatYouWant.minPrice) : '',
    suggestedPrice: p.payWhatYouWant ? major(p.payWhatYouWant.suggestedPrice) : '',
    sku: p.sku ?? '',
    active: p.active,
    seo: { title: p.seo.title ?? '', description: p.seo.description ?? '', noindex: p.seo.noindex },
    categoryIds: p.categoryIds,
    stock: p.stock === null ? '' : String(p.stock),
    shipping:
      p.kind === 'physical'
        ? [
            ...p.shippingRates.map((r) => ({ country: r.country, amount: major(r.amount) })),
            ...emptyShippingRows(p.shippingRates.length),
          ]
        : undefined,
    download: p.download
      ? {
          downloadLimit: String(p.download.downloadLimit),
          linkExpiryHours: String(p.download.linkExpiryHours),
        }
      : undefined,
  };
}
export type ProductFormDefaults = ReturnType<typeof productFormDefaults>;

/** Blank rows under a product's shipping rates, to add some without JavaScript. */
function emptyShippingRows(filled: number) {
  const n = Math.min(MAX_SHIPPING_RATES - filled, filled === 0 ? 3 : 2);
  return Array.from({ length: Math.max(0, n) }, () => ({ country: '', amount: '' }));
}

/** What a new product's form starts with. */
export function newProductDefaults(kind: ProductKind) {
  return {
    currency: 'USD',
    active: true,
    ...(kind === 'physical' ? { shipping: emptyShippingRows(0) } : {}),
    ...(kind === 'digital' ? { download: { downloadLimit: '5', linkExpiryHours: '72' } } : {}),
    ...(kind === 'pay_what_you_want' ? { minPrice: '0' } : {}),
  };
}

/** `/products/<id>`: the product, its images, variants and file, and the choices its forms offer. */
export async function productEditorPage(deps: DashboardDeps, scope: TenantScope, productId: string) {
  const [p, { tree }] = await Promise.all([
    commerceService.getProduct(deps, scope, productId),
    categoriesOf(deps, scope),
  ]);
  const file = p.download?.fileKey ? await downloadInfo(deps, p.download.fileKey) : null;
  return {
    product: {
      id: p.id,
      kind: p.kind,
      name: p.name,
      slug: p.slug,
      active: p.active,
      currency: p.currency,
      price: priceLabel(p),
      updatedAt: p.updatedAt,
    },
    defaults: productFormDefaults(p),
    file,
    images: p.images.map((i) => ({ id: i.id, src: imageSrc(i.key), alt: i.alt ?? '' })),
    variants: p.variants.map((v) => ({
      id: v.id,
      name: v.name,
      attributes: Object.entries(v.attributes),
      price: money(p, v.price)!,
      compareAtPrice: money(p, v.compareAtPrice),
      sku: v.sku,
      stock: v.stock,
      defaults: {
        name: v.name,
        attributes: Object.entries(v.attributes).map(([key, value]) => ({ key, value })),
        price: toDecimalString(v.price, p.currency),
        compareAtPrice: v.compareAtPrice === null ? '' : toDecimalString(v.compareAtPrice, p.currency),
        sku: v.sku ?? '',
        stock: v.stock === null ? '' : String(v.stock),
      },
    })),
    productPrice: money(p, p.price)!,
    categories: tree.map((c) => ({ id: c.id, label: c.path })),
    currencies: currencyCodes,
    shipsTo: commerceService.platformShipsTo(deps),
  };
}
export type ProductEditorPage = Awaited<ReturnType<typeof productEditorPage>>;
