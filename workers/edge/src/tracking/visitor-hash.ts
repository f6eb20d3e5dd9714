import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { LruMap } from '../platform/lru-map.ts';

const utf8 = new TextEncoder();

/** SHA-256 state after absorbing `salt|day|`, zero-padded to whole 64-byte blocks; one per salt and day. */
let dayState: { key: string; hash: ReturnType<typeof sha256.create> } | null = null;

function stateFor(salt: string, day: string) {
  const key = `${salt}|${day}|`;
  if (dayState?.key !== key) {
    const bytes = utf8.encode(key);
    const padded = new Uint8Array(Math.ceil(bytes.length / 64) * 64);
    padded.set(bytes);
    dayState = { key, hash: sha256.create().update(padded) };
  }
  return dayState.hash;
}

/** User agents repeat across visitors: each is digested once per isolate. */
const uaDigests = new LruMap<string, string>(1000);

function uaDigest(userAgent: string): string {
  let digest = uaDigests.get(userAgent);
  if (digest === undefined) {
    digest = bytesToHex(sha256(utf8.encode(userAgent))).slice(0, 32);
    uaDigests.set(userAgent, digest);
  }
  return digest;
}

/**
 * A visitor id that rotates daily: SHA-256 over a secret salt, the UTC day, the IP, the user agent
 * (as its digest) and the site. The raw IP never leaves this function, and yesterday's hash cannot
 * be linked to today's. Per page view only the IP, UA digest and site are hashed: the salt-and-day
 * prefix is absorbed once per day and continued from a copy of its state (about half the blocks of
 * hashing everything every time, on the hottest path of the edge).
 */
export function visitorHash(
  salt: string,
  day: string,
  ip: string,
  userAgent: string,
  siteId: string,
): string {
  const hash = stateFor(salt, day).clone();
  return bytesToHex(hash.update(utf8.encode(`${ip}|${uaDigest(userAgent)}|${siteId}`)).digest()).slice(0, 32);
}
