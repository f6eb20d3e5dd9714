import { z } from '@hono/zod-openapi';
import type { SnapshotBlog } from './blog.ts';
import { intIn } from './fields.ts';
import { emailField } from './identity.ts';
import { idSchema } from './ids.ts';
import { say } from './messages.ts';
import { linkUrl, webUrl } from './safe-url.ts';
import type { SnapshotPage } from './site-pages.ts';
import type { SnapshotCatalog } from './storefront.ts';
import { multiLine, singleLine } from './text.ts';

/** Subdomain labels no creator can claim. */
export const reservedSlugs = new Set([
  'www',
  'api',
  'app',
  'admin',
  'dashboard',
  'mail',
  'email',
  'smtp',
  'ftp',
  'cdn',
  'static',
  'assets',
  'status',
  'help',
  'support',
  'docs',
  'blog',
  'billing',
  'auth',
  'login',
  'signup',
  'account',
  'root',
  'go',
  'link',
  'links',
  'short',
  'mewayz',
  'staff',
  'security',
  'abuse',
  'postmaster',
  'webmaster',
  'localhost',
  'test',
  'dev',
  'staging',
  'internal',
  'system',
  'null',
  'undefined',
]);

export const siteSlug = z
  .string({ error: say.required('site address') })
  .trim()
  .toLowerCase()
  .min(1, { error: say.required('site address'), abort: true })
  .min(2, { error: say.tooShort(2), abort: true })
  .max(63, { error: say.tooLong(63), abort: true })
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, {
    error: 'Use lower-case letters, digits and hyphens inside, like alice-shop',
    abort: true,
  })
  .refine((s) => !reservedSlugs.has(s), { error: 'This address is reserved: choose another' })
  .openapi({ example: 'alice', minLength: 2, maxLength: 63 });

const hexColor = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'Enter a colour like #1a2b3c' })
  .openapi({ maxLength: 7, example: '#1a2b3c' });

export const themePresets = [
  'minimal',
  'midnight',
  'sunset',
  'forest',
  'ocean',
  'candy',
  'mono',
  'paper',
] as const;
export const buttonShapes = ['square', 'rounded', 'pill'] as const;
export const fontStacks = ['system-sans', 'system-serif', 'system-mono', 'system-rounded'] as const;

export const themeSchema = z
  .object({
    preset: z.enum(themePresets).default('minimal'),
    /** Overrides of the preset's palette; absent keys keep the preset's colours. */
    colors: z
      .object({
        background: hexColor,
        text: hexColor,
        buttonBackground: hexColor,
        buttonText: hexColor,
        accent: hexColor,
      })
      .partial()
      .strict()
      .default({}),
    buttonShape: z.enum(buttonShapes).default('rounded'),
    font: z.enum(fontStacks).default('system-sans'),
    /** `auto` follows the visitor's prefers-color-scheme where the preset has a dark variant. */
    colorScheme: z.enum(['auto', 'light', 'dark']).default('auto'),
  })
  .strict()
  .openapi('Theme');
export type Theme = z.infer<typeof themeSchema>;

export const seoSchema = z
  .object({
    title: singleLine(0, 70).optional(),
    description: singleLine(0, 200).optional(),
    ogImageUrl: webUrl.optional(),
    faviconUrl: webUrl.optional(),
    noindex: z.boolean().default(false),
  })
  .strict()
  .openapi('Seo');
export type Seo = z.infer<typeof seoSchema>;

export const siteSettingsSchema = z
  .object({
    /** Show an age confirmation before the whole site. */
    sensitive: z.boolean().default(false),
    /** Pass the visitor's query string (UTM parameters) through link redirects. */
    passQuery: z.boolean().default(true),
    /** Where the site's menus link to its blog (`/blog`); absent: nowhere. */
    blogNav: z.enum(['none', 'header', 'footer', 'both']).optional(),
  })
  .strict()
  .openapi('SiteSettings');
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export const socialNetworks = [
  'instagram',
  'tiktok',
  'youtube',
  'x',
  'facebook',
  'linkedin',
  'github',
  'twitch',
  'discord',
  'spotify',
  'soundcloud',
  'pinterest',
  'snapchat',
  'threads',
  'bluesky',
  'mastodon',
  'whatsapp',
  'telegram',
  'email',
  'website',
] as const;
export type SocialNetwork = (typeof socialNetworks)[number];

export const embedProviders = ['youtube', 'spotify', 'soundcloud', 'vimeo'] as const;

const phoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]{5,24}$/, { error: 'Enter a phone number, like +49 30 1234567' })
  .openapi({ maxLength: 25 });

export const collectionLayouts = ['grid', 'list'] as const;

/** The data of each block kind; the block's `type` selects the schema. */
export const blockDataSchemas = {
  link: z
    .object({ title: singleLine(1, 120, { field: 'title' }), url: linkUrl, thumbnailUrl: webUrl.optional() })
    .strict(),
  header: z.object({ text: singleLine(1, 120, { field: 'heading' }) }).strict(),
  text: z.object({ markdown: multiLine(1, 4000, { field: 'text' }) }).strict(),
  social: z
    .object({
      links: z
        .array(z.object({ network: z.enum(socialNetworks), url: linkUrl }).strict())
        .min(1)
        .max(24),
    })
    .strict(),
  image: z
    .object({
      url: webUrl,
      alt: singleLine(0, 200),
      width: z.number().int().min(1).max(4096).openapi({ format: 'int32' }),
      height: z.number().int().min(1).max(4096).openapi({ format: 'int32' }),
      href: linkUrl.optional(),
    })
    .strict(),
  embed: z
    .object({ provider: z.enum(embedProviders), url: webUrl, title: singleLine(0, 120).optional() })
    .strict(),
  email_signup: z
    .object({
      title: singleLine(1, 120, { field: 'title' }),
      buttonLabel: singleLine(1, 40, { field: 'button label' }).default('Subscribe'),
      successMessage: singleLine(0, 200).default('Thanks for subscribing!'),
    })
    .strict(),
  contact: z
    .object({
      email: emailField(false).optional(),
      phone: phoneNumber.optional(),
      whatsapp: phoneNumber.optional(),
    })
    .strict()
    .refine((c) => c.email || c.phone || c.whatsapp, {
      error: 'Enter an email address, a phone number or a WhatsApp number',
    }),
  divider: z.object({}).strict(),
  spacer: z.object({ size: z.enum(['sm', 'md', 'lg']).default('md') }).strict(),
  /** One product of the organization's catalog as a card with its price and a Buy button. */
  product: z.object({ productId: idSchema('product') }).strict(),
  /** The newest products (of one category, or all) with a link to the store. */
  collection: z
    .object({
      categoryId: idSchema('productCategory').optional(),
      layout: z.enum(collectionLayouts).default('grid'),
      limit: intIn(1, 12).default(6),
    })
    .strict(),
  /**
   * A published course as a card linking to its sales page (`/courses/<slug>`); without `courseId`,
   * the newest published courses, at most `limit`.
   */
  course: z
    .object({
      courseId: idSchema('course').optional(),
      limit: intIn(1, 12).default(3),
    })
    .strict(),
} as const;

export type BlockType = keyof typeof blockDataSchemas;
export const blockTypes = Object.keys(blockDataSchemas) as BlockType[];
export type BlockData<T extends BlockType = BlockType> = z.infer<(typeof blockDataSchemas)[T]>;

/** A block as it is stored in a published snapshot: everything the renderer needs, nothing more. */
export type SnapshotBlock = {
  [T in BlockType]: {
    id: string;
    type: T;
    data: BlockData<T>;
    featured: boolean;
    sensitive: boolean;
    /** ISO-8601 instants; the renderer decides visibility at request time. */
    startsAt: string | null;
    endsAt: string | null;
  };
}[BlockType];

/**
 * The compiled, versioned document the edge serves for a site. Written on publish to MySQL
 * (`sites.published_snapshot`) and to Redis by every host of the site.
 */
export interface SiteSnapshot {
  format: 1;
  siteId: string;
  organizationId: string;
  slug: string;
  version: number;
  publishedAt: string;
  profile: { name: string; bio: string | null; avatarUrl: string | null };
  theme: Theme;
  seo: Seo;
  settings: SiteSettings;
  /** Active blocks in the creator's order (inactive ones are left out at publish time). */
  blocks: SnapshotBlock[];
  /** Verified custom domains; the first is canonical when present. */
  customDomains: string[];
  /**
   * The organization's shop (store and product pages, product and collection blocks). Absent in
   * snapshots published before the store existed; they serve no store.
   */
  catalog?: SnapshotCatalog;
  /**
   * The site's published pages beyond the home page (menu order), the custom 404 page among them.
   * Absent in snapshots published before pages existed.
   */
  pages?: SnapshotPage[];
  /**
   * The site's blog: published and scheduled posts, refreshed at once by every post change (decision
   * 0013). Absent in snapshots published before the blog existed, and for sites without posts.
   */
  blog?: SnapshotBlog;
}
