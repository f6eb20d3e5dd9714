import { z } from '@hono/zod-openapi';
import { countOut, emailOut, hostnameOut, instantOut, intIn, listOut, textOut, urlOut } from './fields.ts';
import { emailField } from './identity.ts';
import { idSchema } from './ids.ts';
import { hasSomeField, NOTHING_TO_CHANGE, say } from './messages.ts';
import { roles } from './roles.ts';
import { seoSchema, siteSettingsSchema, themeSchema } from './sites.ts';
import { singleLine } from './text.ts';

/** Largest page a list answers (`per_page`); larger sizes are refused, not clamped. */
export const MAX_PER_PAGE = 100;
const MAX_PAGE = 100_000;

/** The REST API's envelope (product spec): every answer, success or error, has this shape. */
export const paginationMetaSchema = z
  .object({
    current_page: intIn(1, MAX_PAGE),
    per_page: intIn(1, MAX_PER_PAGE),
    total: countOut,
    total_pages: countOut,
  })
  .openapi('PaginationMeta');

/** Keyset paging (contacts): `next` is the `cursor` of the following page, null on the last one. */
export const cursorMetaSchema = z
  .object({
    next: z.string().openapi({ maxLength: 40, pattern: '^[a-z]+_[0-9a-hjkmnp-tv-z]{26}$' }).nullable(),
    total: countOut,
  })
  .openapi('CursorMeta');

export const metaSchema = z
  .object({
    pagination: paginationMetaSchema.optional(),
    cursor: cursorMetaSchema.optional(),
    timestamp: instantOut,
    request_id: idSchema('request'),
  })
  .openapi('Meta');

const messageOut = textOut(500).openapi({ example: 'Request completed successfully.' });

/** `{ success: true, message, data, meta }` around `data`. */
export function envelopeOf<T extends z.ZodType>(data: T) {
  return z.object({ success: z.literal(true), message: messageOut, data, meta: metaSchema });
}

export const errorDetailSchema = z.object({
  path: textOut(500).openapi({ example: 'data.url' }),
  message: textOut(500).openapi({ example: say.url }),
  code: textOut(64).optional(),
});

export const errorEnvelopeSchema = z
  .object({
    success: z.literal(false),
    message: messageOut,
    error: z.object({
      code: z.string().openapi({ example: 'validation_failed', pattern: '^[a-z_]+$', maxLength: 64 }),
      details: listOut(errorDetailSchema, 1000),
    }),
    meta: metaSchema,
  })
  .openapi('Error');

/** Page through lists: `page` from 1, `per_page` 1–100. */
export const paginationQuery = z.object({
  page: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE)
    .default(1)
    .openapi({ example: 1, type: 'integer', format: 'int32', minimum: 1, maximum: MAX_PAGE }),
  per_page: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PER_PAGE)
    .default(20)
    .openapi({ example: 20, type: 'integer', format: 'int32', minimum: 1, maximum: MAX_PER_PAGE }),
});

export const roleSchema = z.enum(roles).openapi('Role');

export const organizationSchema = z
  .object({
    id: idSchema('organization'),
    name: textOut(120),
    slug: z.string().openapi({ pattern: '^[a-z0-9-]+$', maxLength: 60, example: 'alice-rivera-studio' }),
    createdAt: instantOut,
  })
  .openapi('Organization');

export const updateOrganizationInput = z
  .object({ name: singleLine(1, 120, { field: 'name' }) })
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateOrganization', { minProperties: 1 });

export const memberSchema = z
  .object({
    userId: idSchema('user'),
    email: emailOut,
    name: textOut(120),
    role: roleSchema,
    joinedAt: instantOut,
  })
  .openapi('Member');

export const updateMemberInput = z.object({ role: roleSchema }).strict().openapi('UpdateMember');

export const invitationSchema = z
  .object({
    id: idSchema('invitation'),
    email: emailOut,
    role: roleSchema,
    status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
    invitedBy: idSchema('user'),
    expiresAt: instantOut,
    createdAt: instantOut,
  })
  .openapi('Invitation');

export const createInvitationInput = z
  .object({ email: emailField(false), role: roleSchema })
  .strict()
  .openapi('CreateInvitation');

export const apiScopes = [
  'organization:write',
  'members:read',
  'members:write',
  'sites:read',
  'sites:write',
  'links:read',
  'links:write',
  'domains:read',
  'domains:write',
  'analytics:read',
  'tokens:read',
  'tokens:write',
  'webhooks:read',
  'webhooks:write',
  'commerce:read',
  'commerce:write',
  'ai:read',
  'ai:write',
  'crm:read',
  'crm:write',
  'courses:read',
  'courses:write',
  'bookings:read',
  'bookings:write',
  'campaigns:read',
  'campaigns:write',
  'social:read',
  'social:write',
] as const;
export const scopeSchema = z.enum(apiScopes).openapi('Scope');

const scopesOut = listOut(
  z.string().openapi({ pattern: '^[a-z]+:[a-z]+$', maxLength: 40, example: 'sites:read' }),
  apiScopes.length,
);

export const apiTokenSchema = z
  .object({
    id: idSchema('token'),
    name: textOut(120),
    prefix: z.string().openapi({ example: 'mwz_Ab12Cd34', pattern: '^mwz_[A-Za-z0-9]{8}$', maxLength: 12 }),
    scopes: scopesOut,
    createdBy: idSchema('user'),
    expiresAt: instantOut.nullable(),
    lastUsedAt: instantOut.nullable(),
    revokedAt: instantOut.nullable(),
    active: z.boolean(),
    createdAt: instantOut,
  })
  .openapi('ApiToken');

export const createApiTokenInput = z
  .object({
    name: singleLine(1, 120, { field: 'name' }),
    scopes: z.array(scopeSchema).min(1, { error: 'Choose at least one scope' }).max(apiScopes.length),
    expiresAt: z.iso.datetime({ offset: true, error: say.dateTime }).optional().openapi({ maxLength: 40 }),
  })
  .strict()
  .openapi('CreateApiToken');

export const createdApiTokenSchema = apiTokenSchema
  .extend({
    secret: z.string().openapi({
      description: 'Shown once; store it now.',
      pattern: '^mwz_[A-Za-z0-9]{40}$',
      maxLength: 44,
    }),
  })
  .openapi('CreatedApiToken');

export const siteSchema = z
  .object({
    id: idSchema('site'),
    slug: z
      .string()
      .openapi({ pattern: '^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$', maxLength: 63, example: 'alice' }),
    name: textOut(120),
    bio: textOut(500, true).nullable(),
    avatarUrl: urlOut.nullable(),
    theme: themeSchema,
    seo: seoSchema,
    settings: siteSettingsSchema,
    url: urlOut,
    published: z.boolean(),
    publishedVersion: countOut,
    publishedAt: instantOut.nullable(),
    hasUnpublishedChanges: z.boolean(),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .openapi('Site');

export const publishedSiteSchema = siteSchema
  .extend({ hosts: listOut(hostnameOut, 100) })
  .openapi('PublishedSite');

export const blockSchema = z
  .object({
    id: idSchema('block'),
    siteId: idSchema('site'),
    type: z.string().openapi({ pattern: '^[a-z_]+$', maxLength: 20, example: 'link' }),
    position: countOut,
    data: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'The block’s content; its shape depends on `type` (see CreateBlock).' }),
    active: z.boolean(),
    featured: z.boolean(),
    sensitive: z.boolean(),
    startsAt: instantOut.nullable(),
    endsAt: instantOut.nullable(),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .openapi('Block');

export const meSchema = z
  .object({
    user: z.object({ id: idSchema('user'), email: emailOut, name: textOut(120) }),
    organization: organizationSchema,
    role: roleSchema,
    token: z.object({
      id: idSchema('token'),
      prefix: z.string().openapi({ pattern: '^mwz_[A-Za-z0-9]{8}$', maxLength: 12 }),
      scopes: scopesOut,
      effectiveScopes: scopesOut.openapi({
        description: 'The token’s scopes cut down to what its creator’s role allows now.',
      }),
    }),
  })
  .openapi('Me');
