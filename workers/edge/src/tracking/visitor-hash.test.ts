import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { visitorHash } from './visitor-hash.ts';

const base = [
  'salt-0123456789abcdef',
  '2026-11-29',
  '203.0.113.7',
  'Mozilla/5.0 Chrome/131',
  'site_1',
] as const;

describe('visitorHash', () => {
  it('is SHA-256 over the padded salt-and-day block, then IP, UA digest and site', () => {
    const uaDigest = createHash('sha256').update(base[3]).digest('hex').slice(0, 32);
    const prefix = Buffer.alloc(64);
    prefix.write(`${base[0]}|${base[1]}|`);
    const expected = createHash('sha256')
      .update(prefix)
      .update(`${base[2]}|${uaDigest}|${base[4]}`)
      .digest('hex')
      .slice(0, 32);
    expect(visitorHash(...base)).toBe(expected);
  });

  it('is stable within a day and changes with the day, salt, IP, user agent and site', () => {
    const h = visitorHash(...base);
    expect(visitorHash(...base)).toBe(h);
    const variants = base.map((_, i) => {
      const args = [...base] as [string, string, string, string, string];
      args[i] = `${args[i]}x`;
      return visitorHash(...args);
    });
    expect(new Set([h, ...variants]).size).toBe(6);
    // Switching back to an earlier day gives that day's hash again (the prefix state is per salt and day).
    expect(visitorHash(...base)).toBe(h);
  });

  it('never contains the IP', () => {
    expect(visitorHash(...base)).not.toContain('203.0.113.7');
    expect(visitorHash(...base)).toMatch(/^[0-9a-f]{32}$/);
  });
});
