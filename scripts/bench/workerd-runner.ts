import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunningGateways } from '@mewayz/devstack/gateways';
import { bundleWorker } from '@mewayz/testing/bundle';
import { benchRoot } from './bench-env.ts';
import { platformConfig, workerdConfig } from './workerd-config.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

const clockTicksPerSecond = 100;

export interface CpuSeconds {
  user: number;
  system: number;
}

function processCpuSeconds(pid: number | undefined): CpuSeconds {
  if (!pid) return { user: 0, system: 0 };
  // /proc/<pid>/stat: the command may contain spaces, so count fields after its closing parenthesis.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[11]) / clockTicksPerSecond, system: Number(fields[12]) / clockTicksPerSecond };
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** GET with an explicit Host header (fetch() may not set Host). */
export function get(
  url: string,
  host: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host, 'user-agent': 'Mozilla/5.0 Chrome/131' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

export async function waitFor(url: string, host: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await get(url, host)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

/** Edge vars of the redis-hit scenario: no Cache API, and the version pointer read from Redis per round trip. */
export const redisHitVars = { EDGE_CACHE: 'memory', POINTER_REUSE_MS: '0' };

/** The secret the bench edge signs and checks email tracking tokens with (`/e/o/`, `/e/c/`). */
export const benchTrackingSecret = 'bench-email-tracking-secret-0123456789';

/** The edge Worker (and a bare Worker) under `workerd serve`, restartable with other vars. */
export class WorkerdEdge {
  private child: ChildProcess | null = null;
  private platform: ChildProcess | null = null;
  private constructor(
    private readonly dir: string,
    private readonly vars: Record<string, string>,
    readonly edgePort: number,
    readonly barePort: number,
    readonly platformPort: number,
  ) {}

  /**
   * `plane`: where MySQL and Redis are reached (the gateways); `opts.rootDomain` (default the bench's)
   * and `opts.vars`, more edge vars. The debug headers are on: the benches check which layer answered.
   */
  static async create(
    plane: { gateways: Pick<RunningGateways, 'psdbUrl' | 'redisUrl' | 'redisToken'> },
    opts: { rootDomain?: string; vars?: Record<string, string> } = {},
  ): Promise<WorkerdEdge> {
    const port = await freePort();
    const edgeScript = await bundleWorker('workers/edge/src/index.ts');
    const dir = mkdtempSync(join(tmpdir(), 'mewayz-bench-'));
    // capnp embeds resolve relative to the config file.
    copyFileSync(edgeScript, join(dir, 'edge.js'));
    const vars = {
      DATABASE_URL: plane.gateways.psdbUrl,
      REDIS_URL: plane.gateways.redisUrl,
      REDIS_TOKEN: plane.gateways.redisToken,
      ROOT_DOMAIN: opts.rootDomain ?? benchRoot,
      PUBLIC_SCHEME: 'http',
      PUBLIC_PORT: String(port),
      DASHBOARD_URL: 'http://app.mewayz.localhost:8788',
      VISITOR_SALT: 'bench-visitor-salt-0123456789',
      INTERNAL_SECRET: 'bench-internal-secret-0123456789',
      ENCRYPTION_KEYS: 'k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=',
      EMAIL_TRACKING_SECRET: benchTrackingSecret,
      CACHE_PURGE: 'local',
      EDGE_DEBUG_HEADERS: 'on',
      ...opts.vars,
    };
    return new WorkerdEdge(dir, vars, port, await freePort(), await freePort());
  }

  /** (Re)start workerd; `barePage` is what the bare Worker answers. */
  async start(opts: {
    barePage?: string;
    vars?: Record<string, string>;
    waitHost: string;
    /** Extra `workerd serve` arguments (e.g. `--inspector-addr` for profiling). */
    args?: string[];
  }): Promise<void> {
    await this.stop();
    const { vars: extra = {}, barePage = 'bare' } = opts;
    const debug = Boolean(process.env.BENCH_DEBUG);
    const workerd = join(root, 'node_modules/.bin/workerd');
    if (!this.platform) {
      const platformPath = join(this.dir, 'platform.capnp');
      writeFileSync(platformPath, platformConfig(this.platformPort));
      this.platform = spawn(workerd, ['serve', platformPath], { stdio: ['ignore', 'ignore', 'inherit'] });
    }
    const configPath = join(this.dir, 'config.capnp');
    writeFileSync(
      configPath,
      workerdConfig({
        edgeScript: 'edge.js',
        barePage,
        edgePort: this.edgePort,
        barePort: this.barePort,
        platformPort: this.platformPort,
        vars: { ...this.vars, ...extra },
      }),
    );
    this.child = spawn(
      workerd,
      ['serve', configPath, ...(debug ? ['--verbose'] : []), ...(opts.args ?? [])],
      {
        stdio: ['ignore', debug ? 'inherit' : 'ignore', 'inherit'],
      },
    );
    await waitFor(`http://127.0.0.1:${this.edgePort}/`, opts.waitHost);
    await waitFor(`http://127.0.0.1:${this.barePort}/`, 'bare');
  }

  /** The bundled edge Worker workerd runs (profiles name its lines). */
  get scriptPath(): string {
    return join(this.dir, 'edge.js');
  }

  /** CPU seconds (user and system, all threads) the edge and platform processes have used so far. */
  cpuSeconds(): { edge: CpuSeconds; platform: CpuSeconds } {
    return { edge: processCpuSeconds(this.child?.pid), platform: processCpuSeconds(this.platform?.pid) };
  }

  /** Calls the edge has made to the platform services so far, by HTTP method (GET = cache match, POST = queue send). */
  async platformCalls(): Promise<Record<string, number>> {
    const res = await get(`http://127.0.0.1:${this.platformPort}/__bench/stats`, 'platform');
    return JSON.parse(res.body) as Record<string, number>;
  }

  /** Stop the edge process (the platform-services process stays for a restart). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }

  /** Stop both processes. */
  async close(): Promise<void> {
    await this.stop();
    const platform = this.platform;
    if (platform && platform.exitCode === null) {
      platform.kill('SIGTERM');
      await new Promise((r) => platform.once('exit', r));
    }
  }
}
