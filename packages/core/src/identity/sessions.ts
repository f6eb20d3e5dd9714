import { sha256Hex } from '../crypto/hash.ts';
import { randomToken } from '../crypto/random.ts';
import type { CoreDeps } from '../deps.ts';

/**
 * Dashboard sessions, server-side in Redis. The cookie carries a random id; Redis keys hold only its
 * SHA-256 (`session:<hash>`), so a dump of Redis does not hand out live sessions. Each user has a
 * set of their session hashes (`user-sessions:<userId>`) for "sign out everywhere".
 */
export const SESSION_TTL_SECONDS = 60 * 60 * 24 * 14;

export interface SessionData {
  userId: string;
  createdAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  /** Bumped on privilege changes; informative for the dashboard's session list. */
  rotatedAt: string | null;
}

export interface Session extends SessionData {
  /** The secret for the cookie; never stored. */
  id: string;
}

type SessionDeps = Pick<CoreDeps, 'redis' | 'now'>;

const sessionKey = (hash: string) => `session:${hash}`;
const userSetKey = (userId: string) => `user-sessions:${userId}`;

async function store(deps: SessionDeps, data: SessionData, ttl: number): Promise<Session> {
  const id = randomToken(32);
  const hash = await sha256Hex(id);
  const p = deps.redis.pipeline();
  p.set(sessionKey(hash), JSON.stringify(data), { ex: ttl });
  p.sadd(userSetKey(data.userId), hash);
  p.expire(userSetKey(data.userId), SESSION_TTL_SECONDS);
  await p.exec();
  return { id, ...data };
}

/** Start a session for a signed-in user. */
export async function createSession(
  deps: SessionDeps,
  userId: string,
  meta: { ip?: string | null; userAgent?: string | null } = {},
  ttlSeconds = SESSION_TTL_SECONDS,
): Promise<Session> {
  const now = deps.now();
  return store(
    deps,
    {
      userId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ttlSeconds * 1000).toISOString(),
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 200) ?? null,
      rotatedAt: null,
    },
    ttlSeconds,
  );
}

/** The session behind a cookie value, or null when unknown, expired or revoked. */
export async function getSession(deps: SessionDeps, id: string): Promise<Session | null> {
  if (!id || id.length > 100) return null;
  const data = await deps.redis.get<SessionData>(sessionKey(await sha256Hex(id)));
  if (!data || new Date(data.expiresAt) <= deps.now()) return null;
  return { id, ...data };
}

/**
 * Replace a session by a new id with the same user (after sign-in on an existing session, and on any
 * privilege change), so an id captured before the change is worthless after it.
 */
export async function rotateSession(deps: SessionDeps, id: string): Promise<Session | null> {
  const current = await getSession(deps, id);
  if (!current) return null;
  await destroySession(deps, id);
  const { id: _old, ...data } = current;
  const ttl = Math.max(1, Math.floor((new Date(data.expiresAt).getTime() - deps.now().getTime()) / 1000));
  return store(deps, { ...data, rotatedAt: deps.now().toISOString() }, ttl);
}

/** End one session (sign out). */
export async function destroySession(deps: SessionDeps, id: string): Promise<void> {
  if (!id || id.length > 100) return;
  const hash = await sha256Hex(id);
  const data = await deps.redis.get<SessionData>(sessionKey(hash));
  const p = deps.redis.pipeline();
  p.del(sessionKey(hash));
  if (data) p.srem(userSetKey(data.userId), hash);
  await p.exec();
}

/** End every session of a user ("sign out everywhere"), optionally keeping one. Returns how many ended. */
export async function destroyAllSessions(
  deps: SessionDeps,
  userId: string,
  opts: { exceptId?: string } = {},
): Promise<number> {
  const keep = opts.exceptId ? await sha256Hex(opts.exceptId) : null;
  const hashes = (await deps.redis.smembers(userSetKey(userId))).filter((h) => h !== keep);
  if (hashes.length === 0) return 0;
  const p = deps.redis.pipeline();
  for (const h of hashes) {
    p.del(sessionKey(h));
    p.srem(userSetKey(userId), h);
  }
  await p.exec();
  return hashes.length;
}
