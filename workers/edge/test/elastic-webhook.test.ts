import { campaignsService } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { campaignSends, contacts, emailSuppressions } from '@mewayz/db/schema';
import { type EmailProviderFake, startEmailProviderFake } from '@mewayz/devstack/email-provider-fake';
import {
  campaignSentNow,
  createTestOrg,
  type EdgeHarness,
  eventually,
  startEdge,
  testRootDomain,
} from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Elastic Email signs nothing: the notification URL's last segment is the secret.
const token = 'elastic-notify-token-0123456789abcdef';
let fake: EmailProviderFake;
let edge: EdgeHarness;
beforeAll(async () => {
  fake = await startEmailProviderFake({ port: 0, apiKey: 'ee_test_key' });
  edge = await startEdge({
    edgeVars: { ELASTIC_EMAIL_WEBHOOK_TOKEN: token },
    // The jobs Worker sends the campaign through Elastic Email's v4 API, here the fake.
    jobsVars: {
      EMAIL_PROVIDER: 'elastic',
      ELASTIC_EMAIL_API_KEY: 'ee_test_key',
      ELASTIC_EMAIL_URL: fake.url,
    },
  });
  // The fake calls the edge over HTTP, as Elastic Email would call the root host.
  await fetch(`${fake.url}/__fake/config`, {
    method: 'POST',
    body: JSON.stringify({ elasticNotificationUrl: `${edge.origin}/webhooks/email/elastic/${token}` }),
  });
}, 180_000);
afterAll(async () => {
  await edge?.dispose();
  await fake?.close();
});

const hook = (path: string) => `http://${testRootDomain}/webhooks/email/elastic/${path}`;

async function sentThroughElastic(n: number) {
  const { scope, campaign, emails } = await campaignSentNow(
    edge.deps,
    n,
    '<mjml><mj-body><mj-section><mj-column><mj-text>Hi</mj-text></mj-column></mj-section></mj-body></mjml>',
  );
  await edge.tick(scope.orgId);
  const mine = () => fake.messages.filter((m) => emails.includes(m.to[0] ?? ''));
  await eventually(async () => mine().length >= n, 30_000);
  const stats = () => campaignsService.campaignStats(edge.deps, scope, campaign.id);
  const contactOf = async (email: string) =>
    (await dbOf(edge.deps).select().from(contacts).where(eq(contacts.organizationId, scope.orgId))).find(
      (c) => c.email === email,
    )!;
  const suppressions = () =>
    dbOf(edge.deps).select().from(emailSuppressions).where(eq(emailSuppressions.organizationId, scope.orgId));
  return { scope, campaign, emails, messages: mine(), stats, contactOf, suppressions };
}

describe('Elastic Email notifications at /webhooks/email/elastic/<token>', () => {
  it('apply bounces, complaints and unsubscribes once each, under repeated delivery', async () => {
    const sent = await sentThroughElastic(4);
    const [a, b, c, d] = sent.emails as [string, string, string, string];
    // The adapter's Postback carries the ids Elastic echoes back.
    expect(sent.messages[0]!.tags).toMatchObject({
      campaign: sent.campaign.id,
      organization: sent.scope.orgId,
    });

    const bounce = { to: a, status: 'Error', category: 'NoMailbox' };
    expect(await fake.notifyElastic(bounce)).toEqual({ notified: 1, statuses: [200] });
    expect(await fake.notifyElastic(bounce)).toEqual({ notified: 1, statuses: [200] });
    expect(await fake.notifyElastic({ to: b, status: 'AbuseReport' })).toEqual({
      notified: 1,
      statuses: [200],
    });
    // The same complaint POSTed as a form (a relay or a retry in another shape) counts nothing more.
    const postback = fake.messages.find((m) => m.to[0] === b)!.postback!;
    const form = await edge.fetch(hook(token), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ status: 'AbuseReport', postback }).toString(),
    });
    expect(form.status).toBe(200);
    // A soft error (greylisting) is about one attempt: the reader stays on the list.
    const soft = await edge.fetch(
      hook(
        `${token}?status=Error&category=GreyListed&postback=${encodeURIComponent(
          fake.messages.find((m) => m.to[0] === c)!.postback!,
        )}`,
      ),
    );
    expect(await soft.json()).toEqual({ received: true, applied: false });
    await fake.notifyElastic({ to: c, status: 'Unsubscribed' });
    await fake.notifyElastic({ to: c, status: 'Unsubscribed' });
    await fake.notifyElastic({ to: d, status: 'Sent' });

    expect(await sent.stats()).toMatchObject({ bounces: 1, complaints: 1, unsubscribes: 1 });
    expect((await sent.contactOf(a)).consentStatus).toBe('bounced');
    expect((await sent.contactOf(b)).consentStatus).toBe('complained');
    expect((await sent.contactOf(c)).consentStatus).toBe('unsubscribed');
    expect((await sent.contactOf(d)).consentStatus).toBe('subscribed');
    const suppressed = Object.fromEntries((await sent.suppressions()).map((s) => [s.email, s.reason]));
    expect(suppressed).toEqual({ [a]: 'bounced', [b]: 'complained', [c]: 'unsubscribed' });
    const rows = await dbOf(edge.deps)
      .select()
      .from(campaignSends)
      .where(eq(campaignSends.campaignId, sent.campaign.id));
    expect(rows.filter((r) => r.deliveredAt).map((r) => r.email)).toEqual([d]);
  });

  it('refuses forged and unauthenticated notifications and changes nothing', async () => {
    const sent = await sentThroughElastic(1);
    const [a] = sent.emails as [string];
    const postback = encodeURIComponent(sent.messages[0]!.postback!);
    const query = `?status=Error&category=NoMailbox&postback=${postback}`;
    for (const path of [
      `wrong-token-0123456789abcdef0123${query}`,
      `${token.slice(0, -1)}${query}`,
      `${token}x${query}`,
      `${token.toUpperCase()}${query}`,
      `%00${query}`,
    ]) {
      const res = await edge.fetch(hook(path));
      expect(res.status, path).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_token');
    }
    expect((await edge.fetch(hook(`${token.slice(0, -1)}${query}`), { method: 'POST' })).status).toBe(401);
    // No segment at all is no route; the Resend endpoint still wants its signature.
    expect((await edge.fetch(hook(query))).status).toBe(404);
    expect(
      (await edge.fetch(`http://${testRootDomain}/webhooks/email${query}`, { method: 'POST' })).status,
    ).toBeLessThan(500);
    expect(await sent.stats()).toMatchObject({ bounces: 0, complaints: 0, unsubscribes: 0 });
    expect((await sent.contactOf(a)).consentStatus).toBe('subscribed');
    expect(await sent.suppressions()).toEqual([]);
  });

  it('answers hostile notifications with a 2xx or 4xx, never a 5xx', async () => {
    const sent = await sentThroughElastic(1);
    const [a] = sent.emails as [string];
    const pb = sent.messages[0]!.postback!;
    const other = await createTestOrg(edge.deps);
    const queries = [
      '',
      '?status=',
      '?status=Error',
      '?status=Error&category=NoMailbox',
      `?status=Error&category=NoMailbox&postback=${encodeURIComponent(pb)}&date=99999-12-31%2023:59:59`,
      `?status=Error&category=NoMailbox&postback=${encodeURIComponent(pb)}&date=%E0%A4%A`,
      `?status=AbuseReport&postback=${encodeURIComponent(pb.replace(/organization=[^;]+/, `organization=${other.orgId}`))}`,
      `?status=AbuseReport&postback=${'organization=x;'.repeat(2000)}`,
      `?status=AbuseReport&postback=campaign%3D%27%20OR%201%3D1%20--`,
      `?status=${'Error'.repeat(3000)}`,
      '?status=Error&status=AbuseReport&postback=%FF%FE',
      `?status=Sent&postback=${encodeURIComponent(pb)}&date=0000-00-00%2000:00:00`,
    ];
    for (const q of queries) {
      const res = await edge.fetch(hook(`${token}${q}`));
      expect(res.status, q.slice(0, 80)).toBeLessThan(500);
    }
    const bodies: [string, string][] = [
      ['application/json', '{'],
      ['application/json', '[1,2]'],
      ['application/json', 'null'],
      ['application/json', JSON.stringify({ status: { nested: true }, postback: ['x'] })],
      ['application/json', JSON.stringify({ status: 'AbuseReport', postback: 42 })],
      ['application/x-www-form-urlencoded', 'status=%ZZ&postback=%'],
      ['text/plain', '\u0000\u0001\u0002'],
      ['application/json', 'x'.repeat(70_000)],
    ];
    for (const [type, body] of bodies) {
      const res = await edge.fetch(hook(token), { method: 'POST', headers: { 'content-type': type }, body });
      expect(res.status, body.slice(0, 40)).toBeLessThan(500);
    }
    expect((await edge.fetch(hook(token), { method: 'POST', body: 'x'.repeat(70_000) })).status).toBe(413);
    expect(
      (
        await edge.fetch(hook(token), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{',
        })
      ).status,
    ).toBe(400);
    // The far-future date was read as "now", the other organization's id matched no send, and the first
    // hostile-but-valid bounce counted once.
    expect(await sent.stats()).toMatchObject({ bounces: 1, complaints: 0 });
    expect((await sent.contactOf(a)).consentStatus).toBe('bounced');
    const [row] = await dbOf(edge.deps)
      .select()
      .from(campaignSends)
      .where(eq(campaignSends.campaignId, sent.campaign.id));
    expect(Math.abs(row!.bouncedAt!.getTime() - Date.now())).toBeLessThan(10 * 60_000);
  });
});
