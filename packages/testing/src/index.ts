export {
  type OpenAIStandin,
  standinModel,
  startOpenAIStandin,
} from '@mewayz/devstack/openai-standin';
export {
  authorizeAtStandin,
  type SocialStandin,
  type StandinNetwork,
  startSocialStandin,
} from '@mewayz/devstack/social-standin';
export { failureOf } from './app-errors.ts';
export { bundleWorker, repoRoot } from './bundle-worker.ts';
export {
  assertNoSidewaysScroll,
  buildDashboardOnce,
  type DashboardStack,
  narrowViewport,
  screenshotDir,
  sidewaysScroll,
  signedInPage,
  startDashboardStack,
  testBuildDir,
} from './dashboard-harness.ts';
export {
  dataVars,
  type EdgeHarness,
  type EdgeHarnessOptions,
  edgeTestVars,
  eventually,
  nodeDeps,
  startEdge,
  testRootDomain,
  testStripeKey,
  untilCacheHit,
} from './edge-harness.ts';
export {
  deadlockOnFirstInsertInto,
  failInsertsInto,
  failNextTransactionAtFirstExecute,
} from './failing-db.ts';
export { buildAhead } from './fixtures/ahead.ts';
export { campaignSentNow } from './fixtures/campaigns.ts';
export { withContactFields } from './fixtures/contact-fields.ts';
export {
  addMemberWithToken,
  createTenant,
  createTestUser,
  identityDeps,
  type Tenant,
  testEncryptionKeys,
  testPassword,
  uniqueEmail,
} from './fixtures/identity.ts';
export { memoryBucket, tinyMp4 } from './fixtures/mp4.ts';
export { rollupRow } from './fixtures/rollups.ts';
export {
  createPublishedSite,
  createTestOrg,
  emailSignupBlock,
  testActor,
  uniqueSlug,
  visibleBlock,
} from './fixtures/sites.ts';
export {
  connectStandinAccount,
  type PublishedHistoryItem,
  socialCallbackUrl,
  socialDeps,
  socialStandinVars,
  storedPublishedPosts,
  storedSocialAccount,
} from './fixtures/social.ts';
export { paidPaymentIntent, stripeClient } from './fixtures/stripe.ts';
export { buildFixture, type Fixture, fixtureIds, tenantFingerprint } from './fixtures/tenant-fixture.ts';
