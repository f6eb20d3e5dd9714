import { recoveryCodes } from '@mewayz/db/schema';
import { and, eq, isNull } from 'drizzle-orm';
import { sha256Hex } from '../crypto/hash.ts';
import { randomString } from '../crypto/random.ts';
import type { Db } from '../data/db.ts';
import { dbOf, type HasDb } from '../data/db-handle.ts';
import { newId } from '../ids.ts';

/** Recovery codes: ten 50-bit codes (`xxxxx-xxxxx`), shown once, stored as SHA-256, each usable once. */
export const RECOVERY_CODE_COUNT = 10;
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

function normalise(code: string): string {
  return code.trim().toLowerCase().replace(/[\s-]/g, '');
}

/** Replace a user's recovery codes by a fresh set; returns the codes to show (the only time they exist). */
export async function regenerateRecoveryCodes(db: Db, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = randomString(10, alphabet);
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  const rows = await Promise.all(
    codes.map(async (code) => ({
      id: newId('recoveryCode'),
      userId,
      codeHash: await sha256Hex(normalise(code)),
    })),
  );
  await db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(rows);
  });
  return codes;
}

/** Use a recovery code: true once per code, false for an unknown or already used one. */
export async function consumeRecoveryCode(db: Db, userId: string, code: string, now: Date): Promise<boolean> {
  const clean = normalise(code);
  if (clean.length !== 10) return false;
  const res = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, await sha256Hex(clean)),
        isNull(recoveryCodes.usedAt),
      ),
    );
  return Number((res as unknown as { rowsAffected?: number }).rowsAffected ?? 0) === 1;
}

/** How many unused codes a user has left. */
export async function remainingRecoveryCodes(deps: HasDb, userId: string): Promise<number> {
  const rows = await dbOf(deps)
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return rows.length;
}
