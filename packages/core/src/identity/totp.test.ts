import { describe, expect, it } from 'vitest';
import { utf8 } from '../crypto/encoding.ts';
import { decodeTotpSecret, newTotpSecret, totpCode, totpStep, totpUri, verifyTotp } from './totp.ts';

// RFC 6238 Appendix B: seeds are ASCII "1234567890" repeated to 20/32/64 bytes, 8 digits, 30 s.
const seeds = {
  'SHA-1': utf8.encode('12345678901234567890'),
  'SHA-256': utf8.encode('12345678901234567890123456789012'),
  'SHA-512': utf8.encode('1234567890123456789012345678901234567890123456789012345678901234'),
} as const;

const vectors: [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(vectors)('matches the RFC vectors at T=%i', async (t, sha1, sha256, sha512) => {
    const at = new Date(t * 1000);
    expect(await totpCode(seeds['SHA-1'], at, { digits: 8, algorithm: 'SHA-1' })).toBe(sha1);
    expect(await totpCode(seeds['SHA-256'], at, { digits: 8, algorithm: 'SHA-256' })).toBe(sha256);
    expect(await totpCode(seeds['SHA-512'], at, { digits: 8, algorithm: 'SHA-512' })).toBe(sha512);
  });

  it('accepts one step of clock drift, not two', async () => {
    const secret = decodeTotpSecret(newTotpSecret());
    const now = new Date('2026-11-29T12:00:10Z');
    const prev = await totpCode(secret, new Date(now.getTime() - 30_000));
    const tooOld = await totpCode(secret, new Date(now.getTime() - 60_000));
    expect(await verifyTotp(secret, prev, now, null)).toBe(totpStep(now) - 1);
    expect(await verifyTotp(secret, tooOld, now, null)).toBeNull();
  });

  it('refuses a replayed code (a step at or before the last used one)', async () => {
    const secret = decodeTotpSecret(newTotpSecret());
    const now = new Date('2026-11-29T12:00:10Z');
    const code = await totpCode(secret, now);
    const step = await verifyTotp(secret, code, now, null);
    expect(step).toBe(totpStep(now));
    expect(await verifyTotp(secret, code, now, step)).toBeNull();
  });

  it('rejects malformed codes and builds an otpauth URI', async () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await verifyTotp(decodeTotpSecret(secret), '12a456', new Date(), null)).toBeNull();
    expect(await verifyTotp(decodeTotpSecret(secret), '1234567', new Date(), null)).toBeNull();
    const uri = new URL(totpUri(secret, 'alice@example.com'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('Mewayz');
  });
});
