import { z } from '@hono/zod-openapi';
import { hostnameOut, instantOut, textOut, urlOut } from './fields.ts';
import { idSchema } from './ids.ts';
import { hasSomeField, NOTHING_TO_CHANGE, say } from './messages.ts';
import { linkUrl, webUrl } from './safe-url.ts';
import { singleLine } from './text.ts';

export const isoInstant = z.iso
  .datetime({ offset: true, error: say.dateTime })
  .openapi({ example: '2026-12-01T09:00:00Z', maxLength: 40 });

/** A custom short-link code: letters, digits, `_` and `-`, up to 64 characters. */
export const shortLinkCode = z
  .string()
  .min(1, { error: say.required('short code'), abort: true })
  .max(64, { error: say.tooLong(64), abort: true })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'Use letters, digits, _ and - only, like spring-sale' })
  .openapi({ example: 'spring-sale', minLength: 1, maxLength: 64 });

const linkTitle = singleLine(0, 200, { field: 'title' });

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
    error: 'Choose an end after the start',
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
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateShortLink', { minProperties: 1 });
export type UpdateShortLinkInput = z.infer<typeof updateShortLinkInput>;

export const shortLinkSchema = z
  .object({
    id: idSchema('shortLink'),
    domain: hostnameOut,
    code: z.string().openapi({ pattern: '^[A-Za-z0-9_-]{1,64}$', maxLength: 64, example: 'spring-sale' }),
    shortUrl: urlOut,
    url: urlOut,
    title: textOut(200).nullable(),
    fallbackUrl: urlOut.nullable(),
    startsAt: instantOut.nullable(),
    expiresAt: instantOut.nullable(),
    passQuery: z.boolean(),
    active: z.boolean(),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .openapi('ShortLink');
