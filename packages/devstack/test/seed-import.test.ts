import { crmService } from '@mewayz/core';
import { createTestOrg, nodeDeps } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { seedDemoCrm } from '../src/seed-crm.ts';
import { seedDemoImport } from '../src/seed-import.ts';

const deps = nodeDeps();
const actor = { userId: null, requestId: 'seed' };

describe('the demo import seed', () => {
  it('leaves two finished imports, one with two failed rows and one never asked about email, and only once', async () => {
    const scope = await createTestOrg(deps);
    await seedDemoCrm(deps, scope, actor);
    expect(await seedDemoImport(deps, scope, actor)).toEqual({ imported: 2 });
    const imports = await crmService.listContactImports(deps, scope);
    const workshop = imports.find((i) => i.fileName === 'workshop-signups.csv');
    expect(workshop).toMatchObject({ status: 'done', totalRows: 8, created: 4, updated: 2, failed: 2 });
    const errors = await crmService.listContactImportErrors(deps, scope, workshop!.id);
    expect(errors.map((e) => e.row)).toEqual([6, 7]);
    const past = imports.find((i) => i.fileName === 'past-customers.csv');
    expect(past).toMatchObject({ status: 'done', totalRows: 3, created: 3, failed: 0 });
    const quiet = await crmService.listContacts(deps, scope, { per_page: 50, consent: 'not_subscribed' });
    expect(quiet.items.map((c) => c.email).sort()).toEqual([
      'june.park@example.com',
      'omar.haddad@example.com',
      'rosa.lind@example.com',
    ]);
    expect(await seedDemoImport(deps, scope, actor)).toEqual({ imported: 0 });
    expect(await crmService.listContactImports(deps, scope)).toHaveLength(2);
  });
});
