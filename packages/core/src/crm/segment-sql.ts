import { type SegmentCondition, type SegmentFilter, segmentFilterSchema } from '@mewayz/contracts';
import {
  contactFieldValues,
  contactInteractions,
  contacts,
  contactTags,
  orderItems,
} from '@mewayz/db/schema';
import { and, eq, gte, isNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { MySqlColumn } from 'drizzle-orm/mysql-core';
import type { ContactFieldRow } from './fields.ts';
import { storedValueOf } from './fields.ts';

/**
 * A segment's filter as one SQL predicate over `contacts`, for `TenantScope.list/count` (which add the
 * organization). Every sub-query repeats the organization so it stays inside the tenant and on the
 * indexes that lead with it; nothing is evaluated in JavaScript, whatever the audience's size.
 */
export function segmentWhere(filter: SegmentFilter, fields: ContactFieldRow[], now: Date): SQL | undefined {
  const parts = filter.conditions.map((c) => conditionSql(c, fields, now));
  if (parts.length === 0) return undefined;
  return filter.match === 'any' ? or(...parts) : and(...parts);
}

/**
 * A stored segment's predicate, its filter read back through the contract. A filter that no longer
 * parses (saved by an older version) matches no one, rather than everyone.
 */
export function storedSegmentWhere(stored: unknown, fields: ContactFieldRow[], now: Date): SQL | undefined {
  const parsed = segmentFilterSchema.safeParse(stored);
  return parsed.success ? segmentWhere(parsed.data, fields, now) : nothing;
}

const sameOrg = (column: MySqlColumn) => eq(column, contacts.organizationId);
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);
/** Matches nothing: a condition on a field that no longer exists selects no one, rather than everyone. */
const nothing = sql`1 = 0`;

/** The contact carries `tag` (an indexed lookup on organization, tag, contact). */
export function hasTag(tag: string): SQL {
  return sql`exists (select 1 from ${contactTags} where ${and(
    sameOrg(contactTags.organizationId),
    eq(contactTags.contactId, contacts.id),
    eq(contactTags.tag, tag),
  )})`;
}

function fieldSql(c: Extract<SegmentCondition, { type: 'field' }>, fields: ContactFieldRow[]): SQL {
  const field = fields.find((f) => f.key === c.key);
  if (!field) return nothing;
  const base = [
    sameOrg(contactFieldValues.organizationId),
    eq(contactFieldValues.contactId, contacts.id),
    eq(contactFieldValues.fieldId, field.id),
  ];
  const exists = (extra?: SQL) =>
    sql`exists (select 1 from ${contactFieldValues} where ${and(...base, extra)})`;
  if (c.op === 'is_set') return exists();
  if (c.op === 'not_set') return sql`not ${exists()}`;
  if (c.value === undefined) return nothing;
  if (c.op === 'contains') {
    const needle = String(c.value).replace(/[\\%_]/g, (ch) => `\\${ch}`);
    return exists(sql`${contactFieldValues.valueText} like ${`%${needle}%`}`);
  }
  const stored = storedValueOf(field, c.value);
  if (typeof stored === 'string') return nothing;
  const column = field.type === 'number' ? contactFieldValues.valueNumber : contactFieldValues.valueText;
  const value = field.type === 'number' ? stored.valueNumber : stored.valueText;
  switch (c.op) {
    case 'eq':
      return exists(sql`${column} = ${value}`);
    // "not equal" includes contacts without a value, as a person reading the filter expects.
    case 'neq':
      return sql`not ${exists(sql`${column} = ${value}`)}`;
    case 'gt':
      return exists(sql`${column} > ${value}`);
    case 'lt':
      return exists(sql`${column} < ${value}`);
  }
}

function conditionSql(c: SegmentCondition, fields: ContactFieldRow[], now: Date): SQL {
  switch (c.type) {
    case 'tag':
      return c.op === 'has' ? hasTag(c.tag) : sql`not ${hasTag(c.tag)}`;
    case 'field':
      return fieldSql(c, fields);
    case 'source':
      return c.op === 'is' ? eq(contacts.source, c.value) : ne(contacts.source, c.value);
    case 'consent':
      return c.op === 'is' ? eq(contacts.consentStatus, c.value) : ne(contacts.consentStatus, c.value);
    case 'bought_product':
      // The contact's order entries on the timeline point at their orders; an order item names the product.
      return sql`exists (select 1 from ${contactInteractions} join ${orderItems} on ${and(
        eq(orderItems.organizationId, contactInteractions.organizationId),
        eq(orderItems.orderId, contactInteractions.refId),
      )} where ${and(
        sameOrg(contactInteractions.organizationId),
        eq(contactInteractions.contactId, contacts.id),
        eq(contactInteractions.kind, 'order'),
        eq(orderItems.productId, c.productId),
      )})`;
    case 'signed_up_within':
      return gte(contacts.createdAt, daysBefore(now, c.days));
    case 'no_activity_for':
      return or(
        lt(contacts.lastActivityAt, daysBefore(now, c.days)),
        and(isNull(contacts.lastActivityAt), lt(contacts.createdAt, daysBefore(now, c.days))),
      )!;
  }
}
