import {
  type CatalogCategory,
  type CatalogProduct,
  maxCatalogCategories,
  maxCatalogProducts,
  type ProductKind,
  type SiteSnapshot,
  type SnapshotCatalog,
} from '@mewayz/contracts';
import { productCategories, products, sites } from '@mewayz/db/schema';
import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { compileCourses } from '../courses/catalog.ts';
import type { CoreDeps } from '../deps.ts';
import { serveCommitted, siteHosts } from '../sites/published.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { hasStock, productInStock, productParts } from './shared.ts';
import { platformShipsTo, shippingDestinations } from './shipping.ts';

type CategoryRow = typeof productCategories.$inferSelect;

/** Categories parents first, siblings by position; one whose parent is not listed counts as a top one. */
function treeOrder(rows: CategoryRow[]): CatalogCategory[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, CategoryRow[]>();
  for (const r of rows) {
    const parent = r.parentId && ids.has(r.parentId) ? r.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const out: CatalogCategory[] = [];
  const visit = (parent: string | null) => {
    for (const r of children.get(parent) ?? []) {
      out.push({ id: r.id, name: r.name, slug: r.slug, parentId: parent });
      visit(r.id);
    }
  };
  visit(null);
  return out;
}

function groupBy<T extends { productId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.productId, [...(out.get(r.productId) ?? []), r]);
  return out;
}

/**
 * The organization's shop as published sites carry it: its active products, newest first (at most
 * `maxCatalogProducts`), with what a store page shows — never SKUs, stock counts or download files —
 * and its category tree.
 */
export async function compileCatalog(
  scope: TenantScope,
  now: Date = new Date(),
  /** The platform's shipping countries, which a product's `*` rate stands for. */
  shipsTo: readonly string[] = [],
): Promise<SnapshotCatalog> {
  const [rows, categoryRows, courseList] = await Promise.all([
    scope.list(products, eq(products.active, true), {
      orderBy: [desc(products.createdAt), desc(products.id)],
      limit: maxCatalogProducts + 1,
    }),
    scope.list(productCategories, undefined, {
      orderBy: [asc(productCategories.position), asc(productCategories.id)],
      limit: maxCatalogCategories,
    }),
    compileCourses(scope),
  ]);
  const shown = rows.slice(0, maxCatalogProducts);
  const categories = treeOrder(categoryRows);
  const slugOf = new Map(categories.map((c) => [c.id, c.slug]));
  const parts = shown.length
    ? await productParts(
        scope,
        shown.map((r) => r.id),
      )
    : { variants: [], images: [], links: [] };
  const variantsOf = groupBy(parts.variants);
  const imagesOf = groupBy(parts.images);
  const linksOf = groupBy(parts.links);
  const catalogProducts = shown.map((r): CatalogProduct => {
    const variants = (variantsOf.get(r.id) ?? []).map((v) => ({
      id: v.id,
      name: v.name,
      attributes: v.attributes,
      price: v.price,
      compareAtPrice: v.compareAtPrice,
      inStock: hasStock(v.stock),
    }));
    return {
      id: r.id,
      kind: r.kind as ProductKind,
      name: r.name,
      slug: r.slug,
      description: r.description,
      currency: r.currency,
      price: r.price,
      compareAtPrice: r.compareAtPrice,
      suggestedPrice: r.kind === 'pay_what_you_want' ? r.suggestedPrice : null,
      seo: r.seo,
      images: (imagesOf.get(r.id) ?? []).map((i) => ({ key: i.r2Key, alt: i.alt })),
      variants,
      inStock: productInStock(
        r.kind,
        r.stock,
        variants.map((v) => v.inStock),
      ),
      categories: (linksOf.get(r.id) ?? []).flatMap((l) => slugOf.get(l.categoryId) ?? []),
      shipping: r.kind === 'physical' ? shippingDestinations(r.shippingRates, shipsTo) : [],
    };
  });
  return {
    compiledAt: now.toISOString(),
    products: catalogProducts,
    truncated: rows.length > maxCatalogProducts,
    categories,
    ...(courseList.length ? { courses: courseList } : {}),
  };
}

/** Deep equality of JSON values, whatever the key order (MySQL's JSON columns reorder keys). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** Whether two catalogs show the same shop (the compilation time aside). */
function sameShop(a: SnapshotCatalog | undefined, b: SnapshotCatalog): boolean {
  return a !== undefined && sameJson({ ...a, compiledAt: '' }, { ...b, compiledAt: '' });
}

/** How often a refresh recompiles after losing a race with another publish or refresh of a site. */
const maxRefreshRounds = 5;

/**
 * Put the current catalog on every published site of the organization, at once: each gets a new
 * published version — its published snapshot (never the draft) with the new catalog — served from
 * the next request on. A site whose catalog did not change (a SKU edit, stock that did not run out)
 * keeps its version and its cached pages. Called after every catalog change commits, and by
 * checkout when an item sells out.
 */
export async function refreshPublishedCatalog(deps: CoreDeps, scope: TenantScope): Promise<void> {
  let pending: string[] | null = null;
  for (let round = 0; round < maxRefreshRounds; round++) {
    const published = isNotNull(sites.publishedSnapshot);
    const rows = await scope.list(sites, pending ? and(published, inArray(sites.id, pending)) : published);
    // Compiled after the versions were read: a writer that wins the version guard below has seen
    // every catalog change committed before it read, so a later change always gets its own refresh.
    const catalog = await compileCatalog(scope, deps.now(), platformShipsTo(deps));
    const lost: string[] = [];
    await Promise.all(
      rows.map(async (row) => {
        const current = row.publishedSnapshot;
        if (!current || sameShop(current.catalog, catalog)) return;
        const version = row.publishedVersion + 1;
        const snapshot: SiteSnapshot = { ...current, version, catalog };
        const updated = await scope.update(
          sites,
          { publishedSnapshot: snapshot, publishedVersion: version },
          and(eq(sites.id, row.id), eq(sites.publishedVersion, row.publishedVersion)),
        );
        if (updated === 0) {
          lost.push(row.id);
          return;
        }
        const hosts = await siteHosts(deps, scope, row);
        await serveCommitted(deps, scope, row.id, hosts.all, snapshot);
      }),
    );
    if (lost.length === 0) return;
    pending = lost;
  }
  deps.log.warn('catalog refresh kept losing to concurrent publishes', { sites: pending });
}

/**
 * What every catalog change calls once it has committed: the published sites show it from the next
 * request on. A failure here leaves the change made (and the previous shop served until the next
 * change or publish), so it is logged rather than failing a request whose write succeeded.
 */
export async function afterCatalogChange(deps: CoreDeps, scope: TenantScope): Promise<void> {
  try {
    await refreshPublishedCatalog(deps, scope);
  } catch (err) {
    deps.log.error('catalog refresh failed; published sites show the previous shop', {
      error: err instanceof Error ? err.message : String(err),
    });
  }
}
