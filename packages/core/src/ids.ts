import { monotonicFactory } from 'ulidx';

/**
 * Random bytes for ULIDs, drawn from the CSPRNG 256 at a time. ulidx's own source asks
 * `crypto.getRandomValues` for one byte per character (16 calls per id), which on the edge's hot path
 * (an id per page view) cost more than the rest of the id.
 */
const pool = new Uint8Array(256);
let poolPos = pool.length;
function pooledRandom(): number {
  if (poolPos >= pool.length) {
    crypto.getRandomValues(pool);
    poolPos = 0;
  }
  return (pool[poolPos++] as number) / 0xff;
}

const ulid = monotonicFactory(pooledRandom);

/** Prefixes of every kind of id the platform mints; the prefix says what an id points at. */
export const idPrefixes = {
  user: 'usr',
  organization: 'org',
  site: 'site',
  block: 'blk',
  domain: 'dom',
  shortLink: 'lnk',
  token: 'tok',
  invitation: 'inv',
  audit: 'aud',
  email: 'eml',
  contact: 'con',
  event: 'evt',
  request: 'req',
  recoveryCode: 'rcv',
  userToken: 'utk',
  batch: 'bat',
} as const;
export type IdKind = keyof typeof idPrefixes;

/** A new sortable id such as `site_01JD3…`: time-ordered, so inserts append to the primary key. */
export function newId(kind: IdKind): string {
  return `${idPrefixes[kind]}_${ulid().toLowerCase()}`;
}

/** Whether `value` has the shape of an id of `kind` (used to 404 early on garbage path params). */
export function isId(kind: IdKind, value: string): boolean {
  return new RegExp(`^${idPrefixes[kind]}_[0-9a-hjkmnp-tv-z]{26}$`).test(value);
}
