import {
  commerceService,
  domainsService,
  forTenant,
  linksService,
  organizationsService,
  readPointer,
  scopesForRole,
  sitesService,
  tokensService,
} from '@mewayz/core';
import {
  auditLog,
  invitations,
  memberships,
  organizations,
  productCategoryLinks,
  products,
} from '@mewayz/db/schema';
import {
  addMemberWithToken,
  createPublishedSite,
  createTenant,
  createTestOrg,
  createTestUser,
  failInsertsInto,
  identityDeps,
  nodeDeps,
  testActor,
} from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dbOf, withDb } from '../src/data/db-handle.ts';

const deps = nodeDeps();
/** The same deps on a database where the audit insert — the last step of each change — fails. */
const crashing = withDb(deps, failInsertsInto(dbOf(deps), auditLog));

/**
 * Multi-step writes (the change, the draft time, the audit row) run in one transaction, and what the
 * edge serves changes only after the commit: a failure at the last step leaves nothing half-done.
 */
describe('multi-step writes are all or nothing', { timeout: 120_000 }, () => {
  it('a site whose deletion fails at the audit row is neither deleted nor taken offline', async () => {
    const org = await createTestOrg(deps);
    const { site, host } = await createPublishedSite(deps, org);
    const pointerBefore = await readPointer(deps.redis, host);
    await expect(
      sitesService.deleteSite(crashing, forTenant(dbOf(crashing), org.orgId), testActor, site.id),
    ).rejects.toThrow('injected');
    expect((await sitesService.getSite(deps, org, site.id)).id).toBe(site.id);
    expect(await readPointer(deps.redis, host)).toBe(pointerBefore);
  });

  it('a publish that fails at the audit row moves neither the version nor what the edge serves', async () => {
    const org = await createTestOrg(deps);
    const { site, host } = await createPublishedSite(deps, org);
    const pointerBefore = await readPointer(deps.redis, host);
    await sitesService.updateSite(deps, org, testActor, site.id, { name: 'Not yet' });
    const before = await sitesService.getSite(deps, org, site.id);
    await expect(
      sitesService.publishSite(crashing, forTenant(dbOf(crashing), org.orgId), testActor, site.id),
    ).rejects.toThrow('injected');
    const after = await sitesService.getSite(deps, org, site.id);
    expect(after.publishedVersion).toBe(before.publishedVersion);
    expect(after.hasUnpublishedChanges).toBe(true);
    expect(await readPointer(deps.redis, host)).toBe(pointerBefore);
  });

  it('a product created in categories, failing at the audit row, leaves neither product nor links', async () => {
    const org = await createTestOrg(deps);
    const cat = await commerceService.createCategory(deps, org, testActor, { name: 'Prints' });
    await expect(
      commerceService.createProduct(crashing, forTenant(dbOf(crashing), org.orgId), testActor, {
        kind: 'physical',
        name: 'Poster',
        currency: 'USD',
        price: 1500,
        categoryIds: [cat.id],
      }),
    ).rejects.toThrow('injected');
    expect(await org.count(products, undefined, { withDeleted: true })).toBe(0);
    expect(await org.count(productCategoryLinks)).toBe(0);
  });

  it('a category deletion failing at the audit row keeps the category, its children and its products', async () => {
    const org = await createTestOrg(deps);
    const top = await commerceService.createCategory(deps, org, testActor, { name: 'Top' });
    const child = await commerceService.createCategory(deps, org, testActor, {
      name: 'Child',
      parentId: top.id,
    });
    const p = await commerceService.createProduct(deps, org, testActor, {
      kind: 'digital',
      name: 'Zine',
      currency: 'EUR',
      price: 500,
      categoryIds: [top.id],
    });
    await expect(
      commerceService.deleteCategory(crashing, forTenant(dbOf(crashing), org.orgId), testActor, top.id),
    ).rejects.toThrow('injected');
    const all = (await commerceService.listCategories(deps, org, { page: 1, perPage: 10 })).items;
    expect(all.map((c) => [c.id, c.parentId]).sort()).toEqual(
      [
        [child.id, top.id],
        [top.id, null],
      ].sort(),
    );
    expect((await commerceService.getProduct(deps, org, p.id)).categoryIds).toEqual([top.id]);
  });

  it('a block edit that fails at the audit row changes neither the block nor the draft time', async () => {
    const org = await createTestOrg(deps);
    const { site, blockIds } = await createPublishedSite(deps, org);
    expect((await sitesService.getSite(deps, org, site.id)).hasUnpublishedChanges).toBe(false);
    await expect(
      sitesService.updateBlock(
        crashing,
        forTenant(dbOf(crashing), org.orgId),
        testActor,
        site.id,
        blockIds[0]!,
        {
          active: false,
        },
      ),
    ).rejects.toThrow('injected');
    expect((await sitesService.listBlocks(org, site.id))[0]?.active).toBe(true);
    expect((await sitesService.getSite(deps, org, site.id)).hasUnpublishedChanges).toBe(false);
  });

  it('a short link whose creation fails at the audit row does not exist, and its code stays free', async () => {
    const org = await createTestOrg(deps);
    const code = `tx${Date.now().toString(36)}`;
    const input = { url: 'https://example.com/', code, passQuery: false, active: true };
    await expect(
      linksService.createShortLink(crashing, forTenant(dbOf(crashing), org.orgId), testActor, input as never),
    ).rejects.toThrow('injected');
    expect((await linksService.listShortLinks(deps, org, { page: 1, perPage: 50 })).total).toBe(0);
    const created = await linksService.createShortLink(deps, org, testActor, input as never);
    expect(created.code).toBe(code);
  });

  it('an organization whose audit row fails does not exist, not even without an owner', async () => {
    const user = await createTestUser(deps);
    const slug = `tx-${Date.now().toString(36)}`;
    await expect(
      organizationsService.createOrganization(crashing, user.id, { name: 'Half made', slug }),
    ).rejects.toThrow('injected');
    expect(await dbOf(deps).select().from(organizations).where(eq(organizations.slug, slug))).toEqual([]);
    expect(await organizationsService.listOrganizationsForUser(deps, user.id)).toEqual([]);
    // The slug was never taken.
    const { organization } = await organizationsService.createOrganization(deps, user.id, {
      name: 'Whole',
      slug,
    });
    expect(organization.slug).toBe(slug);
  });

  it('a member whose removal fails keeps their membership and their working tokens', async () => {
    const tenant = await createTenant(deps);
    const editor = await addMemberWithToken(deps, tenant, 'editor');
    const onCrashing = forTenant(dbOf(crashing), tenant.scope.orgId);
    await expect(
      organizationsService.removeMember(crashing, onCrashing, { userId: tenant.user.id }, editor.user.id),
    ).rejects.toThrow('injected');
    expect(await organizationsService.findMembershipRole(deps, tenant.scope.orgId, editor.user.id)).toBe(
      'editor',
    );
    expect((await tokensService.getApiToken(deps, tenant.scope, editor.tokenId)).revokedAt).toBeNull();
  });

  it('an invitation whose acceptance fails stays unused and makes no member', async () => {
    const tenant = await createTenant(deps);
    const invitee = await createTestUser(deps);
    const { invitation, token } = await organizationsService.createInvitation(
      identityDeps(deps),
      tenant.scope,
      { userId: tenant.user.id },
      { email: invitee.email, role: 'editor' },
    );
    await expect(
      organizationsService.acceptInvitation(identityDeps(crashing), invitee.id, token),
    ).rejects.toThrow('injected');
    const [row] = await dbOf(deps).select().from(invitations).where(eq(invitations.id, invitation.id));
    expect(row?.acceptedAt).toBeNull();
    expect(await dbOf(deps).select().from(memberships).where(eq(memberships.userId, invitee.id))).toEqual([]);
    // The link still works once the database does.
    expect((await organizationsService.acceptInvitation(identityDeps(deps), invitee.id, token)).role).toBe(
      'editor',
    );
  });

  it('a token whose creation fails does not exist', async () => {
    const tenant = await createTenant(deps);
    const before = (await tokensService.listApiTokens(deps, tenant.scope, { page: 1, perPage: 50 })).total;
    await expect(
      tokensService.createApiToken(
        crashing,
        forTenant(dbOf(crashing), tenant.scope.orgId),
        { userId: tenant.user.id },
        'super_admin',
        { name: 'half', scopes: scopesForRole('viewer') },
      ),
    ).rejects.toThrow('injected');
    expect((await tokensService.listApiTokens(deps, tenant.scope, { page: 1, perPage: 50 })).total).toBe(
      before,
    );
  });

  it('a domain whose audit row fails is not added, and its hostname stays free', async () => {
    const org = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, org);
    const hostname = `tx-${Date.now().toString(36)}.example.com`;
    await expect(
      domainsService.addDomain(crashing, forTenant(dbOf(crashing), org.orgId), testActor, {
        siteId: site.id,
        hostname,
      }),
    ).rejects.toThrow('injected');
    expect((await domainsService.listDomains(deps, org, { page: 1, perPage: 50 })).total).toBe(0);
    expect(
      (await domainsService.addDomain(deps, org, testActor, { siteId: site.id, hostname })).hostname,
    ).toBe(hostname);
  });
});
