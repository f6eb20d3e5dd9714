import type { ProductKind } from '@mewayz/contracts';

/** How the three kinds of product are named and explained to creators. */
export const kindInfo: Record<ProductKind, { label: string; description: string }> = {
  physical: {
    label: 'Physical product',
    description: 'Shipped goods: merch, prints, books. Sizes and colours as variants, with stock.',
  },
  digital: {
    label: 'Digital download',
    description: 'A file buyers download with an expiring link: presets, ebooks, music, templates.',
  },
  pay_what_you_want: {
    label: 'Pay what you want',
    description: 'Buyers choose the amount, from a minimum you set: tips, donations, name-your-price.',
  },
};

/** Short names for lists and badges. */
export const kindShort: Record<ProductKind, string> = {
  physical: 'Physical',
  digital: 'Digital',
  pay_what_you_want: 'Pay what you want',
};
