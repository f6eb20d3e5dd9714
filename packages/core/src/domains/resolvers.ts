import type { Redis } from '../data/redis.ts';

/** Looks up TXT records; production asks a DNS-over-HTTPS resolver, tests and local dev a fake. */
export interface TxtResolver {
  /** The TXT strings at `name` (multi-string records joined); [] when there are none. */
  txt(name: string): Promise<string[]>;
}

export class DnsLookupFailed extends Error {}

/**
 * DNS-over-HTTPS with the JSON API (Cloudflare's and Google's resolvers speak it):
 * `GET <url>?name=<name>&type=TXT` with `accept: application/dns-json`.
 */
export function dohResolver(opts: { url?: string; fetch?: typeof fetch } = {}): TxtResolver {
  const url = opts.url ?? 'https://cloudflare-dns.com/dns-query';
  const doFetch = opts.fetch ?? fetch;
  return {
    async txt(name) {
      const res = await doFetch(`${url}?${new URLSearchParams({ name, type: 'TXT' })}`, {
        headers: { accept: 'application/dns-json' },
      });
      if (!res.ok) throw new DnsLookupFailed(`DNS resolver answered HTTP ${res.status}`);
      const body = (await res.json()) as { Status?: number; Answer?: { type: number; data: string }[] };
      // NXDOMAIN (3) simply means no record yet.
      if (body.Status !== 0 && body.Status !== 3)
        throw new DnsLookupFailed(`DNS lookup failed with status ${body.Status}`);
      return (body.Answer ?? []).filter((a) => a.type === 16).map((a) => parseTxtData(a.data));
    },
  };
}

/** `"part one" "part two"` → `part onepart two` (RFC 7208 §3.3 joining of TXT strings). */
export function parseTxtData(data: string): string {
  const parts = [...data.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
  return parts.length ? parts.join('') : data;
}

/** Redis key the fake resolver reads for `name`. */
export const fakeTxtKey = (name: string) => `fakedns:txt:${name.toLowerCase()}`;

/**
 * A resolver for tests and local development: answers from Redis `fakedns:txt:<name>`, a JSON array
 * of strings (or one string), so tests and the dashboard e2e can "publish" records.
 */
export function fakeResolver(redis: Redis): TxtResolver {
  return {
    async txt(name) {
      const value = await redis.get<unknown>(fakeTxtKey(name));
      if (value == null) return [];
      if (Array.isArray(value)) return value.map(String);
      return [String(value)];
    },
  };
}

/** Set (or with [] clear) the fake TXT records at `name`. */
export async function setFakeTxtRecords(redis: Redis, name: string, values: string[]): Promise<void> {
  if (values.length === 0) await redis.del(fakeTxtKey(name));
  else await redis.set(fakeTxtKey(name), JSON.stringify(values));
}
