import { commerceService } from '@mewayz/core';
import { createTestOrg, nodeDeps } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { seedDemoCatalog } from '../src/seed-catalog.ts';

const deps = nodeDeps();
const actor = { userId: null, requestId: 'seed' };

describe('the demo catalog seed', () => {
  it('adds a product of each kind and two categories, and only once', async () => {
    const scope = await createTestOrg(deps);
    expect(await seedDemoCatalog(deps, scope, actor)).toEqual({ created: 3 });
    const page = { page: 1, perPage: 100 };
    const products = (await commerceService.listProducts(deps, scope, {}, page)).items;
    expect(products.map((p) => p.kind).sort()).toEqual(['digital', 'pay_what_you_want', 'physical']);
    const tee = products.find((p) => p.kind === 'physical')!;
    expect(tee.variants.map((v) => [v.name, v.stock])).toEqual([
      ['S', 8],
      ['M', 12],
      ['L', 0],
      ['XL', 4],
    ]);
    expect(tee.categoryIds).toHaveLength(1);
    const categories = (await commerceService.listCategories(deps, scope, page)).items;
    expect(categories.map((c) => c.slug).sort()).toEqual(['digital', 'merch']);

    // Run again (it runs on every `npm start`): nothing added, nothing duplicated.
    expect(await seedDemoCatalog(deps, scope, actor)).toEqual({ created: 0 });
    expect((await commerceService.listProducts(deps, scope, {}, page)).total).toBe(3);
    expect((await commerceService.listCategories(deps, scope, page)).total).toBe(2);

    // A product the creator deleted is not brought back (its slug and SKU stay reserved).
    const tip = products.find((p) => p.kind === 'pay_what_you_want')!;
    await commerceService.deleteProduct(deps, scope, actor, tip.id);
    expect(await seedDemoCatalog(deps, scope, actor)).toEqual({ created: 0 });
    expect((await commerceService.listProducts(deps, scope, {}, page)).total).toBe(2);
  });
});
