import { users } from '@mewayz/db/schema';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../data/db.ts';
import { dbOf, type HasDb } from '../data/db-handle.ts';

type UserRow = typeof users.$inferSelect;

/** The public shape of a user (never the hash or the TOTP secret). */
export function userView(row: UserRow) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    emailVerified: row.emailVerifiedAt !== null,
    twoFactorEnabled: row.totpEnabledAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}
export type UserView = ReturnType<typeof userView>;

/** Emails are compared lower-cased and trimmed; that is also how they are stored. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserById(deps: HasDb, id: string): Promise<UserRow | null> {
  const [row] = await dbOf(deps)
    .select()
    .from(users)
    .where(and(eq(users.id, id), isNull(users.deletedAt)))
    .limit(1);
  return row ?? null;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, normaliseEmail(email)), isNull(users.deletedAt)))
    .limit(1);
  return row ?? null;
}
