import { dropDatabase, migrateDatabase } from '@mewayz/db';
import { checkUpstreams, startGateways } from '@mewayz/devstack/gateways';
import type { TestProject } from 'vitest/node';
import { bundleWorker, testedWorkerEntries } from './bundle-worker.ts';
import './provided-context.ts';

/**
 * Once per test run: a fresh database `mewayz_test_<run>` with every migration applied, and a pair
 * of gateways in front of it and Redis. Torn down (database dropped) when the run ends.
 */
export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const base = process.env.MYSQL_TEST_URL ?? 'mysql://root@127.0.0.1:3306/test';
  const mysqlUrl = base.replace(/\/[^/]*$/, `/mewayz_test_${runId}`);
  await checkUpstreams({ mysqlUrl, redisUrl: process.env.REDIS_URL });
  await migrateDatabase(mysqlUrl);
  // The Workers are bundled here, beside the migrations, rather than in each test file: a file
  // runs in a fresh module graph, so a per-process cache would rebuild them for every edge test file.
  const [gateways, bundles] = await Promise.all([
    startGateways({ psdbPort: 0, redisPort: 0, mysqlUrl }),
    Promise.all(testedWorkerEntries.map(async (e) => [e, await bundleWorker(e)] as const)),
  ]);
  project.provide('workerBundles', Object.fromEntries(bundles));
  project.provide('mysqlUrl', mysqlUrl);
  project.provide('psdbUrl', gateways.psdbUrl);
  project.provide('redisUrl', gateways.redisUrl);
  project.provide('redisToken', gateways.redisToken);
  project.provide('runId', runId);
  return async () => {
    await gateways.close();
    if (!process.env.KEEP_TEST_DB) await dropDatabase(mysqlUrl);
  };
}
