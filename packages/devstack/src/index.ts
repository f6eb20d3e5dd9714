export { demoOrganizationName, demoOwnerEmail, demoOwnerPassword, localIdentityDeps, seedDemo, type SeedTarget } from './seed.ts';
export { demoSiteSlug, seedDemoSite } from './seed-site.ts';
