/**
 * `npm run preview` — the built edge and jobs Workers under `workerd serve` (the production runtime,
 * no wrangler or Miniflare proxy in front), with the gateways, MariaDB and Redis behind them, on the
 * usual local ports (edge 8787, gateways 3900 and 8079) and the seeded demo tenant: a target for load
 * and hostile-input tests that answers as production's runtime would. The Cache API is in memory, the
 * events queue goes straight to the jobs Worker (workerd-config.ts), and there is no R2 (avatars 404).
 * It refuses to start while something (e.g. `npm start`) holds port 8787. Ctrl-C stops it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultMysqlUrl, migrateDatabase } from '@mewayz/db';
import { seedDemo } from '@mewayz/devstack';
import { checkUpstreams, type RunningGateways, startGateways } from '@mewayz/devstack/gateways';
import { bundleWorker } from '@mewayz/testing/bundle';
import { workerdPreviewConfig } from './workerd-config.ts';
import { waitFor } from './workerd-runner.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** 8787 as `npm start`; PREVIEW_PORT (and PSDB_GATEWAY_PORT, REDIS_GATEWAY_PORT) move it aside. */
const edgePort = Number(process.env.PREVIEW_PORT ?? 8787);
const mysqlUrl = process.env.MYSQL_URL ?? defaultMysqlUrl;

/** The `[vars]` table of a wrangler.toml (flat `KEY = "value"` lines, which is all ours hold). */
function wranglerVars(path: string): Record<string, string> {
  const vars: Record<string, string> = {};
  let inVars = false;
  for (const line of readFileSync(join(root, path), 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('[')) inVars = trimmed === '[vars]';
    const m = inVars ? /^([A-Z0-9_]+)\s*=\s*"(.*)"\s*$/.exec(trimmed) : null;
    if (m) vars[m[1]!] = JSON.parse(`"${m[2]}"`) as string;
  }
  return vars;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

let workerd: ChildProcess | null = null;
let gateways: RunningGateways | null = null;
let stopping = false;

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (workerd && workerd.exitCode === null) {
    workerd.kill('SIGTERM');
    await new Promise((r) => workerd?.once('exit', r));
  }
  await gateways?.close().catch(() => {});
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

try {
  if (!(await portIsFree(edgePort))) {
    console.error(
      `npm run preview: port ${edgePort} is taken (is \`npm start\` running?). Stop whatever holds it and run again.`,
    );
    process.exit(1);
  }
  await checkUpstreams({ mysqlUrl });
  await migrateDatabase(mysqlUrl);
  gateways = await startGateways({ mysqlUrl }).catch((err: Error) => {
    throw new Error(`the gateways could not start on 3900/8079 (is \`npm start\` running?): ${err.message}`);
  });
  const seeded = await seedDemo({
    databaseUrl: gateways.psdbUrl,
    redisUrl: gateways.redisUrl,
    redisToken: gateways.redisToken,
  });
  console.log(`✓ demo tenant: ${seeded.summary}`);
  const [edgeScript, jobsScript] = await Promise.all([
    bundleWorker('workers/edge/src/index.ts'),
    bundleWorker('workers/jobs/src/index.ts'),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'mewayz-preview-'));
  // capnp embeds resolve relative to the config file.
  copyFileSync(edgeScript, join(dir, 'edge.js'));
  copyFileSync(jobsScript, join(dir, 'jobs.js'));
  const passThrough = Object.fromEntries(
    ['EDGE_CACHE', 'EDGE_DEBUG_HEADERS', 'POINTER_REUSE_MS']
      .filter((k) => process.env[k])
      .map((k) => [k, process.env[k]!]),
  );
  const data = {
    DATABASE_URL: gateways.psdbUrl,
    REDIS_URL: gateways.redisUrl,
    REDIS_TOKEN: gateways.redisToken,
  };
  const configPath = join(dir, 'preview.capnp');
  writeFileSync(
    configPath,
    workerdPreviewConfig({
      edgeScript: 'edge.js',
      jobsScript: 'jobs.js',
      edgeAddress: `127.0.0.1:${edgePort}`,
      edgeVars: { ...wranglerVars('wrangler.toml'), ...data, PUBLIC_PORT: String(edgePort), ...passThrough },
      jobsVars: { ...wranglerVars('workers/jobs/wrangler.toml'), ...data },
    }),
  );
  // --experimental: the queue bridge calls the jobs Worker's queue handler (service_binding_extra_handlers).
  workerd = spawn(join(root, 'node_modules/.bin/workerd'), ['serve', '--experimental', configPath], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  workerd.on('exit', (code) => {
    if (stopping) return;
    console.error(`workerd exited (code ${code}); stopping.`);
    void stop(code ?? 1);
  });
  await waitFor(`http://127.0.0.1:${edgePort}/`, 'alice.mewayz.localhost');
  console.log(`
Preview (workerd serve, the production runtime) is running.
  Demo site     http://alice.mewayz.localhost:${edgePort}/
  Landing + API http://mewayz.localhost:${edgePort}/  (REST: /api/v1)
  Gateways      PlanetScale HTTP 127.0.0.1:3900, Upstash REST 127.0.0.1:8079
No dashboard here (use npm start for it). Ctrl-C stops everything.`);
} catch (err) {
  console.error(`\nnpm run preview failed: ${(err as Error).message}`);
  await stop(1);
}
