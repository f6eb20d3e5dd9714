import { contactFields, contactFieldValues } from '@mewayz/db/schema';
import { inArray } from 'drizzle-orm';
import { EmailSendFailed } from '../email/elastic-email.ts';
import type { Mailer } from '../email/mailer.ts';
import type { TenantScope } from '../tenancy/scope.ts';

/**
 * What every marketing send (campaign batches, sequence steps) decides about its recipients: their custom
 * field values for merge fields, whether they may be mailed at all, and whether a failed send goes again.
 */

/** Tries of one recipient's email before it counts as failed. */
export const MAX_SEND_ATTEMPTS = 5;

/**
 * A failed send's error text, and whether trying again is safe: an answered error means nothing was
 * sent; a lost answer may have been a send, which only an idempotent provider makes safe to repeat.
 */
export function sendFailure(err: unknown, mailer: Mailer, attempts: number) {
  return {
    error: (err instanceof Error ? err.message : String(err)).slice(0, 300),
    retryable: (err instanceof EmailSendFailed || mailer.idempotent === true) && attempts < MAX_SEND_ATTEMPTS,
  };
}

/**
 * Whether a contact may get marketing email: it still exists, is subscribed now, and the address the
 * email goes to (`to`, the contact's own by default) is not suppressed.
 */
export function mayReceive(
  person: { consentStatus: string; email: string } | null | undefined,
  suppressed: ReadonlySet<string>,
  to: string | undefined = person?.email,
): boolean {
  return person?.consentStatus === 'subscribed' && to !== undefined && !suppressed.has(to);
}

/** Custom field values of some contacts, by field key, as merge values. */
export async function customValues(scope: TenantScope, contactIds: string[]) {
  const [fields, values] = await Promise.all([
    scope.list(contactFields),
    scope.list(contactFieldValues, inArray(contactFieldValues.contactId, contactIds)),
  ]);
  const keyOf = new Map(fields.map((f) => [f.id, f.key]));
  const out = new Map<string, Record<string, string>>();
  for (const v of values) {
    const key = keyOf.get(v.fieldId);
    if (!key) continue;
    const entry = out.get(v.contactId) ?? {};
    entry[key] = v.valueText ?? (v.valueNumber === null ? '' : String(v.valueNumber));
    out.set(v.contactId, entry);
  }
  return out;
}
