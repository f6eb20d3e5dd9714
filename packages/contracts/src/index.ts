export * from './analytics.ts';
export * from './api.ts';
export * from './domains.ts';
export * from './identity.ts';
export * from './links.ts';
export * from './safe-url.ts';
export * from './site-inputs.ts';
export * from './sites.ts';
