import { crmService } from '@mewayz/core';
import { createTestOrg, nodeDeps } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { seedDemoCrm } from '../src/seed-crm.ts';
import { seedDemoImport } from '../src/seed-import.ts';

const deps = nodeDeps();
const actor = { userId: null, requestId: 'seed' };

describe('the demo import seed', () => {
  it('leaves one finished import with two failed rows, updating two known contacts, and only once', async () => {
    const scope = await createTestOrg(deps);
    await seedDemoCrm(deps, scope, actor);
    expect(await seedDemoImport(deps, scope, actor)).toEqual({ imported: true });
    const [done] = await crmService.listContactImports(deps, scope);
    expect(done).toMatchObject({ status: 'done', totalRows: 8, created: 4, updated: 2, failed: 2 });
    const errors = await crmService.listContactImportErrors(deps, scope, done!.id);
    expect(errors.map((e) => e.row)).toEqual([6, 7]);
    expect(await seedDemoImport(deps, scope, actor)).toEqual({ imported: false });
    expect(await crmService.listContactImports(deps, scope)).toHaveLength(1);
  });
});
