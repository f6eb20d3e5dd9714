import {
  double,
  index,
  int,
  json,
  mysqlEnum,
  mysqlTable,
  primaryKey,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/mysql-core';
import { createdAt, deletedAt, idColumn, instant, orgColumn, updatedAt } from './columns.ts';

/**
 * The CRM: an organization's audience. A contact is deleted for good (erasure), never soft-deleted, so
 * its email is free again and an order or signup from the same person later starts a new contact.
 */
/**
 * `pending`: signed up where double opt-in is on, and has not confirmed yet (gets no campaign).
 * `not_subscribed`: known (imported without consent, say) but never asked; gets no campaign until they
 * sign up themselves, and unlike `unsubscribed` they never said no. New values go last, so adding one
 * changes no stored value's position (MySQL adds a value at the end in place).
 */
export const consentStatusValues = [
  'subscribed',
  'unsubscribed',
  'bounced',
  'complained',
  'pending',
  'not_subscribed',
] as const;
export const contactFieldTypeValues = ['text', 'number', 'date', 'choice'] as const;

/** A person in an organization's audience: from a site's signup block, an order, the API or an import. */
export const contacts = mysqlTable(
  'contacts',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    /** Stored lower-case; the unique key (case-insensitive collation too) keeps one contact per address. */
    email: varchar('email', { length: 254 }).notNull(),
    name: varchar('name', { length: 120 }),
    phone: varchar('phone', { length: 40 }),
    company: varchar('company', { length: 120 }),
    source: varchar('source', { length: 32 }).notNull(),
    siteId: varchar('site_id', { length: 40 }),
    score: int('score').notNull().default(0),
    consentStatus: mysqlEnum('consent_status', consentStatusValues).notNull().default('subscribed'),
    consentChangedAt: instant('consent_changed_at'),
    /** How the consent state was last set (`signup_form`, `api`, `import`, `dashboard`, …). */
    consentMethod: varchar('consent_method', { length: 32 }),
    /** The newest timeline entry's time: "no activity in N days" reads it without scanning the timeline. */
    lastActivityAt: instant('last_activity_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** Never set by the CRM (a deleted contact is erased); the data layer hides any row that has it. */
    deletedAt: deletedAt(),
  },
  (t) => [
    uniqueIndex('contacts_org_email_uq').on(t.organizationId, t.email),
    // Keyset paging, newest first: ids are time-ordered.
    index('contacts_org_id_idx').on(t.organizationId, t.id),
    index('contacts_org_created_idx').on(t.organizationId, t.createdAt),
    index('contacts_org_activity_idx').on(t.organizationId, t.lastActivityAt),
    index('contacts_org_consent_idx').on(t.organizationId, t.consentStatus),
  ],
);

/** A tag on a contact; one row per (contact, tag) so segments test tags with an indexed EXISTS. */
export const contactTags = mysqlTable(
  'contact_tags',
  {
    organizationId: orgColumn(),
    contactId: varchar('contact_id', { length: 40 }).notNull(),
    tag: varchar('tag', { length: 64 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.contactId, t.tag] }),
    index('contact_tags_org_tag_idx').on(t.organizationId, t.tag, t.contactId),
  ],
);

/** A custom field an organization defines for its contacts. */
export const contactFields = mysqlTable(
  'contact_fields',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    /** The name imports, the API and merge fields use (`plan`, `birthday`). */
    key: varchar('key', { length: 40 }).notNull(),
    label: varchar('label', { length: 80 }).notNull(),
    type: mysqlEnum('type', contactFieldTypeValues).notNull(),
    /** The allowed values of a `choice` field. */
    options: json('options').$type<string[]>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('contact_fields_org_key_uq').on(t.organizationId, t.key)],
);

/**
 * A contact's value of one custom field, typed so SQL compares it properly: text, choice and date
 * (`YYYY-MM-DD`, which sorts as it reads) in `value_text`; numbers in `value_number`.
 */
export const contactFieldValues = mysqlTable(
  'contact_field_values',
  {
    organizationId: orgColumn(),
    contactId: varchar('contact_id', { length: 40 }).notNull(),
    fieldId: varchar('field_id', { length: 40 }).notNull(),
    valueText: varchar('value_text', { length: 500 }),
    valueNumber: double('value_number'),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.contactId, t.fieldId] }),
    index('contact_field_values_org_field_text_idx').on(t.organizationId, t.fieldId, t.valueText),
    index('contact_field_values_org_field_number_idx').on(t.organizationId, t.fieldId, t.valueNumber),
  ],
);

/**
 * A contact's timeline: signups, orders, notes and imports now; emails, enrollments and bookings add
 * kinds later. `refId` points at what the entry is about (the order, the site) for segment filters.
 */
export const contactInteractions = mysqlTable(
  'contact_interactions',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    contactId: varchar('contact_id', { length: 40 }).notNull(),
    kind: varchar('kind', { length: 32 }).notNull(),
    summary: varchar('summary', { length: 300 }).notNull(),
    body: varchar('body', { length: 5000 }),
    refId: varchar('ref_id', { length: 40 }),
    authorUserId: varchar('author_user_id', { length: 40 }),
    occurredAt: instant('occurred_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('contact_interactions_org_contact_idx').on(t.organizationId, t.contactId, t.occurredAt),
    index('contact_interactions_org_kind_idx').on(t.organizationId, t.kind, t.occurredAt),
  ],
);

/** A saved filter over contacts; `filter` follows the contracts' segment filter shape. */
export const segments = mysqlTable(
  'segments',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    name: varchar('name', { length: 120 }).notNull(),
    filter: json('filter').$type<unknown>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('segments_org_idx').on(t.organizationId, t.createdAt)],
);
