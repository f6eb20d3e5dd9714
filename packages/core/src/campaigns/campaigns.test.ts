import {
  campaignSends,
  contactInteractions,
  contacts,
  emailCampaigns,
  emailOutbox,
  emailSuppressions,
} from '@mewayz/db/schema';
import { createTestOrg, deadlockOnFirstInsertInto, failureOf, nodeDeps } from '@mewayz/testing';
import { and, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createContact } from '../crm/contacts.ts';
import { createSegment } from '../crm/segments.ts';
import { dbOf, withDb } from '../data/db-handle.ts';
import { EmailSendFailed } from '../email/elastic-email.ts';
import type { EmailMessage, Mailer } from '../email/mailer.ts';
import { outboxMailer } from '../email/outbox.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import {
  campaignStats,
  cancelCampaign,
  createCampaign,
  pauseCampaign,
  resumeCampaign,
  scheduleCampaign,
  sendCampaignNow,
} from './campaigns.ts';
import { recordEngagement, unsubscribeByToken } from './engagement.ts';
import { applyMergeFields } from './merge-fields.ts';
import { compileEmail } from './render.ts';
import { updateSenderSettings } from './sender-settings.ts';
import {
  type CampaignBatchMessage,
  kickCampaign,
  MAX_CHAINS,
  runCampaignCron,
  type SendingDeps,
  sendCampaignBatch,
  startCampaign,
} from './sending.ts';
import { campaignSettingsOf } from './settings.ts';
import { createTemplate, previewTemplate } from './templates.ts';
import { verifyTracking } from './tracking-tokens.ts';

const base = nodeDeps();
const settings = campaignSettingsOf(
  { EMAIL_TRACKING_SECRET: 'test-tracking-secret-0123456789', CAMPAIGN_RATE_PER_MINUTE: 100_000 },
  base.config,
);
const actor = { userId: null, requestId: 'req_test' };
const mjml = `<mjml><mj-body><mj-section><mj-column>
<mj-text>Hi {{ first_name | "there" }}, from {{ company }}</mj-text>
<mj-button href="https://example.com/shop?a=1&amp;b=2">Shop</mj-button>
</mj-column></mj-section></mj-body></mjml>`;

function depsWith(mailer: Mailer): SendingDeps {
  return { ...base, mailer, campaigns: settings };
}

async function audience(scope: TenantScope, n: number, tag = 'news') {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const c = await createContact(base, scope, actor, {
      email: `p${i}-${scope.orgId.slice(-6)}@example.test`,
      name: i === 0 ? '<b>Eve</b> Smith' : `Person${i} Last`,
      tags: [tag],
    });
    ids.push(c.id);
  }
  return ids;
}

async function readyCampaign(scope: TenantScope, tag = 'news') {
  await updateSenderSettings(base, scope, actor, { postalAddress: '1 Main St\nSpringfield' });
  const template = await createTemplate(base, scope, actor, {
    name: 'Hello',
    subject: 'Hi {{ first_name }}',
    mjml,
  });
  return createCampaign(base, scope, actor, {
    name: 'Launch',
    templateId: template.id,
    audience: { type: 'tags', tags: [tag] },
    subject: 'Hello {{ first_name | "friend" }}',
    fromName: 'Alice',
  });
}

/** Runs the cron and drains the queue like the consumer: a batch that reports retries is redelivered. */
async function drain(scope: TenantScope, deps: SendingDeps, opts: { duplicateDeliveries?: boolean } = {}) {
  const queue: CampaignBatchMessage[] = [];
  // This organization's campaigns only: other files' campaigns (end-to-end ones among them) share the
  // database and are sent by their own stacks.
  await runCampaignCron(deps, new Date(), async (m) => void queue.push(...m), {
    organizationId: scope.orgId,
  });
  let rounds = 0;
  while (queue.length && rounds++ < 500) {
    const msg = queue.shift()!;
    const deliveries = opts.duplicateDeliveries ? [msg, msg] : [msg];
    const results = await Promise.allSettled(
      deliveries.map((m) => sendCampaignBatch(deps, m, { batchSize: 3 })),
    );
    for (const r of results) {
      if (r.status === 'rejected' || r.value.retry > 0 || r.value.claimed > 0) queue.push(msg);
    }
  }
}

async function outboxFor(scope: TenantScope) {
  return dbOf(base)
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.organizationId, scope.orgId), like(emailOutbox.subject, 'Hello%')));
}

describe('templates', () => {
  it('compile MJML to inline-styled HTML and text, with merge fields escaped and fallbacks', async () => {
    const out = await compileEmail(mjml, { postalAddress: '1 Main St', previewText: 'Peek' });
    expect(out.html).toContain('style="');
    expect(out.html).toContain('1 Main St');
    expect(out.text).toContain('Hi {{ first_name | "there" }}');
    expect(applyMergeFields(out.html, { first_name: '<script>x</script>' }, 'html')).toContain(
      '&lt;script&gt;x',
    );
    expect(applyMergeFields(out.text, {}, 'text')).toContain('Hi there, from');
    expect(applyMergeFields(out.text, { first_name: 'Ann' }, 'text')).toContain('Hi Ann,');
  });

  it('refuse MJML that is not MJML, and preview with sample values', async () => {
    const scope = await createTestOrg(base);
    expect(
      (
        await failureOf(createTemplate(base, scope, actor, { name: 'x', subject: 's', mjml: '<p>hi</p>' }))
      )[0],
    ).toBe(422);
    const preview = await previewTemplate(base, scope, { mjml, subject: 'Hi {{ first_name }}' });
    expect(preview.subject).toBe('Hi Ada');
    expect(preview.text).toContain('Hi Ada, from Analytical Engines');
  });
});

describe('campaign sending', () => {
  it('needs a postal address before it can be scheduled', async () => {
    const scope = await createTestOrg(base);
    const template = await createTemplate(base, scope, actor, { name: 'T', subject: 'S', mjml });
    const c = await createCampaign(base, scope, actor, {
      name: 'C',
      templateId: template.id,
      audience: { type: 'tags', tags: ['x'] },
      subject: 'S',
      fromName: 'A',
    });
    expect(await failureOf(sendCampaignNow(base, scope, actor, c.id))).toEqual([
      409,
      'conflict',
      'postalAddress',
    ]);
    expect(
      (await failureOf(scheduleCampaign(base, scope, actor, c.id, { at: '2001-01-01T00:00:00Z' })))[0],
    ).toBe(422);
  });

  it('sends each recipient exactly once with unsubscribe headers, skipping the suppressed, under redelivery', async () => {
    const scope = await createTestOrg(base);
    const ids = await audience(scope, 7);
    // One contact already unsubscribed, one address on the suppression list: neither is mailed.
    await dbOf(base).update(contacts).set({ consentStatus: 'unsubscribed' }).where(eq(contacts.id, ids[5]!));
    const suppressed = `p6-${scope.orgId.slice(-6)}@example.test`;
    await dbOf(base)
      .insert(emailSuppressions)
      .values({ organizationId: scope.orgId, email: suppressed, reason: 'manual' });
    const campaign = await readyCampaign(scope);
    await sendCampaignNow(base, scope, actor, campaign.id);
    await drain(scope, depsWith(outboxMailer(dbOf(base))), { duplicateDeliveries: true });
    const mails = await outboxFor(scope);
    expect(mails).toHaveLength(5);
    expect(new Set(mails.map((m) => m.toAddress)).size).toBe(5);
    expect(mails.map((m) => m.toAddress)).not.toContain(suppressed);
    const eve = mails.find((m) => m.toAddress.startsWith('p0-'))!;
    // The subject is plain text: no escaping there.
    expect(eve.subject).toBe('Hello <b>Eve</b>');
    expect(eve.htmlBody).toContain('Hi &lt;b&gt;Eve&lt;/b&gt;');
    expect(eve.htmlBody).not.toContain('https://example.com/shop');
    expect(eve.htmlBody).toContain('1 Main St<br />Springfield');
    expect(eve.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(eve.headers!['List-Unsubscribe']).toMatch(/^<http:\/\/[^>]+\/e\/u\/[^>]+>, <mailto:unsubscribe@/);
    // The plain part carries the name as written: text is never HTML.
    expect(eve.textBody).toContain('Hi <b>Eve</b>, from');
    const stats = await campaignStats(base, scope, campaign.id);
    expect(stats).toMatchObject({ recipients: 5, sent: 5, pending: 0, failed: 0 });
    const timeline = await dbOf(base)
      .select()
      .from(contactInteractions)
      .where(
        and(eq(contactInteractions.organizationId, scope.orgId), eq(contactInteractions.kind, 'email_sent')),
      );
    expect(timeline).toHaveLength(5);
    const [row] = await dbOf(base).select().from(emailCampaigns).where(eq(emailCampaigns.id, campaign.id));
    expect(row!.status).toBe('sent');
  });

  it('sends once per recipient when batches fail midway and answers get lost', async () => {
    const scope = await createTestOrg(base);
    await audience(scope, 10);
    const campaign = await readyCampaign(scope);
    await sendCampaignNow(base, scope, actor, campaign.id);
    const outbox = outboxMailer(dbOf(base));
    let calls = 0;
    // Every third call fails outright; every fifth "sends" and then loses the answer (the idempotency
    // key is what keeps the retry from being a second email).
    const flaky: Mailer = {
      idempotent: true,
      async send(m: EmailMessage) {
        calls++;
        if (calls % 3 === 0) throw new EmailSendFailed('HTTP 503');
        const sent = await outbox.send(m);
        if (calls % 5 === 0) throw new Error('connection reset');
        return sent;
      },
    };
    await drain(scope, depsWith(flaky), { duplicateDeliveries: true });
    const mails = await outboxFor(scope);
    expect(mails).toHaveLength(10);
    expect(new Set(mails.map((m) => m.toAddress)).size).toBe(10);
    expect(calls).toBeGreaterThan(10);
    expect(await campaignStats(base, scope, campaign.id)).toMatchObject({ sent: 10, pending: 0, failed: 0 });
  });

  it('keeps a bounded number of batch chains in the queue: kicks leave living chains alone and replace ended ones', async () => {
    const scope = await createTestOrg(base);
    await audience(scope, 4);
    const campaign = await readyCampaign(scope);
    await sendCampaignNow(base, scope, actor, campaign.id);
    const deps = depsWith(outboxMailer(dbOf(base)));
    expect(await startCampaign(deps, scope.orgId, campaign.id, new Date())).toBe(true);
    // A large audience: 1,500 more recipients (no contacts behind them; a batch skips those).
    await dbOf(base)
      .insert(campaignSends)
      .values(
        Array.from({ length: 1500 }, (_, i) => ({
          organizationId: scope.orgId,
          campaignId: campaign.id,
          contactId: `con_9${String(i).padStart(25, '0')}`,
          email: `bulk${i}@example.test`,
        })),
      );
    const start = Date.now();
    let queued: CampaignBatchMessage[] = [];
    const kick = async (at = start) => {
      queued = [];
      await kickCampaign(deps, scope.orgId, campaign.id, new Date(at), async (m) => void queued.push(...m));
      return queued.length;
    };
    const run = (msg: CampaignBatchMessage, at = start) =>
      sendCampaignBatch({ ...deps, now: () => new Date(at) }, msg, { batchSize: 2 });
    expect(await kick()).toBe(MAX_CHAINS);
    const chains = queued;
    expect(new Set(chains.map((m) => m.chain)).size).toBe(MAX_CHAINS);
    for (const msg of chains) expect((await run(msg)).claimed).toBe(2);
    // Its chains are going: the cron's next kicks add nothing behind them.
    expect(await kick()).toBe(0);
    expect(await kick(start + 30_000)).toBe(0);
    // Five chains claim again a minute later; the other fifteen ended unseen (their messages ran out
    // of retries). The kick after 90 s of silence replaces those fifteen and only those.
    for (const msg of chains.slice(0, 5)) expect((await run(msg, start + 60_000)).claimed).toBe(2);
    expect(await kick(start + 100_000)).toBe(MAX_CHAINS - 5);
    // A pause ends the chains; after the resume the next kick starts them all again.
    await pauseCampaign(base, scope, actor, campaign.id);
    expect((await run(chains[0]!, start + 101_000)).claimed).toBe(0);
    await resumeCampaign(base, scope, actor, campaign.id);
    expect(await kick(start + 102_000)).toBe(MAX_CHAINS);
    // Other tests' crons kick every sending campaign of the database: leave none behind.
    await cancelCampaign(base, scope, actor, campaign.id);
  });

  it('records a batch whose outcome write lost a deadlock: run again, each email sent and logged once', async () => {
    const scope = await createTestOrg(base);
    await audience(scope, 3);
    const campaign = await readyCampaign(scope);
    await sendCampaignNow(base, scope, actor, campaign.id);
    const mailer = outboxMailer(dbOf(base));
    const deadlocking = {
      ...withDb(base, deadlockOnFirstInsertInto(dbOf(base), contactInteractions)),
      mailer,
      campaigns: settings,
    };
    expect(await startCampaign(deadlocking, scope.orgId, campaign.id, new Date())).toBe(true);
    const result = await sendCampaignBatch(deadlocking, {
      organizationId: scope.orgId,
      campaignId: campaign.id,
    });
    expect(result).toMatchObject({ claimed: 3, sent: 3, retry: 0, failed: 0, finished: true });
    expect(await outboxFor(scope)).toHaveLength(3);
    expect(await campaignStats(base, scope, campaign.id)).toMatchObject({ sent: 3, pending: 0, failed: 0 });
    const logged = await dbOf(base)
      .select()
      .from(contactInteractions)
      .where(
        and(eq(contactInteractions.organizationId, scope.orgId), eq(contactInteractions.kind, 'email_sent')),
      );
    expect(logged).toHaveLength(3);
  });

  it('pauses, resumes and cancels', async () => {
    const scope = await createTestOrg(base);
    await audience(scope, 4);
    const campaign = await readyCampaign(scope);
    await sendCampaignNow(base, scope, actor, campaign.id);
    const deps = depsWith(outboxMailer(dbOf(base)));
    await runCampaignCron(deps, new Date(), async () => {}, { organizationId: scope.orgId });
    await pauseCampaign(base, scope, actor, campaign.id);
    const msg = { organizationId: scope.orgId, campaignId: campaign.id };
    expect((await sendCampaignBatch(deps, msg)).claimed).toBe(0);
    await resumeCampaign(base, scope, actor, campaign.id);
    expect((await sendCampaignBatch(deps, msg, { batchSize: 2 })).sent).toBe(2);
    await cancelCampaign(base, scope, actor, campaign.id);
    expect((await sendCampaignBatch(deps, msg)).claimed).toBe(0);
    expect(await campaignStats(base, scope, campaign.id)).toMatchObject({
      recipients: 4,
      sent: 2,
      pending: 0,
    });
    expect((await failureOf(resumeCampaign(base, scope, actor, campaign.id)))[0]).toBe(409);
  });

  it('counts human opens and clicks once, flags machine opens, and unsubscribes in one click', async () => {
    const scope = await createTestOrg(base);
    const [first] = await audience(scope, 2);
    const segment = await createSegment(base, scope, actor, {
      name: 'news',
      filter: { match: 'all', conditions: [{ type: 'tag', op: 'has', tag: 'news' }] },
    });
    const campaign = await readyCampaign(scope);
    expect(segment.id).toBeTruthy();
    await sendCampaignNow(base, scope, actor, campaign.id);
    await drain(scope, depsWith(outboxMailer(dbOf(base))));
    const mail = (await outboxFor(scope)).find((m) => m.toAddress.startsWith('p0-'))!;
    const token = (kind: string) => new RegExp(`/e/${kind}/([A-Za-z0-9_.-]+)`).exec(mail.htmlBody!)![1]!;
    const open = (await verifyTracking(settings.trackingSecret, token('o').replace(/\.gif$/, ''), 'open'))!;
    const click = (await verifyTracking(settings.trackingSecret, token('c'), 'click'))!;
    expect(click.url).toBe('https://example.com/shop?a=1&b=2');
    expect(await verifyTracking(settings.trackingSecret, `${token('c')}x`, 'click')).toBeNull();
    const later = new Date(Date.now() + 60_000);
    const human = {
      userAgent: 'Mozilla/5.0 (Macintosh) AppleWebKit/605 Version/17 Safari/605',
      ip: '203.0.113.9',
      at: later,
    };
    expect((await recordEngagement(base, open, { ...human, ip: '17.58.1.2' })).machine).toBe(
      'apple_privacy_proxy',
    );
    expect((await recordEngagement(base, open, { ...human, at: new Date() })).machine).toBe('scanner_timing');
    expect((await recordEngagement(base, open, human)).counted).toBe(true);
    await recordEngagement(base, open, human);
    await recordEngagement(base, click, human);
    await recordEngagement(base, click, human);
    const unsub = (await verifyTracking(settings.trackingSecret, token('u'), 'unsubscribe'))!;
    await unsubscribeByToken(base, unsub, later);
    await unsubscribeByToken(base, unsub, later);
    expect(await campaignStats(base, scope, campaign.id)).toMatchObject({
      sent: 2,
      opens: 1,
      uniqueClicks: 1,
      unsubscribes: 1,
    });
    const [contact] = await dbOf(base).select().from(contacts).where(eq(contacts.id, first!));
    expect(contact!.consentStatus).toBe('unsubscribed');
    const kinds = (
      await dbOf(base)
        .select()
        .from(contactInteractions)
        .where(
          and(eq(contactInteractions.organizationId, scope.orgId), eq(contactInteractions.contactId, first!)),
        )
    ).map((r) => r.kind);
    expect(kinds.filter((k) => k === 'email_opened')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'email_clicked')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'unsubscribed')).toHaveLength(1);
    const sends = await dbOf(base)
      .select()
      .from(campaignSends)
      .where(eq(campaignSends.campaignId, campaign.id));
    expect(sends.filter((s) => s.machineOpenedAt)).toHaveLength(1);
  });
});
