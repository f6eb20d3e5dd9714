import { z } from '@hono/zod-openapi';
import { say } from './messages.ts';
import { singleLine } from './text.ts';

/** An email address, lower-cased; `personal` words its messages for the person's own address. */
export function emailField(personal = true) {
  const required = say.required(personal ? 'email' : 'email address', personal);
  return z
    .string({ error: required })
    .trim()
    .toLowerCase()
    .min(1, { error: required, abort: true })
    .max(254, { error: say.tooLong(254), abort: true })
    .pipe(z.email({ error: say.email }))
    .openapi({ example: 'alice@example.com', format: 'email', maxLength: 254 });
}

/** Account inputs shared by the dashboard forms and the core services. */
export const emailAddress = emailField(true);

export const personName = singleLine(1, 120, { field: 'name', personal: true });

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

/** 10–256 characters; no composition rules (NIST 800-63B), length is what counts. */
export const newPassword = z
  .string({ error: say.required('password', true) })
  .min(1, { error: say.required('password', true), abort: true })
  .min(MIN_PASSWORD_LENGTH, { error: say.tooShort(MIN_PASSWORD_LENGTH), abort: true })
  .max(MAX_PASSWORD_LENGTH, { error: say.tooLong(MAX_PASSWORD_LENGTH) });

/** A password being checked (sign-in, current password): only required and bounded. */
const enteredPassword = z
  .string({ error: say.required('password', true) })
  .min(1, { error: say.required('password', true), abort: true })
  .max(MAX_PASSWORD_LENGTH, { error: say.tooLong(MAX_PASSWORD_LENGTH) });

export const signUpInput = z
  .object({ email: emailAddress, name: personName, password: newPassword })
  .strict();
export type SignUpInput = z.infer<typeof signUpInput>;

export const signInInput = z
  .object({
    email: z
      .string({ error: say.required('email', true) })
      .trim()
      .min(1, { error: say.required('email', true), abort: true })
      .max(254, { error: say.tooLong(254) }),
    password: enteredPassword,
    /** A 6-digit TOTP code, when the account has two-factor authentication. */
    totpCode: z.string().trim().max(10).optional(),
    /** Or one of the account's recovery codes. */
    recoveryCode: z.string().trim().max(20).optional(),
  })
  .strict();
export type SignInInput = z.infer<typeof signInInput>;

/** The 6-digit code of an authenticator app (TOTP, RFC 6238). */
export const totpCode = z
  .string({ error: say.totpCode })
  .trim()
  .regex(/^\d{6}$/, { error: say.totpCode });

/**
 * The second sign-in step: a code from the app or a recovery code (one of them), and the sealed
 * result of the password step (`challenge`, never shown).
 */
export const secondFactorInput = z
  .object({
    challenge: z.string().min(1).max(4096),
    totpCode: totpCode.optional(),
    recoveryCode: z
      .string()
      .trim()
      .max(20, { error: say.recoveryCode })
      .regex(/^[A-Za-z0-9 -]+$/, { error: say.recoveryCode })
      .optional(),
  })
  .strict()
  .refine((v) => v.totpCode !== undefined || v.recoveryCode !== undefined, {
    error: say.secondFactor,
    path: ['totpCode'],
  });
export type SecondFactorInput = z.infer<typeof secondFactorInput>;

/** Sending the email-confirmation link again: nothing to fill in, the signed-in account is the address. */
export const resendVerificationInput = z.object({}).strict();

/** Switching workspace: the one to switch to, and the dashboard page to come back to. */
export const switchWorkspaceInput = z
  .object({
    orgId: z.string({ error: say.workspace }).trim().min(1, { error: say.workspace }).max(40),
    back: z.string().max(2000).optional(),
  })
  .strict();

export const changePasswordInput = z.object({ currentPassword: enteredPassword, newPassword }).strict();
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const resetPasswordInput = z.object({ token: z.string().max(100), newPassword }).strict();
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    emailVerified: z.boolean(),
    twoFactorEnabled: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('User');
