import { monotonicFactory } from 'ulidx';

const ulid = monotonicFactory();

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
