import { campaignsService, sendingDomainsService } from '@mewayz/core';
import { createTestOrg, identityDeps, nodeDeps } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { seedDemoSendingDomains } from '../src/seed-sending-domains.ts';

const deps = identityDeps(nodeDeps());
const actor = { userId: null, requestId: 'seed' };

describe('the demo sending domains seed', () => {
  it('leaves one verified domain with the From address on it and one pending, once', async () => {
    const scope = await createTestOrg(deps);
    await campaignsService.updateSenderSettings(deps, scope, actor, {
      postalAddress: 'Rua das Flores 12, Lisbon',
      fromName: 'Alice Rivera',
    });
    expect(await seedDemoSendingDomains(deps, scope, actor)).toEqual({ created: 2 });
    expect(await seedDemoSendingDomains(deps, scope, actor)).toEqual({ created: 0 });
    const list = await sendingDomainsService.listSendingDomains(deps, scope, { page: 1, perPage: 10 });
    expect(list.items.map((d) => [d.domain, d.status]).sort()).toEqual([
      ['mail.alice-rivera.example', 'verified'],
      ['news.alice-rivera.example', 'pending'],
    ]);
    expect(await campaignsService.getSenderSettings(deps, scope)).toMatchObject({
      fromAddress: 'studio@mail.alice-rivera.example',
      fromName: 'Alice Rivera',
    });
  }, 120_000);
});
