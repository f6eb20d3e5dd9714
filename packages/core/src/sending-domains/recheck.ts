import { sendingDomains } from '@mewayz/db/schema';
import { and, asc, inArray, lt } from 'drizzle-orm';
import { dbOf } from '../data/db-handle.ts';
import type { DnsResolver } from '../domains/resolvers.ts';
import { escapeHtml } from '../email/mailer.ts';
import type { IdentityDeps } from '../identity/identity-deps.ts';
import { ownerEmails } from '../organizations/owner-emails.ts';
import { trustOrgId } from '../tenancy/org-id.ts';
import { forTenant } from '../tenancy/scope.ts';
import { checkSendingDomain } from './service.ts';

/** A checked domain is looked at again once a day. */
export const recheckEveryMs = 24 * 3_600_000;

/** A type, not an interface: the cron logs it as a record of fields. */
export type RecheckRun = {
  checked: number;
  /** Verified before, failed now: their owners were emailed. */
  lost: number;
  regained: number;
};

/**
 * The cron's daily re-check, a batch at a time, oldest check first: verified domains whose records
 * were removed flip to failed (sending falls back to the platform's address at once) and the owners
 * are told; failed ones whose records appeared flip back. Pending ones wait for the creator's click.
 */
export async function recheckSendingDomains(
  deps: IdentityDeps & { resolver: DnsResolver },
  now: Date,
  limit = 25,
): Promise<RecheckRun> {
  const due = await dbOf(deps)
    .select()
    .from(sendingDomains)
    .where(
      and(
        inArray(sendingDomains.status, ['verified', 'failed']),
        lt(sendingDomains.lastCheckedAt, new Date(now.getTime() - recheckEveryMs)),
      ),
    )
    .orderBy(asc(sendingDomains.lastCheckedAt))
    .limit(limit);
  const run: RecheckRun = { checked: 0, lost: 0, regained: 0 };
  for (const row of due) {
    const scope = forTenant(dbOf(deps), trustOrgId(row.organizationId));
    const after = await checkSendingDomain(deps, scope, { userId: null }, row, deps.resolver);
    run.checked++;
    if (row.status === 'verified' && after.status !== 'verified') {
      run.lost++;
      const link = `${deps.appUrl}/settings/email/domains`;
      const missing = after.records.filter((r) => r.status === 'failed').map((r) => r.kind.toUpperCase());
      for (const to of await ownerEmails(deps, scope)) {
        await deps.mailer.send({
          to,
          organizationId: row.organizationId,
          subject: `${row.domain} is no longer verified for sending`,
          text: `The daily DNS check of ${row.domain} failed (${missing.join(', ')}). Until the records are back, your email goes out from the platform's address.\n\nSee what is missing: ${link}\n`,
          html: `<p>The daily DNS check of <strong>${escapeHtml(row.domain)}</strong> failed (${escapeHtml(missing.join(', '))}). Until the records are back, your email goes out from the platform's address.</p><p><a href="${escapeHtml(link)}">See what is missing</a></p>`,
        });
      }
    } else if (row.status !== 'verified' && after.status === 'verified') run.regained++;
  }
  return run;
}
