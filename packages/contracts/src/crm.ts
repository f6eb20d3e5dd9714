import { z } from '@hono/zod-openapi';
import { countOut, emailOut, instantOut, intIn, listOut, textOut } from './fields.ts';
import { emailField } from './identity.ts';
import { idSchema } from './ids.ts';
import { hasSomeField, NOTHING_TO_CHANGE } from './messages.ts';
import { multiLine, oneLinePattern, singleLine } from './text.ts';

/**
 * The CRM's shapes: contacts with tags, custom fields and a consent state, their timeline, and
 * segments (saved filters the core compiles to SQL).
 */

/** `not_subscribed`: never asked (an import without consent); `unsubscribed`: said no. */
export const consentStatuses = [
  'subscribed',
  'pending',
  'not_subscribed',
  'unsubscribed',
  'bounced',
  'complained',
] as const;
export type ConsentStatus = (typeof consentStatuses)[number];
export const consentStatusSchema = z.enum(consentStatuses).openapi('ConsentStatus');

/** Where contacts come from; enrollments and bookings join as those modules land. */
export const contactSources = ['signup_form', 'order', 'api', 'import', 'dashboard'] as const;
export const contactSourceSchema = z.enum(contactSources).openapi('ContactSource');

export const contactFieldTypes = ['text', 'number', 'date', 'choice'] as const;
export type ContactFieldType = (typeof contactFieldTypes)[number];

/** Timeline entry kinds written today; emails, enrollments and bookings add theirs later. */
export const interactionKinds = ['signup', 'order', 'note', 'created', 'imported'] as const;

export const MAX_TAGS_PER_CONTACT = 50;
export const MAX_CONTACT_FIELDS = 50;
export const MAX_CHOICE_OPTIONS = 50;
export const MAX_SEGMENT_CONDITIONS = 20;
export const MAX_FIELD_TEXT = 500;

const tagPattern = '^[a-z0-9](?:[a-z0-9 _-]{0,62}[a-z0-9])?$';
/** A tag: lower case letters, digits, spaces, dashes, underscores; trimmed and lower-cased on input. */
export const tagSchema = z
  .string({ error: 'Enter a tag' })
  .trim()
  .toLowerCase()
  .regex(new RegExp(tagPattern), {
    error: 'Use up to 64 letters, digits, spaces, dashes or underscores, like vip or early-bird',
  })
  .openapi({ pattern: tagPattern, minLength: 1, maxLength: 64, example: 'vip' });
const tagList = z
  .array(tagSchema)
  .max(MAX_TAGS_PER_CONTACT, { error: `Use at most ${MAX_TAGS_PER_CONTACT} tags` })
  .transform((tags) => [...new Set(tags)]);

const fieldKeyPattern = '^[a-z][a-z0-9_]{0,39}$';
export const contactFieldKey = z
  .string({ error: 'Enter a key' })
  .regex(new RegExp(fieldKeyPattern), {
    error: 'Use up to 40 lower-case letters, digits and underscores, starting with a letter, like plan',
  })
  .openapi({ pattern: fieldKeyPattern, minLength: 1, maxLength: 40, example: 'plan' });

/** Text of a custom field value; which texts fit depends on the field's type (core checks). */
const fieldText = z
  .string()
  .max(MAX_FIELD_TEXT, { error: `Use at most ${MAX_FIELD_TEXT} characters` })
  .openapi({ maxLength: MAX_FIELD_TEXT, pattern: oneLinePattern });

/** A custom field value as sent: its field's type decides which are valid (core checks); null clears it. */
const fieldValueIn = z
  .union([fieldText, z.number()])
  .nullable()
  .openapi({ description: 'Text, a number, a date (`YYYY-MM-DD`) or one of the choices; null clears it.' });
const fieldValues = z
  .record(contactFieldKey, fieldValueIn)
  .refine((v) => Object.keys(v).length <= MAX_CONTACT_FIELDS, {
    error: `Give at most ${MAX_CONTACT_FIELDS} fields`,
  })
  .openapi({ maxProperties: MAX_CONTACT_FIELDS, example: { plan: 'pro', seats: 3 } });

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]{3,40}$/, { error: 'Enter a phone number, like +1 555 0100' })
  .openapi({ pattern: '^\\+?[0-9 ().-]{3,40}$', maxLength: 40, example: '+1 555 0100' });
const score = z
  .number({ error: 'Use a whole number' })
  .int({ error: 'Use a whole number' })
  .min(-1_000_000, { error: 'Use a score from -1000000 to 1000000' })
  .max(1_000_000, { error: 'Use a score from -1000000 to 1000000' })
  .openapi({ type: 'integer', format: 'int32', minimum: -1_000_000, maximum: 1_000_000 });

const contactWritable = {
  name: singleLine(0, 120).nullable(),
  phone: phone.nullable(),
  company: singleLine(0, 120).nullable(),
  score,
  consentStatus: consentStatusSchema,
  tags: tagList,
  fields: fieldValues,
};

export const createContactInput = z
  .object({ email: emailField(false), ...contactWritable })
  .partial({
    name: true,
    phone: true,
    company: true,
    score: true,
    consentStatus: true,
    tags: true,
    fields: true,
  })
  .strict()
  .openapi('CreateContact');
export type CreateContactInput = z.input<typeof createContactInput>;

/** Upsert by email: the same fields; given ones overwrite, tags are added (never removed). */
export const upsertContactInput = createContactInput.openapi('UpsertContact');

export const updateContactInput = z
  .object({ email: emailField(false), ...contactWritable })
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateContact', { minProperties: 1 });
export type UpdateContactInput = z.input<typeof updateContactInput>;

export const contactTagsInput = z
  .object({ tags: tagList.refine((t) => t.length > 0, { error: 'Give at least one tag' }) })
  .strict()
  .openapi('ContactTags');

export const contactNoteInput = z
  .object({ body: multiLine(1, 5000, { field: 'note' }) })
  .strict()
  .openapi('ContactNote');

/** Tag many contacts at once (the dashboard's bulk action). */
export const bulkTagInput = z
  .object({
    contactIds: z.array(idSchema('contact')).min(1).max(500),
    add: tagList.optional(),
    remove: tagList.optional(),
  })
  .strict();

export const contactSchema = z
  .object({
    id: idSchema('contact'),
    email: emailOut,
    name: textOut(120).nullable(),
    phone: textOut(40).nullable(),
    company: textOut(120).nullable(),
    source: textOut(32),
    siteId: idSchema('site').nullable(),
    score: intIn(-1_000_000, 1_000_000),
    consentStatus: consentStatusSchema,
    consentChangedAt: instantOut.nullable(),
    consentMethod: textOut(32).nullable(),
    tags: listOut(textOut(64), MAX_TAGS_PER_CONTACT),
    fields: z.record(z.string(), z.union([z.string(), z.number()])).openapi({
      maxProperties: MAX_CONTACT_FIELDS,
      additionalProperties: {
        oneOf: [
          { type: 'string', maxLength: MAX_FIELD_TEXT, pattern: oneLinePattern },
          { type: 'number', format: 'double' },
        ],
      },
    }),
    lastActivityAt: instantOut.nullable(),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .openapi('CrmContact');
export type ContactOut = z.infer<typeof contactSchema>;

export const interactionSchema = z
  .object({
    id: idSchema('contactInteraction'),
    contactId: idSchema('contact'),
    kind: textOut(32).openapi({ example: 'order' }),
    summary: textOut(300),
    body: textOut(5000, true).nullable(),
    refId: textOut(40).nullable(),
    authorUserId: idSchema('user').nullable(),
    occurredAt: instantOut,
  })
  .openapi('ContactInteraction');

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
/** Whether `text` is a real calendar day `YYYY-MM-DD`. */
export function isCalendarDay(text: string): boolean {
  if (!dayPattern.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export const contactFieldSchema = z
  .object({
    id: idSchema('contactField'),
    key: contactFieldKey,
    label: textOut(80),
    type: z.enum(contactFieldTypes),
    options: listOut(textOut(80), MAX_CHOICE_OPTIONS).nullable(),
    createdAt: instantOut,
  })
  .openapi('ContactField');

const choiceOptions = z
  .array(singleLine(1, 80, { field: 'option' }))
  .min(1, { error: 'Give at least one choice' })
  .max(MAX_CHOICE_OPTIONS, { error: `Give at most ${MAX_CHOICE_OPTIONS} choices` })
  .refine((o) => new Set(o).size === o.length, { error: 'Give each choice once' });

export const createContactFieldInput = z
  .object({
    key: contactFieldKey,
    label: singleLine(1, 80, { field: 'label' }),
    type: z.enum(contactFieldTypes),
    options: choiceOptions.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.type === 'choice' && !v.options)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Give the choices of a choice field' });
    if (v.type !== 'choice' && v.options)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Only a choice field has choices' });
  })
  .openapi('CreateContactField');
export type CreateContactFieldInput = z.input<typeof createContactFieldInput>;

/** A field's key and type stay (values are stored by type); its label and choices may change. */
export const updateContactFieldInput = z
  .object({ label: singleLine(1, 80, { field: 'label' }), options: choiceOptions })
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateContactField', { minProperties: 1 });
export type UpdateContactFieldInput = z.input<typeof updateContactFieldInput>;

const days = z
  .number({ error: 'Use a whole number of days' })
  .int({ error: 'Use a whole number of days' })
  .min(1, { error: 'Use 1 to 3650 days' })
  .max(3650, { error: 'Use 1 to 3650 days' })
  .openapi({ type: 'integer', format: 'int32', minimum: 1, maximum: 3650 });

/** One condition of a segment; every kind compiles to an indexed SQL predicate (core/crm/segment-sql). */
export const segmentConditionSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('tag'), op: z.enum(['has', 'not_has']), tag: tagSchema }).strict(),
    z
      .object({
        type: z.literal('field'),
        key: contactFieldKey,
        op: z.enum(['eq', 'neq', 'contains', 'gt', 'lt', 'is_set', 'not_set']),
        value: z.union([fieldText, z.number()]).optional(),
      })
      .strict(),
    z
      .object({ type: z.literal('source'), op: z.enum(['is', 'is_not']), value: contactSourceSchema })
      .strict(),
    z
      .object({ type: z.literal('consent'), op: z.enum(['is', 'is_not']), value: consentStatusSchema })
      .strict(),
    z.object({ type: z.literal('bought_product'), productId: idSchema('product') }).strict(),
    z.object({ type: z.literal('signed_up_within'), days }).strict(),
    z.object({ type: z.literal('no_activity_for'), days }).strict(),
  ])
  .openapi('SegmentCondition');
export type SegmentCondition = z.infer<typeof segmentConditionSchema>;

export const segmentFilterSchema = z
  .object({
    match: z.enum(['all', 'any']).default('all'),
    conditions: z
      .array(segmentConditionSchema)
      .max(MAX_SEGMENT_CONDITIONS, { error: `Use at most ${MAX_SEGMENT_CONDITIONS} conditions` }),
  })
  .strict()
  .openapi('SegmentFilter');
export type SegmentFilter = z.output<typeof segmentFilterSchema>;

export const segmentSchema = z
  .object({
    id: idSchema('segment'),
    name: textOut(120),
    filter: segmentFilterSchema,
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .openapi('Segment');

export const createSegmentInput = z
  .object({ name: singleLine(1, 120, { field: 'name' }), filter: segmentFilterSchema })
  .strict()
  .openapi('CreateSegment');
export type CreateSegmentInput = z.input<typeof createSegmentInput>;

export const updateSegmentInput = z
  .object({ name: singleLine(1, 120, { field: 'name' }), filter: segmentFilterSchema })
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateSegment', { minProperties: 1 });
export type UpdateSegmentInput = z.input<typeof updateSegmentInput>;

export const segmentCountSchema = z.object({ count: countOut }).openapi('SegmentCount');

export const MAX_CONTACTS_PER_PAGE = 100;
/** Contacts are paged by cursor (keyset on the time-ordered id), so deep pages cost what the first does. */
export const contactListQuery = z.object({
  cursor: idSchema('contact')
    .optional()
    .openapi({ description: 'The `meta.cursor.next` of the previous page.' }),
  per_page: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_CONTACTS_PER_PAGE)
    .default(50)
    .openapi({ type: 'integer', format: 'int32', minimum: 1, maximum: MAX_CONTACTS_PER_PAGE, example: 50 }),
  q: singleLine(1, 100, { field: 'search' })
    .optional()
    .openapi({ description: 'Part of the email, name or company.' }),
  tag: tagSchema.optional(),
  consent: consentStatusSchema.optional(),
  source: contactSourceSchema.optional(),
  segmentId: idSchema('segment').optional(),
});
export type ContactListQuery = z.infer<typeof contactListQuery>;

export const segmentMembersQuery = contactListQuery.pick({ cursor: true, per_page: true });

/** One contact's data as the privacy export gives it. */
export const contactExportSchema = z
  .object({
    contact: contactSchema,
    interactions: listOut(interactionSchema, 100_000),
  })
  .openapi('ContactExport');
