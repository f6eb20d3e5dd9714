/**
 * `npm run bench:import` — a 100,000-row CSV imported into one workspace through core as the jobs
 * Worker runs it: the upload (parse, chunks to R2: Miniflare's R2 simulator here) and then every
 * chunk applied one after another through the PlanetScale-protocol gateway, as the queue's chain of
 * messages would. The file has tags and a custom field on every row, 1% bad rows and 1% repeated
 * emails. Prints the upload time, the apply time and rows per second.
 */
import { crmService, forTenant, type MediaBucket, newId } from '@mewayz/core';
import { dbOf, trustOrgId } from '@mewayz/core/admin';
import { organizations } from '@mewayz/db/schema';
import { Miniflare } from 'miniflare';
import { benchDataPlane } from './bench-env.ts';

const total = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const plane = await benchDataPlane();
const mf = new Miniflare({ modules: true, script: 'export default {}', r2Buckets: ['MEDIA'] });
try {
  const media = (await mf.getR2Bucket('MEDIA')) as unknown as MediaBucket;
  const deps = { ...plane.deps, media, contactImports: { enqueue: async () => {} } };
  const orgId = newId('organization');
  await dbOf(deps)
    .insert(organizations)
    .values({ id: orgId, name: 'Bench import', slug: orgId.replace('_', '-') });
  const scope = forTenant(dbOf(deps), trustOrgId(orgId));
  const actor = { userId: null };
  await crmService.createContactField(deps, scope, actor, {
    key: 'plan',
    label: 'Plan',
    type: 'choice',
    options: ['free', 'member', 'patron'],
  });
  const lines = ['email,name,company,plan,tags'];
  for (let i = 0; i < total; i++) {
    if (i % 100 === 7) lines.push(`broken-${i},Broken ${i},,free,`);
    else if (i % 100 === 42) lines.push(`fan${i - 40}@example.com,Fan again ${i},,member,repeat`);
    else
      lines.push(
        `fan${i}@example.com,"Fan ${i}",Studio ${i % 50},${['free', 'member', 'patron'][i % 3]},bench;wave-${i % 4}`,
      );
  }
  const bytes = new TextEncoder().encode(lines.join('\r\n'));
  console.log(`file rows=${total} bytes=${bytes.byteLength}`);

  let t = performance.now();
  const draft = await crmService.uploadContactImport(deps, scope, actor, { name: 'bench.csv', bytes });
  const uploadMs = performance.now() - t;
  await crmService.startContactImport(deps, scope, actor, draft.id, {
    mapping: ['email', 'name', 'company', 'field:plan', 'tags'],
    consent: true,
  });
  t = performance.now();
  const message = { organizationId: orgId, importId: draft.id };
  let chunks = 0;
  for (;;) {
    const r = await crmService.applyContactImportChunk(deps, message);
    if (r.applied) chunks++;
    if (r.finished) break;
  }
  const applyMs = performance.now() - t;
  const done = await crmService.getContactImport(deps, scope, draft.id);
  console.log(
    `upload_ms=${uploadMs.toFixed(0)} apply_ms=${applyMs.toFixed(0)} chunks=${chunks} rows_per_s=${Math.round((total / applyMs) * 1000)} total_s=${((uploadMs + applyMs) / 1000).toFixed(1)}`,
  );
  console.log(
    `status=${done.status} processed=${done.processed} created=${done.created} updated=${done.updated} duplicates=${done.duplicates} failed=${done.failed}`,
  );
} finally {
  await mf.dispose();
  await plane.close();
}
