import type { ProductKind } from './commerce.ts';
import type { CatalogCourse } from './courses.ts';

/**
 * The shop as a published site carries it: what the store and product pages (and the product and
 * collection blocks) need, compiled from the organization's catalog when a site is published and
 * again after every catalog change. Stock counts never leave the database — only whether something
 * can be bought.
 */

/** Most products a snapshot carries (newest first); an organization with more shows its newest 200. */
export const maxCatalogProducts = 200;

/** Most categories a snapshot carries (by position); a category beyond it is not shown in the store. */
export const maxCatalogCategories = 200;

/** Most items of one line a buyer may ask for on a product page (checkout enforces the same bound). */
export const maxLineQuantity = 1000;

/**
 * What a product or category slug looks like in a store URL (`/p/<slug>`, `/store/<slug>`): the
 * catalog's own slug rule, checked at the edge before a slug may become part of a cache key.
 */
export const storefrontSlugPattern = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;

export interface CatalogVariant {
  id: string;
  name: string;
  attributes: Record<string, string>;
  /** Minor units of the product's currency. */
  price: number;
  compareAtPrice: number | null;
  inStock: boolean;
}

export interface CatalogImage {
  /** The object's key in the media bucket, served by the site at `/media/<key>`. */
  key: string;
  alt: string | null;
}

export interface CatalogProduct {
  id: string;
  kind: ProductKind;
  name: string;
  slug: string;
  /** Markdown, the safe subset of text blocks. */
  description: string;
  currency: string;
  /** Minor units; for pay what you want, the minimum. */
  price: number;
  compareAtPrice: number | null;
  /** Pay what you want: the amount the page suggests (null: the minimum). */
  suggestedPrice: number | null;
  seo: { title?: string; description?: string; noindex: boolean };
  /** In display order. */
  images: CatalogImage[];
  /** In display order; empty for products without variants. */
  variants: CatalogVariant[];
  /** Whether anything of it can be bought now (some variant in stock, or the product itself). */
  inStock: boolean;
  /** Slugs of the categories it is in. */
  categories: string[];
  /**
   * Physical products with shipping rates: every destination a buyer may pick and its price (minor
   * units, per order), `*` already expanded to the platform's countries. Empty: shipping is free to
   * the platform's countries and the address alone is asked for at checkout.
   */
  shipping: { country: string; amount: number }[];
}

export interface CatalogCategory {
  id: string;
  name: string;
  slug: string;
  /** Id of the parent category; null at the top of the tree. */
  parentId: string | null;
}

/** The organization's active products and its category tree, as of `compiledAt`. */
export interface SnapshotCatalog {
  /** ISO-8601 instant of the compilation (the sitemap's lastmod of store pages). */
  compiledAt: string;
  /** Active, non-deleted products, newest first, at most {@link maxCatalogProducts}. */
  products: CatalogProduct[];
  /** Whether the organization has more active products than the snapshot carries. */
  truncated: boolean;
  /** Every category, parents before children, siblings by position. */
  categories: CatalogCategory[];
  /** Published courses, newest first (absent in snapshots compiled before courses existed). */
  courses?: CatalogCourse[];
}
