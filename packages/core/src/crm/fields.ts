import {
  type CreateContactFieldInput,
  createContactFieldInput,
  isCalendarDay,
  MAX_CONTACT_FIELDS,
  type UpdateContactFieldInput,
  updateContactFieldInput,
} from '@mewayz/contracts';
import { contactFields, contactFieldValues } from '@mewayz/db/schema';
import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { invalid, parseInput } from '../commerce/shared.ts';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { Conflict, NotFound, ValidationFailed } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';

export type ContactFieldRow = typeof contactFields.$inferSelect;
export type StoredValue = { valueText: string | null; valueNumber: number | null };

export function contactFieldView(row: ContactFieldRow) {
  return {
    id: row.id,
    key: row.key,
    label: row.label,
    type: row.type,
    options: row.options ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
export type ContactFieldView = ReturnType<typeof contactFieldView>;

export function listContactFieldRows(scope: TenantScope): Promise<ContactFieldRow[]> {
  return scope.list(contactFields, undefined, { orderBy: [asc(contactFields.key)] });
}

export async function listContactFields(_deps: CoreDeps, scope: TenantScope) {
  return (await listContactFieldRows(scope)).map(contactFieldView);
}

async function loadField(scope: TenantScope, fieldId: string): Promise<ContactFieldRow> {
  assertId('contactField', fieldId, 'Contact field');
  const row = await scope.first(contactFields, eq(contactFields.id, fieldId));
  if (!row) throw new NotFound('Contact field');
  return row;
}

export async function createContactField(
  _deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  input: CreateContactFieldInput,
) {
  const data = parseInput(createContactFieldInput, input, 'contact field');
  if ((await scope.count(contactFields)) >= MAX_CONTACT_FIELDS)
    invalid('key', `A workspace has at most ${MAX_CONTACT_FIELDS} contact fields`);
  const id = newId('contactField');
  try {
    await scope.transaction(async (tx) => {
      await tx.insert(contactFields, {
        id,
        key: data.key,
        label: data.label,
        type: data.type,
        options: data.options ?? null,
      });
      await recordAudit(tx, actor, {
        action: 'contact_field.created',
        targetType: 'contact_field',
        targetId: id,
        metadata: { key: data.key, type: data.type },
      });
    });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    throw new Conflict('That key is already used by another field.', [
      { path: 'key', message: 'already taken', code: 'key_taken' },
    ]);
  }
  return contactFieldView(await loadField(scope, id));
}

/**
 * Rename a field or change its choices. Removing a choice that contacts hold is refused: their values
 * would silently stop matching the definition.
 */
export async function updateContactField(
  _deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  fieldId: string,
  patch: UpdateContactFieldInput,
) {
  const data = parseInput(updateContactFieldInput, patch, 'contact field');
  const field = await loadField(scope, fieldId);
  if (data.options !== undefined) {
    if (field.type !== 'choice') invalid('options', 'Only a choice field has choices');
    const kept = new Set(data.options);
    const held = await scope.aggregate(
      contactFieldValues,
      { value: contactFieldValues.valueText },
      eq(contactFieldValues.fieldId, field.id),
      { groupBy: [contactFieldValues.valueText] },
    );
    const dropped = held.map((h) => h.value).filter((v): v is string => v !== null && !kept.has(v));
    if (dropped.length)
      invalid('options', `Contacts still hold ${dropped.slice(0, 3).join(', ')}: keep those choices`);
  }
  await scope.transaction(async (tx) => {
    await tx.update(
      contactFields,
      {
        ...(data.label !== undefined ? { label: data.label } : {}),
        ...(data.options !== undefined ? { options: data.options } : {}),
      },
      eq(contactFields.id, field.id),
    );
    await recordAudit(tx, actor, {
      action: 'contact_field.updated',
      targetType: 'contact_field',
      targetId: field.id,
      metadata: { fields: Object.keys(data) },
    });
  });
  return contactFieldView(await loadField(scope, field.id));
}

/** Delete a field and every contact's value of it. */
export async function deleteContactField(_deps: CoreDeps, scope: TenantScope, actor: Actor, fieldId: string) {
  const field = await loadField(scope, fieldId);
  await scope.transaction(async (tx) => {
    await tx.hardDelete(contactFieldValues, eq(contactFieldValues.fieldId, field.id));
    await tx.hardDelete(contactFields, eq(contactFields.id, field.id));
    await recordAudit(tx, actor, {
      action: 'contact_field.deleted',
      targetType: 'contact_field',
      targetId: field.id,
      metadata: { key: field.key },
    });
  });
}

/**
 * A value checked against its field's definition and put in the column its type is stored in: a
 * number field takes a finite number (or numeric text, as CSV cells are), a date field a real day
 * `YYYY-MM-DD`, a choice field one of its choices. Returns the problem in words when it does not fit.
 */
export function storedValueOf(field: ContactFieldRow, value: string | number): StoredValue | string {
  switch (field.type) {
    case 'number': {
      const n = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
      if (!Number.isFinite(n)) return 'Use a number';
      return { valueText: null, valueNumber: n };
    }
    case 'date': {
      if (typeof value !== 'string' || !isCalendarDay(value.trim())) return 'Use a date like 2026-12-31';
      return { valueText: value.trim(), valueNumber: null };
    }
    case 'choice': {
      const text = String(value).trim();
      if (!(field.options ?? []).includes(text)) return `Choose one of: ${(field.options ?? []).join(', ')}`;
      return { valueText: text, valueNumber: null };
    }
    default: {
      const text = String(value).trim();
      // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
      if (/[\u0000-\u001f\u007f]/.test(text)) return 'Remove invisible control characters';
      if (text.length === 0) return 'Enter a value, or send null to clear it';
      return { valueText: text, valueNumber: null };
    }
  }
}

/** The stored value as the API shows it. */
export function shownValue(field: ContactFieldRow, stored: StoredValue): string | number | null {
  return field.type === 'number' ? stored.valueNumber : stored.valueText;
}

/**
 * Validate a `{ key: value }` map against the organization's fields: every problem at once, as
 * `fields.<key>` details. Null values clear.
 */
export function resolveFieldValues(
  defs: ContactFieldRow[],
  values: Record<string, string | number | null>,
): { fieldId: string; value: StoredValue | null }[] {
  const byKey = new Map(defs.map((d) => [d.key, d]));
  const out: { fieldId: string; value: StoredValue | null }[] = [];
  const problems: { path: string; message: string }[] = [];
  for (const [key, value] of Object.entries(values)) {
    const def = byKey.get(key);
    if (!def) {
      problems.push({ path: `fields.${key}`, message: 'No such contact field' });
      continue;
    }
    if (value === null) {
      out.push({ fieldId: def.id, value: null });
      continue;
    }
    const stored = storedValueOf(def, value);
    if (typeof stored === 'string') problems.push({ path: `fields.${key}`, message: stored });
    else out.push({ fieldId: def.id, value: stored });
  }
  if (problems.length) throw new ValidationFailed('Some field values do not fit their fields.', problems);
  return out;
}
