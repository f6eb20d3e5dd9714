import { edgeTestVars } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { pointerReuseMs } from '../cache/go-live.ts';
import { ConfigurationError, parsePlatformVars } from './vars.ts';

const production = () => ({
  ...edgeTestVars(),
  PUBLIC_SCHEME: 'https',
  VISITOR_SALT: 'Zq3v9w2LkT8rX1pB7nYc4sJ6',
  INTERNAL_SECRET: 'Hk2Pq8Vz3Wn5Rt7Ym1Lc9Xb4',
  REDIS_TOKEN: 'AY2xzZXJ2ZXJsZXNzLXJlZGlz',
  ENCRYPTION_KEYS: 'k2:Q2hhbmdlZEtleUZvclByb2R1Y3Rpb25Vc2UzMmJ5dGU=',
  EMAIL_PROVIDER: 'elastic',
  ELASTIC_EMAIL_API_KEY: 'elastic-key',
  DASHBOARD_URL: 'https://app.mewayz.com',
});

function problemsOf(env: Record<string, string>, worker: 'edge' | 'jobs' | 'dashboard' = 'edge'): string[] {
  try {
    parsePlatformVars(env, worker);
    return [];
  } catch (err) {
    if (err instanceof ConfigurationError) return err.problems;
    throw err;
  }
}

describe('platform vars (one schema for the edge, jobs and dashboard)', () => {
  it('reuses pointer reads for the publishers’ settle time by default, and refuses a longer window', () => {
    expect(parsePlatformVars(edgeTestVars(), 'edge').POINTER_REUSE_MS).toBe(pointerReuseMs);
    expect(parsePlatformVars({ ...edgeTestVars(), POINTER_REUSE_MS: '0' }, 'edge').POINTER_REUSE_MS).toBe(0);
    expect(problemsOf({ ...edgeTestVars(), POINTER_REUSE_MS: String(pointerReuseMs + 1) })).toEqual([
      expect.stringContaining('POINTER_REUSE_MS'),
    ]);
  });

  it('names what each Worker cannot start without', () => {
    const { VISITOR_SALT: _salt, ...noSalt } = edgeTestVars();
    expect(problemsOf(noSalt, 'edge')).toEqual(['VISITOR_SALT is required']);
    // The jobs Worker hashes no visitors, so the same env is fine for it.
    expect(problemsOf(noSalt, 'jobs')).toEqual([]);
    expect(problemsOf(edgeTestVars(), 'dashboard')).toEqual(['EDGE_INTERNAL_URL is required']);
  });

  it('accepts a production configuration over https', () => {
    expect(problemsOf(production())).toEqual([]);
  });

  it('over https, takes Bluesky’s client id only as the https URL of its client metadata document', () => {
    const url = 'https://app.mewayz.com/oauth/bluesky/client-metadata.json';
    expect(problemsOf({ ...production(), SOCIAL_BLUESKY_CLIENT_ID: url }, 'jobs')).toEqual([]);
    expect(
      problemsOf({ ...production(), SOCIAL_BLUESKY_CLIENT_ID: 'http://app.mewayz.com/m.json' }, 'jobs'),
    ).toEqual([expect.stringContaining('SOCIAL_BLUESKY_CLIENT_ID must be the https URL')]);
    expect(problemsOf({ ...production(), SOCIAL_BLUESKY_CLIENT_ID: 'mewayz-bluesky' }, 'jobs')).toEqual([
      expect.stringContaining('SOCIAL_BLUESKY_CLIENT_ID'),
    ]);
  });

  it('over https, refuses to keep mail in the outbox, where nobody would read it', () => {
    for (const worker of ['edge', 'jobs'] as const) {
      expect(problemsOf({ ...production(), EMAIL_PROVIDER: 'outbox' }, worker)).toEqual([
        expect.stringContaining('EMAIL_PROVIDER=outbox'),
      ]);
    }
    // Local development over http keeps the outbox (the dev outbox page shows it).
    expect(problemsOf({ ...edgeTestVars(), EMAIL_PROVIDER: 'outbox' })).toEqual([]);
  });

  it('over https, refuses a cron limited to one organization (a test setting)', () => {
    expect(problemsOf({ ...production(), CRON_ORGANIZATION: 'org_one' }, 'jobs')).toEqual([
      expect.stringContaining('CRON_ORGANIZATION'),
    ]);
    expect(problemsOf({ ...edgeTestVars(), CRON_ORGANIZATION: 'org_one' }, 'jobs')).toEqual([]);
    expect(problemsOf({ ...edgeTestVars(), CRON_ORGANIZATION: 'everyone' }, 'jobs')).toEqual([
      expect.stringContaining('CRON_ORGANIZATION'),
    ]);
  });

  it('over https, refuses placeholder secrets and names them without printing their values', () => {
    const problems = problemsOf({
      ...production(),
      VISITOR_SALT: 'local-dev-visitor-salt-change-me',
      INTERNAL_SECRET: 'please-change-me-0123456789',
    });
    expect(problems).toEqual([
      expect.stringMatching(/^VISITOR_SALT is a placeholder/),
      expect.stringMatching(/^INTERNAL_SECRET is a placeholder/),
    ]);
    expect(problems.join(' ')).not.toContain('change-me');
  });

  it('refuses a provider without its key, and a Cloudflare purge without its credentials', () => {
    expect(problemsOf({ ...edgeTestVars(), EMAIL_PROVIDER: 'elastic' })).toEqual([
      'EMAIL_PROVIDER=elastic needs ELASTIC_EMAIL_API_KEY',
    ]);
    expect(problemsOf({ ...edgeTestVars(), CACHE_PURGE: 'cloudflare' })).toEqual([
      'CACHE_PURGE=cloudflare needs CF_API_TOKEN and CF_ZONE_ID',
    ]);
  });
});
