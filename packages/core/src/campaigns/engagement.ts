import { campaignSends, contacts, emailEvents, emailSuppressions } from '@mewayz/db/schema';
import { and, eq, isNull } from 'drizzle-orm';
import { addInteraction } from '../crm/timeline.ts';
import { dbOf } from '../data/db-handle.ts';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import type { CoreDeps } from '../deps.ts';
import { newId } from '../ids.ts';
import { trustOrgId } from '../tenancy/org-id.ts';
import { forTenant, type TenantScope } from '../tenancy/scope.ts';
import { type MachineReason, machineReason } from './machine-opens.ts';
import type { TrackingClaims } from './tracking-tokens.ts';

export interface Visit {
  userAgent: string;
  ip: string;
  at: Date;
}

/** The tenant of a token this platform signed (verified by the caller with `verifyTracking`). */
function scopeOfClaims(deps: CoreDeps, claims: Pick<TrackingClaims, 'organizationId'>): TenantScope {
  return forTenant(dbOf(deps), trustOrgId(claims.organizationId));
}

const sendOf = (claims: Pick<TrackingClaims, 'campaignId' | 'contactId'>) =>
  and(eq(campaignSends.campaignId, claims.campaignId), eq(campaignSends.contactId, claims.contactId));

/**
 * An open (pixel) or click (redirect) from a signed token. Every fetch is an event; the first human one
 * stamps the recipient's row (`opened_at`, `clicked_at`: the per-campaign counts) and adds one timeline
 * entry — the `is null` guards make repeats and concurrent fetches count once. A click is also an open
 * (images are often blocked). Returns whether it counted as human.
 *
 * `eventId` is the id the edge gave the fetch (see `engagementOf`): the event row is the transaction's
 * first write, so when a redelivered message finds it stored, the whole fetch was recorded and
 * nothing is done again.
 */
export async function recordEngagement(
  deps: CoreDeps,
  claims: TrackingClaims,
  visit: Visit,
  eventId: string = newId('emailEvent'),
): Promise<{ counted: boolean; machine: MachineReason | null; duplicate?: true }> {
  if (claims.kind !== 'open' && claims.kind !== 'click')
    throw new Error(`${claims.kind} is not an engagement`);
  const scope = scopeOfClaims(deps, claims);
  const send = await scope.first(campaignSends, sendOf(claims));
  if (!send) return { counted: false, machine: null };
  const machine = machineReason({ ...visit, sentAt: send.sentAt });
  try {
    await recordInTransaction(scope, claims, visit, eventId, machine);
  } catch (err) {
    // Only the event's own row makes it a repeat; any other duplicate is a real failure.
    if (isDuplicateKey(err) && (await scope.first(emailEvents, eq(emailEvents.id, eventId))))
      return { counted: false, machine, duplicate: true };
    throw err;
  }
  return { counted: machine === null, machine };
}

async function recordInTransaction(
  scope: TenantScope,
  claims: TrackingClaims,
  visit: Visit,
  eventId: string,
  machine: MachineReason | null,
) {
  await scope.transaction(async (tx) => {
    await tx.insert(emailEvents, {
      id: eventId,
      campaignId: claims.campaignId,
      contactId: claims.contactId,
      kind: claims.kind === 'open' ? 'open' : 'click',
      machine: machine !== null,
      url: claims.url?.slice(0, 2000) ?? null,
      occurredAt: visit.at,
    });
    if (machine) {
      await tx.update(
        campaignSends,
        { machineOpenedAt: visit.at },
        and(sendOf(claims), isNull(campaignSends.machineOpenedAt)),
      );
      return;
    }
    const opened = await tx.update(
      campaignSends,
      { openedAt: visit.at },
      and(sendOf(claims), isNull(campaignSends.openedAt)),
    );
    if (opened) {
      await addInteraction(tx, {
        contactId: claims.contactId,
        kind: 'email_opened',
        summary: 'Opened a campaign email',
        refId: claims.campaignId,
        occurredAt: visit.at,
      });
    }
    if (claims.kind === 'click') {
      const clicked = await tx.update(
        campaignSends,
        { clickedAt: visit.at },
        and(sendOf(claims), isNull(campaignSends.clickedAt)),
      );
      if (clicked) {
        await addInteraction(tx, {
          contactId: claims.contactId,
          kind: 'email_clicked',
          summary: `Clicked ${claims.url ?? 'a link'}`.slice(0, 300),
          refId: claims.campaignId,
          occurredAt: visit.at,
        });
      }
    }
  });
}

/**
 * One-click unsubscribe (RFC 8058) from a signed token: the contact's consent becomes `unsubscribed`,
 * its address joins the suppression list (so no later campaign mails it, even if it is re-imported),
 * and the campaign's row counts it. Repeats change nothing.
 */
export async function unsubscribeByToken(
  deps: CoreDeps,
  claims: Pick<TrackingClaims, 'organizationId' | 'campaignId' | 'contactId'>,
  at: Date,
  method: 'email_link' | 'provider_webhook' = 'email_link',
) {
  const scope = scopeOfClaims(deps, claims);
  const contact = await scope.first(contacts, eq(contacts.id, claims.contactId));
  if (!contact) return { unsubscribed: false };
  await scope.transaction(async (tx) => {
    const first = await tx.update(
      contacts,
      { consentStatus: 'unsubscribed', consentChangedAt: at, consentMethod: method },
      and(eq(contacts.id, contact.id), eq(contacts.consentStatus, 'subscribed')),
    );
    await suppress(tx, contact.email, 'unsubscribed', claims.campaignId);
    const counted = await tx.update(
      campaignSends,
      { unsubscribedAt: at },
      and(sendOf(claims), isNull(campaignSends.unsubscribedAt)),
    );
    if (counted) {
      await tx.insert(emailEvents, {
        id: newId('emailEvent'),
        campaignId: claims.campaignId,
        contactId: contact.id,
        kind: 'unsubscribe',
        occurredAt: at,
      });
    }
    if (first) {
      await addInteraction(tx, {
        contactId: contact.id,
        kind: 'unsubscribed',
        summary: 'Unsubscribed from a campaign email',
        refId: claims.campaignId,
        occurredAt: at,
      });
    }
  });
  return { unsubscribed: true };
}

async function suppress(
  tx: TenantScope,
  email: string,
  reason: 'unsubscribed' | 'bounced' | 'complained',
  campaignId: string,
) {
  const existing = await tx.first(emailSuppressions, eq(emailSuppressions.email, email));
  if (existing) {
    // A complaint outranks a bounce, which outranks an unsubscribe: keep the strongest reason.
    const rank = { manual: 0, unsubscribed: 1, bounced: 2, complained: 3 };
    if (rank[reason] > rank[existing.reason])
      await tx.update(emailSuppressions, { reason, campaignId }, eq(emailSuppressions.email, email));
    return;
  }
  await tx.insert(emailSuppressions, { email, reason, campaignId });
}

export interface ProviderEvent {
  /** `unsubscribe`: through the provider's own link (Elastic Email adds one), counted like ours. */
  type: 'delivered' | 'bounce' | 'complaint' | 'unsubscribe';
  organizationId: string;
  campaignId: string;
  contactId: string;
  at: Date;
}

/**
 * A delivery, bounce, complaint or unsubscribe the provider reported (signature or secret URL checked by
 * the caller): bounces and complaints set the contact's consent and suppress the address. Applying one
 * twice changes nothing: each is guarded by its `campaign_sends` column still being null.
 */
export async function applyProviderEvent(deps: CoreDeps, event: ProviderEvent) {
  const scope = scopeOfClaims(deps, event);
  const send = await scope.first(campaignSends, sendOf(event));
  if (!send) return { applied: false };
  if (event.type === 'delivered') {
    await scope.update(
      campaignSends,
      { deliveredAt: event.at },
      and(sendOf(event), isNull(campaignSends.deliveredAt)),
    );
    return { applied: true };
  }
  if (event.type === 'unsubscribe') {
    await unsubscribeByToken(deps, event, event.at, 'provider_webhook');
    return { applied: true };
  }
  const column = event.type === 'bounce' ? campaignSends.bouncedAt : campaignSends.complainedAt;
  const consent = event.type === 'bounce' ? 'bounced' : 'complained';
  await scope.transaction(async (tx) => {
    const first = await tx.update(
      campaignSends,
      event.type === 'bounce' ? { bouncedAt: event.at } : { complainedAt: event.at },
      and(sendOf(event), isNull(column)),
    );
    if (!first) return;
    await tx.update(
      contacts,
      { consentStatus: consent, consentChangedAt: event.at, consentMethod: 'provider_webhook' },
      eq(contacts.id, event.contactId),
    );
    await suppress(tx, send.email, consent, event.campaignId);
    await tx.insert(emailEvents, {
      id: newId('emailEvent'),
      campaignId: event.campaignId,
      contactId: event.contactId,
      kind: event.type,
      occurredAt: event.at,
    });
    await addInteraction(tx, {
      contactId: event.contactId,
      kind: event.type === 'bounce' ? 'email_bounced' : 'email_complained',
      summary: event.type === 'bounce' ? 'A campaign email bounced' : 'Marked a campaign email as spam',
      refId: event.campaignId,
      occurredAt: event.at,
    });
  });
  return { applied: true };
}
