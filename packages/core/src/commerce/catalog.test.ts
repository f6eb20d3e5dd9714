import { auditLog, products } from '@mewayz/db/schema';
import { createTestOrg, failureOf, nodeDeps } from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dbOf } from '../data/db-handle.ts';
import type { AppError } from '../errors.ts';
import { checkPurchasable, takeStock } from './availability.ts';
import { createCategory, updateCategory } from './categories.ts';
import { createProduct, deleteProduct, getProduct, listProducts, updateProduct } from './products.ts';
import { createVariant } from './variants.ts';

const deps = nodeDeps();
const actor = { userId: null, requestId: 'req_test' };

const failure = failureOf;

const tee = (extra: object = {}) =>
  ({ kind: 'physical', name: 'Tee', currency: 'USD', price: 2000, ...extra }) as const;

describe('commerce catalog service', () => {
  it('answers 409, not a 500, when two writers race for one SKU', async () => {
    const scope = await createTestOrg(deps);
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => createProduct(deps, scope, actor, tee({ sku: 'RACE-1' }))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results)
      if (r.status === 'rejected') expect((r.reason as AppError).status, String(r.reason)).toBe(409);
  });

  it('writes each change with its audit row, and soft-deletes', async () => {
    const scope = await createTestOrg(deps);
    const p = await createProduct(deps, scope, actor, tee());
    await updateProduct(deps, scope, actor, p.id, { name: 'Tee v2' });
    await deleteProduct(deps, scope, actor, p.id);
    const audit = await dbOf(deps)
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.organizationId, scope.orgId));
    expect(audit.map((a) => a.action).sort()).toEqual([
      'product.created',
      'product.deleted',
      'product.updated',
    ]);
    expect(await failure(getProduct(deps, scope, p.id))).toEqual([404, 'not_found', undefined]);
    expect((await listProducts(deps, scope, {}, { page: 1, perPage: 10 })).total).toBe(0);
    // The row is still there for the orders that point at it.
    expect(await scope.count(products, undefined, { withDeleted: true })).toBe(1);
  });

  it('refuses category cycles at any depth', async () => {
    const scope = await createTestOrg(deps);
    const a = await createCategory(deps, scope, actor, { name: 'A' });
    const b = await createCategory(deps, scope, actor, { name: 'B', parentId: a.id });
    const c = await createCategory(deps, scope, actor, { name: 'C', parentId: b.id });
    expect(await failure(updateCategory(deps, scope, actor, a.id, { parentId: c.id }))).toEqual([
      422,
      'validation_failed',
      'parentId',
    ]);
    expect((await updateCategory(deps, scope, actor, c.id, { parentId: a.id })).parentId).toBe(a.id);
  });

  it('checks lines for checkout: inactive products, variants, quantities and stock', async () => {
    const scope = await createTestOrg(deps);
    const p = await createProduct(deps, scope, actor, tee({ currency: 'JPY', price: 3000 }));
    const m = await createVariant(deps, scope, actor, p.id, { attributes: { size: 'M' }, stock: 2 });
    const line = await checkPurchasable(deps, scope, { productId: p.id, variantId: m.id, quantity: 2 });
    expect(line).toMatchObject({ currency: 'JPY', unitPrice: 3000, quantity: 2 });
    expect(await failure(checkPurchasable(deps, scope, { productId: p.id, quantity: 1 }))).toEqual([
      422,
      'validation_failed',
      'variantId',
    ]);
    expect(
      await failure(checkPurchasable(deps, scope, { productId: p.id, variantId: m.id, quantity: 3 })),
    ).toEqual([409, 'conflict', 'out_of_stock']);
    for (const quantity of [0, -1, 1.5])
      expect(
        (await failure(checkPurchasable(deps, scope, { productId: p.id, variantId: m.id, quantity })))[0],
      ).toBe(422);

    // Two buyers of the last items: the conditional update lets exactly one through.
    const results = await Promise.allSettled([
      scope.transaction((tx) => takeStock(tx, line)),
      scope.transaction((tx) => takeStock(tx, line)),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await getProduct(deps, scope, p.id)).variants[0]).toMatchObject({ stock: 0, inStock: false });

    await updateProduct(deps, scope, actor, p.id, { active: false });
    expect(
      await failure(checkPurchasable(deps, scope, { productId: p.id, variantId: m.id, quantity: 1 })),
    ).toEqual([422, 'validation_failed', 'productId']);

    // Untracked stock is unlimited.
    const zine = await createProduct(deps, scope, actor, {
      kind: 'digital',
      name: 'Zine',
      currency: 'USD',
      price: 500,
    });
    const zineLine = await checkPurchasable(deps, scope, { productId: zine.id, quantity: 900 });
    await scope.transaction((tx) => takeStock(tx, zineLine));
  });
});
