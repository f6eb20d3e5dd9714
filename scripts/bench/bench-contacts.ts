/**
 * `npm run bench:contacts` — 100,000 contacts in one workspace (written in bulk SQL from MariaDB's
 * sequence engine: a tag on every 5th, a custom field value on each), then the CRM's reads as the
 * dashboard and the API make them, through the PlanetScale-protocol gateway like a Worker: the list's
 * first page, a page deep in the list (by cursor), a tag filter, a search and a segment count. Prints one
 * line per read with the median and p95 of 30 runs (goal: < 200 ms each).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { crmService, forTenant, newId } from '@mewayz/core';
import { dbOf, trustOrgId } from '@mewayz/core/admin';
import { organizations } from '@mewayz/db/schema';
import { benchDataPlane, benchMysqlUrl } from './bench-env.ts';
import { printReadTimes } from './time-reads.ts';

const run = promisify(execFile);
const total = Number(process.env.BENCH_CONTACTS ?? 100_000);
const runs = 30;

const plane = await benchDataPlane();
try {
  const deps = plane.deps;
  const orgId = newId('organization');
  await dbOf(deps)
    .insert(organizations)
    .values({ id: orgId, name: 'Bench CRM', slug: orgId.replace('_', '-') });
  const scope = forTenant(dbOf(deps), trustOrgId(orgId));
  const actor = { userId: null };
  const field = await crmService.createContactField(deps, scope, actor, {
    key: 'plan',
    label: 'Plan',
    type: 'choice',
    options: ['free', 'member', 'patron'],
  });
  const started = Date.now();
  // Canonical ids (`con_` + 26 Crockford characters), ascending with the sequence: newest = highest.
  const id = "CONCAT('con_01', LPAD(seq, 24, '0'))";
  const sql = `
    INSERT INTO contacts (id, organization_id, email, name, source, score, consent_status, created_at, updated_at, last_activity_at)
      SELECT ${id}, '${orgId}', CONCAT('fan', seq, '@example.com'), CONCAT('Fan ', seq),
             IF(seq % 3 = 0, 'order', 'signup_form'), seq % 100,
             ELT(1 + (seq % 10 = 0) + (seq % 25 = 0), 'subscribed', 'unsubscribed', 'bounced'),
             NOW(3) - INTERVAL (${total} - seq) MINUTE, NOW(3), NOW(3) - INTERVAL (seq % 200) DAY
      FROM seq_1_to_${total};
    INSERT INTO contact_tags (organization_id, contact_id, tag)
      SELECT '${orgId}', ${id}, 'vip' FROM seq_1_to_${total} WHERE seq % 5 = 0;
    INSERT INTO contact_field_values (organization_id, contact_id, field_id, value_text)
      SELECT '${orgId}', ${id}, '${field.id}', ELT(1 + seq % 3, 'free', 'member', 'patron') FROM seq_1_to_${total};
    ANALYZE TABLE contacts, contact_tags, contact_field_values;`;
  const database = new URL(benchMysqlUrl).pathname.slice(1);
  await run('mariadb', ['-h', '127.0.0.1', '-uroot', database, '-e', sql], { maxBuffer: 1 << 24 });
  console.log(`seeded contacts=${total} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const segment = await crmService.createSegment(deps, scope, actor, {
    name: 'Subscribed VIP patrons',
    filter: {
      conditions: [
        { type: 'tag', op: 'has', tag: 'vip' },
        { type: 'consent', op: 'is', value: 'subscribed' },
        { type: 'field', key: 'plan', op: 'eq', value: 'patron' },
      ],
    },
  });
  const deep = `con_01${String(Math.floor(total / 10)).padStart(24, '0')}`;
  const reads: [string, () => Promise<unknown>][] = [
    ['list_first_page', () => crmService.listContacts(deps, scope, { per_page: 50 })],
    ['list_deep_page', () => crmService.listContacts(deps, scope, { per_page: 50, cursor: deep })],
    ['list_tag_vip', () => crmService.listContacts(deps, scope, { per_page: 50, tag: 'vip' })],
    ['list_search', () => crmService.listContacts(deps, scope, { per_page: 50, q: 'fan4242' })],
    ['list_segment', () => crmService.listContacts(deps, scope, { per_page: 50, segmentId: segment.id })],
    ['segment_count', () => crmService.countSegment(deps, scope, segment.id)],
  ];
  await printReadTimes(reads, total, runs);
  console.log(`segment members=${(await crmService.countSegment(deps, scope, segment.id)).count}`);
} finally {
  await plane.close();
}
