import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUpstreams, type RunningGateways, startGateways } from '../../src/gateways/index.ts';
import {
  type ConformanceWorker,
  closedPort,
  createScratchDatabase,
  type ScratchDatabase,
  startConformanceWorker,
  type WorkerError,
} from './harness.ts';

// Gateways pointed at ports where nothing listens: clients must get a clear error fast, not a hang.
let db: ScratchDatabase;
let down: RunningGateways;
let worker: ConformanceWorker;
let mysqlDownUrl: string;
let redisDownUrl: string;

beforeAll(async () => {
  db = await createScratchDatabase();
  mysqlDownUrl = `mysql://root@127.0.0.1:${await closedPort()}/${db.name}`;
  redisDownUrl = `redis://127.0.0.1:${await closedPort()}`;
  down = await startGateways({ psdbPort: 0, redisPort: 0, mysqlUrl: mysqlDownUrl, redisUrl: redisDownUrl });
  worker = await startConformanceWorker({
    PSDB_URL: '',
    PSDB_BAD_URL: '',
    PSDB_IDLE_URL: '',
    PSDB_DOWN_URL: down.psdbUrl,
    REDIS_URL: '',
    REDIS_TOKEN: down.redisToken,
    REDIS_DOWN_URL: down.redisUrl,
  });
});

afterAll(async () => {
  await worker?.dispose();
  await down?.close();
  await db?.drop();
});

describe('upstreams down', () => {
  it('reports an unreachable MariaDB as UNAVAILABLE within 5 s', async () => {
    const started = Date.now();
    const r = await worker.run<WorkerError>('psdbDown');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.name).toBe('DatabaseError');
    expect(r.status).toBe(503);
    expect(r.body?.code).toBe('UNAVAILABLE');
    expect(r.message).toMatch(/^cannot reach MySQL at 127\.0\.0\.1:\d+: ECONNREFUSED$/);
  });

  it('reports an unreachable Redis within 5 s', async () => {
    const started = Date.now();
    const r = await worker.run<WorkerError>('redisDown');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.name).toBe('UpstashError');
    expect(r.message).toMatch(/^cannot reach Redis at 127\.0\.0\.1:\d+: connect ECONNREFUSED/);
  });

  it('checkUpstreams names each one that is down and how to start it', async () => {
    const failure = await checkUpstreams({ mysqlUrl: mysqlDownUrl, redisUrl: redisDownUrl }).catch(
      (e: Error) => e,
    );
    expect(failure).toBeInstanceOf(Error);
    const message = (failure as Error).message;
    expect(message).toMatch(/MariaDB: cannot reach MySQL at 127\.0\.0\.1:\d+: ECONNREFUSED/);
    expect(message).toContain('start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd');
    expect(message).toMatch(/Redis: cannot reach Redis at 127\.0\.0\.1:\d+/);
    expect(message).toContain(
      'redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no',
    );
  });

  it('checkUpstreams passes when both answer and says whether the database exists', async () => {
    expect(await checkUpstreams({ mysqlUrl: db.url })).toEqual({
      mysqlDatabaseExists: true,
      mysqlDatabase: db.name,
    });
    const missing = db.url.replace(/\/[^/]*$/, '/mewayz_gw_does_not_exist');
    expect(await checkUpstreams({ mysqlUrl: missing })).toMatchObject({ mysqlDatabaseExists: false });
  });
});
