import { describe, expect, it } from 'vitest';
import { fromBase32, toBase32, utf8 } from './encoding.ts';
import { sha256Hex, timingSafeEqual } from './hash.ts';
import { randomString, randomToken } from './random.ts';
import { createSecretBox } from './secret-box.ts';

const k1 = 'k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=';
const k2 = 'k2:ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=';

describe('secret box (AES-256-GCM with key ids)', () => {
  it('round-trips and never stores the plaintext', async () => {
    const box = createSecretBox(k1);
    const sealed = await box.encrypt('JBSWY3DPEHPK3PXP');
    expect(sealed.startsWith('k1:')).toBe(true);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(await box.decrypt(sealed)).toBe('JBSWY3DPEHPK3PXP');
    // A fresh IV each time.
    expect(await box.encrypt('x')).not.toBe(await box.encrypt('x'));
  });

  it('rotates: the first key encrypts, older keys still decrypt', async () => {
    const old = createSecretBox(k1);
    const sealed = await old.encrypt('secret');
    const rotated = createSecretBox(`${k2},${k1}`);
    expect(rotated.currentKeyId).toBe('k2');
    expect(await rotated.decrypt(sealed)).toBe('secret');
    expect(rotated.needsReencrypt(sealed)).toBe(true);
    expect(rotated.needsReencrypt(await rotated.encrypt('secret'))).toBe(false);
  });

  it('refuses tampered, relabelled or unknown-key ciphertexts', async () => {
    const box = createSecretBox(`${k1},${k2}`);
    const sealed = await box.encrypt('secret');
    const [id, iv, ct] = sealed.split(':');
    // Replace the second-to-last character (fully inside the tag) with a different one: the old check
    // looked at the last character instead, so 1 run in 64 "tampered" nothing.
    const flipped = `${id}:${iv}:${ct!.slice(0, -2)}${ct!.at(-2) === 'A' ? 'B' : 'A'}${ct!.slice(-1)}`;
    expect(flipped).not.toBe(sealed);
    await expect(box.decrypt(flipped)).rejects.toThrow();
    await expect(box.decrypt(`k2:${iv}:${ct}`)).rejects.toThrow();
    await expect(createSecretBox(k2).decrypt(sealed)).rejects.toThrow(/unknown encryption key/);
  });

  it('rejects malformed key lists with a clear message', () => {
    expect(() => createSecretBox('')).toThrow(/no key/);
    expect(() => createSecretBox('k1:AAEC')).toThrow(/32 bytes/);
    expect(() => createSecretBox(`${k1},${k1}`)).toThrow(/duplicate/);
  });
});

describe('hash and random helpers', () => {
  it('sha256Hex matches the FIPS 180-2 vector', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('timingSafeEqual compares content and length', () => {
    expect(timingSafeEqual('abc', 'abc')).toBe(true);
    expect(timingSafeEqual('abc', 'abd')).toBe(false);
    expect(timingSafeEqual('abc', 'abcd')).toBe(false);
  });
  it('base32 round-trips RFC 4648 vectors', () => {
    expect(toBase32(utf8.encode('foobar'))).toBe('MZXW6YTBOI');
    expect(new TextDecoder().decode(fromBase32('MZXW6YTBOI'))).toBe('foobar');
  });
  it('random tokens are unique and use the alphabet', () => {
    expect(randomToken()).toHaveLength(43);
    expect(new Set(Array.from({ length: 100 }, () => randomToken())).size).toBe(100);
    expect(randomString(200, 'ab')).toMatch(/^[ab]{200}$/);
  });
});
