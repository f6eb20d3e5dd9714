import { type IdKind, idPrefixes, isCanonicalId, resourceNameOf } from '@mewayz/contracts';
import { encodeTime, monotonicFactory } from 'ulidx';
import { NotFound } from './errors.ts';

export { type IdKind, idPrefixes } from '@mewayz/contracts';

const ulid = monotonicFactory();

/** A new sortable id such as `site_01jd3…`: time-ordered, so inserts append to the primary key. */
export function newId(kind: IdKind): string {
  return `${idPrefixes[kind]}_${ulid().toLowerCase()}`;
}

/**
 * The ten characters that start the ULID of every id minted at `ms` (its time part): ids of one kind
 * sort by it, which lets a range of ids stand for a range of time.
 */
export function idTimePart(ms: number): string {
  return encodeTime(ms, 10).toLowerCase();
}

/** Whether `value` has the shape of an id of `kind` (used to 404 early on garbage path params). */
export function isId(kind: IdKind, value: string): boolean {
  return isCanonicalId(kind, value);
}

/**
 * Refuse a non-canonical id before it reaches a query, as a 404 like a missing row. MySQL compares ids
 * case-insensitively and ignores trailing spaces (`SITE_01…`, `site_01… ` would find `site_01…`);
 * canonical ids differ from each other in a way that collation preserves, so this makes lookups exact
 * for every caller (API and dashboard alike).
 */
export function assertId(kind: IdKind, value: string, what: string = resourceNameOf(kind)): void {
  if (!isCanonicalId(kind, value)) throw new NotFound(what);
}
