import {
  boolean,
  char,
  index,
  int,
  json,
  mysqlEnum,
  mysqlTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/mysql-core';
import { createdAt, deletedAt, idColumn, orgColumn, updatedAt } from './columns.ts';

/**
 * The commerce catalog. Money is an integer of the currency's minor unit (cents, yen, fils) beside
 * an ISO 4217 `currency`; products and variants are soft-deleted so orders keep pointing at what was
 * sold, and a deleted product's slug and SKU stay reserved (the unique keys keep them).
 */
export const productKindValues = ['digital', 'physical', 'pay_what_you_want'] as const;

export const products = mysqlTable(
  'products',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    kind: mysqlEnum('kind', productKindValues).notNull(),
    name: varchar('name', { length: 200 }).notNull(),
    slug: varchar('slug', { length: 100 }).notNull(),
    /** Markdown, the safe subset of text blocks. */
    description: text('description').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    /** Minor units; for pay what you want, the minimum. */
    price: int('price').notNull(),
    compareAtPrice: int('compare_at_price'),
    sku: varchar('sku', { length: 64 }),
    active: boolean('active').notNull().default(true),
    seo: json('seo').$type<{ title?: string; description?: string; noindex: boolean }>().notNull(),
    /** Physical products without variants; null: not tracked. */
    stock: int('stock'),
    /**
     * Physical products: the shipping price per destination (`country` ISO 3166-1 alpha-2, or `*` for
     * every other country the platform ships to), minor units of `currency`, per order. Null or empty:
     * shipping is free to the platform's countries.
     */
    shippingRates: json('shipping_rates').$type<{ country: string; amount: number }[]>(),
    /** Digital downloads: the R2 key of the file and how its signed links are handed out. */
    fileKey: varchar('file_key', { length: 512 }),
    downloadLimit: smallint('download_limit'),
    linkExpiryHours: smallint('link_expiry_hours'),
    /** Pay what you want: the suggested amount (the minimum is `price`). */
    suggestedPrice: int('suggested_price'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    uniqueIndex('products_org_slug_uq').on(t.organizationId, t.slug),
    uniqueIndex('products_org_sku_uq').on(t.organizationId, t.sku),
    index('products_org_created_idx').on(t.organizationId, t.createdAt),
  ],
);

export const productVariants = mysqlTable(
  'product_variants',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    productId: idColumn('product_id').notNull(),
    name: varchar('name', { length: 120 }).notNull(),
    attributes: json('attributes').$type<Record<string, string>>().notNull(),
    price: int('price').notNull(),
    compareAtPrice: int('compare_at_price'),
    sku: varchar('sku', { length: 64 }),
    stock: int('stock'),
    position: int('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    uniqueIndex('product_variants_org_sku_uq').on(t.organizationId, t.sku),
    index('product_variants_product_idx').on(t.organizationId, t.productId, t.position),
  ],
);

/** Categories form a tree per organization (`parent_id` null at the top), ordered by `position`. */
export const productCategories = mysqlTable(
  'product_categories',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    parentId: idColumn('parent_id'),
    name: varchar('name', { length: 120 }).notNull(),
    slug: varchar('slug', { length: 100 }).notNull(),
    position: int('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    uniqueIndex('product_categories_org_slug_uq').on(t.organizationId, t.slug),
    index('product_categories_parent_idx').on(t.organizationId, t.parentId, t.position),
  ],
);

/** Which categories a product is in. */
export const productCategoryLinks = mysqlTable(
  'product_category_links',
  {
    organizationId: orgColumn(),
    productId: idColumn('product_id').notNull(),
    categoryId: idColumn('category_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.productId, t.categoryId] }),
    index('product_category_links_category_idx').on(t.organizationId, t.categoryId),
  ],
);

/** A product's images: R2 keys in display order. */
export const productImages = mysqlTable(
  'product_images',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    productId: idColumn('product_id').notNull(),
    r2Key: varchar('r2_key', { length: 512 }).notNull(),
    alt: varchar('alt', { length: 300 }),
    position: int('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('product_images_product_idx').on(t.organizationId, t.productId, t.position)],
);
