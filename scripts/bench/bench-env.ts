import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  type CoreDeps,
  createDb,
  createLogger,
  createRedis,
  forTenant,
  newId,
  sitesService,
} from '@mewayz/core';
import { DB, dbOf, trustOrgId } from '@mewayz/core/admin';
import { dropDatabase, migrateDatabase } from '@mewayz/db';
import { organizations } from '@mewayz/db/schema';
import {
  seedDemoBlog,
  seedDemoBookings,
  seedDemoCatalog,
  seedDemoCourses,
  seedDemoPages,
} from '@mewayz/devstack';
import { checkUpstreams, type RunningGateways, startGateways } from '@mewayz/devstack/gateways';
import { blockInputsOf, demoSnapshot } from '@mewayz/render';

const run = promisify(execFile);
export const benchRoot = 'bench.localhost';
export const benchMysqlUrl = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/mewayz_bench';

/** A fresh bench database and gateways; cleaned up by `close()`. */
export async function benchDataPlane(): Promise<{
  gateways: RunningGateways;
  deps: CoreDeps;
  close(): Promise<void>;
}> {
  await checkUpstreams({ mysqlUrl: benchMysqlUrl });
  await dropDatabase(benchMysqlUrl);
  await migrateDatabase(benchMysqlUrl);
  const gateways = await startGateways({ psdbPort: 0, redisPort: 0, mysqlUrl: benchMysqlUrl });
  const deps: CoreDeps = {
    [DB]: createDb(gateways.psdbUrl),
    redis: createRedis(gateways.redisUrl, gateways.redisToken),
    config: { rootDomain: benchRoot, shortDomain: benchRoot, publicScheme: 'http', publicPort: '' },
    purger: { purgeHosts: async () => {} },
    now: () => new Date(),
    log: createLogger({ level: 'warn', fields: { worker: 'node' } }),
  };
  await clearBenchKeys();
  return {
    gateways,
    deps,
    async close() {
      await clearBenchKeys();
      await gateways.close();
      await dropDatabase(benchMysqlUrl);
    },
  };
}

/** Drop this benchmark's Redis keys (its hosts are under its own root domain and test TLD). */
export async function clearBenchKeys(): Promise<void> {
  for (const pattern of [`site:*${benchRoot}`, 'site:*.dbmiss.test', `shortlink:${benchRoot}/*`, 'live:*']) {
    await run('bash', [
      '-c',
      `redis-cli -h 127.0.0.1 --scan --pattern '${pattern}' | xargs -r -n 500 redis-cli -h 127.0.0.1 del >/dev/null`,
    ]);
  }
}

/**
 * The demo site `alice` under the bench root with the demo shop (`/store`, `/p/studio-tee` …) and courses
 * (`/courses/wheel-throwing-basics` …), published;
 * returns its first link block id.
 */
export async function seedBenchSite(deps: CoreDeps, mediaOrigin = `http://alice.${benchRoot}`) {
  const orgId = newId('organization');
  await dbOf(deps)
    .insert(organizations)
    .values({ id: orgId, name: 'Bench', slug: orgId.replace('_', '-') });
  const scope = forTenant(dbOf(deps), trustOrgId(orgId));
  const actor = { userId: null };
  const fixture = demoSnapshot({ organizationId: orgId, siteId: 'x', mediaOrigin });
  const site = await sitesService.createSite(deps, scope, actor, {
    slug: 'alice',
    name: fixture.profile.name,
    bio: fixture.profile.bio ?? undefined,
    theme: fixture.theme,
    seo: fixture.seo,
    settings: fixture.settings,
  });
  const ids: string[] = [];
  for (const input of blockInputsOf(fixture)) {
    const block = await sitesService.createBlock(deps, scope, actor, site.id, input);
    if (input.type === 'link') ids.push(block.id);
  }
  await seedDemoCatalog(deps, scope, actor);
  await seedDemoPages(deps, scope, actor, site.id);
  await seedDemoBlog(deps, scope, actor, site.id);
  await seedDemoCourses(deps, scope, actor);
  await seedDemoBookings(deps, scope, actor);
  await sitesService.publishSite(deps, scope, actor, site.id);
  return { orgId, scope, siteId: site.id, linkBlockId: ids[0]!, host: `alice.${benchRoot}` };
}
