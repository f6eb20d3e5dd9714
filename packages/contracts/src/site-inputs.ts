import { z } from '@hono/zod-openapi';
import { idSchema } from './ids.ts';
import { isoInstant } from './links.ts';
import { hasSomeField, NOTHING_TO_CHANGE } from './messages.ts';
import { webUrl } from './safe-url.ts';
import {
  type BlockType,
  blockDataSchemas,
  seoSchema,
  siteSettingsSchema,
  siteSlug,
  themeSchema,
} from './sites.ts';
import { multiLine, singleLine } from './text.ts';

/** Input to create a site (API body and dashboard form alike). */
/** The starter templates a new site can start from. */
export const siteTemplates = ['creator', 'coach', 'shop', 'podcast', 'agency'] as const;
export type SiteTemplate = (typeof siteTemplates)[number];
export const siteTemplateLabels: Record<SiteTemplate, { name: string; description: string }> = {
  creator: { name: 'Creator', description: 'Links, an about page, work with me and contact' },
  coach: { name: 'Coach', description: 'Programs with prices, testimonials, FAQ and a contact form' },
  shop: { name: 'Shop', description: 'Your products first, with shipping and returns pages' },
  podcast: { name: 'Podcast', description: 'Listen links, episodes, hosts and sponsorship' },
  agency: { name: 'Agency', description: 'Services, work, team and a project enquiry form' },
};

export const createSiteInput = z
  .object({
    slug: siteSlug,
    name: singleLine(1, 120, { field: 'name' }),
    bio: multiLine(0, 500).optional(),
    avatarUrl: webUrl.optional(),
    theme: themeSchema.optional(),
    seo: seoSchema.optional(),
    settings: siteSettingsSchema.optional(),
    /** Start from a starter template: its theme, bio links and pages (drafts until the first publish). */
    template: z.enum(siteTemplates).optional(),
  })
  .strict()
  .openapi('CreateSite');
export type CreateSiteInput = z.infer<typeof createSiteInput>;

/** The fields a site's update may set (forms pick theirs from here: a refined schema cannot be picked). */
export const siteFields = z.object({
  name: singleLine(1, 120, { field: 'name' }),
  bio: multiLine(0, 500).nullable(),
  avatarUrl: webUrl.nullable(),
  theme: themeSchema,
  seo: seoSchema,
  settings: siteSettingsSchema,
});

export const updateSiteInput = siteFields
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateSite', { minProperties: 1 });
export type UpdateSiteInput = z.infer<typeof updateSiteInput>;

const blockCommon = {
  active: z.boolean().default(true),
  featured: z.boolean().default(false),
  sensitive: z.boolean().default(false),
  startsAt: isoInstant.nullable().default(null),
  endsAt: isoInstant.nullable().default(null),
};

function blockVariant<T extends BlockType>(type: T) {
  return z.object({ type: z.literal(type), data: blockDataSchemas[type], ...blockCommon }).strict();
}

/** A new block: `type` selects which `data` schema applies. */
export const createBlockInput = z
  .discriminatedUnion('type', [
    blockVariant('link'),
    blockVariant('header'),
    blockVariant('text'),
    blockVariant('social'),
    blockVariant('image'),
    blockVariant('embed'),
    blockVariant('email_signup'),
    blockVariant('contact'),
    blockVariant('divider'),
    blockVariant('spacer'),
    blockVariant('product'),
    blockVariant('collection'),
    blockVariant('course'),
  ])
  .refine((b) => !b.startsAt || !b.endsAt || b.startsAt < b.endsAt, {
    error: 'Choose an end after the start',
    path: ['endsAt'],
  })
  .openapi('CreateBlock');
export type CreateBlockInput = z.infer<typeof createBlockInput>;

/** A change to a block; its type is fixed, `data` is checked against that type's schema by the service. */
export const updateBlockInput = z
  .object({
    data: z.record(z.string(), z.unknown()),
    active: z.boolean(),
    featured: z.boolean(),
    sensitive: z.boolean(),
    startsAt: isoInstant.nullable(),
    endsAt: isoInstant.nullable(),
  })
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateBlock', { minProperties: 1 });
export type UpdateBlockInput = z.infer<typeof updateBlockInput>;

/** Most blocks one site holds (a reorder names them all). */
export const MAX_BLOCKS_PER_SITE = 500;

export const reorderBlocksInput = z
  .object({ blockIds: z.array(idSchema('block')).min(1).max(MAX_BLOCKS_PER_SITE) })
  .strict()
  .openapi('ReorderBlocks');
export type ReorderBlocksInput = z.infer<typeof reorderBlocksInput>;
