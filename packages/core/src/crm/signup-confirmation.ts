import type { ConsentStatus } from '@mewayz/contracts';
import { contacts, emailSuppressions } from '@mewayz/db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import { signTracking, type TrackingClaims } from '../campaigns/tracking-tokens.ts';
import { dbOf } from '../data/db-handle.ts';
import type { CoreDeps } from '../deps.ts';
import { escapeHtml, type Mailer } from '../email/mailer.ts';
import { senderAddressOf } from '../sending-domains/from-address.ts';
import { enrollOnSubscribe } from '../sequences/enroll.ts';
import { trustOrgId } from '../tenancy/org-id.ts';
import { forTenant, type TenantScope } from '../tenancy/scope.ts';
import { addInteraction } from './timeline.ts';

const resendAfterSeconds = 600;

/**
 * Double opt-in: the email that asks a signup to confirm, and the confirmation. The link carries a
 * signed token (organization, site, contact), so confirming needs no stored secret; it leads to a page
 * whose button POSTs, because mail scanners open every link of a message and must not confirm anyone.
 * Returns false when an email went to this contact less than 10 minutes ago (none is sent then).
 */
export async function sendSignupConfirmation(
  deps: CoreDeps & { mailer: Mailer },
  scope: TenantScope,
  opts: {
    contactId: string;
    email: string;
    siteId: string;
    siteName: string;
    origin: string;
    secret: string;
  },
): Promise<boolean> {
  // One email per contact per 10 minutes, however often someone types the address into a form.
  const key = `signup-confirm:${scope.orgId}:${opts.contactId}`;
  const fresh = await deps.redis.set(key, '1', {
    nx: true,
    ex: resendAfterSeconds,
  });
  if (fresh === null) return false;
  const token = await signTracking(opts.secret, {
    kind: 'confirm',
    organizationId: scope.orgId,
    campaignId: opts.siteId,
    contactId: opts.contactId,
  });
  const url = `${opts.origin}/subscribe/confirm/${token}`;
  const site = opts.siteName.slice(0, 80);
  const message = {
    to: opts.email,
    organizationId: scope.orgId,
    // From the creator's own domain once verified, like the campaigns the subscriber is joining.
    fromAddress: await senderAddressOf(scope),
    subject: `Confirm your subscription to ${site}`,
    text: `Please confirm that you want emails from ${site}:\n\n${url}\n\nIf you did not sign up, ignore this email and you will get nothing more.\n`,
    html: `<p>Please confirm that you want emails from ${escapeHtml(site)}.</p><p><a href="${escapeHtml(url)}">Confirm my subscription</a></p><p>If you did not sign up, ignore this email and you will get nothing more.</p>`,
  };
  try {
    await deps.mailer.send(message);
  } catch (err) {
    // Not sent: the next signup may try again at once.
    await deps.redis.del(key);
    throw err;
  }
  return true;
}

/**
 * Who a site signup subscribes (at once, or by its emailed link): waiting to confirm, never asked, or
 * once said no. A bounced or complaining address stays as it is.
 */
export const subscribedBySignup: ConsentStatus[] = ['pending', 'not_subscribed', 'unsubscribed'];

/**
 * Confirm a signup from its token (verified by the caller): a `subscribedBySignup` contact becomes
 * subscribed, and an unsubscribe on the suppression list is lifted, since the person has now asked
 * for the emails from their own inbox (bounces and complaints stay suppressed). Repeats change nothing.
 * Returns whether the contact exists and may receive email now.
 */
export async function confirmSignup(
  deps: CoreDeps,
  claims: Pick<TrackingClaims, 'organizationId' | 'campaignId' | 'contactId'>,
): Promise<{ confirmed: boolean }> {
  const scope = forTenant(dbOf(deps), trustOrgId(claims.organizationId));
  return scope.transaction(async (tx) => {
    const contact = await tx.first(contacts, eq(contacts.id, claims.contactId));
    if (!contact) return { confirmed: false };
    if (contact.consentStatus === 'subscribed') return { confirmed: true };
    if (!subscribedBySignup.includes(contact.consentStatus)) return { confirmed: false };
    const now = deps.now();
    const changed = await tx.update(
      contacts,
      { consentStatus: 'subscribed', consentChangedAt: now, consentMethod: 'double_opt_in' },
      and(eq(contacts.id, contact.id), inArray(contacts.consentStatus, subscribedBySignup)),
    );
    if (changed) {
      await tx.hardDelete(
        emailSuppressions,
        and(eq(emailSuppressions.email, contact.email), eq(emailSuppressions.reason, 'unsubscribed')),
      );
      await addInteraction(tx, {
        contactId: contact.id,
        kind: 'subscribed',
        summary: 'Confirmed the subscription by email',
        refId: claims.campaignId,
        occurredAt: now,
      });
      // Only now has the person asked for the emails: the welcome sequence starts here, not at signup.
      await enrollOnSubscribe(tx, contact, now);
    }
    return { confirmed: true };
  });
}
