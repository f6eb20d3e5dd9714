import { z } from '@hono/zod-openapi';
import { linkUrl, webUrl } from './safe-url.ts';
import { hasControlCharacters } from './text.ts';

const isoInstant = z.iso.datetime({ offset: true }).openapi({ example: '2026-12-01T09:00:00Z' });

/** A custom short-link code: letters, digits, `_` and `-`, up to 64 characters. */
export const shortLinkCode = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ and - only (1–64)')
  .openapi({ example: 'spring-sale' });

const linkTitle = z
  .string()
  .trim()
  .max(200)
  .refine((s) => !hasControlCharacters(s), { message: 'must not contain control characters' });

export const createShortLinkInput = z
  .object({
    url: linkUrl,
    code: shortLinkCode.optional(),
    title: linkTitle.optional(),
    fallbackUrl: webUrl.optional(),
    startsAt: isoInstant.optional(),
    expiresAt: isoInstant.optional(),
    passQuery: z.boolean().default(true),
    active: z.boolean().default(true),
  })
  .strict()
  .refine((l) => !l.startsAt || !l.expiresAt || new Date(l.startsAt) < new Date(l.expiresAt), {
    message: 'expiresAt must be after startsAt',
    path: ['expiresAt'],
  })
  .openapi('CreateShortLink');
export type CreateShortLinkInput = z.infer<typeof createShortLinkInput>;

export const updateShortLinkInput = z
  .object({
    url: linkUrl,
    title: linkTitle.nullable(),
    fallbackUrl: webUrl.nullable(),
    startsAt: isoInstant.nullable(),
    expiresAt: isoInstant.nullable(),
    passQuery: z.boolean(),
    active: z.boolean(),
  })
  .partial()
  .strict()
  .openapi('UpdateShortLink');
export type UpdateShortLinkInput = z.infer<typeof updateShortLinkInput>;

export const shortLinkSchema = z
  .object({
    id: z.string().openapi({ example: 'lnk_01jd3…' }),
    domain: z.string(),
    code: z.string(),
    shortUrl: z.string(),
    url: z.string(),
    title: z.string().nullable(),
    fallbackUrl: z.string().nullable(),
    startsAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    passQuery: z.boolean(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('ShortLink');
