import { type Actor, type CoreDeps, crmService, type MediaBucket, type TenantScope } from '@mewayz/core';

/** The sign-up sheet of a (made-up) workshop: new people, two the demo already knows, two bad rows. */
const workshopCsv = [
  'Email,Full name,Plan,Tags,Notes',
  'hana.ito@example.com,Hana Ito,member,workshop;glaze,front row',
  'marco.ricci@example.com,Marco Ricci,free,workshop,',
  'maya.costa0@example.com,,patron,workshop,already a patron',
  'ola.nowak@example.com,Ola Nowak,free,workshop,',
  'not-an-email,Pat Doe,free,workshop,',
  'sam.reid@example.com,Sam Reid,gold,workshop,',
  'lena.novak8@example.com,Lena Novak,member,workshop,',
  'tariq.aziz@example.com,Tariq Aziz,member,workshop;wheel,',
].join('\r\n');

/** Buyers from before Mewayz, never asked about email: imported without consent, so "Not subscribed". */
const pastCustomersCsv = [
  'Email,Name,Tags',
  'june.park@example.com,June Park,market-2025',
  'omar.haddad@example.com,Omar Haddad,market-2025',
  'rosa.lind@example.com,Rosa Lind,market-2025;commission',
].join('\r\n');

const demoImports = [
  {
    fileName: 'workshop-signups.csv',
    csv: workshopCsv,
    mapping: ['email', 'name', 'field:plan', 'tags', 'ignore'],
    consent: true,
  },
  {
    fileName: 'past-customers.csv',
    csv: pastCustomersCsv,
    mapping: ['email', 'name', 'tags'],
    consent: false,
  },
];

/**
 * Two finished contact imports the demo's Contacts → Import page lists: a workshop's sign-up sheet with
 * consent and an error report (two bad rows), and past customers without consent, who show as "Not
 * subscribed". They run through core like the jobs Worker would; the seed has no R2, so a file's chunks
 * live in memory for the run only (a done import never reads them again). Each is skipped when it exists.
 */
export async function seedDemoImport(deps: CoreDeps, scope: TenantScope, actor: Actor) {
  const past = new Set((await crmService.listContactImports(deps, scope, 100)).map((i) => i.fileName));
  const objects = new Map<string, string>();
  const media: MediaBucket = {
    put: async (key, value) =>
      void objects.set(key, typeof value === 'string' ? value : new TextDecoder().decode(value)),
    delete: async () => {},
    get: async (key) => {
      const text = objects.get(key);
      return text === undefined ? null : { text: async () => text };
    },
  };
  const run = { ...deps, media, contactImports: { enqueue: async () => {} } };
  let imported = 0;
  for (const demo of demoImports) {
    if (past.has(demo.fileName)) continue;
    const draft = await crmService.uploadContactImport(run, scope, actor, {
      name: demo.fileName,
      bytes: new TextEncoder().encode(demo.csv),
    });
    await crmService.startContactImport(run, scope, actor, draft.id, {
      mapping: demo.mapping,
      consent: demo.consent,
    });
    const message = { organizationId: scope.orgId, importId: draft.id };
    while (!(await crmService.applyContactImportChunk(run, message)).finished);
    imported++;
  }
  return { imported };
}
