import { type Actor, type CoreDeps, crmService, type MediaBucket, type TenantScope } from '@mewayz/core';

const demoFile = 'workshop-signups.csv';

/** The sign-up sheet of a (made-up) workshop: new people, two the demo already knows, two bad rows. */
const demoCsv = [
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

/**
 * A finished contact import the demo's Contacts → Import page lists, with its error report (two bad
 * rows). It runs through core like the jobs Worker would; the seed has no R2, so the file's chunks
 * live in memory for the run only (a done import never reads them again). Skipped when it exists.
 */
export async function seedDemoImport(deps: CoreDeps, scope: TenantScope, actor: Actor) {
  const past = await crmService.listContactImports(deps, scope, 100);
  if (past.some((i) => i.fileName === demoFile)) return { imported: false };
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
  const draft = await crmService.uploadContactImport(run, scope, actor, {
    name: demoFile,
    bytes: new TextEncoder().encode(demoCsv),
  });
  await crmService.startContactImport(run, scope, actor, draft.id, {
    mapping: ['email', 'name', 'field:plan', 'tags', 'ignore'],
    consent: true,
  });
  const message = { organizationId: scope.orgId, importId: draft.id };
  while (!(await crmService.applyContactImportChunk(run, message)).finished);
  return { imported: true };
}
