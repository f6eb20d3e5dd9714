import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  PASSWORD_ITERATIONS,
  PASSWORD_SCHEME,
  parsePasswordHash,
  verifyPassword,
  WORKERS_PBKDF2_MAX_ITERATIONS,
} from './passwords.ts';

describe('password hashing', () => {
  it('uses parameters production Workers accept (PBKDF2 ≤ 100,000 iterations)', async () => {
    expect(WORKERS_PBKDF2_MAX_ITERATIONS).toBe(100_000);
    expect(PASSWORD_ITERATIONS).toBeLessThanOrEqual(100_000);
    const stored = await hashPassword('a long enough passphrase');
    const parsed = parsePasswordHash(stored)!;
    expect(parsed.scheme).toBe(PASSWORD_SCHEME);
    expect(parsed.iterations).toBe(PASSWORD_ITERATIONS);
    expect(parsed.iterations).toBeLessThanOrEqual(WORKERS_PBKDF2_MAX_ITERATIONS);
    expect(stored).toMatch(/^pbkdf2-sha256\$100000\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    await expect(hashPassword('x', 100_001)).rejects.toThrow(/Workers/);
  });

  it('verifies the right password only, with a fresh salt per hash', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toEqual({ ok: true, needsRehash: false });
    expect((await verifyPassword('correct horse batterY', a)).ok).toBe(false);
    expect((await verifyPassword('', a)).ok).toBe(false);
  });

  it('asks for a rehash when the stored parameters are not the current ones', async () => {
    const legacy = await hashPassword('old password here', 1_000);
    expect(await verifyPassword('old password here', legacy)).toEqual({ ok: true, needsRehash: true });
    // A wrong password never asks for a rehash.
    expect(await verifyPassword('wrong', legacy)).toEqual({ ok: false, needsRehash: false });
  });

  it('refuses malformed or out-of-policy hash strings', async () => {
    expect(parsePasswordHash('bcrypt$10$abc$def')).toBeNull();
    expect(parsePasswordHash('pbkdf2-sha256$200000$AAAA$AAAA')).toBeNull();
    expect(parsePasswordHash('pbkdf2-sha256$abc$AAAA$AAAA')).toBeNull();
    expect((await verifyPassword('x', 'garbage')).ok).toBe(false);
  });

  it('treats unicode passwords by their NFKC form', async () => {
    const stored = await hashPassword('pa\u0301ssword-é-😀');
    expect((await verifyPassword('pássword-é-😀'.normalize('NFD'), stored)).ok).toBe(true);
  });
});
