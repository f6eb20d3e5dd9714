import { forTenant, linksService, readPointer, sitesService } from '@mewayz/core';
import { auditLog } from '@mewayz/db/schema';
import { createPublishedSite, createTestOrg, failInsertsInto, nodeDeps, testActor } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';

const deps = nodeDeps();
/** The same deps on a database where the audit insert — the last step of each change — fails. */
const crashing = { ...deps, db: failInsertsInto(deps.db, auditLog) };

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
      sitesService.deleteSite(crashing, forTenant(crashing.db, org.orgId), testActor, site.id),
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
      sitesService.publishSite(crashing, forTenant(crashing.db, org.orgId), testActor, site.id),
    ).rejects.toThrow('injected');
    const after = await sitesService.getSite(deps, org, site.id);
    expect(after.publishedVersion).toBe(before.publishedVersion);
    expect(after.hasUnpublishedChanges).toBe(true);
    expect(await readPointer(deps.redis, host)).toBe(pointerBefore);
  });

  it('a block edit that fails at the audit row changes neither the block nor the draft time', async () => {
    const org = await createTestOrg(deps);
    const { site, blockIds } = await createPublishedSite(deps, org);
    expect((await sitesService.getSite(deps, org, site.id)).hasUnpublishedChanges).toBe(false);
    await expect(
      sitesService.updateBlock(
        crashing,
        forTenant(crashing.db, org.orgId),
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
      linksService.createShortLink(crashing, forTenant(crashing.db, org.orgId), testActor, input as never),
    ).rejects.toThrow('injected');
    expect((await linksService.listShortLinks(deps, org, { page: 1, perPage: 50 })).total).toBe(0);
    const created = await linksService.createShortLink(deps, org, testActor, input as never);
    expect(created.code).toBe(code);
  });
});
