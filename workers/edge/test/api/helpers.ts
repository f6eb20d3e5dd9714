import {
  type CoreDeps,
  domainsService,
  linksService,
  organizationsService,
  type TenantScope,
  tokensService,
} from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import {
  apiTokens,
  auditLog,
  blocks,
  domains,
  invitations,
  memberships,
  organizations,
  shortLinks,
  sites,
} from '@mewayz/db/schema';
import {
  addMemberWithToken,
  createPublishedSite,
  type EdgeHarness,
  identityDeps,
  type Tenant,
  uniqueEmail,
} from '@mewayz/testing';
import { asc, eq } from 'drizzle-orm';

export const apiBase = 'http://mewayz.localhost/api/v1';

export interface ApiAnswer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers are inspected field by field in tests.
  body: any;
  text: string;
}

/** Call the API in workerd; a JSON body is sent as application/json. */
export async function call(
  edge: EdgeHarness,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiAnswer> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined;
  if (opts.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  }
  const res = await edge.fetch(`${apiBase}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/** Resources of one tenant that the routes act on (fresh for each use). */
export interface Fixture {
  siteId: string;
  blockIds: string[];
  domainId: string;
  linkId: string;
  invitationId: string;
  memberUserId: string;
  tokenId: string;
}

const actor = { userId: null, requestId: 'req_fixture' };

export async function buildFixture(deps: CoreDeps, tenant: Tenant): Promise<Fixture> {
  const { site, blockIds } = await createPublishedSite(deps, tenant.scope, {
    blocks: [
      {
        type: 'link',
        data: { title: 'One', url: 'https://example.com/1' },
        active: true,
        featured: false,
        sensitive: false,
        startsAt: null,
        endsAt: null,
      },
      {
        type: 'link',
        data: { title: 'Two', url: 'https://example.com/2' },
        active: true,
        featured: false,
        sensitive: false,
        startsAt: null,
        endsAt: null,
      },
    ] as never,
  });
  const domain = await domainsService.addDomain(deps, tenant.scope, actor, {
    siteId: site.id,
    hostname: `fx-${Math.random().toString(36).slice(2, 10)}.example.com`,
  });
  const link = await linksService.createShortLink(deps, tenant.scope, actor, {
    url: 'https://example.com/fx',
    passQuery: true,
    active: true,
  });
  const { invitation } = await organizationsService.createInvitation(
    identityDeps(deps),
    tenant.scope,
    { userId: tenant.user.id },
    {
      email: uniqueEmail('invitee'),
      role: 'viewer',
    },
  );
  const member = await addMemberWithToken(deps, tenant, 'editor');
  const { token } = await tokensService.createApiToken(
    deps,
    tenant.scope,
    { userId: tenant.user.id },
    'super_admin',
    {
      name: 'spare',
      scopes: ['sites:read'],
    },
  );
  return {
    siteId: site.id,
    blockIds,
    domainId: domain.id,
    linkId: link.id,
    invitationId: invitation.id,
    memberUserId: member.user.id,
    tokenId: token.id,
  };
}

/**
 * Everything a tenant owns, as one comparable value: its rows in every tenant table (api token
 * last-use excluded: the tenant's own fixture token is used alongside), its organization row and the
 * number of its audit entries.
 */
export async function tenantFingerprint(deps: CoreDeps, scope: TenantScope): Promise<string> {
  const org = scope.orgId;
  const byOrg = async (
    table:
      | typeof sites
      | typeof blocks
      | typeof domains
      | typeof shortLinks
      | typeof invitations
      | typeof memberships,
  ) => dbOf(deps).select().from(table).where(eq(table.organizationId, org));
  const [s, b, d, l, i, m, t, o, a] = await Promise.all([
    byOrg(sites),
    byOrg(blocks),
    byOrg(domains),
    byOrg(shortLinks),
    byOrg(invitations),
    byOrg(memberships),
    dbOf(deps).select().from(apiTokens).where(eq(apiTokens.organizationId, org)).orderBy(asc(apiTokens.id)),
    dbOf(deps).select().from(organizations).where(eq(organizations.id, org)),
    dbOf(deps).select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.organizationId, org)),
  ]);
  const sort = <T extends Record<string, unknown>>(rows: T[]) =>
    [...rows].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
  return JSON.stringify({
    s: sort(s),
    b: sort(b),
    d: sort(d),
    l: sort(l),
    i: sort(i),
    m: sort(m),
    t: t.map(({ lastUsedAt: _u, ...rest }) => rest),
    o,
    audit: a.length,
  });
}
