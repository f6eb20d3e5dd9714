import type { z } from '@hono/zod-openapi';
import { type SignInInput, type SignUpInput, signInInput, signUpInput } from '@mewayz/contracts';
import { users } from '@mewayz/db/schema';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { dbOf } from '../data/db-handle.ts';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import { AppError, Conflict, NotFound, Unauthorized, ValidationFailed, zodDetails } from '../errors.ts';
import { newId } from '../ids.ts';
import { resetPasswordMessage, verifyEmailMessage } from './emails.ts';
import type { IdentityDeps, RequestContext } from './identity-deps.ts';
import {
  burnPasswordCheck,
  hashPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  verifyPassword,
} from './passwords.ts';
import { consumeRecoveryCode } from './recovery-codes.ts';
import {
  createSession,
  destroyAllSessions,
  destroySession,
  rotateSession,
  type Session,
} from './sessions.ts';
import {
  assertSignInAllowed,
  clearSignInFailures,
  defaultSignInLimits,
  recordSignInFailure,
  type ThrottleLimits,
} from './throttle.ts';
import { decodeTotpSecret, verifyTotp } from './totp.ts';
import { recordUserAudit } from './user-audit.ts';
import { consumeUserToken, issueUserToken } from './user-tokens.ts';
import { findUserByEmail, findUserById, normaliseEmail, userView } from './users.ts';

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw new ValidationFailed('The request is not valid.', zodDetails(r.error.issues));
  return r.data;
}

function checkNewPassword(password: string) {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw new ValidationFailed('The password is not acceptable.', [
      {
        path: 'newPassword',
        message: `between ${PASSWORD_MIN_LENGTH} and ${PASSWORD_MAX_LENGTH} characters`,
      },
    ]);
  }
}

/**
 * Create an account (unverified) and mail a verification link. Used by the dashboard's sign-up and
 * by the operator CLI (`verified: true` skips the email).
 */
export async function signUp(
  deps: IdentityDeps,
  input: SignUpInput,
  ctx: RequestContext & { verified?: boolean } = {},
) {
  const data = parse(signUpInput, input);
  const id = newId('user');
  const now = deps.now();
  try {
    await dbOf(deps)
      .insert(users)
      .values({
        id,
        email: data.email,
        name: data.name,
        passwordHash: await hashPassword(data.password),
        emailVerifiedAt: ctx.verified ? now : null,
      });
  } catch (err) {
    if (isDuplicateKey(err))
      throw new Conflict('An account with this email already exists.', [
        { path: 'email', message: 'already registered', code: 'email_taken' },
      ]);
    throw err;
  }
  await recordUserAudit(dbOf(deps), { userId: id, action: 'user.signed_up', requestId: ctx.requestId });
  if (!ctx.verified) await sendVerificationEmail(deps, id);
  return userView((await findUserById(deps, id))!);
}

/** Mail a fresh email-verification link (earlier links stop working). */
export async function sendVerificationEmail(deps: IdentityDeps, userId: string): Promise<void> {
  const user = await findUserById(deps, userId);
  if (!user) throw new NotFound('User');
  if (user.emailVerifiedAt) return;
  const token = await issueUserToken(deps, userId, 'verify_email');
  const msg = verifyEmailMessage(user.name, `${deps.appUrl}/verify-email?token=${encodeURIComponent(token)}`);
  await deps.mailer.send({ to: user.email, ...msg });
}

/** Confirm an email address with the mailed token. */
export async function verifyEmail(deps: IdentityDeps, token: string, ctx: RequestContext = {}) {
  const userId = await consumeUserToken(deps, 'verify_email', token);
  if (!userId) throw new AppError('invalid_token', 400, 'This link is invalid or has expired.');
  await dbOf(deps).update(users).set({ emailVerifiedAt: deps.now() }).where(eq(users.id, userId));
  await recordUserAudit(dbOf(deps), { userId, action: 'user.email_verified', requestId: ctx.requestId });
  return userView((await findUserById(deps, userId))!);
}

export class TwoFactorRequired extends AppError {
  constructor() {
    super('two_factor_required', 401, 'Enter the code from your authenticator app or a recovery code.');
  }
}

export interface SignInResult {
  user: ReturnType<typeof userView>;
  session: Session;
}

/**
 * Sign in with email and password (and a second factor when enabled). Throttled per account and per
 * IP; every failure, including a wrong second factor, counts. Rehashes the password when the hash
 * parameters changed, and always starts a new session (replacing `previousSessionId` if given).
 */
export async function signIn(
  deps: IdentityDeps,
  input: SignInInput,
  ctx: RequestContext & { previousSessionId?: string; limits?: ThrottleLimits } = {},
): Promise<SignInResult> {
  const data = parse(signInInput, input);
  const limits = ctx.limits ?? defaultSignInLimits;
  await assertSignInAllowed(deps, data.email, ctx.ip, limits);
  const fail = async (
    err: AppError = new Unauthorized('The email or password is not correct.', 'invalid_credentials'),
  ) => {
    await recordSignInFailure(deps, data.email, ctx.ip, limits);
    await recordUserAudit(dbOf(deps), {
      userId: user?.id ?? null,
      action: 'user.sign_in_failed',
      requestId: ctx.requestId,
      metadata: { reason: err.code },
    });
    return err;
  };
  const user = await findUserByEmail(dbOf(deps), data.email);
  if (!user) {
    await burnPasswordCheck(data.password);
    throw await fail();
  }
  const check = await verifyPassword(data.password, user.passwordHash);
  if (!check.ok) throw await fail();

  if (user.totpEnabledAt && user.totpSecret) {
    if (!data.totpCode && !data.recoveryCode) throw new TwoFactorRequired();
    let passed = false;
    if (data.totpCode) {
      const secret = decodeTotpSecret(await deps.secrets.decrypt(user.totpSecret));
      const step = await verifyTotp(secret, data.totpCode, deps.now(), user.totpLastStep ?? null);
      if (step !== null) {
        // Conditional update: of two concurrent sign-ins with the same code only one wins.
        const res = await dbOf(deps)
          .update(users)
          .set({ totpLastStep: step })
          .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))));
        passed = Number((res as unknown as { rowsAffected?: number }).rowsAffected ?? 0) === 1;
      }
    } else if (data.recoveryCode) {
      passed = await consumeRecoveryCode(dbOf(deps), user.id, data.recoveryCode, deps.now());
      if (passed)
        await recordUserAudit(dbOf(deps), {
          userId: user.id,
          action: 'user.recovery_code_used',
          requestId: ctx.requestId,
        });
    }
    if (!passed)
      throw await fail(
        new Unauthorized('The code is not correct or was already used.', 'invalid_credentials'),
      );
  }

  if (check.needsRehash) {
    await dbOf(deps)
      .update(users)
      .set({ passwordHash: await hashPassword(data.password) })
      .where(eq(users.id, user.id));
  }
  await clearSignInFailures(deps, data.email);
  if (ctx.previousSessionId) await destroySession(deps, ctx.previousSessionId);
  const session = await createSession(deps, user.id, { ip: ctx.ip, userAgent: ctx.userAgent });
  await recordUserAudit(dbOf(deps), {
    userId: user.id,
    action: 'user.signed_in',
    requestId: ctx.requestId,
    metadata: { rehashed: check.needsRehash },
  });
  return { user: userView((await findUserById(deps, user.id))!), session };
}

/** End the current session. */
export async function signOut(
  deps: IdentityDeps,
  sessionId: string,
  ctx: RequestContext & { userId?: string } = {},
) {
  await destroySession(deps, sessionId);
  if (ctx.userId)
    await recordUserAudit(dbOf(deps), {
      userId: ctx.userId,
      action: 'user.signed_out',
      requestId: ctx.requestId,
    });
}

/** End every session of the user ("sign out everywhere"). */
export async function signOutEverywhere(deps: IdentityDeps, userId: string, ctx: RequestContext = {}) {
  const ended = await destroyAllSessions(deps, userId);
  await recordUserAudit(dbOf(deps), {
    userId,
    action: 'user.signed_out_everywhere',
    requestId: ctx.requestId,
    metadata: { sessions: ended },
  });
  return ended;
}

/**
 * Mail a password-reset link. Answers the same whether or not the address has an account, so the
 * form does not reveal who is registered.
 */
export async function requestPasswordReset(
  deps: IdentityDeps,
  email: string,
  ctx: RequestContext = {},
): Promise<void> {
  const user = await findUserByEmail(dbOf(deps), normaliseEmail(email).slice(0, 254));
  if (!user) return;
  const token = await issueUserToken(deps, user.id, 'reset_password');
  const msg = resetPasswordMessage(
    user.name,
    `${deps.appUrl}/reset-password?token=${encodeURIComponent(token)}`,
  );
  await deps.mailer.send({ to: user.email, ...msg });
  await recordUserAudit(dbOf(deps), {
    userId: user.id,
    action: 'user.password_reset_requested',
    requestId: ctx.requestId,
  });
}

/** Set a new password with a reset token; every session of the account ends. */
export async function resetPassword(
  deps: IdentityDeps,
  token: string,
  newPassword: string,
  ctx: RequestContext = {},
) {
  checkNewPassword(newPassword);
  const userId = await consumeUserToken(deps, 'reset_password', token);
  if (!userId) throw new AppError('invalid_token', 400, 'This link is invalid or has expired.');
  const user = await findUserById(deps, userId);
  if (!user) throw new NotFound('User');
  // Proving control of the mailbox also verifies it.
  await dbOf(deps)
    .update(users)
    .set({
      passwordHash: await hashPassword(newPassword),
      emailVerifiedAt: user.emailVerifiedAt ?? deps.now(),
    })
    .where(eq(users.id, userId));
  await destroyAllSessions(deps, userId);
  await recordUserAudit(dbOf(deps), { userId, action: 'user.password_reset', requestId: ctx.requestId });
  return userView((await findUserById(deps, userId))!);
}

/**
 * Change the password of a signed-in user. Other sessions end; the current one is rotated and the
 * new session returned (a privilege-relevant change).
 */
export async function changePassword(
  deps: IdentityDeps,
  userId: string,
  input: { currentPassword: string; newPassword: string },
  ctx: RequestContext & { sessionId?: string } = {},
): Promise<{ session: Session | null }> {
  checkNewPassword(input.newPassword);
  const user = await findUserById(deps, userId);
  if (!user) throw new NotFound('User');
  const check = await verifyPassword(input.currentPassword, user.passwordHash);
  if (!check.ok) throw new Unauthorized('The current password is not correct.', 'invalid_credentials');
  await dbOf(deps)
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword) })
    .where(eq(users.id, userId));
  await destroyAllSessions(deps, userId, { exceptId: ctx.sessionId });
  const session = ctx.sessionId ? await rotateSession(deps, ctx.sessionId) : null;
  await recordUserAudit(dbOf(deps), { userId, action: 'user.password_changed', requestId: ctx.requestId });
  return { session };
}
