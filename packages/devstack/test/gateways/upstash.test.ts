import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateways, startGateways } from '../../src/gateways/index.ts';
import {
  type ConformanceWorker,
  createScratchDatabase,
  deleteRedisKeys,
  randomSuffix,
  type ScratchDatabase,
  startConformanceWorker,
  type WorkerError,
} from './harness.ts';

// Drives the Upstash REST gateway with @upstash/redis and @upstash/ratelimit running in workerd.
const keyPrefix = `mewayz-gw-test:${randomSuffix()}:`;
let db: ScratchDatabase;
let gateways: RunningGateways;
let worker: ConformanceWorker;

beforeAll(async () => {
  db = await createScratchDatabase();
  gateways = await startGateways({
    psdbPort: 0,
    redisPort: 0,
    mysqlUrl: db.url,
    redisToken: `token-${randomSuffix()}`,
  });
  worker = await startConformanceWorker({
    PSDB_URL: gateways.psdbUrl,
    PSDB_BAD_URL: '',
    PSDB_IDLE_URL: '',
    PSDB_DOWN_URL: '',
    REDIS_URL: gateways.redisUrl,
    REDIS_TOKEN: gateways.redisToken,
    REDIS_DOWN_URL: '',
  });
});

afterAll(async () => {
  await worker?.dispose();
  await gateways?.close();
  await db?.drop();
  await deleteRedisKeys(keyPrefix);
});

const prefix = () => `${keyPrefix}${randomSuffix()}:`;

describe('@upstash/redis through the gateway', () => {
  it('round-trips JSON, numbers, booleans, non-ASCII text, hashes, sorted sets and nulls', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the Worker's JSON result
    const r: any = await worker.run('redisBasic', { prefix: prefix() });
    expect(r.json).toEqual({ a: 1, list: [1, 'x'], emoji: '😀' });
    expect(r.num).toBe(8);
    expect(r.bool).toBe(true);
    expect(r.text).toBe('ünïcödé 😀 中文');
    expect(r.incr).toEqual([1, 2, 12]);
    expect(r.incrbyfloat).toBe(1.5);
    expect(r.hgetall).toEqual({ f1: 'v1', f2: 2 });
    expect(r.zrange).toEqual(['a', 1.5, 'b', 2]);
    expect(r.zscore).toBe(1.5);
    expect(r.missing).toBeNull();
    expect(r.hgetallMissing).toBeNull();
    expect(r.mget).toEqual(['ünïcödé 😀 中文', null, 8]);
    expect(r.ttl).toBeGreaterThan(90);
    expect(r.ping).toBe('PONG');
    expect(r.wrongType.name).toBe('UpstashError');
    // Auto-pipelining sends it in a /pipeline batch, so the client words it "Command failed: <error>".
    expect(r.wrongType.message).toBe(
      'Command failed: WRONGTYPE Operation against a key holding the wrong kind of value',
    );
  });

  it('returns pipeline errors as entries and in order', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the Worker's JSON result
    const r: any = await worker.run('redisPipeline', { prefix: prefix() });
    expect(r.kept).toEqual([
      { result: 'OK' },
      { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' },
      { result: 'v' },
      { result: 1 },
    ]);
    expect(r.thrown.message).toMatch(/^Command 2 \[ hget \] failed: WRONGTYPE/);
  });

  it('runs multi-exec atomically with per-command results', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the Worker's JSON result
    const r: any = await worker.run('redisMulti', { prefix: prefix() });
    expect(r.results).toEqual([1, 2, 2, 'OK']);
    expect(r.withError).toEqual([
      { result: 'OK' },
      { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' },
      { result: 'text' },
    ]);
  });

  it('serves auto-pipelined Promise.all batches', async () => {
    const r = await worker.run('redisAutoPipeline', { prefix: prefix() });
    expect(r).toEqual(['OK', 'seed', 1, 1, null, null, 'PONG']);
  });

  it('rejects a wrong token', async () => {
    const r = await worker.run<WorkerError>('redisWrongToken');
    expect(r.name).toBe('UpstashError');
    expect(r.message).toMatch(/^Unauthorized, command was:/);
  });

  it('runs EVAL/EVALSHA/SCRIPT LOAD, accepting Upstash shebang flags under the original SHA', async () => {
    const p = prefix();
    // biome-ignore lint/suspicious/noExplicitAny: the Worker's JSON result
    const r: any = await worker.run('redisEval', { prefix: p });
    expect(r.plain).toEqual([`${p}eval`, 'x', 42, null, 1]);
    expect(r.noscript.message).toBe('Command failed: NOSCRIPT No matching script. Please use EVAL.');
    expect(r.viaEval).toBe('fallback');
    expect(r.viaSha).toBe('again');
    expect(r.loadedSha).toBe(r.expectedLoadedSha);
    expect(r.loadedResult).toBe(`v-${p}`);
    expect(r.exists).toEqual([1, 0]);
    expect(r.scriptError.message).toBe('Command failed: MYERR custom');
  });

  it('lets @upstash/ratelimit limit with slidingWindow and fixedWindow', async () => {
    const p = prefix();
    // biome-ignore lint/suspicious/noExplicitAny: the Worker's JSON result
    const r: any = await worker.run('rateLimit', { prefix: p });
    for (const limiter of [r.sliding, r.fixed]) {
      expect(limiter.results.map((x: { success: boolean }) => x.success)).toEqual([true, true, true, false]);
      expect(limiter.results.map((x: { remaining: number }) => x.remaining)).toEqual([2, 1, 0, 0]);
      expect(limiter.results.every((x: { reason: unknown }) => x.reason !== 'timeout')).toBe(true);
      expect(limiter.otherUser).toBe(true);
    }
  });
});

describe('Upstash REST protocol edges', () => {
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${gateways.redisUrl}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${gateways.redisToken}`,
        'content-type': 'application/json',
        ...headers,
      },
      body,
    });

  it.each([
    ['/', 'not json'],
    ['/', '{"a":1}'],
    ['/', '[]'],
    ['/', '[1, "x"]'],
    ['/', '["set", "k", {"a": 1}]'],
    ['/', '["set", "k", null]'],
    ['/pipeline', '["get", "k"]'],
    ['/multi-exec', '{"get": "k"}'],
  ])('answers a bad body on %s (%s) with 400 and an error', async (path, body) => {
    const res = await post(path, body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: unknown };
    expect(typeof json.error).toBe('string');
  });

  it.each([
    ['/', '["select", "1"]'],
    ['/', '["WATCH", "k"]'],
    ['/', '["subscribe", "chan"]'],
    ['/', '["multi"]'],
    ['/', '["client", "setname", "x"]'],
    ['/pipeline', '[["get", "k"], ["select", "2"]]'],
    ['/multi-exec', '[["quit"]]'],
  ])('refuses connection-state commands on %s (%s) with 400', async (path, body) => {
    const res = await post(path, body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/^ERR Command is not available/);
  });

  it('answers a missing or wrong token with 401 {"error":"Unauthorized"}', async () => {
    for (const auth of ['Bearer nope', '']) {
      const res = await post('/', '["ping"]', { authorization: auth });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'Unauthorized' });
    }
  });

  it('passes Redis errors through with 400 on /', async () => {
    const res = await post('/', '["nosuchcommand", "x"]');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/^ERR unknown command 'nosuchcommand'/);
    const abort = await post('/multi-exec', '[["set", "x"], ["get", "y"]]');
    expect(abort.status).toBe(400);
    expect(((await abort.json()) as { error: string }).error).toMatch(/^EXECABORT/);
  });

  it('encodes every result string as base64 only when asked to', async () => {
    const k = `${prefix()}b64`;
    await post('/', JSON.stringify(['set', k, 'ünï 😀']));
    const encoded = await post(
      '/pipeline',
      JSON.stringify([
        ['get', k],
        ['strlen', k],
        ['get', `${k}:none`],
        ['echo', 'OK'],
      ]),
      {
        'upstash-encoding': 'base64',
      },
    );
    expect(await encoded.json()).toEqual([
      { result: Buffer.from('ünï 😀').toString('base64') },
      { result: Buffer.byteLength('ünï 😀') },
      { result: null },
      { result: Buffer.from('OK').toString('base64') },
    ]);
    const plain = await post('/', JSON.stringify(['get', k]));
    expect(await plain.json()).toEqual({ result: 'ünï 😀' });
  });

  it('sends an upstash-sync-token that changes on every response', async () => {
    const tokens = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const res = await post('/', JSON.stringify(['set', `${prefix()}sync`, String(i)]), {
        'upstash-sync-token': '',
      });
      const token = res.headers.get('upstash-sync-token');
      expect(token).toBeTruthy();
      tokens.add(token as string);
    }
    expect(tokens.size).toBe(3);
  });

  it('runs blocking commands on their own connection', async () => {
    const k = `${prefix()}queue`;
    const started = Date.now();
    const blocking = post('/', JSON.stringify(['blpop', k, '1']));
    await new Promise((r) => setTimeout(r, 100));
    const ping = await post('/', '["ping"]');
    expect(await ping.json()).toEqual({ result: 'PONG' });
    expect(Date.now() - started).toBeLessThan(800);
    expect(await (await blocking).json()).toEqual({ result: null });
  });
});
