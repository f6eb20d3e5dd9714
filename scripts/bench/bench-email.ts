/**
 * `npm run bench:email [-- --contacts N]` — N contacts (default 100,000, bulk SQL like bench:contacts) and
 * one campaign to all of them, sent by the jobs Worker (Miniflare: its cron starts the campaign, the
 * `campaign-sends` queue and consumer send it) to the local Resend fake. Once normally, once with the fake
 * failing every 7th request with 503 and dropping the answer of every 11th after accepting it. Each run
 * prints `run=<normal|failing> recipients=… sent=… duplicates=… emails_per_s=… first_send_ms=…`
 * (sent = distinct recipients the fake accepted; duplicates = recipients it accepted more than once).
 * Then the segment count and the contacts page at that size: `read=… contacts=… median_ms=… p95_ms=…`.
 */
import { execFile } from 'node:child_process';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { campaignsService, crmService, forTenant, newId } from '@mewayz/core';
import { dbOf, trustOrgId } from '@mewayz/core/admin';
import { organizations } from '@mewayz/db/schema';
import { startEmailProviderFake } from '@mewayz/devstack/email-provider-fake';
import { bundleWorker } from '@mewayz/testing/bundle';
import { Miniflare } from 'miniflare';
import { benchDataPlane, benchMysqlUrl, benchRoot } from './bench-env.ts';
import { printReadTimes } from './time-reads.ts';

const run = promisify(execFile);
const arg = process.argv.indexOf('--contacts');
const total = Number(arg > 0 ? process.argv[arg + 1] : (process.env.BENCH_EMAIL_CONTACTS ?? 100_000));
const timeoutMs = Number(process.env.BENCH_EMAIL_TIMEOUT_MS ?? 30 * 60_000);
const mjml =
  '<mjml><mj-body><mj-section><mj-column><mj-text>Hi {{ first_name | "there" }}</mj-text><mj-button href="https://example.com/sale">Shop</mj-button></mj-column></mj-section></mj-body></mjml>';

const plane = await benchDataPlane();
const fake = await startEmailProviderFake({ port: 0, apiKey: 're_bench' });
try {
  const deps = plane.deps;
  const jobsScript = await bundleWorker('workers/jobs/src/index.ts');
  const mf = new Miniflare({
    modules: true,
    compatibilityDate: '2025-04-01',
    compatibilityFlags: ['nodejs_compat'],
    scriptPath: jobsScript,
    modulesRoot: dirname(jobsScript),
    bindings: {
      DATABASE_URL: plane.gateways.psdbUrl,
      REDIS_URL: plane.gateways.redisUrl,
      REDIS_TOKEN: plane.gateways.redisToken,
      ROOT_DOMAIN: benchRoot,
      PUBLIC_SCHEME: 'http',
      DASHBOARD_URL: 'http://app.mewayz.localhost:8788',
      ENCRYPTION_KEYS: 'k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=',
      EMAIL_PROVIDER: 'resend',
      RESEND_API_KEY: 're_bench',
      RESEND_API_URL: fake.url,
      EMAIL_FROM: 'Bench <bench@bench.localhost>',
      CAMPAIGN_RATE_PER_MINUTE: '10000000',
      LOG_LEVEL: 'error',
    },
    queueProducers: {
      CAMPAIGN_SENDS: { queueName: 'campaign-sends' },
      WEBHOOKS: { queueName: 'webhooks' },
      STRIPE_EVENTS: { queueName: 'stripe-events' },
      EVENTS_DLQ: { queueName: 'events-dlq' },
    },
    queueConsumers: { 'campaign-sends': { maxBatchSize: 5, maxBatchTimeout: 1, maxRetries: 50 } },
  });
  await mf.ready;
  const jobs = await mf.getWorker();

  const orgId = newId('organization');
  await dbOf(deps)
    .insert(organizations)
    .values({ id: orgId, name: 'Bench email', slug: orgId.replace('_', '-') });
  const scope = forTenant(dbOf(deps), trustOrgId(orgId));
  const actor = { userId: null };
  const seeded = Date.now();
  const id = "CONCAT('con_01', LPAD(seq, 24, '0'))";
  const sql = `
    INSERT INTO contacts (id, organization_id, email, name, source, score, consent_status, created_at, updated_at)
      SELECT ${id}, '${orgId}', CONCAT('fan', seq, '@example.com'), CONCAT('Fan ', seq), 'import', 0, 'subscribed',
             NOW(3) - INTERVAL (${total} - seq) MINUTE, NOW(3)
      FROM seq_1_to_${total};
    INSERT INTO contact_tags (organization_id, contact_id, tag)
      SELECT '${orgId}', ${id}, IF(seq % 2 = 0, 'even', 'odd') FROM seq_1_to_${total};
    ANALYZE TABLE contacts, contact_tags;`;
  const database = new URL(benchMysqlUrl).pathname.slice(1);
  await run('mariadb', ['-h', '127.0.0.1', '-uroot', database, '-e', sql], { maxBuffer: 1 << 24 });
  console.log(`seeded contacts=${total} in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);
  await campaignsService.updateSenderSettings(deps, scope, actor, {
    postalAddress: '1 Bench Road, Springfield',
  });
  const template = await campaignsService.createTemplate(deps, scope, actor, {
    name: 'Bench',
    subject: 'Hi',
    mjml,
  });

  for (const mode of ['normal', 'failing'] as const) {
    await fetch(`${fake.url}/__fake/reset`, { method: 'POST' });
    if (mode === 'failing')
      await fetch(`${fake.url}/__fake/faults`, {
        method: 'POST',
        body: JSON.stringify({ failEvery: 7, dropEvery: 11 }),
      });
    const campaign = await campaignsService.createCampaign(deps, scope, actor, {
      name: `Bench ${mode}`,
      templateId: template.id,
      audience: { type: 'tags', tags: ['even', 'odd'] },
      subject: `Bench ${mode} {{ first_name }}`,
      fromName: 'Bench',
    });
    await campaignsService.sendCampaignNow(deps, scope, actor, campaign.id);
    const started = Date.now();
    let firstSendMs = -1;
    await jobs.scheduled({ cron: '* * * * *' });
    const until = started + timeoutMs;
    let lastTick = Date.now();
    for (;;) {
      const mine = fake.messages.filter((m) => m.tags.campaign === campaign.id);
      if (firstSendMs < 0 && mine.length > 0) firstSendMs = Date.now() - started;
      const state = await campaignsService.getCampaign(deps, scope, campaign.id);
      if (state.status === 'sent' || Date.now() > until) break;
      // The cron's minute, compressed: stale claims are settled and batches kicked again.
      if (Date.now() - lastTick > 10_000) {
        await jobs.scheduled({ cron: '* * * * *' });
        lastTick = Date.now();
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    const seconds = (Date.now() - started) / 1000;
    const mine = fake.messages.filter((m) => m.tags.campaign === campaign.id);
    const perRecipient = new Map<string, number>();
    for (const m of mine) perRecipient.set(m.to[0]!, (perRecipient.get(m.to[0]!) ?? 0) + 1);
    const duplicates = [...perRecipient.values()].filter((n) => n > 1).length;
    const stats = await campaignsService.campaignStats(deps, scope, campaign.id);
    console.log(
      `run=${mode} recipients=${stats.recipients} sent=${perRecipient.size} duplicates=${duplicates} emails_per_s=${(perRecipient.size / seconds).toFixed(1)} first_send_ms=${firstSendMs}`,
    );
  }
  await mf.dispose();

  const segment = await crmService.createSegment(deps, scope, actor, {
    name: 'Even',
    filter: { conditions: [{ type: 'tag', op: 'has', tag: 'even' }] },
  });
  const reads: [string, () => Promise<unknown>][] = [
    ['segment_count', () => crmService.countSegment(deps, scope, segment.id)],
    ['contacts_page', () => crmService.listContacts(deps, scope, { per_page: 50 })],
  ];
  await printReadTimes(reads, total);
} finally {
  await fake.close();
  await plane.close();
}
