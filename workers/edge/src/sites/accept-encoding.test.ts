import { describe, expect, it } from 'vitest';
import { wantsGzip } from './accept-encoding.ts';

describe('wantsGzip', () => {
  it.each([
    ['', false],
    ['identity', false],
    ['br', false],
    ['deflate, br', false],
    ['gzip', true],
    ['GZIP', true],
    ['x-gzip', true],
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['gzip;q=0', false],
    ['gzip; q=0.000', false],
    ['gzip;q=', false],
    ['gzip;q=abc', false],
    ['*', true],
    ['*;q=0', false],
    ['*, gzip;q=0', false],
    ['gzip;q=0, *', false],
    ['identity, *;q=0.5', true],
    ['gzipped', false],
  ])('%j → %s', (header, expected) => {
    expect(wantsGzip(header)).toBe(expected);
  });
});
