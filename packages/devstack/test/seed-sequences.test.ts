import { campaignsService, sequencesService } from '@mewayz/core';
import { createTestOrg, nodeDeps } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { seedDemoSequences } from '../src/seed-sequences.ts';

const deps = nodeDeps();
const actor = { userId: null, requestId: 'seed' };

describe('the demo welcome sequence seed', () => {
  it('sets up three emails, turns the sequence on, and leaves it alone the second time', async () => {
    const scope = await createTestOrg(deps);
    await campaignsService.updateSenderSettings(deps, scope, actor, { postalAddress: '1 Studio Lane' });
    expect(await seedDemoSequences(deps, scope, actor)).toEqual({ steps: 3 });
    const [welcome] = await sequencesService.listSequences(deps, scope);
    await sequencesService.updateSequenceSteps(deps, scope, actor, welcome!.id, {
      steps: welcome!.steps.slice(0, 2).map(({ id, templateId, delayValue, delayUnit }) => ({
        id,
        templateId,
        delayValue,
        delayUnit,
      })),
    });
    expect(await seedDemoSequences(deps, scope, actor)).toEqual({ steps: 2 });
    const [after] = await sequencesService.listSequences(deps, scope);
    expect(after).toMatchObject({ active: true, key: 'welcome' });
    expect((await campaignsService.listTemplates(deps, scope, { page: 1, perPage: 10 })).total).toBe(3);
  });
});
