export * from './availability.ts';
export * from './categories.ts';
export * from './products.ts';
export * from './storefront.ts';
export * from './variants.ts';
