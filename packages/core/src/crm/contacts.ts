import { contacts } from '@mewayz/db/schema';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import { newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';

/**
 * Add a subscriber from a site's signup form. Subscribing twice is not an error: the visitor gets the
 * same thank-you and the existing contact is kept.
 */
export async function subscribeContact(
  scope: TenantScope,
  input: { email: string; siteId: string },
): Promise<'created' | 'existing'> {
  try {
    await scope.insert(contacts, {
      id: newId('contact'),
      email: input.email.toLowerCase(),
      source: 'signup_form',
      siteId: input.siteId,
    });
    return 'created';
  } catch (err) {
    if (isDuplicateKey(err)) return 'existing';
    throw err;
  }
}
