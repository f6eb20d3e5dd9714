import { spawnSync } from 'node:child_process';
import { tokensService } from '@mewayz/core';
import { identityDeps, nodeDeps, repoRoot, uniqueEmail } from '@mewayz/testing';
import { describe, expect, inject, it } from 'vitest';
import type { Io } from './commands.ts';
import { cliEnv } from './context.ts';
import { runCli } from './main.ts';

const env = cliEnv({
  DATABASE_URL: inject('psdbUrl'),
  REDIS_URL: inject('redisUrl'),
  REDIS_TOKEN: inject('redisToken'),
  MYSQL_URL: inject('mysqlUrl'),
  ENCRYPTION_KEYS: 'k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=',
});

async function run(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), readStdin: async () => stdin };
  const code = await runCli(argv, io, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('operator CLI', () => {
  it('creates a user, an organization, a member and a token whose secret alone is printed', async () => {
    const ownerEmail = uniqueEmail('owner');
    const user = await run(
      ['user:create', '--email', ownerEmail, '--name', 'Olga Owner', '--password-stdin'],
      'a strong passphrase\n',
    );
    expect(user.code).toBe(0);
    expect(user.out).toMatch(/^usr_[0-9a-z]{26}$/);
    const org = await run(['org:create', '--name', 'CLI Co', '--owner', ownerEmail]);
    expect(org.code).toBe(0);
    expect(org.out).toMatch(/^org_[0-9a-z]{26}$/);

    const memberEmail = uniqueEmail('member');
    await run(['user:create', '--email', memberEmail, '--name', 'Max', '--password', 'another passphrase']);
    const added = await run(['member:add', '--org', org.out, '--user', memberEmail, '--role', 'editor']);
    expect(added).toMatchObject({ code: 0, out: 'editor' });

    const token = await run([
      'token:create',
      '--org',
      org.out,
      '--user',
      memberEmail,
      '--scopes',
      'sites:read,links:write',
    ]);
    expect(token.code).toBe(0);
    expect(token.out).toMatch(/^mwz_[A-Za-z0-9]{40}$/);
    const principal = await tokensService.authenticateApiToken(nodeDeps(), token.out);
    expect(principal).toMatchObject({
      organizationId: org.out,
      role: 'editor',
      scopes: ['sites:read', 'links:write'],
    });

    // A scope beyond the member's role is refused with a clear message and exit 1.
    const beyond = await run([
      'token:create',
      '--org',
      org.out,
      '--user',
      memberEmail,
      '--scopes',
      'members:write',
    ]);
    expect(beyond.code).toBe(1);
    expect(beyond.err).toMatch(/cannot grant scopes/);
    expect(beyond.out).toBe('');

    const revoked = await run(['token:revoke', '--token', principal!.tokenId]);
    expect(revoked.code).toBe(0);
    expect(await tokensService.authenticateApiToken(nodeDeps(), token.out)).toBeNull();
  });

  it('shows the dev outbox', async () => {
    const to = uniqueEmail('mail');
    await identityDeps(nodeDeps()).mailer.send({ to, subject: 'Hello outbox', text: 'Body text' });
    const res = await run(['outbox', '--to', to]);
    expect(res.code).toBe(0);
    expect(res.out).toContain('Hello outbox');
    expect(res.out).toContain('Body text');
    const json = await run(['outbox', '--to', to, '--json']);
    expect(JSON.parse(json.out)[0]).toMatchObject({ to, subject: 'Hello outbox' });
  });

  it('runs migrations (idempotently)', async () => {
    const res = await run(['migrate']);
    expect(res.code).toBe(0);
    expect(res.err).toMatch(/migrations applied/);
  });

  it('has --help on every command and fails clearly on bad input', async () => {
    for (const name of [
      'user:create',
      'org:create',
      'member:add',
      'token:create',
      'token:revoke',
      'migrate',
      'seed',
      'outbox',
    ]) {
      const res = await run([name, '--help']);
      expect(res.code, name).toBe(0);
      expect(res.out, name).toContain('usage: npm run mewayz --');
    }
    expect((await run(['nope'])).code).toBe(1);
    const missing = await run(['org:create', '--name', 'x']);
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.err).toMatch(/missing --owner/);
    const unknownFlag = await run(['outbox', '--colour']);
    expect(unknownFlag.code).toBe(1);
    const badRole = await run(['member:add', '--org', 'no-such-org', '--user', 'x@y.z', '--role', 'editor']);
    expect(badRole).toMatchObject({ code: 1 });
    expect(badRole.err).toMatch(/no organization/);
    const weak = await run(['user:create', '--email', uniqueEmail(), '--name', 'W', '--password', 'short']);
    expect(weak.code).toBe(1);
    expect(weak.err).toMatch(/password/);
  });

  // Several real `tsx` processes in a row, each loading core: well past the default on a busy machine.
  it('works as a real process: exit codes, and a token secret alone on stdout', { timeout: 120_000 }, () => {
    const childEnv = {
      ...process.env,
      DATABASE_URL: env.DATABASE_URL,
      REDIS_URL: env.REDIS_URL,
      REDIS_TOKEN: env.REDIS_TOKEN,
      ENCRYPTION_KEYS: env.ENCRYPTION_KEYS,
    };
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', ...args], {
        cwd: repoRoot,
        env: childEnv,
        encoding: 'utf8',
      });
    const bad = cli('token:create', '--org', 'missing-org', '--user', 'x@y.z', '--scopes', 'sites:read');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^error: no organization missing-org/);
    const email = uniqueEmail('proc');
    expect(
      cli('user:create', '--email', email, '--name', 'P', '--password', 'process passphrase').status,
    ).toBe(0);
    const orgId = cli('org:create', '--name', 'Proc', '--owner', email).stdout.trim();
    const token = cli('token:create', '--org', orgId, '--user', email, '--scopes', 'all');
    expect(token.status).toBe(0);
    expect(token.stdout).toMatch(/^mwz_[A-Za-z0-9]{40}\n$/);
  });
});
