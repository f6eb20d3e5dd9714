import { createProductInput, createVariantInput, updateProductInput } from '@mewayz/contracts';
import { describe, expect, it } from 'vitest';
import { parseSubmission } from '../form-submission.ts';
import {
  categoryCreateSchema,
  moved,
  productFields,
  productFormSchema,
  variantFields,
  variantFormSchema,
} from './forms.ts';

const form = (fields: Record<string, string | string[] | File>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields))
    for (const one of Array.isArray(v) ? v : [v]) f.append(k, one as string | Blob);
  return f;
};
const errorsOf = (s: { status?: string; error?: Record<string, string[] | null> | null }) =>
  Object.fromEntries(Object.entries(s.error ?? {}).map(([k, v]) => [k, v?.[0]]));

describe('the product form', () => {
  it('reads a physical product typed as a creator would, into the contract’s input', () => {
    const s = parseSubmission(
      form({
        _csrf: 'x',
        name: 'Studio Tee',
        slug: '',
        description: 'Soft **cotton**',
        currency: 'USD',
        price: '19.99',
        compareAtPrice: '',
        sku: 'TEE-1',
        active: 'on',
        'seo.title': 'Tee',
        stock: '12',
        categoryIds: 'cat_01jd3v6w0m8x9y2z3a4b5c6d7e',
      }),
      productFormSchema('physical'),
    );
    if (s.status !== 'success') throw new Error(JSON.stringify(s.error));
    const input = { kind: 'physical' as const, slug: s.value.slug, ...productFields('physical', s.value) };
    expect(input).toMatchObject({
      name: 'Studio Tee',
      price: 1999,
      compareAtPrice: null,
      stock: 12,
      active: true,
      sku: 'TEE-1',
      seo: { title: 'Tee', noindex: false },
      categoryIds: ['cat_01jd3v6w0m8x9y2z3a4b5c6d7e'],
    });
    expect(createProductInput.safeParse(input).success).toBe(true);
  });

  it('names every problem next to its field, prices in the currency’s decimals included', () => {
    const s = parseSubmission(
      form({ name: '', currency: 'USD', price: '19.999', compareAtPrice: '12,50', stock: '-1' }),
      productFormSchema('physical'),
    );
    expect(errorsOf(s)).toEqual({
      name: 'Enter a name',
      price: 'USD amounts have at most 2 decimals, like 19.99',
      compareAtPrice: 'Use a dot for the decimals, like 19.99',
      stock: 'Use 0 or more items',
    });
    const yen = parseSubmission(
      form({ name: 'Zine', currency: 'JPY', price: '12.5' }),
      productFormSchema('digital'),
    );
    expect(errorsOf(yen)).toEqual({ price: 'JPY amounts have no decimals: type a whole number, like 1500' });
    const none = parseSubmission(form({ name: 'Zine', currency: 'JPY' }), productFormSchema('digital'));
    expect(errorsOf(none)).toEqual({ price: 'Type a price, like 1500' });
  });

  it('reads a digital product in yen and a pay-what-you-want product', () => {
    const s = parseSubmission(
      form({
        name: 'Zine',
        currency: 'JPY',
        price: '1500',
        'download.downloadLimit': '3',
        'download.linkExpiryHours': '24',
        active: 'on',
      }),
      productFormSchema('digital'),
    );
    if (s.status !== 'success') throw new Error(JSON.stringify(s.error));
    expect(productFields('digital', s.value)).toMatchObject({
      price: 1500,
      download: { downloadLimit: 3, linkExpiryHours: 24 },
    });
    const tip = parseSubmission(
      form({ name: 'Tip', currency: 'EUR', minPrice: '1', suggestedPrice: '5.50' }),
      productFormSchema('pay_what_you_want'),
    );
    if (tip.status !== 'success') throw new Error(JSON.stringify(tip.error));
    const fields = productFields('pay_what_you_want', tip.value);
    expect(fields).toMatchObject({ minPrice: 100, suggestedPrice: 550, active: false });
    expect(updateProductInput.safeParse(fields).success).toBe(true);
  });
});

describe('the variant form', () => {
  it('turns attribute rows into the contract’s attributes, empty rows left out', () => {
    const s = parseSubmission(
      form({
        'attributes[0].key': 'size',
        'attributes[0].value': 'M',
        'attributes[1].key': '',
        'attributes[1].value': '',
        price: '',
        stock: '4',
      }),
      variantFormSchema('EUR', { priceRequired: false }),
    );
    if (s.status !== 'success') throw new Error(JSON.stringify(s.error));
    const input = variantFields('EUR', s.value);
    expect(input).toEqual({ attributes: { size: 'M' }, compareAtPrice: null, sku: null, stock: 4 });
    expect(createVariantInput.safeParse(input).success).toBe(true);
  });

  it('says which row is missing what', () => {
    const s = parseSubmission(
      form({
        'attributes[0].key': 'size',
        'attributes[1].key': 'Size',
        'attributes[1].value': 'L',
        'attributes[2].value': 'Blue',
        price: '3.5.0',
      }),
      variantFormSchema('EUR', { priceRequired: true }),
    );
    expect(errorsOf(s)).toEqual({
      'attributes[0].value': 'Give the size a value, like M',
      'attributes[1].key': 'Use each attribute once',
      'attributes[2].key': 'Name the attribute, like size',
      price: 'Type the amount as a number, like 19.99',
    });
    const empty = parseSubmission(form({}), variantFormSchema('JPY', { priceRequired: true }));
    expect(errorsOf(empty)).toEqual({
      attributes: 'Give at least one attribute, like size = M',
      price: 'Type a price, like 1500',
    });
  });
});

describe('small pieces', () => {
  it('reads a category at the top level or under a parent', () => {
    const top = parseSubmission(form({ name: 'Merch', parentId: '' }), categoryCreateSchema);
    expect(top.status === 'success' && top.value).toEqual({ name: 'Merch' });
  });

  it('moves an id one place, and not past the ends', () => {
    expect(moved(['a', 'b', 'c'], 'b', 'up')).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 'b', 'down')).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b'], 'a', 'up')).toEqual(['a', 'b']);
    expect(moved(['a', 'b'], 'z', 'up')).toEqual(['a', 'b']);
  });
});
