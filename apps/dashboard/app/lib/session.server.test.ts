import { describe, expect, it } from 'vitest';
import { readCookie } from './session.server.ts';

describe('readCookie', () => {
  it('reads a named cookie and treats a mangled escape as no cookie rather than an error', () => {
    const req = (cookie: string) => new Request('http://app.mewayz.localhost/', { headers: { cookie } });
    expect(readCookie(req('a=1; mwz_tz=Europe%2FBerlin'), 'mwz_tz')).toBe('Europe/Berlin');
    expect(readCookie(req('mwz_tz=%E0%A4%A'), 'mwz_tz')).toBeNull();
    expect(readCookie(req('other=1'), 'mwz_tz')).toBeNull();
  });
});
