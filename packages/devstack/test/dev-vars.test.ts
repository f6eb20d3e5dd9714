import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ensureDevVars, formatDevVars, parseDevVars, workerConfigDirs } from '../src/dev-vars.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const connection = {
  databaseUrl: 'http://u:p@127.0.0.1:3900',
  redisUrl: 'http://127.0.0.1:8079',
  redisToken: 't',
};

function tempRoot() {
  const root = mkdtempSync(join(tmpdir(), 'mewayz-devvars-'));
  for (const dir of Object.values(workerConfigDirs)) mkdirSync(join(root, dir), { recursive: true });
  return root;
}

describe('.dev.vars written by npm start', () => {
  it('generates fresh secrets once, shares the edge ones with the dashboard, and keeps them', () => {
    const a = tempRoot();
    const first = ensureDevVars(a, connection);
    expect(first.edge.VISITOR_SALT).toMatch(/^[\w-]{32}$/);
    expect(first.edge.INTERNAL_SECRET).toMatch(/^[\w-]{32}$/);
    expect(Buffer.from(first.edge.ENCRYPTION_KEYS!.replace(/^k1:/, ''), 'base64')).toHaveLength(32);
    expect(first.dashboard.INTERNAL_SECRET).toBe(first.edge.INTERNAL_SECRET);
    expect(first.dashboard.ENCRYPTION_KEYS).toBe(first.edge.ENCRYPTION_KEYS);
    expect(first.jobs).toEqual({
      DATABASE_URL: connection.databaseUrl,
      REDIS_URL: connection.redisUrl,
      REDIS_TOKEN: 't',
      ENCRYPTION_KEYS: first.edge.ENCRYPTION_KEYS,
      STRIPE_SECRET_KEY: first.edge.STRIPE_SECRET_KEY,
    });
    // What wrangler will read is what was returned, and only the owner may read it.
    const edgeFile = join(a, '.dev.vars');
    expect(parseDevVars(readFileSync(edgeFile, 'utf8'))).toEqual(first.edge);
    expect(statSync(edgeFile).mode & 0o077).toBe(0);
    expect(parseDevVars(readFileSync(join(a, 'apps/dashboard/.dev.vars'), 'utf8'))).toEqual(first.dashboard);

    const again = ensureDevVars(a, { ...connection, redisToken: 'rotated' });
    expect(again.edge.ENCRYPTION_KEYS).toBe(first.edge.ENCRYPTION_KEYS);
    expect(again.edge.VISITOR_SALT).toBe(first.edge.VISITOR_SALT);
    expect(again.jobs.REDIS_TOKEN).toBe('rotated');

    // Another checkout gets other values: nothing is a shared, published default.
    const b = ensureDevVars(tempRoot(), connection);
    expect(b.edge.ENCRYPTION_KEYS).not.toBe(first.edge.ENCRYPTION_KEYS);
    expect(b.edge.INTERNAL_SECRET).not.toBe(first.edge.INTERNAL_SECRET);
  });

  it('point the Workers at the Stripe stand-in with a local key and the secret it signs with', () => {
    const root = tempRoot();
    const standin = { ...connection, stripeApiUrl: 'http://127.0.0.1:3903' };
    const first = ensureDevVars(root, standin);
    expect(first.edge.STRIPE_SECRET_KEY).toMatch(/^sk_test_\w{40,}$/);
    expect(first.edge.STRIPE_WEBHOOK_SECRET).toMatch(/^whsec_\w{40,}$/);
    for (const w of ['edge', 'jobs', 'dashboard'] as const) {
      expect(first[w].STRIPE_API_URL).toBe('http://127.0.0.1:3903');
      expect(first[w].STRIPE_SECRET_KEY).toBe(first.edge.STRIPE_SECRET_KEY);
    }
    // Only the edge receives Stripe's webhooks.
    expect(first.jobs.STRIPE_WEBHOOK_SECRET).toBeUndefined();
    expect(first.dashboard.STRIPE_WEBHOOK_SECRET).toBeUndefined();
    expect(ensureDevVars(tempRoot(), standin).edge.STRIPE_WEBHOOK_SECRET).not.toBe(
      first.edge.STRIPE_WEBHOOK_SECRET,
    );

    // Stripe's own test mode: the developer's key and `stripe listen` secret stay, the stand-in's URL goes.
    const edgeFile = join(root, '.dev.vars');
    const own = {
      ...first.edge,
      STRIPE_SECRET_KEY: 'sk_test_mine',
      STRIPE_WEBHOOK_SECRET: 'whsec_fromlisten',
    };
    writeFileSync(edgeFile, formatDevVars(own));
    const real = ensureDevVars(root, connection);
    expect(real.edge.STRIPE_API_URL).toBeUndefined();
    expect(real.jobs.STRIPE_API_URL).toBeUndefined();
    expect(real.edge.STRIPE_WEBHOOK_SECRET).toBe('whsec_fromlisten');
    expect(real.dashboard.STRIPE_SECRET_KEY).toBe('sk_test_mine');
    expect(parseDevVars(readFileSync(edgeFile, 'utf8')).STRIPE_API_URL).toBeUndefined();
  });

  it("point the dashboard and edge at the OpenAI stand-in, and keep a developer's own provider when it is off", () => {
    const root = tempRoot();
    const openai = { baseUrl: 'http://127.0.0.1:3904/v1', model: 'mewayz-standin-1' };
    const first = ensureDevVars(root, { ...connection, openai });
    for (const w of ['edge', 'dashboard'] as const) {
      expect(first[w].OPENAI_BASE_URL).toBe(openai.baseUrl);
      expect(first[w].OPENAI_MODEL).toBe(openai.model);
      expect(first[w].OPENAI_API_KEY).toBe(first.edge.OPENAI_API_KEY);
    }
    expect(first.edge.OPENAI_API_KEY).toMatch(/^sk-local-standin-\w{40,}$/);
    expect(first.jobs.OPENAI_API_KEY).toBeUndefined();
    expect(ensureDevVars(root, { ...connection, openai }).edge.OPENAI_API_KEY).toBe(
      first.edge.OPENAI_API_KEY,
    );

    // Off: the stand-in's URL and key go (never sent to a real provider); the model stays.
    const off = ensureDevVars(root, connection);
    expect(off.dashboard.OPENAI_BASE_URL).toBeUndefined();
    expect(off.dashboard.OPENAI_API_KEY).toBeUndefined();
    // A developer's own compatible server and key are kept as they are.
    const dashFile = join(root, 'apps/dashboard/.dev.vars');
    const own = { ...off.dashboard, OPENAI_BASE_URL: 'https://llm.example/v1', OPENAI_API_KEY: 'sk-mine' };
    writeFileSync(dashFile, formatDevVars(own));
    const kept = ensureDevVars(root, connection);
    expect(kept.dashboard.OPENAI_BASE_URL).toBe('https://llm.example/v1');
    expect(kept.dashboard.OPENAI_API_KEY).toBe('sk-mine');
  });

  it('are ignored by git in every Worker config directory', () => {
    const paths = Object.values(workerConfigDirs).map((d) => join(d, '.dev.vars'));
    const ignored = execFileSync('git', ['check-ignore', ...paths], { cwd: repoRoot, encoding: 'utf8' });
    expect(ignored.trim().split('\n')).toEqual(paths);
  });

  it('parses quoted and bare values and skips comments', () => {
    expect(parseDevVars('# c\nA="x=\\"y\\""\n B = bare \n\nnot a line')).toEqual({ A: 'x="y"', B: 'bare' });
  });
});
