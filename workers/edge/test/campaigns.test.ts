import { campaignsService } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { campaignSends, contacts, emailOutbox, emailSuppressions } from '@mewayz/db/schema';
import { campaignSentNow, type EdgeHarness, eventually, startEdge, testRootDomain } from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const webhookSecret = `whsec_${Buffer.from('test-email-webhook-secret-0123456789').toString('base64')}`;
let edge: EdgeHarness;
// Two Workers with MJML bundled start slowly on a loaded two-core machine.
beforeAll(async () => {
  edge = await startEdge({ edgeVars: { RESEND_WEBHOOK_SECRET: webhookSecret } });
}, 180_000);
afterAll(() => edge?.dispose());

const mjml = `<mjml><mj-body><mj-section><mj-column>
<mj-text>Hello {{ first_name | "there" }}</mj-text>
<mj-button href="https://shop.example.com/sale?utm_source=email">Shop the sale</mj-button>
</mj-column></mj-section></mj-body></mjml>`;
const human =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

async function sentCampaign(n: number) {
  const { scope, campaign } = await campaignSentNow(edge.deps, n, mjml);
  // The cron's work for this organization starts it (in workerd, MJML and all) and the jobs Worker's
  // queue consumer sends it.
  await edge.tick(scope.orgId);
  const mails = () =>
    dbOf(edge.deps).select().from(emailOutbox).where(eq(emailOutbox.organizationId, scope.orgId));
  await eventually(async () => (await mails()).length >= n, 30_000);
  await eventually(
    async () => (await campaignsService.getCampaign(edge.deps, scope, campaign.id)).status === 'sent',
  );
  return { scope, campaign, mails: await mails() };
}

const tokenIn = (html: string, kind: 'o' | 'c' | 'u') =>
  new RegExp(`/e/${kind}/([A-Za-z0-9_.-]+)`).exec(html)![1]!;
const stats = (c: Awaited<ReturnType<typeof sentCampaign>>) =>
  campaignsService.campaignStats(edge.deps, c.scope, c.campaign.id);

describe('campaign emails through the queue and the edge', () => {
  it('arrive once per contact, and the edge counts human opens and clicks, not machine ones', async () => {
    const sent = await sentCampaign(3);
    expect(sent.mails).toHaveLength(3);
    expect(new Set(sent.mails.map((m) => m.toAddress)).size).toBe(3);
    const html = sent.mails[0]!.htmlBody!;
    // A second cron tick finds nothing more to send.
    await edge.tick(sent.scope.orgId);
    expect((await stats(sent)).sent).toBe(3);

    const openUrl = `http://${testRootDomain}/e/o/${tokenIn(html, 'o')}`;
    // Within seconds of delivery: a scanner. From Apple's proxy range: privacy protection.
    const scanner = await edge.fetch(openUrl, { headers: { 'user-agent': human } });
    expect(scanner.status).toBe(200);
    expect(scanner.headers.get('content-type')).toBe('image/gif');
    expect(scanner.headers.get('cache-control')).toContain('no-store');
    await eventually(async () => (await stats(sent)).machineOpens === 1);
    // Later, a person.
    await dbOf(edge.deps)
      .update(campaignSends)
      .set({ sentAt: new Date(Date.now() - 3_600_000) })
      .where(eq(campaignSends.campaignId, sent.campaign.id));
    await edge.fetch(openUrl, { headers: { 'user-agent': human, 'cf-connecting-ip': '17.58.0.9' } });
    await edge.fetch(openUrl, { headers: { 'user-agent': human, 'cf-connecting-ip': '203.0.113.4' } });
    await eventually(async () => (await stats(sent)).opens === 1);

    const click = await edge.fetch(`http://${testRootDomain}/e/c/${tokenIn(html, 'c')}`, {
      headers: { 'user-agent': human },
    });
    expect(click.status).toBe(302);
    expect(click.headers.get('location')).toBe('https://shop.example.com/sale?utm_source=email');
    await eventually(async () => (await stats(sent)).uniqueClicks === 1);
    // A token whose destination was swapped is refused: no open redirect.
    const [payload, sig] = tokenIn(html, 'c').split('.');
    const forged = Buffer.from(
      Buffer.from(payload!, 'base64url')
        .toString()
        .replace('https://shop.example.com/sale?utm_source=email', 'https://evil.example'),
    ).toString('base64url');
    expect((await edge.fetch(`http://${testRootDomain}/e/c/${forged}.${sig}`)).status).toBe(404);
    expect((await edge.fetch(`http://${testRootDomain}/e/c/nonsense`)).status).toBe(404);
  });

  it('unsubscribes in one click (RFC 8058 POST) and from the confirmation page', async () => {
    const sent = await sentCampaign(2);
    const [a, b] = sent.mails;
    const unsubscribeUrl = /<(http[^>]+)>/.exec(a!.headers!['List-Unsubscribe']!)![1]!;
    expect(a!.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const oneClick = await edge.fetch(unsubscribeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain('You are unsubscribed');

    const pageUrl = `http://${testRootDomain}/e/u/${tokenIn(b!.htmlBody!, 'u')}`;
    const page = await edge.fetch(pageUrl);
    const html = await page.text();
    expect(page.headers.get('cache-control')).toContain('private');
    expect(html).toContain('<form method="post"');
    expect(html).not.toContain('<script');
    expect((await edge.fetch(pageUrl, { method: 'POST' })).status).toBe(200);

    const rows = await dbOf(edge.deps)
      .select()
      .from(contacts)
      .where(eq(contacts.organizationId, sent.scope.orgId));
    expect(rows.map((r) => r.consentStatus)).toEqual(['unsubscribed', 'unsubscribed']);
    expect(
      await dbOf(edge.deps)
        .select()
        .from(emailSuppressions)
        .where(eq(emailSuppressions.organizationId, sent.scope.orgId)),
    ).toHaveLength(2);
    expect((await stats(sent)).unsubscribes).toBe(2);
    expect((await edge.fetch(`http://${testRootDomain}/e/u/${tokenIn(b!.htmlBody!, 'o')}`)).status).toBe(404);
  });

  it('applies signed bounce and complaint webhooks and refuses forged ones', async () => {
    const sent = await sentCampaign(2);
    const sends = await dbOf(edge.deps)
      .select()
      .from(campaignSends)
      .where(eq(campaignSends.campaignId, sent.campaign.id));
    const post = async (type: string, contactId: string, sign = true) => {
      const body = JSON.stringify({
        type,
        created_at: new Date().toISOString(),
        data: {
          email_id: 'x',
          tags: { organization: sent.scope.orgId, campaign: sent.campaign.id, contact: contactId },
        },
      });
      const id = `msg_${Math.random().toString(36).slice(2)}`;
      const ts = String(Math.floor(Date.now() / 1000));
      const signature = sign ? await campaignsService.svixSignature(webhookSecret, id, ts, body) : 'AAAA';
      return edge.fetch(`http://${testRootDomain}/webhooks/email`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'svix-id': id,
          'svix-timestamp': ts,
          'svix-signature': `v1,${signature}`,
        },
        body,
      });
    };
    expect((await post('email.bounced', sends[0]!.contactId, false)).status).toBe(400);
    expect((await post('email.bounced', sends[0]!.contactId)).status).toBe(200);
    expect((await post('email.complained', sends[1]!.contactId)).status).toBe(200);
    expect((await post('email.complained', sends[1]!.contactId)).status).toBe(200);
    expect(await stats(sent)).toMatchObject({ bounces: 1, complaints: 1, delivered: 1 });
    const byId = new Map(
      (
        await dbOf(edge.deps).select().from(contacts).where(eq(contacts.organizationId, sent.scope.orgId))
      ).map((c) => [c.id, c]),
    );
    expect(byId.get(sends[0]!.contactId)!.consentStatus).toBe('bounced');
    expect(byId.get(sends[1]!.contactId)!.consentStatus).toBe('complained');
    const suppressed = await dbOf(edge.deps)
      .select()
      .from(emailSuppressions)
      .where(
        and(
          eq(emailSuppressions.organizationId, sent.scope.orgId),
          eq(emailSuppressions.reason, 'complained'),
        ),
      );
    expect(suppressed).toHaveLength(1);
  });
});
