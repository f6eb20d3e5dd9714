import { createTestOrg, nodeDeps } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors.ts';
import { reorderCategories, reorderProductImages, reorderVariants, updateProductImage } from './arrange.ts';
import { createCategory, deleteCategory, listCategories } from './categories.ts';
import { createProduct, getProduct, listProducts } from './products.ts';
import { addProductImage, createVariant, deleteVariant } from './variants.ts';

const deps = nodeDeps();
const actor = { userId: null, requestId: 'req_test' };
const page = { page: 1, perPage: 50 };

async function failure(p: Promise<unknown>): Promise<[number, string | undefined]> {
  try {
    await p;
  } catch (e) {
    const err = e as AppError;
    if (!err.status) throw e;
    return [err.status, err.details[0]?.path];
  }
  throw new Error('expected a failure');
}

const tee = { kind: 'physical', name: 'Tee', currency: 'USD', price: 2000 } as const;

describe('arranging the catalog', () => {
  it('finds products by a part of their name, any case, with % and _ taken literally', async () => {
    const scope = await createTestOrg(deps);
    for (const name of ['Summer Tee', 'Winter hoodie', '100% cotton tote', 'Tee_2'])
      await createProduct(deps, scope, actor, { ...tee, name });
    const names = async (search: string) =>
      (await listProducts(deps, scope, { search }, page)).items.map((p) => p.name).sort();
    expect(await names('tee')).toEqual(['Summer Tee', 'Tee_2']);
    expect(await names('HOODIE')).toEqual(['Winter hoodie']);
    expect(await names('%')).toEqual(['100% cotton tote']);
    expect(await names('_')).toEqual(['Tee_2']);
    expect(await names('  ')).toHaveLength(4);
  });

  it('orders variants and images as listed, after deletions too, and refuses a partial list', async () => {
    const scope = await createTestOrg(deps);
    const p = await createProduct(deps, scope, actor, tee);
    const variants = [];
    for (const size of ['S', 'M', 'L'])
      variants.push(await createVariant(deps, scope, actor, p.id, { attributes: { size } }));
    await deleteVariant(deps, scope, actor, p.id, variants[0]!.id);
    const [vm, vl] = [variants[1]!, variants[2]!];
    await reorderVariants(deps, scope, actor, p.id, { ids: [vl.id, vm.id] });
    expect((await getProduct(deps, scope, p.id)).variants.map((v) => [v.name, v.position])).toEqual([
      ['L', 0],
      ['M', 1],
    ]);
    expect(await failure(reorderVariants(deps, scope, actor, p.id, { ids: [vl.id] }))).toEqual([422, 'ids']);
    expect(
      await failure(reorderVariants(deps, scope, actor, p.id, { ids: [vl.id, vm.id, variants[0]!.id] })),
    ).toEqual([422, 'ids']);
    expect(await failure(reorderVariants(deps, scope, actor, p.id, { ids: [vl.id, vl.id] }))).toEqual([
      422,
      'ids',
    ]);

    const a = await addProductImage(deps, scope, actor, p.id, { key: 'products/a.png' });
    const b = await addProductImage(deps, scope, actor, p.id, { key: 'products/b.png', alt: 'Back' });
    await reorderProductImages(deps, scope, actor, p.id, { ids: [b.id, a.id] });
    expect(await updateProductImage(deps, scope, actor, p.id, a.id, { alt: 'Front' })).toMatchObject({
      alt: 'Front',
      position: 1,
    });
    await updateProductImage(deps, scope, actor, p.id, b.id, { alt: '' });
    expect((await getProduct(deps, scope, p.id)).images.map((i) => [i.key, i.alt])).toEqual([
      ['products/b.png', null],
      ['products/a.png', 'Front'],
    ]);
  });

  it('answers 404 for another workspace’s product, image or category', async () => {
    const [mine, theirs] = await Promise.all([createTestOrg(deps), createTestOrg(deps)]);
    const p = await createProduct(deps, theirs, actor, tee);
    const img = await addProductImage(deps, theirs, actor, p.id, { key: 'products/x.png' });
    const c = await createCategory(deps, theirs, actor, { name: 'Theirs' });
    const own = await createProduct(deps, mine, actor, tee);
    expect(await failure(updateProductImage(deps, mine, actor, p.id, img.id, { alt: 'x' }))).toEqual([
      404,
      undefined,
    ]);
    expect(await failure(updateProductImage(deps, mine, actor, own.id, img.id, { alt: 'x' }))).toEqual([
      404,
      undefined,
    ]);
    expect(await failure(reorderProductImages(deps, mine, actor, p.id, { ids: [img.id] }))).toEqual([
      404,
      undefined,
    ]);
    expect(await failure(reorderCategories(deps, mine, actor, c.id, { ids: [c.id] }))).toEqual([
      404,
      undefined,
    ]);
    expect(await failure(reorderCategories(deps, mine, actor, null, { ids: [c.id] }))).toEqual([422, 'ids']);
  });

  it('orders sibling categories at each level', async () => {
    const scope = await createTestOrg(deps);
    const top = await createCategory(deps, scope, actor, { name: 'Top' });
    const [x, y, z] = [
      await createCategory(deps, scope, actor, { name: 'X', parentId: top.id }),
      await createCategory(deps, scope, actor, { name: 'Y', parentId: top.id }),
      await createCategory(deps, scope, actor, { name: 'Z', parentId: top.id }),
    ];
    await deleteCategory(deps, scope, actor, y.id);
    await reorderCategories(deps, scope, actor, top.id, { ids: [z.id, x.id] });
    const under = (await listCategories(deps, scope, page)).items.filter((c) => c.parentId === top.id);
    expect(under.map((c) => [c.name, c.position])).toEqual([
      ['Z', 0],
      ['X', 1],
    ]);
    await reorderCategories(deps, scope, actor, null, { ids: [top.id] });
  });
});
