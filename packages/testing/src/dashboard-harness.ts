import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IdentityDeps } from '@mewayz/core';
import { createDb, createLogger, createRedis, createSecretBox, email } from '@mewayz/core';
import { DB } from '@mewayz/core/admin';
import { type OpenAIStandin, standinModel, startOpenAIStandin } from '@mewayz/devstack/openai-standin';
import { type SocialStandin, startSocialStandin } from '@mewayz/devstack/social-standin';
import { type StripeStandin, startStripeStandin } from '@mewayz/devstack/stripe-standin';
import { inject } from 'vitest';
import { repoRoot } from './bundle-worker.ts';
import { dataVars, edgeTestVars, testRootDomain, testStripeKey } from './edge-harness.ts';
import { testEncryptionKeys, testPassword } from './fixtures/identity.ts';
import { socialStandinVars } from './fixtures/social.ts';
import './provided-context.ts';

/**
 * End-to-end harness for the dashboard: the real Workers under `wrangler dev` (edge+jobs in one
 * process, the dashboard in another, sharing local R2 state through one `--persist-to` directory),
 * pointed at this test run's gateways, plus a headless Chromium (Debian's) through playwright-core.
 */
export interface DashboardStack {
  /** `http://app.mewayz.localhost:<port>` */
  appUrl: string;
  edgePort: number;
  /** Public URL of a site: `http://<slug>.mewayz.localhost:<edgePort>/`. */
  siteUrl(slug: string): string;
  /** Core dependencies (Node side) against the same database and Redis, for arranging and checking. */
  deps: IdentityDeps;
  browser: import('playwright-core').BrowserContext;
  /**
   * A browser context of its own (cookies, time zone, locale), as a second person on another
   * machine: `timezoneId` sets the zone the page's scripts see. Closed with the stack.
   */
  otherContext(
    opts?: import('playwright-core').BrowserContextOptions,
  ): Promise<import('playwright-core').BrowserContext>;
  /** The Stripe stand-in all three Workers use (its events go to this stack's edge). */
  stripe: StripeStandin;
  /** The OpenAI stand-in the dashboard's AI assist talks to (through the real `openai` SDK). */
  openai: OpenAIStandin;
  /** The social networks' stand-in the three Workers connect and publish to. */
  social: SocialStandin;
  /**
   * One minute's cron work (campaigns, sequence steps) through the edge's `/__internal/campaigns/tick`,
   * as `npm start` runs it: wrangler dev fires no crons. With `organizationId`, that workspace's only:
   * test files share the database, and another stack's tick would send this one's campaigns.
   */
  tick(organizationId?: string): Promise<void>;
  /** Save a full-page PNG under test-artifacts/screenshots/. */
  screenshot(
    page: import('playwright-core').Page,
    name: string,
    opts?: { fullPage?: boolean },
  ): Promise<string>;
  /** Run axe-core in the page; returns the serious and critical violations. */
  axe(
    page: import('playwright-core').Page,
  ): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]>;
  logs(): string;
  stop(): Promise<void>;
}

const wranglerEnv = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  FORCE_COLOR: '0',
};

export const screenshotDir = join(repoRoot, 'test-artifacts', 'screenshots');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...wranglerEnv, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    // A command that cannot start (say, a missing binary) fails the run at once instead of hanging it.
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed:\n${out}`)),
    );
  });
}

/** Where the tests build the dashboard: apart from `build/`, which a running `npm start` serves. */
export const testBuildDir = join(repoRoot, 'apps/dashboard/build-test');

/**
 * `remix vite:build` once per test run into `build-test/`, wrapped by an entry of its own: the first
 * file takes a lock directory and builds, the others wait for its marker (e2e files run in parallel
 * forks). Returns the entry's path.
 */
export async function buildDashboardOnce(): Promise<string> {
  const app = join(repoRoot, 'apps/dashboard');
  const entry = join(testBuildDir, 'worker-entry.ts');
  const marker = join(testBuildDir, `.e2e-${inject('runId')}`);
  const lock = join(tmpdir(), `mewayz-dashboard-build-${inject('runId')}`);
  if (existsSync(marker)) return entry;
  try {
    mkdirSync(lock);
  } catch {
    const until = Date.now() + 180_000;
    while (!existsSync(marker)) {
      if (Date.now() > until) throw new Error('waited too long for the dashboard build');
      await new Promise((r) => setTimeout(r, 250));
    }
    return entry;
  }
  rmSync(testBuildDir, { recursive: true, force: true });
  await run(join(app, 'node_modules/.bin/remix'), ['vite:build'], app, { DASHBOARD_BUILD_DIR: 'build-test' });
  writeFileSync(
    entry,
    [
      "import * as build from './server/index.js';",
      `import { dashboardWorker } from ${JSON.stringify(join(app, 'worker.ts'))};`,
      'export default dashboardWorker(build as never);',
      '',
    ].join('\n'),
  );
  writeFileSync(marker, new Date().toISOString());
  return entry;
}

/** A copy of a wrangler.toml with absolute paths and the given vars, in `dir`. */
function configCopy(
  source: string,
  dir: string,
  name: string,
  vars: Record<string, string>,
  rename: Record<string, string> = {},
  /** Absolute paths that replace the config's own `main` and assets `directory`. */
  paths: { main?: string; assets?: string } = {},
): string {
  const srcDir = join(repoRoot, source, '..');
  let text = readFileSync(join(repoRoot, source), 'utf8');
  // Unique Worker names per stack, so parallel stacks never bind to each other through the dev registry.
  for (const [from, to] of Object.entries(rename)) text = text.replaceAll(`"${from}"`, `"${to}"`);
  text = text.replace(
    /^main = "(.+)"$/m,
    (_m, p: string) => `main = ${JSON.stringify(paths.main ?? join(srcDir, p))}`,
  );
  text = text.replace(
    /directory = "(.+?)"/,
    (_m, p: string) => `directory = ${JSON.stringify(paths.assets ?? join(srcDir, p))}`,
  );
  const lines = Object.entries(vars).map(([k, v]) => `${k} = ${JSON.stringify(v)}`);
  text = text.replace(/^\[vars\]\n([\s\S]*?)(?=\n\[|$(?![\s\S]))/m, (_m, body: string) => {
    const kept = body.split('\n').filter((l) => !Object.keys(vars).some((k) => l.startsWith(`${k} =`)));
    return `[vars]\n${[...kept.filter((l) => l.trim()), ...lines].join('\n')}\n`;
  });
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/**
 * wrangler dev's proxy answers 503 for a moment while it (re)loads the Worker it runs, which a test's
 * setup can hit right after start; a few spaced retries ride that out instead of failing the file.
 */
async function withRetries(send: () => Promise<void>, attempts = 4): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

function postWithHost(
  port: number,
  host: string,
  path: string,
  secret: string,
  body: unknown,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { host, 'content-type': 'application/json', 'x-internal-secret': secret },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200
            ? resolve()
            : reject(new Error(`edge ${path} failed: HTTP ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

async function waitFor(url: string, host: string, proc: ChildProcess, log: () => string, timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (proc.exitCode !== null) throw new Error(`wrangler exited early:\n${log()}`);
    try {
      // Bounded: wrangler's proxy holds requests forever when the Worker failed to build.
      const res = await fetch(url, {
        headers: { host },
        redirect: 'manual',
        signal: AbortSignal.timeout(5000),
      });
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${log()}`);
}

/**
 * Playwright's 30 s for a page load is short on a loaded 2-core machine: a CI run once waited that long
 * for the sign-in page with another e2e file running beside it.
 */
const navigationTimeoutMs = 90_000;

/** The narrowest phone the dashboard supports. */
export const narrowViewport = { width: 360, height: 740 };

/**
 * Fail when the page scrolls sideways at 360 × 740 (`scrollWidth > clientWidth` of the document),
 * naming the elements that stick out (those a scrolling ancestor clips do not count). Leaves the
 * viewport at 360 × 740.
 */
export async function assertNoSidewaysScroll(page: import('playwright-core').Page): Promise<void> {
  const problem = await sidewaysScroll(page);
  if (problem) throw new Error(problem);
}

/** Why the page scrolls sideways at 360 × 740, or null when it does not. */
export async function sidewaysScroll(page: import('playwright-core').Page): Promise<string | null> {
  await page.setViewportSize(narrowViewport);
  await page.waitForLoadState('load');
  const result = (await page.evaluate(`(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    // Clipped by an ancestor that itself fits (a scroll box, a truncated line): not the culprit.
    // An absolutely positioned element (say an sr-only label) is clipped only from its containing block up.
    const clipped = (e) => {
      const from = ['absolute', 'fixed'].includes(getComputedStyle(e).position) ? e.offsetParent : e.parentElement;
      for (let p = from; p && p !== document.body; p = p.parentElement)
        if (getComputedStyle(p).overflowX !== 'visible' && p.getBoundingClientRect().right <= root.clientWidth + 1)
          return true;
      return false;
    };
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1 && !clipped(e))
      .slice(0, 5)
      .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + String(e.className).slice(0, 60) + ' right=' + Math.round(e.getBoundingClientRect().right));
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  })()`)) as { scrollWidth: number; clientWidth: number; wide: string[] } | null;
  return result
    ? `${page.url()} scrolls sideways: scrollWidth ${result.scrollWidth} > clientWidth ${result.clientWidth}; ${result.wide.join('; ')}`
    : null;
}

/**
 * A new page of the stack's browser signed in as `email` (whose password is `testPassword`) through
 * the sign-in form, on the sites list.
 */
export async function signedInPage(
  stack: DashboardStack,
  email: string,
): Promise<import('playwright-core').Page> {
  const page = await stack.browser.newPage();
  await page.goto(`${stack.appUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(testPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/sites');
  return page;
}

/** Start edge+jobs and the dashboard under wrangler on free ports, and a headless Chromium. */
export async function startDashboardStack(): Promise<DashboardStack> {
  const dashboardEntry = await buildDashboardOnce();
  const [edgePort, appPort, edgeInspector, appInspector] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ]);
  const work = mkdtempSync(join(tmpdir(), 'mewayz-e2e-'));
  const persist = join(work, 'state');
  const appUrl = `http://app.${testRootDomain}:${appPort}`;
  // Stripe for all three Workers through the real SDK: the stand-in, its events to this stack's edge.
  const stripe = await startStripeStandin({
    port: 0,
    retryDelaysMs: [200, 1000],
    webhookUrl: `http://${testRootDomain}:${edgePort}/webhooks/stripe`,
  });
  const stripeVars = { STRIPE_SECRET_KEY: testStripeKey, STRIPE_API_URL: stripe.url };
  const openai = await startOpenAIStandin({ port: 0, apiKey: 'sk-local-standin-e2e', chunkDelayMs: 20 });
  const openaiVars = {
    OPENAI_API_KEY: 'sk-local-standin-e2e',
    OPENAI_BASE_URL: openai.baseUrl,
    OPENAI_MODEL: standinModel,
  };
  const social = await startSocialStandin({ port: 0 });
  const socialVars = socialStandinVars(social, appUrl);
  const edgeVars: Record<string, string> = {
    ...edgeTestVars(),
    ...stripeVars,
    ...socialVars,
    STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
    PUBLIC_PORT: String(edgePort),
    DASHBOARD_URL: appUrl,
  };
  const edgeName = { 'mewayz-edge': `mewayz-edge-e2e-${edgePort}` };
  const edgeConfig = configCopy('wrangler.toml', work, 'edge.toml', edgeVars, edgeName);
  const jobsConfig = configCopy('workers/jobs/wrangler.toml', work, 'jobs.toml', edgeVars);
  const appConfig = configCopy(
    'apps/dashboard/wrangler.toml',
    work,
    'dashboard.toml',
    {
      ...dataVars(),
      ROOT_DOMAIN: testRootDomain,
      PUBLIC_SCHEME: 'http',
      PUBLIC_PORT: String(edgePort),
      DASHBOARD_URL: appUrl,
      EDGE_INTERNAL_URL: `http://127.0.0.1:${edgePort}`,
      INTERNAL_SECRET: edgeVars.INTERNAL_SECRET!,
      ENCRYPTION_KEYS: testEncryptionKeys,
      DNS_RESOLVER: 'fake',
      DEV_OUTBOX: 'true',
      CUSTOM_HOSTNAMES: 'off',
      ...stripeVars,
      ...openaiVars,
      ...socialVars,
    },
    edgeName,
    { main: dashboardEntry, assets: join(testBuildDir, 'client') },
  );
  const wrangler = join(repoRoot, 'node_modules/.bin/wrangler');
  let output = '';
  const spawnWrangler = (name: string, args: string[]) => {
    const child = spawn(
      wrangler,
      ['dev', ...args, '--ip', '127.0.0.1', '--persist-to', persist, '--log-level', 'warn'],
      {
        cwd: work,
        env: { ...wranglerEnv, WRANGLER_REGISTRY_PATH: join(work, 'registry') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout?.on('data', (d) => (output += `[${name}] ${d}`));
    child.stderr?.on('data', (d) => (output += `[${name}] ${d}`));
    return child;
  };
  const children: ChildProcess[] = [];
  const stopChildren = async () => {
    for (const c of children) if (c.exitCode === null && c.pid) c.kill('SIGTERM');
    await Promise.race([
      Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))),
      new Promise((r) => setTimeout(r, 5000)),
    ]);
    for (const c of children) if (c.exitCode === null && c.pid) c.kill('SIGKILL');
    // The stand-in too, also when starting a Worker failed: its server would keep the run alive.
    await stripe.close().catch(() => {});
    await openai.close().catch(() => {});
    await social.close().catch(() => {});
  };
  // One after the other (they share the persisted state directory), each retried once: workerd
  // occasionally fails to start on a loaded 2-core machine.
  const startOne = async (name: string, args: string[], url: string, host: string) => {
    for (let attempt = 1; ; attempt++) {
      const child = spawnWrangler(name, args);
      children.push(child);
      try {
        await waitFor(url, host, child, () => output);
        return;
      } catch (err) {
        if (child.exitCode === null) child.kill('SIGKILL');
        if (attempt >= 2) throw err;
      }
    }
  };
  try {
    await startOne(
      'edge',
      [
        '-c',
        edgeConfig,
        '-c',
        jobsConfig,
        '--port',
        String(edgePort),
        '--inspector-port',
        String(edgeInspector),
      ],
      `http://127.0.0.1:${edgePort}/`,
      testRootDomain,
    );
    await startOne(
      'dashboard',
      ['-c', appConfig, '--port', String(appPort), '--inspector-port', String(appInspector)],
      `http://127.0.0.1:${appPort}/sign-in`,
      `app.${testRootDomain}:${appPort}`,
    );
  } catch (err) {
    await stopChildren();
    throw err;
  }

  const { chromium } = await import('playwright-core');
  // Headless Chromium says "HeadlessChrome", which the edge rightly counts as a bot; the tests play a person.
  const userAgent =
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
  const chromiumArgs = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--host-resolver-rules=MAP *.${testRootDomain} 127.0.0.1`,
  ];
  const viewport = { width: 1366, height: 900 };
  // If the browser cannot start (say, chromium is missing), the Workers started above must not outlive the run.
  const browser = await launchBrowser().catch(async (err) => {
    await stopChildren();
    throw err;
  });
  async function launchBrowser() {
    const context = await chromium.launchPersistentContext(join(work, 'chromium'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport,
      userAgent,
      args: chromiumArgs,
    });
    context.setDefaultNavigationTimeout(navigationTimeoutMs);
    return context;
  }
  // A persistent context has no browser to open other contexts in: the second one starts on first use.
  let second: Promise<import('playwright-core').Browser> | null = null;
  async function otherContext(opts: import('playwright-core').BrowserContextOptions = {}) {
    second ??= chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
    const context = await (await second).newContext({ viewport, userAgent, ...opts });
    context.setDefaultNavigationTimeout(navigationTimeoutMs);
    return context;
  }
  const axeSource = readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  mkdirSync(screenshotDir, { recursive: true });
  const db = createDb(inject('psdbUrl'));
  const deps: IdentityDeps = {
    [DB]: db,
    redis: createRedis(inject('redisUrl'), inject('redisToken')),
    config: {
      rootDomain: testRootDomain,
      shortDomain: testRootDomain,
      publicScheme: 'http',
      publicPort: String(edgePort),
    },
    // The edge answers internal calls on the root domain only: name it in the Host header (which
    // fetch() will not set, hence node:http).
    purger: {
      purgeHosts: (hosts) =>
        withRetries(() =>
          postWithHost(edgePort, testRootDomain, '/__internal/purge', edgeVars.INTERNAL_SECRET!, { hosts }),
        ),
    },
    now: () => new Date(),
    secrets: createSecretBox(testEncryptionKeys),
    mailer: email.outboxMailer(db),
    appUrl,
    log: createLogger({ level: 'warn', fields: { worker: 'test' } }),
  };
  return {
    appUrl,
    edgePort,
    siteUrl: (slug) => `http://${slug}.${testRootDomain}:${edgePort}/`,
    tick: (organizationId) =>
      withRetries(() =>
        postWithHost(
          edgePort,
          testRootDomain,
          '/__internal/campaigns/tick',
          edgeVars.INTERNAL_SECRET!,
          organizationId ? { organizationId } : {},
        ),
      ),
    deps,
    browser,
    otherContext,
    async screenshot(page, name, opts = {}) {
      const path = join(screenshotDir, `${name}.png`);
      await page.screenshot({ path, fullPage: opts.fullPage ?? true });
      return path;
    },
    async axe(page) {
      await page.evaluate(axeSource);
      const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as {
        violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
      };
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => n.target.join(' ')),
        }));
    },
    logs: () => output,
    stripe,
    openai,
    social,
    async stop() {
      await browser.close().catch(() => {});
      await second?.then((b) => b.close()).catch(() => {});
      await stopChildren();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
