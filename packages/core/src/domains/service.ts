import type { AddDomainInput } from '@mewayz/contracts';
import { domains, sites } from '@mewayz/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { randomHex } from '../crypto/random.ts';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { Conflict, NotFound, ValidationFailed } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import { normalizeHostname } from '../sites/hostname.ts';
import { syncPublishedHosts } from '../sites/service.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import {
  CustomHostnameApiError,
  type CustomHostnameState,
  type CustomHostnames,
} from './custom-hostnames.ts';
import type { TxtResolver } from './resolvers.ts';

/** The core deps plus, where configured, Cloudflare for SaaS custom hostnames (HTTPS for the domain). */
export type DomainDeps = CoreDeps & { customHostnames?: CustomHostnames | null };

export interface Page {
  page: number;
  perPage: number;
}

type DomainRow = typeof domains.$inferSelect;

export const txtRecordName = (host: string) => `_mewayz.${host}`;
export const txtRecordValue = (token: string) => `mewayz-verify=${token}`;

export function domainView(deps: CoreDeps, row: DomainRow) {
  return {
    id: row.id,
    siteId: row.siteId,
    hostname: row.hostname,
    status: row.status,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    lastCheckedAt: row.lastCheckedAt?.toISOString() ?? null,
    lastError: row.lastError,
    dnsRecords: [
      {
        type: 'TXT' as const,
        name: txtRecordName(row.hostname),
        value: txtRecordValue(row.verificationToken),
      },
      { type: 'CNAME' as const, name: row.hostname, value: deps.config.rootDomain },
    ],
    /**
     * The HTTPS certificate of the custom hostname (null where none is managed), and the TXT records
     * Cloudflare accepts to validate early, until it is active.
     */
    certificate: row.customHostnameId
      ? {
          status: row.certificateStatus,
          records: row.certificateStatus === 'active' ? [] : (row.certificateRecords ?? []),
        }
      : null,
    createdAt: row.createdAt.toISOString(),
  };
}
export type DomainView = ReturnType<typeof domainView>;

/**
 * Normalise and vet a hostname a creator wants to use; throws ValidationFailed with the reason on
 * `field` (sending domains vet theirs the same way).
 */
export function vetHostname(deps: CoreDeps, input: string, field = 'hostname'): string {
  const host = normalizeHostname(input);
  const fail = (message: string) =>
    new ValidationFailed('The hostname cannot be used.', [{ path: field, message }]);
  if (!host || input.includes('/') || input.includes('@') || input.includes(':'))
    throw fail('Enter a domain name, like links.example.com');
  const labels = host.split('.');
  if (labels.length < 2) throw fail('Enter a full domain name, like links.example.com');
  if (/^[0-9]+$/.test(labels.at(-1)!)) throw fail('Use a domain name, not an IP address');
  const roots = new Set([deps.config.rootDomain, deps.config.shortDomain]);
  for (const root of roots) {
    if (host === root || host.endsWith(`.${root}`))
      throw fail('Use a domain of your own: addresses under the platform’s domain are already yours');
  }
  if (host === 'localhost' || host.endsWith('.localhost'))
    throw fail('Use a public domain name, like links.example.com');
  return host;
}

async function load(scope: TenantScope, domainId: string) {
  assertId('domain', domainId);
  const row = await scope.first(domains, eq(domains.id, domainId));
  if (!row) throw new NotFound('Domain');
  return row;
}

export async function listDomains(deps: CoreDeps, scope: TenantScope, page: Page) {
  const [rows, total] = await Promise.all([
    scope.list(domains, undefined, {
      orderBy: [desc(domains.createdAt), desc(domains.id)],
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
    scope.count(domains),
  ]);
  return { items: rows.map((r) => domainView(deps, r)), total };
}

export async function getDomain(deps: CoreDeps, scope: TenantScope, domainId: string) {
  return domainView(deps, await load(scope, domainId));
}

/** Attach a hostname to a site, pending until its TXT record is verified. Hostnames are unique platform-wide. */
export async function addDomain(deps: DomainDeps, scope: TenantScope, actor: Actor, input: AddDomainInput) {
  const hostname = vetHostname(deps, input.hostname);
  assertId('site', input.siteId);
  const site = await scope.first(sites, eq(sites.id, input.siteId));
  if (!site) throw new NotFound('Site');
  const id = newId('domain');
  await scope.transaction(async (tx) => {
    try {
      await tx.insert(domains, {
        id,
        siteId: site.id,
        hostname,
        verificationToken: randomHex(16),
        status: 'pending',
      });
    } catch (err) {
      if (isDuplicateKey(err))
        throw new Conflict('This hostname is already in use.', [
          { path: 'hostname', message: 'This domain is already in use', code: 'hostname_taken' },
        ]);
      throw err;
    }
    await recordAudit(tx, actor, {
      action: 'domain.added',
      targetType: 'domain',
      targetId: id,
      metadata: { hostname, siteId: site.id },
    });
  });
  // Cloudflare is asked after the commit: its answer is recorded on a domain that exists.
  if (deps.customHostnames) {
    const error = await registerCustomHostname(scope, id, hostname, deps.customHostnames);
    if (error) await scope.update(domains, { lastError: error }, eq(domains.id, id));
  }
  return getDomain(deps, scope, id);
}

function certificateColumns(state: CustomHostnameState) {
  return {
    customHostnameId: state.id,
    certificateStatus: state.certificateStatus,
    certificateRecords: state.records,
  };
}

/**
 * Ask Cloudflare for the hostname and its certificate. An unreachable API leaves the domain without
 * one (the reason in `lastError`); verification asks again, so "could not ask" never loses the domain.
 */
async function registerCustomHostname(
  scope: TenantScope,
  domainId: string,
  hostname: string,
  api: CustomHostnames,
): Promise<string | null> {
  try {
    const state = await api.create(hostname);
    await scope.update(domains, certificateColumns(state), eq(domains.id, domainId));
    return null;
  } catch (err) {
    return `Certificate request failed: ${(err as Error).message}`.slice(0, 255);
  }
}

/** Read the certificate's current status (re-registering a hostname the API no longer knows). */
async function refreshCustomHostname(
  scope: TenantScope,
  row: DomainRow,
  api: CustomHostnames,
): Promise<string | null> {
  if (!row.customHostnameId) return registerCustomHostname(scope, row.id, row.hostname, api);
  try {
    const state = await api.get(row.customHostnameId);
    await scope.update(domains, certificateColumns(state), eq(domains.id, row.id));
    return state.certificateStatus === 'active' ? null : state.error;
  } catch (err) {
    if (err instanceof CustomHostnameApiError && err.status === 404)
      return registerCustomHostname(scope, row.id, row.hostname, api);
    return `Certificate status unknown: ${(err as Error).message}`.slice(0, 255);
  }
}

/**
 * Check the TXT record `_mewayz.<host>` for `mewayz-verify=<token>`. Found → verified and the site's
 * published version is served on the host; missing → failed with the reason (and a previously
 * verified host stops being served).
 */
export async function verifyDomain(
  deps: DomainDeps,
  scope: TenantScope,
  actor: Actor,
  domainId: string,
  resolver: TxtResolver,
) {
  const row = await load(scope, domainId);
  const expected = txtRecordValue(row.verificationToken);
  let found = false;
  let error: string | null = null;
  try {
    const records = await resolver.txt(txtRecordName(row.hostname));
    found = records.some((r) => r.trim() === expected);
    if (!found) error = `TXT record ${txtRecordName(row.hostname)} with value ${expected} not found`;
  } catch (err) {
    error = `DNS lookup failed: ${(err as Error).message}`.slice(0, 255);
  }
  // The certificate's state is Cloudflare's, not ours: a TXT-verified domain serves over HTTP at once
  // and over HTTPS once the certificate is active; a problem with it is reported, not a failure.
  const certError = deps.customHostnames
    ? await refreshCustomHostname(scope, row, deps.customHostnames)
    : null;
  const now = deps.now();
  await scope.transaction(async (tx) => {
    await tx.update(
      domains,
      found
        ? { status: 'verified', verifiedAt: row.verifiedAt ?? now, lastCheckedAt: now, lastError: certError }
        : { status: 'failed', lastCheckedAt: now, lastError: error },
      eq(domains.id, domainId),
    );
    await recordAudit(tx, actor, {
      action: found ? 'domain.verified' : 'domain.verification_failed',
      targetType: 'domain',
      targetId: domainId,
      metadata: { hostname: row.hostname },
    });
  });
  // What the host serves changes after the commit, through go-live.
  if (found !== (row.status === 'verified')) {
    await syncPublishedHosts(deps, scope, row.siteId, found ? [] : [row.hostname, `www.${row.hostname}`]);
  }
  return getDomain(deps, scope, domainId);
}

/** Detach a hostname; the site stops answering on it at once. */
export async function removeDomain(deps: DomainDeps, scope: TenantScope, actor: Actor, domainId: string) {
  const row = await load(scope, domainId);
  // The creator's removal always succeeds; a custom hostname the API failed to delete is recorded in
  // the audit entry for an operator (it only costs a slot: no site answers on the host any more).
  let cleanup: string | undefined;
  if (row.customHostnameId && deps.customHostnames) {
    try {
      await deps.customHostnames.delete(row.customHostnameId);
    } catch (err) {
      cleanup = `custom hostname ${row.customHostnameId} not deleted: ${(err as Error).message}`;
    }
  }
  await scope.transaction(async (tx) => {
    await tx.hardDelete(domains, and(eq(domains.id, domainId)));
    await recordAudit(tx, actor, {
      action: 'domain.removed',
      targetType: 'domain',
      targetId: domainId,
      metadata: { hostname: row.hostname, ...(cleanup ? { cleanup } : {}) },
    });
  });
  await syncPublishedHosts(deps, scope, row.siteId, [row.hostname, `www.${row.hostname}`]);
}
