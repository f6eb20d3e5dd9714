export { bundleWorker, repoRoot } from './bundle-worker.ts';
export { type DashboardStack, screenshotDir, startDashboardStack } from './dashboard-harness.ts';
export {
  dataVars,
  type EdgeHarness,
  type EdgeHarnessOptions,
  edgeTestVars,
  eventually,
  nodeDeps,
  startEdge,
  testRootDomain,
} from './edge-harness.ts';
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
export { rollupRow } from './fixtures/rollups.ts';
export { createPublishedSite, createTestOrg, testActor, uniqueSlug } from './fixtures/sites.ts';
