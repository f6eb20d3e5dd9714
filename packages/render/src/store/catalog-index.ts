import {
  type CatalogCategory,
  type CatalogCourse,
  type CatalogProduct,
  isCurrencyCode,
  MAX_MINOR_AMOUNT,
  type SiteSnapshot,
  type SnapshotCatalog,
  storefrontSlugPattern,
} from '@mewayz/contracts';

/** A snapshot's catalog with its lookups: by product slug and id, by category slug, category subtrees. */
export interface CatalogIndex {
  catalog: SnapshotCatalog;
  /** The catalog's products that can be shown (well-formed: slug, currency, amounts), in its order. */
  products: CatalogProduct[];
  productBySlug: Map<string, CatalogProduct>;
  productById: Map<string, CatalogProduct>;
  /** The catalog's well-formed categories, parents first. */
  categories: CatalogCategory[];
  categoryBySlug: Map<string, CatalogCategory>;
  categoryById: Map<string, CatalogCategory>;
  /** Slugs of a category and all its descendants, by the category's slug. */
  subtree: Map<string, Set<string>>;
  /** The published courses that can be shown (well-formed), newest first, for course blocks. */
  courses: CatalogCourse[];
  courseById: Map<string, CatalogCourse>;
}

/**
 * Indexes by catalog object: the edge keeps a parsed snapshot per published version, so the lookups
 * of a store page (a slug among 200 products) are built once per version, not per request.
 */
const indexes = new WeakMap<SnapshotCatalog, CatalogIndex>();

const isAmount = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= MAX_MINOR_AMOUNT;
const isAmountOrNull = (v: unknown) => v === null || isAmount(v);

/**
 * Whether a product is well formed enough to render: the service only stores valid ones, but a page
 * must never fail (or print a wrong price) because of one bad entry in a stored snapshot.
 */
function showable(p: CatalogProduct): boolean {
  return (
    typeof p.id === 'string' &&
    typeof p.name === 'string' &&
    typeof p.description === 'string' &&
    typeof p.slug === 'string' &&
    storefrontSlugPattern.test(p.slug) &&
    isCurrencyCode(p.currency) &&
    isAmount(p.price) &&
    isAmountOrNull(p.compareAtPrice) &&
    isAmountOrNull(p.suggestedPrice ?? null) &&
    Array.isArray(p.images) &&
    Array.isArray(p.categories) &&
    Array.isArray(p.variants) &&
    p.variants.every(
      (v) => typeof v.name === 'string' && isAmount(v.price) && isAmountOrNull(v.compareAtPrice),
    )
  );
}

/** A course card links to `/courses/<slug>` and prints a price: only well-formed entries get one. */
function showableCourse(c: CatalogCourse): boolean {
  return (
    typeof c.id === 'string' &&
    typeof c.title === 'string' &&
    typeof c.description === 'string' &&
    typeof c.slug === 'string' &&
    storefrontSlugPattern.test(c.slug) &&
    isCurrencyCode(c.currency) &&
    isAmount(c.price) &&
    Array.isArray(c.modules) &&
    c.modules.every((m) => Array.isArray(m?.lessons))
  );
}

function build(catalog: SnapshotCatalog): CatalogIndex {
  const courses = Array.isArray(catalog.courses) ? catalog.courses.filter(showableCourse) : [];
  const products = catalog.products.filter(showable);
  const categories = catalog.categories.filter(
    (c) =>
      typeof c.id === 'string' &&
      typeof c.name === 'string' &&
      typeof c.slug === 'string' &&
      storefrontSlugPattern.test(c.slug),
  );
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const subtree = new Map<string, Set<string>>();
  for (const c of categories) {
    // Each category adds itself to every ancestor's set; the walk is bounded in case of a bad tree.
    let at: CatalogCategory | undefined = c;
    for (let depth = 0; at && depth < 16; depth++) {
      const set = subtree.get(at.slug) ?? new Set<string>();
      set.add(c.slug);
      subtree.set(at.slug, set);
      at = at.parentId ? categoryById.get(at.parentId) : undefined;
    }
  }
  return {
    catalog,
    products,
    productBySlug: new Map(products.map((p) => [p.slug, p])),
    productById: new Map(products.map((p) => [p.id, p])),
    categories,
    categoryBySlug: new Map(categories.map((c) => [c.slug, c])),
    categoryById,
    subtree,
    courses,
    courseById: new Map(courses.map((c) => [c.id, c])),
  };
}

/** The lookups of a snapshot's catalog; null when the snapshot carries none (published before the store). */
export function catalogIndex(snapshot: SiteSnapshot): CatalogIndex | null {
  const catalog = snapshot.catalog;
  if (!catalog || !Array.isArray(catalog.products) || !Array.isArray(catalog.categories)) return null;
  let index = indexes.get(catalog);
  if (!index) {
    index = build(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

/** Whether the site has a store to show: a catalog with at least one product. */
export function hasStore(snapshot: SiteSnapshot): boolean {
  return (catalogIndex(snapshot)?.products.length ?? 0) > 0;
}

/** The products of a category and its subcategories (all products for null), in catalog order. */
export function productsIn(index: CatalogIndex, category: CatalogCategory | null): CatalogProduct[] {
  if (!category) return index.products;
  const slugs = index.subtree.get(category.slug) ?? new Set([category.slug]);
  return index.products.filter((p) => p.categories.some((s) => slugs.has(s)));
}

/**
 * A product of the store by its URL slug (undefined when there is none, or no store). Any string may
 * be asked: only catalog slugs, which match `storefrontSlugPattern`, are found.
 */
export function storeProduct(snapshot: SiteSnapshot, slug: string): CatalogProduct | undefined {
  return catalogIndex(snapshot)?.productBySlug.get(slug);
}

/** A category of the store by its URL slug (undefined when there is none, or no store); any string may be asked. */
export function storeCategory(snapshot: SiteSnapshot, slug: string): CatalogCategory | undefined {
  return hasStore(snapshot) ? catalogIndex(snapshot)?.categoryBySlug.get(slug) : undefined;
}
