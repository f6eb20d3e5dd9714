import type { Redis } from '../data/redis.ts';

/** Looks up TXT records; production asks a DNS-over-HTTPS resolver, tests and local dev a fake. */
export interface TxtResolver {
  /** The TXT strings at `name` (multi-string records joined); [] when there are none. */
  txt(name: string): Promise<string[]>;
}

/** TXT and CNAME lookups: sending domains check a return-path CNAME beside their TXT records. */
export interface DnsResolver extends TxtResolver {
  /** The CNAME target(s) at `name`, lower-case without the trailing dot; [] when there is none. */
  cname(name: string): Promise<string[]>;
}

export class DnsLookupFailed extends Error {}

const recordTypes = { TXT: 16, CNAME: 5 } as const;

interface DohAnswer {
  Status?: number;
  Answer?: { type: number; data: string }[];
}

/**
 * The records of one type in a DoH JSON answer. A query for a name that is an alias also carries the
 * CNAME chain, so only answers of the asked type count. NXDOMAIN (3) simply means no record yet.
 */
export function parseDohAnswer(body: DohAnswer, type: keyof typeof recordTypes): string[] {
  if (body.Status !== 0 && body.Status !== 3)
    throw new DnsLookupFailed(`DNS lookup failed with status ${body.Status}`);
  const answers = (body.Answer ?? []).filter((a) => a.type === recordTypes[type]);
  return type === 'TXT'
    ? answers.map((a) => parseTxtData(a.data))
    : answers.map((a) => normalizeDnsName(a.data));
}

/** `Target.Example.COM.` → `target.example.com`: DNS names compare case-insensitively, root dot aside. */
export function normalizeDnsName(name: string): string {
  return name.trim().replace(/\.$/, '').toLowerCase();
}

/**
 * DNS-over-HTTPS with the JSON API (Cloudflare's and Google's resolvers speak it):
 * `GET <url>?name=<name>&type=TXT` with `accept: application/dns-json`.
 */
export function dohResolver(opts: { url?: string; fetch?: typeof fetch } = {}): DnsResolver {
  const url = opts.url ?? 'https://cloudflare-dns.com/dns-query';
  const doFetch = opts.fetch ?? fetch;
  const lookup = async (name: string, type: keyof typeof recordTypes) => {
    const res = await doFetch(`${url}?${new URLSearchParams({ name, type })}`, {
      headers: { accept: 'application/dns-json' },
    });
    if (!res.ok) throw new DnsLookupFailed(`DNS resolver answered HTTP ${res.status}`);
    return parseDohAnswer((await res.json()) as DohAnswer, type);
  };
  return { txt: (name) => lookup(name, 'TXT'), cname: (name) => lookup(name, 'CNAME') };
}

/** `"part one" "part two"` → `part onepart two` (RFC 7208 §3.3 joining of TXT strings). */
export function parseTxtData(data: string): string {
  const parts = [...data.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
  return parts.length ? parts.join('') : data;
}

/** Redis key the fake resolver reads for `name`. */
export const fakeTxtKey = (name: string) => `fakedns:txt:${name.toLowerCase()}`;
export const fakeCnameKey = (name: string) => `fakedns:cname:${name.toLowerCase()}`;

async function fakeValues(redis: Redis, key: string): Promise<string[]> {
  const value = await redis.get<unknown>(key);
  if (value == null) return [];
  if (Array.isArray(value)) return value.map(String);
  return [String(value)];
}

/**
 * A resolver for tests and local development: answers from Redis `fakedns:txt:<name>` and
 * `fakedns:cname:<name>`, a JSON array of strings (or one string), so tests and the dashboard e2e
 * can "publish" records.
 */
export function fakeResolver(redis: Redis): DnsResolver {
  return {
    txt: (name) => fakeValues(redis, fakeTxtKey(name)),
    cname: async (name) => (await fakeValues(redis, fakeCnameKey(name))).map(normalizeDnsName),
  };
}

async function setFake(redis: Redis, key: string, values: string[]): Promise<void> {
  if (values.length === 0) await redis.del(key);
  else await redis.set(key, JSON.stringify(values));
}

/** Set (or with [] clear) the fake TXT records at `name`. */
export function setFakeTxtRecords(redis: Redis, name: string, values: string[]): Promise<void> {
  return setFake(redis, fakeTxtKey(name), values);
}

/** Set (or with [] clear) the fake CNAME at `name`. */
export function setFakeCnameRecord(redis: Redis, name: string, values: string[]): Promise<void> {
  return setFake(redis, fakeCnameKey(name), values);
}
