import type { SiteSnapshot } from '@mewayz/contracts';
import { contactMessages } from '@mewayz/db/schema';
import { and, eq, isNull } from 'drizzle-orm';
import type { CoreDeps } from '../deps.ts';
import { escapeHtml } from '../email/mailer.ts';
import { NotFound, RateLimited } from '../errors.ts';
import type { IdentityDeps } from '../identity/identity-deps.ts';
import { newId } from '../ids.ts';
import { ownerEmails } from '../organizations/owner-emails.ts';
import type { TenantScope } from '../tenancy/scope.ts';

/** How many messages one client (`perClient`) and one site (`perSite`) may send per window. */
export interface ContactLimits {
  perClient: number;
  perSite: number;
  windowSeconds: number;
}

export const defaultContactLimits: ContactLimits = { perClient: 5, perSite: 100, windowSeconds: 3600 };

/**
 * Count one message against the client and the site in fixed windows; RateLimited past either limit.
 * Counted before anything is stored, so a flood costs one Redis round trip per request.
 */
async function countAgainstLimits(
  deps: Pick<CoreDeps, 'redis'>,
  siteId: string,
  client: string | null,
  limits: ContactLimits,
): Promise<void> {
  const keys = [`contact-rl:site:${siteId}`, ...(client ? [`contact-rl:client:${siteId}:${client}`] : [])];
  const p = deps.redis.pipeline();
  for (const k of keys) {
    // The window starts with the first message: only an absent key gets the expiry.
    p.set(k, 0, { nx: true, ex: limits.windowSeconds });
    p.incr(k);
    p.ttl(k);
  }
  const out = (await p.exec()) as unknown[];
  const site = Number(out[1]);
  const perClient = client ? Number(out[4]) : 0;
  if (site > limits.perSite || perClient > limits.perClient) {
    const ttl = Number(client && perClient > limits.perClient ? out[5] : out[2]);
    throw new RateLimited(Math.max(1, ttl), 'Too many messages were sent from here. Try again later.');
  }
}

export interface ContactMessageInput {
  sectionId: string;
  name: string;
  email: string;
  message: string;
  /** The client's rate-limit bucket (an address or /64), or null when the request has none. */
  client: string | null;
}

/**
 * A visitor's message through a contact form section of the published site: counted against the
 * limits and stored. The email to the owners is `notifyOwners`, which the edge runs after answering.
 * NotFound when the section is not a contact form of this snapshot.
 */
export async function submitContactMessage(
  deps: CoreDeps,
  scope: TenantScope,
  snapshot: SiteSnapshot,
  input: ContactMessageInput,
  limits = defaultContactLimits,
): Promise<{ id: string; successMessage: string }> {
  const section = snapshot.pages
    ?.flatMap((p) => p.sections)
    .find((s) => s.id === input.sectionId && s.kind === 'contact_form');
  if (section?.kind !== 'contact_form') throw new NotFound('Section');
  await countAgainstLimits(deps, snapshot.siteId, input.client, limits);
  const id = newId('contactMessage');
  await scope.insert(contactMessages, {
    id,
    siteId: snapshot.siteId,
    sectionId: section.id,
    name: input.name,
    email: input.email.toLowerCase(),
    message: input.message,
  });
  return { id, successMessage: section.data.successMessage };
}

/**
 * Email a stored message to the organization's owners, at most once: the claim on `notifiedAt` keeps
 * a second call from sending it again, and is given back when sending fails so a retry can.
 */
export async function notifyOwners(
  deps: IdentityDeps,
  scope: TenantScope,
  messageId: string,
  siteName: string,
): Promise<boolean> {
  const mine = and(eq(contactMessages.id, messageId), isNull(contactMessages.notifiedAt));
  if ((await scope.update(contactMessages, { notifiedAt: deps.now() }, mine)) === 0) return false;
  const row = await scope.first(contactMessages, eq(contactMessages.id, messageId));
  if (!row) return false;
  try {
    for (const to of await ownerEmails(deps, scope)) {
      await deps.mailer.send({
        to,
        organizationId: scope.orgId,
        // The sender's own words never go in the subject: it is a header, and their name is enough there.
        subject: `New message from ${row.name.slice(0, 60)} on ${siteName.slice(0, 60)}`,
        text: `${row.name} <${row.email}> wrote through your site ${siteName}:\n\n${row.message}\n`,
        html: `<p>${escapeHtml(row.name)} &lt;${escapeHtml(row.email)}&gt; wrote through your site ${escapeHtml(siteName)}:</p><blockquote style="white-space:pre-wrap">${escapeHtml(row.message)}</blockquote>`,
      });
    }
    return true;
  } catch (err) {
    await scope.update(contactMessages, { notifiedAt: null }, eq(contactMessages.id, messageId));
    throw err;
  }
}
