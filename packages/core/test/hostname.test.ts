import { describe, expect, it } from 'vitest';
import { classifyHost, normalizeHostname } from '../src/sites/hostname.ts';

describe('normalizeHostname', () => {
  it.each([
    ['Alice.Mewayz.Localhost', 'alice.mewayz.localhost'],
    ['alice.mewayz.localhost:8787', 'alice.mewayz.localhost'],
    ['alice.mewayz.localhost.', 'alice.mewayz.localhost'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['WWW.Shop.Example.COM.', 'www.shop.example.com'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHostname(input)).toBe(expected);
  });

  it.each([
    [''],
    ['alice .mewayz.localhost'],
    ['a/b.example'],
    ['<script>.example'],
    ['evil.example@alice.mewayz.localhost'],
    ['-bad.example'],
    ['a..b'],
    [`${'a'.repeat(64)}.example`],
    ['x'.repeat(400)],
    ['[::1]'],
  ])('rejects %j', (input) => {
    expect(normalizeHostname(input)).toBeNull();
  });
});

describe('classifyHost', () => {
  const root = 'mewayz.localhost';
  it('knows the root, subdomains and custom domains', () => {
    expect(classifyHost('mewayz.localhost', root)).toEqual({ kind: 'root' });
    expect(classifyHost('www.mewayz.localhost', root)).toEqual({ kind: 'root' });
    expect(classifyHost('alice.mewayz.localhost', root)).toEqual({ kind: 'subdomain', slug: 'alice' });
    expect(classifyHost('shop.example.com', root)).toEqual({ kind: 'custom', host: 'shop.example.com' });
    // Two labels deep is not a site; a lookalike suffix is a (never verified) custom host.
    expect(classifyHost('a.alice.mewayz.localhost', root).kind).toBe('custom');
    expect(classifyHost('evilmewayz.localhost', root).kind).toBe('custom');
  });
});
