import { describe, expect, it } from 'vitest';
import { classifyRequest } from './classify-request.ts';

const chrome =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const safari =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

const req = (ua: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Request('http://alice.mewayz.localhost/', { method, headers: { 'user-agent': ua, ...headers } });

describe('classifyRequest', () => {
  it('counts an ordinary browser visit and names its device, browser and OS', () => {
    expect(classifyRequest(req(chrome))).toMatchObject({
      excluded: false,
      device: 'desktop',
      browser: 'Chrome',
    });
    expect(classifyRequest(req(iphone))).toMatchObject({ excluded: false, device: 'mobile', os: 'iOS' });
  });

  it('excludes prefetches and previews by the markers each browser sends', () => {
    expect(classifyRequest(req(chrome, { 'sec-purpose': 'prefetch;prerender' })).excluded).toBe(true);
    expect(classifyRequest(req(chrome, { purpose: 'prefetch' })).excluded).toBe(true);
    expect(classifyRequest(req(firefox, { 'x-moz': 'prefetch' })).excluded).toBe(true);
    expect(classifyRequest(req(safari, { 'x-purpose': 'preview' })).excluded).toBe(true);
    expect(classifyRequest(req(iphone, { 'x-purpose': 'preview' })).excluded).toBe(true);
  });

  it('excludes HEAD requests, bots and empty user agents', () => {
    expect(classifyRequest(req(chrome, {}, 'HEAD')).excluded).toBe(true);
    expect(classifyRequest(req('Googlebot/2.1 (+http://www.google.com/bot.html)')).excluded).toBe(true);
    expect(classifyRequest(req('')).excluded).toBe(true);
  });
});
