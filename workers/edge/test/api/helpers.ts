import {
  type CoreDeps,
  commerceService,
  domainsService,
  linksService,
  organizationsService,
  type TenantScope,
  tokensService,
  webhooksService,
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
  productCategories,
  productCategoryLinks,
  productImages,
  products,
  productVariants,
  shortLinks,
  sites,
  webhookDeliveries,
  webhookEndpoints,
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
  webhookId: string;
  deliveryId: string;
  productId: string;
  variantId: string;
  imageId: string;
  categoryId: string;
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
  // A webhook endpoint (a public URL: nothing is sent in these tests) and one delivery to it. A
  // workspace holds at most 20 endpoints, so fixtures built earlier for this tenant make room.
  const old = await webhooksService.listWebhookEndpoints(deps, tenant.scope, { page: 1, perPage: 100 });
  for (const e of old.items.slice(10))
    await webhooksService.deleteWebhookEndpoint(deps, tenant.scope, actor, e.id);
  const webhook = await webhooksService.createWebhookEndpoint(identityDeps(deps), tenant.scope, actor, {
    url: 'https://hooks.example.com/fixture',
    eventTypes: ['link.updated'],
  });
  await linksService.updateShortLink(deps, tenant.scope, actor, link.id, { title: 'fixture' });
  const deliveries = await webhooksService.listWebhookDeliveries(deps, tenant.scope, webhook.id, {
    page: 1,
    perPage: 1,
  });
  // The catalog: a category, and a physical product in it with one variant and one image.
  const category = await commerceService.createCategory(deps, tenant.scope, actor, { name: 'Fixture shelf' });
  const product = await commerceService.createProduct(deps, tenant.scope, actor, {
    kind: 'physical',
    name: 'Fixture tee',
    currency: 'USD',
    price: 2500,
    categoryIds: [category.id],
  });
  const variant = await commerceService.createVariant(deps, tenant.scope, actor, product.id, {
    attributes: { size: 'M' },
    stock: 3,
  });
  const image = await commerceService.addProductImage(deps, tenant.scope, actor, product.id, {
    key: `products/${product.id}/front.jpg`,
  });
  return {
    productId: product.id,
    variantId: variant.id,
    imageId: image.id,
    categoryId: category.id,
    webhookId: webhook.id,
    deliveryId: deliveries.items[0]!.id,
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
      | typeof memberships
      | typeof products
      | typeof productVariants
      | typeof productCategories
      | typeof productCategoryLinks
      | typeof productImages,
  ) => dbOf(deps).select().from(table).where(eq(table.organizationId, org));
  const [s, b, d, l, i, m, t, o, a, w, wd, pr, pv, pc, pcl, pi] = await Promise.all([
    byOrg(sites),
    byOrg(blocks),
    byOrg(domains),
    byOrg(shortLinks),
    byOrg(invitations),
    byOrg(memberships),
    dbOf(deps).select().from(apiTokens).where(eq(apiTokens.organizationId, org)).orderBy(asc(apiTokens.id)),
    dbOf(deps).select().from(organizations).where(eq(organizations.id, org)),
    dbOf(deps).select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.organizationId, org)),
    dbOf(deps).select().from(webhookEndpoints).where(eq(webhookEndpoints.organizationId, org)),
    // What the jobs Worker changes on its own as it attempts deliveries is left out: only which exist.
    dbOf(deps)
      .select({
        id: webhookDeliveries.id,
        endpointId: webhookDeliveries.endpointId,
        messageId: webhookDeliveries.messageId,
      })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.organizationId, org)),
    byOrg(products),
    byOrg(productVariants),
    byOrg(productCategories),
    byOrg(productCategoryLinks),
    byOrg(productImages),
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
    w: sort(w.map(({ failingSince: _f, updatedAt: _u, ...rest }) => rest)),
    wd: sort(wd),
    commerce: [sort(pr), sort(pv), sort(pc), sort(pcl), sort(pi)],
  });
}
