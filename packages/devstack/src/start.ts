import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defaultMysqlUrl, migrateDatabase } from '@mewayz/db';
import { checkUpstreams, startGateways } from './gateways/index.ts';
import { seedDemo } from './seed.ts';

/**
 * `npm start`: everything local in one command — checks MariaDB/Redis, migrates, starts the
 * gateways, seeds the demo tenant, builds the dashboard, runs the Workers, prints the URLs.
 * Ctrl-C stops everything it started.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const mysqlUrl = process.env.MYSQL_URL ?? defaultMysqlUrl;
const children: ChildProcess[] = [];
// One local state directory for both wrangler processes, so the R2 bucket the dashboard uploads
// avatars to is the one the edge serves them from.
const persistDir = `${root}.wrangler/state`;
let closing = false;

const wranglerEnv = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  FORCE_COLOR: '0',
};

/** Children still starting: their exit is a failed start (retried once), not a crash. */
const starting = new Set<ChildProcess>();

function run(name: string, cmd: string, args: string[], cwd = root): ChildProcess {
  if (closing) throw new Error('stopping');
  const child = spawn(cmd, args, { cwd, env: wranglerEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (line: string) => `[${name}] ${line}`;
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (line.trim()) console.log(prefix(line));
    });
  }
  child.on('exit', (code) => {
    if (!closing && !starting.has(child)) {
      console.error(`\n${name} exited (code ${code}); stopping everything.`);
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
}

async function runOnce(name: string, cmd: string, args: string[], cwd: string) {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: wranglerEnv, stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${name} failed with exit code ${code}`)),
    );
  });
}

/** Poll `url` until it answers (true) or `gaveUp()` says to stop waiting (false). */
async function waitForHttp(url: string, host: string, gaveUp: () => boolean, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (gaveUp()) return false;
    try {
      const res = await fetch(url, { headers: { host }, redirect: 'manual' });
      if (res.status < 500) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * Start a wrangler process and wait until it answers. A runtime that fails to start is started once
 * more: workerd occasionally fails its first start on a busy 2-core machine.
 */
async function startWorkers(name: string, args: string[], url: string, host: string) {
  for (let attempt = 1; ; attempt++) {
    const child = run(name, `${root}node_modules/.bin/wrangler`, args);
    starting.add(child);
    const ready = await waitForHttp(
      url,
      host,
      () => closing || child.exitCode !== null || child.signalCode !== null,
    ).finally(() => starting.delete(child));
    if (ready) return;
    // Ctrl-C while starting: shutdown() is stopping everything; start nothing more.
    if (closing) return new Promise<never>(() => {});
    if (attempt >= 2) throw new Error(`${name} did not start (twice)`);
    console.error(`${name} failed to start; trying once more.`);
  }
}

let gateways: Awaited<ReturnType<typeof startGateways>> | null = null;

async function shutdown(code: number) {
  closing = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  await Promise.race([
    Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))),
    new Promise((r) => setTimeout(r, 5000)),
  ]);
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  await gateways?.close().catch(() => {});
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  await checkUpstreams({ mysqlUrl });
  await migrateDatabase(mysqlUrl);
  console.log('✓ database migrated');
  gateways = await startGateways({ mysqlUrl });
  console.log(
    `✓ gateways: PlanetScale HTTP ${gateways.psdbUrl.replace(/\/\/[^@]*@/, '//')}, Upstash REST ${gateways.redisUrl}`,
  );
  const seeded = await seedDemo({
    databaseUrl: gateways.psdbUrl,
    redisUrl: gateways.redisUrl,
    redisToken: gateways.redisToken,
  });
  console.log(`✓ demo tenant: ${seeded.summary}`);
  await runOnce('dashboard build', 'node_modules/.bin/remix', ['vite:build'], `${root}apps/dashboard`);
  const common = ['--ip', '127.0.0.1', '--log-level', 'warn', '--persist-to', persistDir];
  // One after the other: both keep local state (R2, cache, queues) in SQLite under one --persist-to
  // directory, and two runtimes opening it at the same moment fail with SQLITE_BUSY.
  await startWorkers(
    'edge+jobs',
    [
      'dev',
      '-c',
      'wrangler.toml',
      '-c',
      'workers/jobs/wrangler.toml',
      '--port',
      '8787',
      '--inspector-port',
      '9230',
      ...common,
    ],
    'http://127.0.0.1:8787/',
    'alice.mewayz.localhost',
  );
  await startWorkers(
    'dashboard',
    ['dev', '-c', 'apps/dashboard/wrangler.toml', '--port', '8788', '--inspector-port', '9231', ...common],
    'http://127.0.0.1:8788/',
    'app.mewayz.localhost',
  );
  console.log(`
Mewayz is running.
  Demo site     http://alice.mewayz.localhost:8787/
  Landing + API http://mewayz.localhost:8787/  (REST: http://mewayz.localhost:8787/api/v1, docs: /api/v1/docs)
  Dashboard     http://app.mewayz.localhost:8788/   (sign in as demo@mewayz.test / ${seeded.password})
  Gateways      PlanetScale HTTP 127.0.0.1:3900, Upstash REST 127.0.0.1:8079
Ctrl-C stops everything.`);
} catch (err) {
  console.error(`\nnpm start failed: ${(err as Error).message}`);
  await shutdown(1);
}
