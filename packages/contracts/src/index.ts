// The human messages' error map is installed first, before any schema parses.

export * from './ai.ts';
export * from './analytics.ts';
export * from './api.ts';
export * from './campaigns.ts';
export * from './commerce.ts';
export * from './crm.ts';
export * from './currencies.ts';
export * from './domains.ts';
export * from './fields.ts';
export * from './identity.ts';
export * from './ids.ts';
export * from './links.ts';
export * from './messages.ts';
export * from './money.ts';
export * from './money-input.ts';
export * from './orders.ts';
export * from './roles.ts';
export * from './safe-url.ts';
export * from './sales.ts';
export * from './site-inputs.ts';
export * from './site-pages.ts';
export * from './sites.ts';
export * from './storefront.ts';
export * from './text.ts';
export * from './webhooks.ts';
