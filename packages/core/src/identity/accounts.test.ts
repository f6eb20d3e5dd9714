import { auditLog, users } from '@mewayz/db/schema';
import { createTestUser, identityDeps, nodeDeps, testPassword, uniqueEmail } from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dbOf } from '../data/db-handle.ts';
import { listOutbox } from '../email/outbox.ts';
import type { AppError } from '../errors.ts';
import {
  changePassword,
  requestPasswordReset,
  resetPassword,
  signIn,
  signOutEverywhere,
  signUp,
  verifyEmail,
} from './accounts.ts';
import { hashPassword, parsePasswordHash } from './passwords.ts';
import { createSession, destroyAllSessions, getSession, rotateSession } from './sessions.ts';
import { decodeTotpSecret, totpCode } from './totp.ts';
import { beginTotpSetup, enableTotp } from './two-factor.ts';

const deps = identityDeps(nodeDeps());
const ip = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function codeOf(err: Promise<unknown>): Promise<string> {
  try {
    await err;
  } catch (e) {
    return (e as AppError).code;
  }
  return 'no error';
}

function tokenFromOutbox(text: string): string {
  return decodeURIComponent(/token=([^\s&]+)/.exec(text)![1]!);
}

describe('sign-up and email verification', () => {
  it('creates an unverified account, mails a link, and verifies once', async () => {
    const email = uniqueEmail();
    const user = await signUp(deps, { email: email.toUpperCase(), name: 'Ann', password: testPassword });
    expect(user.email).toBe(email);
    expect(user.emailVerified).toBe(false);
    const [mail] = await listOutbox(dbOf(deps), { to: email });
    expect(mail?.subject).toMatch(/confirm/i);
    const token = tokenFromOutbox(mail!.text);
    expect((await verifyEmail(deps, token)).emailVerified).toBe(true);
    expect(await codeOf(verifyEmail(deps, token))).toBe('invalid_token');
    const [row] = await dbOf(deps).select().from(users).where(eq(users.id, user.id));
    expect(row!.passwordHash).not.toContain(testPassword);
  });

  it('refuses a duplicate email and weak or unknown input', async () => {
    const email = uniqueEmail();
    await signUp(deps, { email, name: 'A', password: testPassword });
    expect(await codeOf(signUp(deps, { email, name: 'B', password: testPassword }))).toBe('conflict');
    expect(await codeOf(signUp(deps, { email: uniqueEmail(), name: 'C', password: 'short' }))).toBe(
      'validation_failed',
    );
    expect(await codeOf(signUp(deps, { email: 'not-an-email', name: 'C', password: testPassword }))).toBe(
      'validation_failed',
    );
    expect(
      await codeOf(
        signUp(deps, {
          email: uniqueEmail(),
          name: 'D',
          password: testPassword,
          isPlatformAdmin: true,
        } as never),
      ),
    ).toBe('validation_failed');
  });
});

describe('sign-in', () => {
  it('starts a session in Redis and writes the audit log', async () => {
    const user = await createTestUser(deps);
    const { session } = await signIn(deps, { email: user.email, password: testPassword }, { ip: ip() });
    expect((await getSession(deps, session.id))?.userId).toBe(user.id);
    const keys = await deps.redis.keys('session:*');
    expect(keys.some((k) => k.includes(session.id))).toBe(false);
    const audit = await dbOf(deps)
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, user.id), eq(auditLog.action, 'user.signed_in')));
    expect(audit).toHaveLength(1);
  });

  it('answers wrong password and unknown account alike', async () => {
    const user = await createTestUser(deps);
    expect(await codeOf(signIn(deps, { email: user.email, password: 'wrong password!' }, { ip: ip() }))).toBe(
      'invalid_credentials',
    );
    expect(
      await codeOf(signIn(deps, { email: uniqueEmail(), password: 'wrong password!' }, { ip: ip() })),
    ).toBe('invalid_credentials');
  });

  it('throttles per account: after the limit even the right password is refused', async () => {
    const user = await createTestUser(deps);
    for (let i = 0; i < 5; i++)
      await codeOf(signIn(deps, { email: user.email, password: 'nope nope nope' }, { ip: ip() }));
    expect(await codeOf(signIn(deps, { email: user.email, password: testPassword }, { ip: ip() }))).toBe(
      'rate_limited',
    );
  });

  it('throttles per IP across accounts', async () => {
    const addr = ip();
    const limits = { perAccount: 100, perIp: 3, windowSeconds: 60 };
    for (let i = 0; i < 3; i++)
      await codeOf(signIn(deps, { email: uniqueEmail(), password: 'nope nope nope' }, { ip: addr, limits }));
    const user = await createTestUser(deps);
    expect(
      await codeOf(signIn(deps, { email: user.email, password: testPassword }, { ip: addr, limits })),
    ).toBe('rate_limited');
    expect(
      (await signIn(deps, { email: user.email, password: testPassword }, { ip: ip(), limits })).user.id,
    ).toBe(user.id);
  });

  it('rehashes a hash made with old parameters', async () => {
    const user = await createTestUser(deps);
    await dbOf(deps)
      .update(users)
      .set({ passwordHash: await hashPassword(testPassword, 1000) })
      .where(eq(users.id, user.id));
    await signIn(deps, { email: user.email, password: testPassword }, { ip: ip() });
    const [row] = await dbOf(deps).select().from(users).where(eq(users.id, user.id));
    expect(parsePasswordHash(row!.passwordHash)!.iterations).toBe(100_000);
  });

  it('rotates the session on sign-in: the previous id stops working', async () => {
    const user = await createTestUser(deps);
    const before = await createSession(deps, user.id);
    const { session } = await signIn(
      deps,
      { email: user.email, password: testPassword },
      { ip: ip(), previousSessionId: before.id },
    );
    expect(session.id).not.toBe(before.id);
    expect(await getSession(deps, before.id)).toBeNull();
  });
});

describe('two-factor authentication', () => {
  it('requires a TOTP code, refuses its replay, and takes each recovery code once', async () => {
    const user = await createTestUser(deps);
    const { secret } = await beginTotpSetup(deps, user.id);
    const key = decodeTotpSecret(secret);
    const t0 = new Date();
    const { recoveryCodes } = await enableTotp(deps, user.id, await totpCode(key, t0));
    expect(recoveryCodes).toHaveLength(10);
    const [row] = await dbOf(deps).select().from(users).where(eq(users.id, user.id));
    expect(row!.totpSecret).not.toContain(secret);

    expect(await codeOf(signIn(deps, { email: user.email, password: testPassword }, { ip: ip() }))).toBe(
      'two_factor_required',
    );
    // The enrolment code's step is used up: the same code is a replay.
    expect(
      await codeOf(
        signIn(
          deps,
          { email: user.email, password: testPassword, totpCode: await totpCode(key, t0) },
          { ip: ip() },
        ),
      ),
    ).toBe('invalid_credentials');
    const next = await totpCode(key, new Date(t0.getTime() + 30_000));
    expect(
      (await signIn(deps, { email: user.email, password: testPassword, totpCode: next }, { ip: ip() })).user
        .twoFactorEnabled,
    ).toBe(true);
    expect(
      await codeOf(signIn(deps, { email: user.email, password: testPassword, totpCode: next }, { ip: ip() })),
    ).toBe('invalid_credentials');

    const rc = recoveryCodes[0]!;
    expect(
      (
        await signIn(
          deps,
          { email: user.email, password: testPassword, recoveryCode: rc.toUpperCase() },
          { ip: ip() },
        )
      ).user.id,
    ).toBe(user.id);
    expect(
      await codeOf(
        signIn(deps, { email: user.email, password: testPassword, recoveryCode: rc }, { ip: ip() }),
      ),
    ).toBe('invalid_credentials');
  });
});

describe('passwords and sessions', () => {
  it('reset by mailed token ends every session; the token works once', async () => {
    const user = await createTestUser(deps);
    const s1 = await createSession(deps, user.id);
    await requestPasswordReset(deps, user.email);
    await requestPasswordReset(deps, uniqueEmail()); // unknown address: silently nothing
    const [mail] = await listOutbox(dbOf(deps), { to: user.email });
    const token = tokenFromOutbox(mail!.text);
    await resetPassword(deps, token, 'a brand new passphrase');
    expect(await getSession(deps, s1.id)).toBeNull();
    expect(await codeOf(resetPassword(deps, token, 'another new passphrase'))).toBe('invalid_token');
    expect(
      (await signIn(deps, { email: user.email, password: 'a brand new passphrase' }, { ip: ip() })).user.id,
    ).toBe(user.id);
  });

  it('change of password rotates the current session and ends the others', async () => {
    const user = await createTestUser(deps);
    const current = await createSession(deps, user.id);
    const other = await createSession(deps, user.id);
    expect(
      await codeOf(
        changePassword(
          deps,
          user.id,
          { currentPassword: 'wrong', newPassword: 'whatever long' },
          { sessionId: current.id },
        ),
      ),
    ).toBe('invalid_credentials');
    const { session } = await changePassword(
      deps,
      user.id,
      { currentPassword: testPassword, newPassword: 'changed passphrase' },
      { sessionId: current.id },
    );
    expect(session!.id).not.toBe(current.id);
    expect(await getSession(deps, current.id)).toBeNull();
    expect(await getSession(deps, other.id)).toBeNull();
    expect((await getSession(deps, session!.id))?.userId).toBe(user.id);
  });

  it('rotate, destroy all and sign out everywhere', async () => {
    const user = await createTestUser(deps);
    const a = await createSession(deps, user.id, { ip: '192.0.2.1', userAgent: 'test' });
    const b = await createSession(deps, user.id);
    const rotated = (await rotateSession(deps, a.id))!;
    expect(rotated.userId).toBe(user.id);
    expect(rotated.ip).toBe('192.0.2.1');
    expect(await getSession(deps, a.id)).toBeNull();
    expect(await destroyAllSessions(deps, user.id, { exceptId: b.id })).toBe(1);
    expect(await getSession(deps, b.id)).not.toBeNull();
    expect(await signOutEverywhere(deps, user.id)).toBe(1);
    expect(await getSession(deps, b.id)).toBeNull();
    expect(await getSession(deps, 'x'.repeat(500))).toBeNull();
  });
});
