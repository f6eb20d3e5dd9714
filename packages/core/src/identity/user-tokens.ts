import { userTokens } from '@mewayz/db/schema';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { sha256Hex } from '../crypto/hash.ts';
import { randomToken } from '../crypto/random.ts';
import { type DB, dbOf } from '../data/db-handle.ts';
import type { CoreDeps } from '../deps.ts';
import { newId } from '../ids.ts';

/** Single-use tokens mailed to a user; only their SHA-256 is stored. */
export type UserTokenPurpose = 'verify_email' | 'reset_password';

export const userTokenTtlSeconds: Record<UserTokenPurpose, number> = {
  verify_email: 60 * 60 * 48,
  reset_password: 60 * 60,
};

/** Issue a token for `purpose`; earlier unused tokens of the same purpose stop working. */
export async function issueUserToken(
  deps: Pick<CoreDeps, typeof DB | 'now'>,
  userId: string,
  purpose: UserTokenPurpose,
): Promise<string> {
  const token = randomToken(32);
  const now = deps.now();
  await dbOf(deps)
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt)));
  await dbOf(deps)
    .insert(userTokens)
    .values({
      id: newId('userToken'),
      userId,
      purpose,
      tokenHash: await sha256Hex(token),
      expiresAt: new Date(now.getTime() + userTokenTtlSeconds[purpose] * 1000),
    });
  return token;
}

/**
 * Use a token: returns its user when it exists, has this purpose, is unexpired and unused — and marks
 * it used in the same conditional update, so two concurrent uses cannot both succeed.
 */
export async function consumeUserToken(
  deps: Pick<CoreDeps, typeof DB | 'now'>,
  purpose: UserTokenPurpose,
  token: string,
): Promise<string | null> {
  if (!token || token.length > 100) return null;
  const hash = await sha256Hex(token);
  const now = deps.now();
  const [row] = await dbOf(deps)
    .select()
    .from(userTokens)
    .where(
      and(
        eq(userTokens.tokenHash, hash),
        eq(userTokens.purpose, purpose),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, now),
      ),
    )
    .limit(1);
  if (!row) return null;
  const res = await dbOf(deps)
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.id, row.id), isNull(userTokens.usedAt)));
  return Number((res as unknown as { rowsAffected?: number }).rowsAffected ?? 0) === 1 ? row.userId : null;
}
