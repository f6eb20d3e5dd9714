import type { AddSendingDomainInput } from '@mewayz/contracts';
import { emailSenderSettings, type SendingRecordKind, sendingDomains } from '@mewayz/db/schema';
import { desc, eq, like } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { SendingDnsSettings } from '../campaigns/settings.ts';
import type { SecretBox } from '../crypto/secret-box.ts';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import type { DnsResolver } from '../domains/resolvers.ts';
import { vetHostname } from '../domains/service.ts';
import { Conflict, NotFound } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { allPassed, checkRecords, mergeSpf } from './checks.ts';
import { expectedRecords, generateDkimKey } from './records.ts';
import { sendingDnsOf } from './settings.ts';

/** The core deps plus the secret box that seals DKIM private keys. */
export type SendingDomainDeps = CoreDeps & { secrets: SecretBox };

export interface Page {
  page: number;
  perPage: number;
}

type Row = typeof sendingDomains.$inferSelect;

export function sendingDomainView(settings: SendingDnsSettings, row: Row) {
  const checks = row.checks ?? {};
  return {
    id: row.id,
    domain: row.domain,
    status: row.status,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    lastCheckedAt: row.lastCheckedAt?.toISOString() ?? null,
    records: expectedRecords(settings, row).map((r) => {
      const check = checks[r.kind as SendingRecordKind];
      // An SPF record already there is extended, never doubled: show the one record to end up with.
      const value =
        r.kind === 'spf' && check && !check.ok && check.found && !check.found.includes(' | ')
          ? mergeSpf(check.found, settings.spfInclude)
          : r.value;
      return {
        ...r,
        value,
        status: !check ? ('unchecked' as const) : check.ok ? ('ok' as const) : ('failed' as const),
        found: check?.found ?? null,
        problem: check?.problem ?? null,
      };
    }),
    createdAt: row.createdAt.toISOString(),
  };
}
export type SendingDomainView = ReturnType<typeof sendingDomainView>;

export async function loadSendingDomain(scope: TenantScope, id: string) {
  assertId('sendingDomain', id);
  const row = await scope.first(sendingDomains, eq(sendingDomains.id, id));
  if (!row) throw new NotFound('Sending domain');
  return row;
}

export async function listSendingDomains(deps: CoreDeps, scope: TenantScope, page: Page) {
  const [rows, total] = await Promise.all([
    scope.list(sendingDomains, undefined, {
      orderBy: [desc(sendingDomains.createdAt), desc(sendingDomains.id)],
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
    scope.count(sendingDomains),
  ]);
  const settings = sendingDnsOf(deps);
  return { items: rows.map((r) => sendingDomainView(settings, r)), total };
}

export async function getSendingDomain(deps: CoreDeps, scope: TenantScope, id: string) {
  return sendingDomainView(sendingDnsOf(deps), await loadSendingDomain(scope, id));
}

/** Add a domain for the From address: pending until its SPF, DKIM and DMARC records check out. */
export async function addSendingDomain(
  deps: SendingDomainDeps,
  scope: TenantScope,
  actor: Actor,
  input: AddSendingDomainInput,
) {
  const domain = vetHostname(deps, input.domain, 'domain');
  const key = await generateDkimKey();
  const id = newId('sendingDomain');
  const sealed = await deps.secrets.encrypt(key.privateKey);
  await scope.transaction(async (tx) => {
    try {
      await tx.insert(sendingDomains, {
        id,
        domain,
        status: 'pending',
        dkimSelector: key.selector,
        dkimPublicKey: key.publicKey,
        dkimPrivateKey: sealed,
      });
    } catch (err) {
      if (isDuplicateKey(err))
        throw new Conflict('This domain is already a sending domain of this workspace.', [
          { path: 'domain', message: 'You already added this domain', code: 'domain_taken' },
        ]);
      throw err;
    }
    await recordAudit(tx, actor, {
      action: 'sending_domain.added',
      targetType: 'sending_domain',
      targetId: id,
      metadata: { domain },
    });
  });
  return getSendingDomain(deps, scope, id);
}

/**
 * Look up every record of `row` and store what each check found. All pass → verified (a From
 * address on it may be used); any fails → failed, and sending falls back to the platform's address.
 * The cron's re-check goes through here too.
 */
export async function checkSendingDomain(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  row: Row,
  resolver: DnsResolver,
): Promise<SendingDomainView> {
  const settings = sendingDnsOf(deps);
  const checks = await checkRecords(resolver, settings, row);
  const verified = allPassed(settings, checks);
  const now = deps.now();
  const change = {
    status: verified ? ('verified' as const) : ('failed' as const),
    checks,
    lastCheckedAt: now,
    verifiedAt: verified ? (row.verifiedAt ?? now) : null,
  };
  await scope.transaction(async (tx) => {
    await tx.update(sendingDomains, change, eq(sendingDomains.id, row.id));
    await recordAudit(tx, actor, {
      action: verified ? 'sending_domain.verified' : 'sending_domain.verification_failed',
      targetType: 'sending_domain',
      targetId: row.id,
      metadata: {
        domain: row.domain,
        failed: Object.entries(checks)
          .filter(([, c]) => !c.ok)
          .map(([k]) => k),
      },
    });
  });
  return sendingDomainView(settings, { ...row, ...change });
}

export async function verifySendingDomain(
  deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  id: string,
  resolver: DnsResolver,
) {
  return checkSendingDomain(deps, scope, actor, await loadSendingDomain(scope, id), resolver);
}

/** Remove a sending domain; a From address on it is cleared in the same transaction. */
export async function removeSendingDomain(_deps: CoreDeps, scope: TenantScope, actor: Actor, id: string) {
  const row = await loadSendingDomain(scope, id);
  await scope.transaction(async (tx) => {
    await tx.hardDelete(sendingDomains, eq(sendingDomains.id, id));
    await tx.update(
      emailSenderSettings,
      { fromAddress: null },
      like(emailSenderSettings.fromAddress, `%@${row.domain.replace(/[\\%_]/g, '\\$&')}`),
    );
    await recordAudit(tx, actor, {
      action: 'sending_domain.removed',
      targetType: 'sending_domain',
      targetId: id,
      metadata: { domain: row.domain },
    });
  });
}
