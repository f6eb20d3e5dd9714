import { z } from '@hono/zod-openapi';
import { hasControlCharacters } from './text.ts';

/** Account inputs shared by the dashboard forms and the core services. */
export const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'must be an email address' }))
  .openapi({ example: 'alice@example.com' });

export const personName = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .refine((s) => !hasControlCharacters(s), { message: 'must not contain control characters' });

/** 10–256 characters; no composition rules (NIST 800-63B), length is what counts. */
export const newPassword = z.string().min(10, 'at least 10 characters').max(256, 'at most 256 characters');

export const signUpInput = z
  .object({ email: emailAddress, name: personName, password: newPassword })
  .strict();
export type SignUpInput = z.infer<typeof signUpInput>;

export const signInInput = z
  .object({
    email: z.string().trim().max(254),
    password: z.string().max(256),
    /** A 6-digit TOTP code, when the account has two-factor authentication. */
    totpCode: z.string().trim().max(10).optional(),
    /** Or one of the account's recovery codes. */
    recoveryCode: z.string().trim().max(20).optional(),
  })
  .strict();
export type SignInInput = z.infer<typeof signInInput>;

export const changePasswordInput = z.object({ currentPassword: z.string().max(256), newPassword }).strict();
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
