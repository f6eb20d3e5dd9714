import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Redis } from 'ioredis';
import { Miniflare } from 'miniflare';
import { type Connection, createConnection } from 'mysql2/promise';

/** Random suffix for throwaway databases and key prefixes. */
export const randomSuffix = () => randomBytes(5).toString('hex');

const mysqlBase = new URL(process.env.MYSQL_TEST_URL ?? 'mysql://root@127.0.0.1:3306/test');

/** A database of its own for one test file, with an admin connection to inspect it directly. */
export interface ScratchDatabase {
  name: string;
  url: string;
  admin: Connection;
  drop(): Promise<void>;
}

/** Create `mewayz_gw_<random>` (utf8mb4) with the tables the conformance Worker uses. */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const name = `mewayz_gw_${randomSuffix()}`;
  const admin = await createConnection({
    host: mysqlBase.hostname,
    port: Number(mysqlBase.port || 3306),
    user: decodeURIComponent(mysqlBase.username || 'root'),
    password: decodeURIComponent(mysqlBase.password),
    supportBigNumbers: true,
    bigNumberStrings: true,
  });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.query(`USE \`${name}\``);
  await admin.query(`CREATE TABLE gw_types (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    doc JSON NULL, list JSON NULL, flag TINYINT(1) NULL,
    big BIGINT NULL, ubig BIGINT UNSIGNED NULL, amount DECIMAL(30,10) NULL, at DATETIME(3) NULL,
    bin VARBINARY(32) NULL, blobby BLOB NULL, label VARCHAR(191) NULL, note TEXT NULL)`);
  await admin.query(`CREATE TABLE gw_items (
    id BIGINT AUTO_INCREMENT PRIMARY KEY, sku VARCHAR(64) NOT NULL UNIQUE, qty INT NOT NULL DEFAULT 0)`);
  await admin.query('CREATE TABLE gw_parents (id BIGINT PRIMARY KEY) ENGINE=InnoDB');
  await admin.query(`CREATE TABLE gw_children (
    id BIGINT AUTO_INCREMENT PRIMARY KEY, parent_id BIGINT NOT NULL,
    FOREIGN KEY (parent_id) REFERENCES gw_parents(id)) ENGINE=InnoDB`);
  const url = new URL(mysqlBase);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    admin,
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    },
  };
}

/** A TCP port with nothing listening on it. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Delete every Redis key under `prefix`. */
export async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { protocol: 2 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

let bundled: Promise<string> | undefined;

/** Bundle the conformance Worker as wrangler would (ESM, workerd conditions), once per process. */
function bundleWorker(): Promise<string> {
  bundled ??= (async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'mewayz-gw-worker-')), 'worker.js');
    await build({
      entryPoints: [fileURLToPath(new URL('./conformance-worker.ts', import.meta.url))],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      conditions: ['workerd', 'worker', 'browser'],
      external: ['cloudflare:*', 'node:*'],
      logLevel: 'error',
    });
    return outfile;
  })();
  return bundled;
}

/** The conformance Worker running in workerd, reached through Miniflare. */
export interface ConformanceWorker {
  /** Run a case; resolves to its result, rejects with the Worker-side error text. */
  run<T = unknown>(name: string, params?: Record<string, unknown>): Promise<T>;
  dispose(): Promise<void>;
}

/** Start the conformance Worker with the given gateway URLs as bindings. */
export async function startConformanceWorker(bindings: Record<string, string>): Promise<ConformanceWorker> {
  const scriptPath = await bundleWorker();
  const mf = new Miniflare({
    modules: true,
    scriptPath,
    // Module names are relative to this root; the bundle lives outside the working directory.
    modulesRoot: dirname(scriptPath),
    compatibilityDate: '2024-11-11',
    compatibilityFlags: ['nodejs_compat'],
    bindings,
  });
  await mf.ready;
  return {
    async run<T>(name: string, params: Record<string, unknown> = {}) {
      const res = await mf.dispatchFetch('http://conformance.test/run', {
        method: 'POST',
        body: JSON.stringify({ case: name, ...params }),
      });
      const body = (await res.json()) as { ok?: T; error?: { name: string; message: string } };
      if (body.error)
        throw new Error(`case ${name} failed in the Worker: ${body.error.name}: ${body.error.message}`);
      return body.ok as T;
    },
    dispose: () => mf.dispose(),
  };
}

/** A described error as the Worker reports it. */
export interface WorkerError {
  name: string;
  message: string;
  status?: number;
  body?: { code?: string; message?: string };
  cause?: WorkerError;
}
