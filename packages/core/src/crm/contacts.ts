import { contacts } from '@mewayz/db/schema';
import { eq } from 'drizzle-orm';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import type { CoreDeps } from '../deps.ts';
import { newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { transactionWithEvents } from '../webhooks/outbox.ts';

type ContactRow = typeof contacts.$inferSelect;

/** A contact as the `contact.created` webhook carries it. */
export function contactView(row: ContactRow) {
  return {
    id: row.id,
    email: row.email,
    source: row.source,
    siteId: row.siteId,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Add a subscriber from a site's signup form. Subscribing twice is not an error: the visitor gets the
 * same thank-you and the existing contact is kept. Webhooks: `form.submitted` for every submission,
 * `contact.created` when it is a new contact — recorded in the same transaction as the contact.
 */
export async function subscribeContact(
  deps: CoreDeps,
  scope: TenantScope,
  input: { email: string; siteId: string; blockId: string },
): Promise<'created' | 'existing'> {
  const email = input.email.toLowerCase();
  const submission = (contactId: string | null, newContact: boolean) => ({
    form: 'email_signup' as const,
    siteId: input.siteId,
    blockId: input.blockId,
    email,
    contactId,
    newContact,
  });
  const id = newId('contact');
  try {
    await transactionWithEvents(deps, scope, async (tx, emit) => {
      await tx.insert(contacts, { id, email, source: 'signup_form', siteId: input.siteId });
      await emit('contact.created', async () => {
        const row = await tx.first(contacts, eq(contacts.id, id));
        return contactView(row!);
      });
      await emit('form.submitted', () => submission(id, true));
    });
    return 'created';
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  await transactionWithEvents(deps, scope, async (tx, emit) => {
    await emit('form.submitted', async () => {
      const existing = await tx.first(contacts, eq(contacts.email, email));
      return submission(existing?.id ?? null, false);
    });
  });
  return 'existing';
}
