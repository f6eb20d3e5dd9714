export * from './accounts.ts';
export type { IdentityDeps, RequestContext } from './identity-deps.ts';
export {
  hashPassword,
  PASSWORD_ITERATIONS,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_SCHEME,
  parsePasswordHash,
  verifyPassword,
  WORKERS_PBKDF2_MAX_ITERATIONS,
} from './passwords.ts';
export {
  consumeRecoveryCode,
  RECOVERY_CODE_COUNT,
  regenerateRecoveryCodes,
  remainingRecoveryCodes,
} from './recovery-codes.ts';
export {
  createSession,
  destroyAllSessions,
  destroySession,
  getSession,
  rotateSession,
  SESSION_TTL_SECONDS,
  type Session,
  type SessionData,
} from './sessions.ts';
export { defaultSignInLimits, type ThrottleLimits } from './throttle.ts';
export { decodeTotpSecret, hotp, newTotpSecret, totpCode, totpStep, totpUri, verifyTotp } from './totp.ts';
export { beginTotpSetup, disableTotp, enableTotp, newRecoveryCodes } from './two-factor.ts';
export { recordUserAudit } from './user-audit.ts';
export { consumeUserToken, issueUserToken, type UserTokenPurpose } from './user-tokens.ts';
export { findUserByEmail, findUserById, normaliseEmail, type UserView, userView } from './users.ts';
