import {
  type CoreDeps,
  loadSnapshotForHost,
  NotFound,
  pointerReuseMs,
  readPointer,
  sitesService,
  ValidationFailed,
} from '@mewayz/core';
import { createPublishedSite, createTestOrg, nodeDeps, testActor, uniqueSlug } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { writeSnapshot } from '../src/sites/snapshot-store.ts';

const deps = nodeDeps();
const link = (title: string) =>
  ({
    type: 'link',
    data: { title, url: 'https://example.com/' },
    active: true,
    featured: false,
    sensitive: false,
    startsAt: null,
    endsAt: null,
  }) as const;

describe('sites service', () => {
  it('keeps every site and block of one organization invisible and unchangeable to another', async () => {
    const a = await createTestOrg(deps);
    const b = await createTestOrg(deps);
    const { site, blockIds } = await createPublishedSite(deps, a, { blocks: [link('Mine')] });
    await expect(sitesService.getSite(deps, b, site.id)).rejects.toBeInstanceOf(NotFound);
    await expect(
      sitesService.updateSite(deps, b, testActor, site.id, { name: 'Hijacked' }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(sitesService.publishSite(deps, b, testActor, site.id)).rejects.toBeInstanceOf(NotFound);
    await expect(sitesService.deleteSite(deps, b, testActor, site.id)).rejects.toBeInstanceOf(NotFound);
    await expect(sitesService.listBlocks(b, site.id)).rejects.toBeInstanceOf(NotFound);
    await expect(
      sitesService.updateBlock(deps, b, testActor, site.id, blockIds[0]!, { active: false }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(sitesService.deleteBlock(deps, b, testActor, site.id, blockIds[0]!)).rejects.toBeInstanceOf(
      NotFound,
    );
    expect((await sitesService.listSites(deps, b, { page: 1, perPage: 50 })).total).toBe(0);
    const mine = await sitesService.getSite(deps, a, site.id);
    expect(mine.name).not.toBe('Hijacked');
    expect((await sitesService.listBlocks(a, site.id))[0]?.active).toBe(true);
  });

  it('returns from publish and delete only a reuse window after purging the edge (twice), so the next request sees the change', async () => {
    const a = await createTestOrg(deps);
    const { site } = await createPublishedSite(deps, a);
    const purges: { hosts: string[]; at: number }[] = [];
    const watched: CoreDeps = {
      ...deps,
      purger: { purgeHosts: async (hosts) => void purges.push({ hosts, at: performance.now() }) },
    };
    const elapsedSincePurge = async (change: () => Promise<unknown>) => {
      await change();
      return performance.now() - purges.at(-1)!.at;
    };
    expect(
      await elapsedSincePurge(() => sitesService.publishSite(watched, a, testActor, site.id)),
    ).toBeGreaterThanOrEqual(pointerReuseMs - 1);
    expect(purges.at(-1)!.hosts).toContain(`${site.slug}.mewayz.localhost`);
    expect(
      await elapsedSincePurge(() => sitesService.deleteSite(watched, a, testActor, site.id)),
    ).toBeGreaterThanOrEqual(pointerReuseMs - 1);
    // Each change purges twice, a window apart: the second catches an old pointer put back by a
    // request that read Redis just before the change wrote it.
    expect(purges).toHaveLength(4);
    expect(purges[1]!.at - purges[0]!.at).toBeGreaterThanOrEqual(pointerReuseMs - 1);
  });

  it('never lets a reader that loaded MySQL before a publish write the old version back to Redis', async () => {
    const a = await createTestOrg(deps);
    const { site, host } = await createPublishedSite(deps, a);
    const before = await readPointer(deps.redis, host);
    // Redis lost the host (eviction); a request misses it and reads MySQL — and a publish lands
    // between that read and the request's write-back to Redis.
    await deps.redis.del(`site:${host}`, `sitever:${host}`);
    const racing: CoreDeps = {
      ...deps,
      redis: new Proxy(deps.redis, {
        get(target, prop, receiver) {
          if (prop !== 'pipeline') return Reflect.get(target, prop, receiver);
          return () => {
            const writeBack = target.pipeline();
            const exec = writeBack.exec.bind(writeBack);
            return Object.assign(writeBack, {
              exec: async () => {
                await sitesService.publishSite(deps, a, testActor, site.id);
                return exec();
              },
            });
          };
        },
      }),
    };
    const loaded = await loadSnapshotForHost(racing, host);
    expect(loaded.source).toBe('db');
    const after = await readPointer(deps.redis, host);
    expect(after).not.toBe(before);
    expect(after).toBe(`${site.id}:${Number(before!.split(':')[1]) + 1}`);
  });

  it('keeps a deleted site offline even if a reader writes its old snapshot back afterwards', async () => {
    const a = await createTestOrg(deps);
    const { site, host } = await createPublishedSite(deps, a);
    const snapshot = (await loadSnapshotForHost(deps, host)).snapshot!;
    await sitesService.deleteSite(deps, a, testActor, site.id);
    // A late write-back of what a reader loaded before the delete only fills empty keys.
    await writeSnapshot(deps.redis, [host], snapshot, { writeBack: true });
    expect((await loadSnapshotForHost(deps, host)).snapshot).toBeNull();
  });

  it('refuses a taken or reserved slug with a field error', async () => {
    const a = await createTestOrg(deps);
    const slug = uniqueSlug();
    await sitesService.createSite(deps, a, testActor, { slug, name: 'One' });
    await expect(sitesService.createSite(deps, a, testActor, { slug, name: 'Two' })).rejects.toMatchObject({
      status: 409,
      details: [{ path: 'slug', code: 'slug_taken' }],
    });
  });

  it('reorders blocks only with an exact permutation', async () => {
    const a = await createTestOrg(deps);
    const { site, blockIds } = await createPublishedSite(deps, a, {
      blocks: [link('1'), link('2'), link('3')],
    });
    const reversed = [...blockIds].reverse();
    const after = await sitesService.reorderBlocks(deps, a, testActor, site.id, { blockIds: reversed });
    expect(after.map((b) => b.id)).toEqual(reversed);
    await expect(
      sitesService.reorderBlocks(deps, a, testActor, site.id, { blockIds: blockIds.slice(0, 2) }),
    ).rejects.toBeInstanceOf(ValidationFailed);
    await expect(
      sitesService.reorderBlocks(deps, a, testActor, site.id, {
        blockIds: [blockIds[0]!, blockIds[0]!, blockIds[1]!],
      }),
    ).rejects.toBeInstanceOf(ValidationFailed);
  });

  it('validates block data against the block type and schedule windows', async () => {
    const a = await createTestOrg(deps);
    const { site, blockIds } = await createPublishedSite(deps, a, { blocks: [link('x')] });
    await expect(
      sitesService.updateBlock(deps, a, testActor, site.id, blockIds[0]!, {
        data: { title: 'x', url: 'javascript:alert(1)' },
      }),
    ).rejects.toMatchObject({ status: 422, details: [{ path: 'data.url' }] });
    await expect(
      sitesService.updateBlock(deps, a, testActor, site.id, blockIds[0]!, {
        startsAt: '2030-01-02T00:00:00Z',
        endsAt: '2030-01-01T00:00:00Z',
      }),
    ).rejects.toBeInstanceOf(ValidationFailed);
  });

  it('keeps edits as a draft until publish, and leaves inactive blocks out of the snapshot', async () => {
    const a = await createTestOrg(deps);
    const { site, blockIds } = await createPublishedSite(deps, a, { blocks: [link('Keep'), link('Hide')] });
    await sitesService.updateBlock(deps, a, testActor, site.id, blockIds[1]!, { active: false });
    const draft = await sitesService.getSite(deps, a, site.id);
    expect(draft.hasUnpublishedChanges).toBe(true);
    expect(draft.publishedVersion).toBe(1);
    const published = await sitesService.publishSite(deps, a, testActor, site.id);
    expect(published.publishedVersion).toBe(2);
    expect(published.hasUnpublishedChanges).toBe(false);
    const stored = await deps.redis.get<{ blocks: { id: string }[] }>(`site:${site.slug}.mewayz.localhost`);
    expect(stored?.blocks.map((b) => b.id)).toEqual([blockIds[0]]);
  });
});
