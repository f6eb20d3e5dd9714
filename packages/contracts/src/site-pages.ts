import { z } from '@hono/zod-openapi';
import { currencySchema, moneyAmount } from './commerce.ts';
import { countOut, instantOut, intIn, listOut, textOut } from './fields.ts';
import { idSchema } from './ids.ts';
import { hasSomeField, NOTHING_TO_CHANGE } from './messages.ts';
import { linkUrl, sectionLinkUrl, webUrl } from './safe-url.ts';
import { embedProviders } from './sites.ts';
import { multiLine, singleLine } from './text.ts';

/**
 * Paths of a site host that routes of their own answer (or may soon): a page can never take them,
 * so a creator's page can never shadow the store, a redirect or a form.
 */
export const reservedPageSlugs = new Set([
  'store',
  'p',
  'go',
  'd',
  'media',
  'checkout',
  'book',
  'booking',
  'calendar',
  'subscribe',
  'contact',
  'age-confirm',
  'api',
  'blog',
  'feed',
  'rss',
  'cdn-cgi',
  'favicon',
  'index',
  'home',
  'courses',
  'learn',
  'certificates',
]);

export const pageSlugPattern = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export const pageSlug = z
  .string({ error: 'Enter a page address' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'Enter a page address', abort: true })
  .max(63, { error: 'Use at most 63 characters', abort: true })
  .regex(pageSlugPattern, {
    error: 'Use lower-case letters, digits and hyphens inside, like about-me',
    abort: true,
  })
  .refine((s) => !reservedPageSlugs.has(s), {
    error: 'This address is used by the site itself: choose another',
  })
  .openapi({ example: 'about', maxLength: 63, pattern: pageSlugPattern.source });

/** Where a page appears in the site's menus. */
export const navPlacements = ['none', 'header', 'footer', 'both'] as const;
export type NavPlacement = (typeof navPlacements)[number];

/** `page`: served at its slug; `not_found`: what the site answers (with 404) for a path it does not have. */
export const pageRoles = ['page', 'not_found'] as const;
export type PageRole = (typeof pageRoles)[number];

export const pageSeoSchema = z
  .object({
    title: singleLine(0, 70).optional(),
    description: singleLine(0, 200).optional(),
    ogImageUrl: webUrl.optional(),
    noindex: z.boolean().default(false),
  })
  .strict()
  .openapi('PageSeo');
export type PageSeo = z.infer<typeof pageSeoSchema>;

/** Most pages one site holds, and most sections one page holds. */
export const MAX_PAGES_PER_SITE = 50;
export const MAX_SECTIONS_PER_PAGE = 40;

const pageFields = {
  slug: pageSlug,
  title: singleLine(1, 120, { field: 'title' }),
  nav: z.enum(navPlacements),
  /** Order in the menus (lower first); ties by creation. */
  position: intIn(0, 999),
  seo: pageSeoSchema,
  /** Only published pages go into the next publish of the site. */
  published: z.boolean(),
  role: z.enum(pageRoles),
};

export const createPageInput = z
  .object({
    ...pageFields,
    nav: pageFields.nav.default('header'),
    position: pageFields.position.optional(),
    seo: pageSeoSchema.default({ noindex: false }),
    published: z.boolean().default(false),
    role: pageFields.role.default('page'),
  })
  .strict()
  .openapi('CreatePage');
export type CreatePageInput = z.infer<typeof createPageInput>;

export const updatePageInput = z
  .object(pageFields)
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdatePage', { minProperties: 1 });
export type UpdatePageInput = z.infer<typeof updatePageInput>;

// ---- sections ----

const heading = singleLine(1, 120, { field: 'heading' });
const optionalText = (max: number) => multiLine(0, max).optional();
const buttonSchema = z
  .object({ label: singleLine(1, 40, { field: 'label' }), url: sectionLinkUrl })
  .strict()
  .openapi('SectionButton');
const imageRef = { url: webUrl, alt: singleLine(0, 200) };
const items = <T extends z.ZodType>(item: T, max: number) => z.array(item).min(1).max(max);

/**
 * Each section kind: its layout variants (the first is the default) and its data. Items (cards, FAQ
 * entries, …) live inside the data as an ordered list: they are always edited with their section.
 */
export const sectionKinds = {
  hero: {
    variants: ['centered', 'split', 'banner'],
    data: z
      .object({
        heading,
        text: optionalText(400),
        image: z.object(imageRef).strict().optional(),
        primary: buttonSchema.optional(),
        secondary: buttonSchema.optional(),
      })
      .strict(),
  },
  rich_text: {
    variants: ['narrow', 'wide'],
    data: z.object({ markdown: multiLine(1, 20_000, { field: 'text' }) }).strict(),
  },
  image_text: {
    variants: ['image_left', 'image_right'],
    data: z
      .object({
        heading: heading.optional(),
        markdown: multiLine(1, 4000, { field: 'text' }),
        image: z.object(imageRef).strict(),
        button: buttonSchema.optional(),
      })
      .strict(),
  },
  gallery: {
    variants: ['grid', 'strip'],
    data: z
      .object({
        heading: heading.optional(),
        items: items(z.object({ ...imageRef, caption: singleLine(0, 200).optional() }).strict(), 24),
      })
      .strict(),
  },
  features: {
    variants: ['grid', 'list'],
    data: z
      .object({
        heading: heading.optional(),
        items: items(
          z.object({ title: singleLine(1, 120, { field: 'title' }), text: multiLine(0, 600) }).strict(),
          12,
        ),
      })
      .strict(),
  },
  testimonials: {
    variants: ['cards', 'quote'],
    data: z
      .object({
        heading: heading.optional(),
        items: items(
          z
            .object({
              quote: multiLine(1, 800, { field: 'quote' }),
              name: singleLine(1, 120, { field: 'name' }),
              role: singleLine(0, 120).optional(),
              avatarUrl: webUrl.optional(),
            })
            .strict(),
          12,
        ),
      })
      .strict(),
  },
  pricing: {
    variants: ['cards', 'table'],
    data: z
      .object({
        heading: heading.optional(),
        items: items(
          z
            .object({
              name: singleLine(1, 80, { field: 'name' }),
              amount: moneyAmount,
              currency: currencySchema,
              period: z.enum(['once', 'month', 'year']).default('once'),
              features: z.array(singleLine(1, 120)).max(12).default([]),
              button: buttonSchema.optional(),
              featured: z.boolean().default(false),
            })
            .strict(),
          6,
        ),
      })
      .strict(),
  },
  faq: {
    variants: ['list', 'two_column'],
    data: z
      .object({
        heading: heading.optional(),
        items: items(
          z
            .object({
              question: singleLine(1, 200, { field: 'question' }),
              answer: multiLine(1, 4000, { field: 'answer' }),
            })
            .strict(),
          40,
        ),
      })
      .strict(),
  },
  cta: {
    variants: ['banner', 'card'],
    data: z.object({ heading, text: optionalText(400), button: buttonSchema }).strict(),
  },
  contact_form: {
    variants: ['stacked', 'split'],
    data: z
      .object({
        heading: heading.optional(),
        text: optionalText(400),
        buttonLabel: singleLine(1, 40, { field: 'button label' }).default('Send'),
        successMessage: singleLine(0, 200).default('Thanks! Your message was sent.'),
      })
      .strict(),
  },
  logo_cloud: {
    variants: ['row', 'grid'],
    data: z
      .object({
        heading: heading.optional(),
        items: items(z.object({ ...imageRef, href: linkUrl.optional() }).strict(), 24),
      })
      .strict(),
  },
  stats: {
    variants: ['row', 'cards'],
    data: z
      .object({
        heading: heading.optional(),
        items: items(
          z
            .object({
              value: singleLine(1, 24, { field: 'value' }),
              label: singleLine(1, 80, { field: 'label' }),
            })
            .strict(),
          8,
        ),
      })
      .strict(),
  },
  team: {
    variants: ['grid', 'list'],
    data: z
      .object({
        heading: heading.optional(),
        items: items(
          z
            .object({
              name: singleLine(1, 120, { field: 'name' }),
              role: singleLine(0, 120).optional(),
              photoUrl: webUrl.optional(),
              bio: multiLine(0, 600).optional(),
            })
            .strict(),
          24,
        ),
      })
      .strict(),
  },
  embed: {
    variants: ['wide', 'narrow'],
    data: z
      .object({ provider: z.enum(embedProviders), url: webUrl, title: singleLine(0, 120).optional() })
      .strict(),
  },
  /**
   * The shop's newest products (of one category and its subcategories, or all) with a link to the
   * store; nothing while the shop has none to show.
   */
  products: {
    variants: ['grid', 'list'],
    data: z
      .object({
        heading: heading.optional(),
        categoryId: idSchema('productCategory').optional(),
        limit: intIn(1, 12).default(6),
      })
      .strict(),
  },
  /** One published course, or the newest ones, as cards linking to their sales pages. */
  courses: {
    variants: ['cards'],
    data: z
      .object({
        heading: heading.optional(),
        courseId: idSchema('course').optional(),
        limit: intIn(1, 12).default(3),
      })
      .strict(),
  },
  /** The site's bio page (profile and active blocks) inside a page. */
  bio: { variants: ['card', 'plain'], data: z.object({}).strict() },
} as const;

export type SectionKind = keyof typeof sectionKinds;
export const sectionKindNames = Object.keys(sectionKinds) as SectionKind[];
export type SectionData<K extends SectionKind = SectionKind> = z.infer<(typeof sectionKinds)[K]['data']>;
export type SectionVariant<K extends SectionKind = SectionKind> =
  (typeof sectionKinds)[K]['variants'][number];

function sectionVariant<K extends SectionKind>(kind: K) {
  const { variants, data } = sectionKinds[kind];
  return z
    .object({
      kind: z.literal(kind),
      variant: z.enum(variants as unknown as [string, ...string[]]).default(variants[0]),
      data,
    })
    .strict();
}

/** A new section, appended to its page: `kind` selects the schema of `variant` and `data`. */
export const createSectionInput = z
  .discriminatedUnion('kind', [
    sectionVariant('hero'),
    sectionVariant('rich_text'),
    sectionVariant('image_text'),
    sectionVariant('gallery'),
    sectionVariant('features'),
    sectionVariant('testimonials'),
    sectionVariant('pricing'),
    sectionVariant('faq'),
    sectionVariant('cta'),
    sectionVariant('contact_form'),
    sectionVariant('logo_cloud'),
    sectionVariant('stats'),
    sectionVariant('team'),
    sectionVariant('embed'),
    sectionVariant('products'),
    sectionVariant('courses'),
    sectionVariant('bio'),
  ])
  .openapi('CreateSection');
export type CreateSectionInput = z.infer<typeof createSectionInput>;

/** A change to a section; its kind is fixed, `variant` and `data` are checked against it by the service. */
export const updateSectionInput = z
  .object({
    variant: z
      .string()
      .max(24)
      .regex(/^[a-z_]+$/, { error: 'Choose one of the kind’s layout variants' }),
    data: z.record(z.string(), z.unknown()),
  })
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateSection', { minProperties: 1 });
export type UpdateSectionInput = z.infer<typeof updateSectionInput>;

export const reorderSectionsInput = z
  .object({ sectionIds: z.array(idSchema('section')).min(1).max(MAX_SECTIONS_PER_PAGE) })
  .strict()
  .openapi('ReorderSections');
export type ReorderSectionsInput = z.infer<typeof reorderSectionsInput>;

export const rollbackInput = z
  .object({ version: intIn(1, 2_147_483_647) })
  .strict()
  .openapi('RollbackSite');
export type RollbackInput = z.infer<typeof rollbackInput>;

// ---- what the snapshot carries ----

/** A section as published: everything the renderer needs. */
export type SnapshotSection = {
  [K in SectionKind]: { id: string; kind: K; variant: SectionVariant<K>; data: SectionData<K> };
}[SectionKind];

/** A published page of a site, its sections in order. */
export interface SnapshotPage {
  id: string;
  slug: string;
  title: string;
  nav: NavPlacement;
  role: PageRole;
  seo: PageSeo;
  sections: SnapshotSection[];
}

// ---- API answers ----

export const pageSchema = z
  .object({
    id: idSchema('page'),
    siteId: idSchema('site'),
    slug: z.string().openapi({ pattern: pageSlugPattern.source, maxLength: 63, example: 'about' }),
    title: textOut(120),
    nav: z.enum(navPlacements),
    position: countOut,
    seo: pageSeoSchema,
    published: z.boolean(),
    role: z.enum(pageRoles),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .openapi('Page');

export const sectionSchema = z
  .object({
    id: idSchema('section'),
    pageId: idSchema('page'),
    kind: z.enum(sectionKindNames as [SectionKind, ...SectionKind[]]),
    variant: z.string().openapi({ pattern: '^[a-z_]+$', maxLength: 24, example: 'centered' }),
    position: countOut,
    data: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'The section’s content; its shape depends on `kind` (see CreateSection).' }),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .openapi('Section');

export const siteVersionSchema = z
  .object({
    id: idSchema('siteVersion'),
    siteId: idSchema('site'),
    version: countOut,
    /** The version this one restored, when it was made by a rollback. */
    restoredFrom: countOut.nullable(),
    pages: countOut,
    live: z.boolean(),
    publishedAt: instantOut,
  })
  .openapi('SiteVersion');

export const MAX_VERSIONS_LISTED = 100;
export const siteVersionsOut = listOut(siteVersionSchema, MAX_VERSIONS_LISTED);
export const sectionsOut = listOut(sectionSchema, MAX_SECTIONS_PER_PAGE);
export const pagesOut = listOut(pageSchema, MAX_PAGES_PER_SITE);

/** A visitor's message through a contact form section (the site's POST /contact). */
export const contactFormFields = z.object({
  section: idSchema('section'),
  name: singleLine(1, 120, { field: 'name', personal: true }),
  email: z.email().max(254),
  message: multiLine(1, 4000, { field: 'message' }),
  /** The honeypot: people leave it empty. */
  website: z.string().max(200).optional(),
});

/** The dashboard's "new page" form: address, title and menu; the rest takes its defaults. */
export const newPageForm = createPageInput.pick({ slug: true, title: true, nav: true });
