import { z } from '@hono/zod-openapi';
import { roles } from './roles.ts';
import { seoSchema, siteSettingsSchema, themeSchema } from './sites.ts';

/** The REST API's envelope (product spec): every answer, success or error, has this shape. */
export const paginationMetaSchema = z
  .object({
    current_page: z.number().int(),
    per_page: z.number().int(),
    total: z.number().int(),
    total_pages: z.number().int(),
  })
  .openapi('PaginationMeta');

export const metaSchema = z
  .object({
    pagination: paginationMetaSchema.optional(),
    timestamp: z.string().openapi({ example: '2026-11-29T10:30:00.000Z' }),
    request_id: z.string().openapi({ example: 'req_01jd3v6w0m8x9y2z3a4b5c6d7e' }),
  })
  .openapi('Meta');

/** `{ success: true, message, data, meta }` around `data`. */
export function envelopeOf<T extends z.ZodType>(data: T) {
  return z.object({ success: z.literal(true), message: z.string(), data, meta: metaSchema });
}

export const errorDetailSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string().optional(),
});

export const errorEnvelopeSchema = z
  .object({
    success: z.literal(false),
    message: z.string(),
    error: z.object({
      code: z.string().openapi({ example: 'validation_failed' }),
      details: z.array(errorDetailSchema),
    }),
    meta: metaSchema,
  })
  .openapi('Error');

/** Page through lists: `page` from 1, `per_page` 1–100 (larger sizes are refused, not clamped). */
export const MAX_PER_PAGE = 100;
export const paginationQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1).openapi({ example: 1 }),
  per_page: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(20).openapi({ example: 20 }),
});

export const roleSchema = z.enum(roles).openapi('Role');

export const organizationSchema = z
  .object({ id: z.string(), name: z.string(), slug: z.string(), createdAt: z.string() })
  .openapi('Organization');

export const updateOrganizationInput = z
  .object({ name: z.string().trim().min(1).max(120) })
  .partial()
  .strict()
  .openapi('UpdateOrganization');

export const memberSchema = z
  .object({ userId: z.string(), email: z.string(), name: z.string(), role: roleSchema, joinedAt: z.string() })
  .openapi('Member');

export const updateMemberInput = z.object({ role: roleSchema }).strict().openapi('UpdateMember');

export const invitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: roleSchema,
    status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
    invitedBy: z.string(),
    expiresAt: z.string(),
    createdAt: z.string(),
  })
  .openapi('Invitation');

export const createInvitationInput = z
  .object({ email: z.string().trim().toLowerCase().max(254).pipe(z.email()), role: roleSchema })
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
] as const;
export const scopeSchema = z.enum(apiScopes).openapi('Scope');

export const apiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().openapi({ example: 'mwz_Ab12Cd34' }),
    scopes: z.array(z.string()),
    createdBy: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('ApiToken');

export const createApiTokenInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    scopes: z.array(scopeSchema).min(1).max(apiScopes.length),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .openapi('CreateApiToken');

export const createdApiTokenSchema = apiTokenSchema
  .extend({ secret: z.string().openapi({ description: 'Shown once; store it now.' }) })
  .openapi('CreatedApiToken');

export const siteSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    bio: z.string().nullable(),
    avatarUrl: z.string().nullable(),
    theme: themeSchema,
    seo: seoSchema,
    settings: siteSettingsSchema,
    url: z.string(),
    published: z.boolean(),
    publishedVersion: z.number().int(),
    publishedAt: z.string().nullable(),
    hasUnpublishedChanges: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Site');

export const publishedSiteSchema = siteSchema.extend({ hosts: z.array(z.string()) }).openapi('PublishedSite');

export const blockSchema = z
  .object({
    id: z.string(),
    siteId: z.string(),
    type: z.string(),
    position: z.number().int(),
    data: z.record(z.string(), z.unknown()),
    active: z.boolean(),
    featured: z.boolean(),
    sensitive: z.boolean(),
    startsAt: z.string().nullable(),
    endsAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Block');

export const meSchema = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
    organization: organizationSchema,
    role: roleSchema,
    token: z.object({
      id: z.string(),
      prefix: z.string(),
      scopes: z.array(z.string()),
      effectiveScopes: z
        .array(z.string())
        .openapi({ description: 'The token’s scopes cut down to what its creator’s role allows now.' }),
    }),
  })
  .openapi('Me');
