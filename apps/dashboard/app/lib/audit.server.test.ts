import type { AuditRow } from '@mewayz/core';
import { describe, expect, it } from 'vitest';
import { describeAuditEntry } from './audit.server.ts';

const look = {
  items: [],
  total: 0,
  people: { usr_1: { name: 'Alice Rivera', email: 'alice@example.test' } },
  tokenNames: {},
  sites: {},
  products: {
    prod_tee: { name: 'Studio Tee', deleted: false },
    prod_old: { name: 'Old Zine', deleted: true },
  },
};

function entry(action: string, patch: Partial<AuditRow> = {}): AuditRow {
  return {
    id: 'aud_1',
    action,
    actorUserId: 'usr_1',
    actorTokenId: null,
    targetType: 'product',
    targetId: 'prod_tee',
    metadata: null,
    createdAt: '2026-12-02T10:00:00.000Z',
    ...patch,
  };
}

const sentence = (e: AuditRow) => describeAuditEntry(e, look as never);
const text = (e: AuditRow) =>
  sentence(e)
    .map((p) => p.text)
    .join('');

describe('audit sentences of the store', () => {
  it('names the product, links to it while it exists, and says what kind it is', () => {
    expect(
      sentence(entry('product.created', { metadata: { kind: 'physical', slug: 'studio-tee' } })),
    ).toEqual([
      { text: 'Alice Rivera' },
      { text: ' created the physical product ' },
      { text: 'Studio Tee', href: '/products/prod_tee' },
    ]);
    expect(text(entry('product.deleted', { targetId: 'prod_old', metadata: { slug: 'old-zine' } }))).toBe(
      'Alice Rivera deleted the product Old Zine (deleted)',
    );
    expect(
      text(
        entry('product.variant_created', {
          targetType: 'product_variant',
          targetId: 'var_1',
          metadata: { productId: 'prod_tee' },
        }),
      ),
    ).toBe('Alice Rivera added a variant to Studio Tee');
    expect(text(entry('product.images_reordered'))).toBe('Alice Rivera reordered the images of Studio Tee');
  });

  it('names orders by their reference and links to them', () => {
    const refund = sentence(
      entry('order.refund_requested', {
        targetType: 'order',
        targetId: 'ord_01m8v2k2620ntjjcxd2qdfkkbv',
        metadata: { amount: 1000 },
      }),
    );
    expect(refund.map((p) => p.text).join('')).toBe('Alice Rivera asked Stripe to refund order 2QDFKKBV');
    expect(refund.find((p) => p.href)?.href).toBe('/orders/ord_01m8v2k2620ntjjcxd2qdfkkbv');
    expect(
      text(entry('category.deleted', { targetType: 'product_category', metadata: { slug: 'merch' } })),
    ).toBe('Alice Rivera deleted the category “merch”');
  });
});
