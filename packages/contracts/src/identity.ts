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
