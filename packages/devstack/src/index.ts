export { ensureDevVars, localEncryptionKeys } from './dev-vars.ts';
export {
  type OpenAIStandin,
  type OpenAIStandinOptions,
  startOpenAIStandin,
} from './openai/openai-standin.ts';
export {
  demoOrganizationName,
  demoOwnerEmail,
  demoOwnerPassword,
  localIdentityDeps,
  type SeedTarget,
  seedDemo,
} from './seed.ts';
export { seedDemoBlog } from './seed-blog.ts';
export { seedDemoBookings } from './seed-bookings.ts';
export { seedDemoCatalog } from './seed-catalog.ts';
export { seedDemoCourses } from './seed-courses.ts';
export { seedDemoPages } from './seed-pages.ts';
export { demoSiteSlug, seedDemoSite } from './seed-site.ts';
export {
  type StripeEventRecord,
  type StripeStandin,
  type StripeStandinOptions,
  startStripeStandin,
} from './stripe/stripe-standin.ts';
