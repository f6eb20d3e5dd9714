import { recoveryCodes, users } from '@mewayz/db/schema';
import { eq } from 'drizzle-orm';
import { dbOf } from '../data/db-handle.ts';
import { AppError, Conflict, NotFound, Unauthorized } from '../errors.ts';
import type { IdentityDeps, RequestContext } from './identity-deps.ts';
import { verifyPassword } from './passwords.ts';
import { regenerateRecoveryCodes } from './recovery-codes.ts';
import { destroyAllSessions, rotateSession, type Session } from './sessions.ts';
import { decodeTotpSecret, newTotpSecret, totpUri, verifyTotp } from './totp.ts';
import { recordUserAudit } from './user-audit.ts';
import { findUserById } from './users.ts';

/**
 * Start TOTP enrolment: a new secret, stored encrypted but not yet active. Returns it (for manual
 * entry) and the otpauth URI (for the QR code); the user confirms with a first code.
 */
export async function beginTotpSetup(deps: IdentityDeps, userId: string) {
  const user = await findUserById(deps, userId);
  if (!user) throw new NotFound('User');
  if (user.totpEnabledAt) throw new Conflict('Two-factor authentication is already on.');
  const secret = newTotpSecret();
  await dbOf(deps)
    .update(users)
    .set({ totpSecret: await deps.secrets.encrypt(secret), totpLastStep: null })
    .where(eq(users.id, userId));
  return { secret, uri: totpUri(secret, user.email) };
}

/**
 * Confirm enrolment with a code from the app: two-factor turns on, recovery codes are generated and
 * returned (shown once), other sessions end and the current one is rotated.
 */
export async function enableTotp(
  deps: IdentityDeps,
  userId: string,
  code: string,
  ctx: RequestContext & { sessionId?: string } = {},
): Promise<{ recoveryCodes: string[]; session: Session | null }> {
  const user = await findUserById(deps, userId);
  if (!user) throw new NotFound('User');
  if (user.totpEnabledAt) throw new Conflict('Two-factor authentication is already on.');
  if (!user.totpSecret) throw new AppError('validation_failed', 422, 'Start the two-factor setup first.');
  const secret = decodeTotpSecret(await deps.secrets.decrypt(user.totpSecret));
  const step = await verifyTotp(secret, code.trim(), deps.now(), null);
  if (step === null) throw new Unauthorized('The code is not correct.', 'invalid_credentials');
  await dbOf(deps)
    .update(users)
    .set({ totpEnabledAt: deps.now(), totpLastStep: step })
    .where(eq(users.id, userId));
  const codes = await regenerateRecoveryCodes(dbOf(deps), userId);
  await destroyAllSessions(deps, userId, { exceptId: ctx.sessionId });
  const session = ctx.sessionId ? await rotateSession(deps, ctx.sessionId) : null;
  await recordUserAudit(dbOf(deps), { userId, action: 'user.two_factor_enabled', requestId: ctx.requestId });
  return { recoveryCodes: codes, session };
}

/** Turn two-factor off (the password is asked again); its secret and recovery codes are deleted. */
export async function disableTotp(
  deps: IdentityDeps,
  userId: string,
  password: string,
  ctx: RequestContext = {},
) {
  const user = await findUserById(deps, userId);
  if (!user) throw new NotFound('User');
  if (!(await verifyPassword(password, user.passwordHash)).ok) {
    throw new Unauthorized('The password is not correct.', 'invalid_credentials');
  }
  await dbOf(deps)
    .update(users)
    .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null })
    .where(eq(users.id, userId));
  await dbOf(deps).delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await recordUserAudit(dbOf(deps), { userId, action: 'user.two_factor_disabled', requestId: ctx.requestId });
}

/** New recovery codes (the old ones stop working); returned once. */
export async function newRecoveryCodes(
  deps: IdentityDeps,
  userId: string,
  ctx: RequestContext = {},
): Promise<string[]> {
  const user = await findUserById(deps, userId);
  if (!user?.totpEnabledAt) throw new Conflict('Two-factor authentication is not on.');
  const codes = await regenerateRecoveryCodes(dbOf(deps), userId);
  await recordUserAudit(dbOf(deps), {
    userId,
    action: 'user.recovery_codes_regenerated',
    requestId: ctx.requestId,
  });
  return codes;
}
