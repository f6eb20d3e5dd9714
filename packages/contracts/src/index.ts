export * from './safe-url.ts';
export * from './sites.ts';
export * from './site-inputs.ts';
