import { linksService } from '@mewayz/core';
import { dbOf } from '@mewayz/core/admin';
import { emailOutbox, webhookDeliveries } from '@mewayz/db/schema';
import { startWebhookReceiver } from '@mewayz/devstack/webhook-receiver';
import {
  createTenant,
  type EdgeHarness,
  eventually,
  nodeDeps,
  startEdge,
  type Tenant,
  testActor,
} from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The `webhooks` queue and its consumer in workerd (edge → queue → jobs Worker → a real HTTP receiver),
 * with a 1-second retry schedule so retries and giving up happen within the test.
 */
let edge: EdgeHarness;
let tenant: Tenant;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
const secrets = new Map<string, string>();
const local = {
  WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
  WEBHOOK_RETRY_SCHEDULE: '1,1',
  WEBHOOK_TIMEOUT_MS: '2000',
};

beforeAll(async () => {
  receiver = await startWebhookReceiver({
    port: 0,
    secretsFor: async (url) => (secrets.has(url) ? [secrets.get(url)!] : []),
  });
  tenant = await createTenant(nodeDeps(), 'Webhook consumer org');
  // Campaigns, sequences and social posts of other files are not this file's cron's to run.
  edge = await startEdge({
    edgeVars: local,
    jobsVars: { ...local, CRON_ORGANIZATION: tenant.organization.id },
  });
});
afterAll(async () => {
  await edge?.dispose();
  await receiver?.close();
});

async function api(method: string, path: string, body?: unknown) {
  const res = await edge.fetch(`http://mewayz.localhost/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${tenant.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { data: Record<string, unknown> } };
}

async function addEndpoint(path: string, eventTypes = ['link.created']) {
  const url = `${receiver.url}${path}`;
  const res = await api('POST', '/webhooks', { url, eventTypes });
  expect(res.status).toBe(201);
  secrets.set(url, res.body.data.secret as string);
  return res.body.data.id as string;
}

const deliveriesOf = (endpointId: string) =>
  dbOf(edge.deps).select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));
const receivedAt = (path: string) => receiver.received.filter((r) => r.path === path);

describe('webhook deliveries through the queue (workerd)', { timeout: 60_000 }, () => {
  it('delivers a signed event once, even when its queue message is delivered again', async () => {
    const endpointId = await addEndpoint('/once');
    const created = await api('POST', '/links', { url: 'https://example.com/queued' });
    expect(created.status).toBe(201);
    await eventually(async () => receivedAt('/once').length === 1);
    const [row] = await deliveriesOf(endpointId);
    await eventually(async () => (await deliveriesOf(endpointId))[0]?.status === 'succeeded');
    // The queue delivers at least once: send the same delivery twice more.
    const producer = await edge.mf.getQueueProducer('WEBHOOKS', 'edge');
    await producer.send({ deliveryId: row!.id });
    await producer.send({ deliveryId: row!.id });
    await new Promise((r) => setTimeout(r, 2500));
    expect(receivedAt('/once')).toHaveLength(1);
    expect(receivedAt('/once')[0]).toMatchObject({
      verification: 'valid',
      answeredStatus: 200,
      type: 'link.created',
    });
    const [done] = await deliveriesOf(endpointId);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 1, responseStatus: 200 });
    expect(JSON.parse(receivedAt('/once')[0]!.body).data.id).toBe(created.body.data.id);
  });

  it('retries with backoff until the receiver answers 2xx', async () => {
    const endpointId = await addEndpoint('/flaky/2');
    await api('POST', '/links', { url: 'https://example.com/flaky' });
    await eventually(async () => (await deliveriesOf(endpointId))[0]?.status === 'succeeded', 20_000);
    const got = receivedAt('/flaky/2').reverse();
    expect(got.map((r) => r.answeredStatus)).toEqual([503, 503, 200]);
    expect(new Set(got.map((r) => r.webhookId)).size).toBe(1);
    // At least the schedule's 1 s between attempts.
    const times = got.map((r) => new Date(r.receivedAt).getTime());
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(900);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(900);
    expect((await deliveriesOf(endpointId))[0]).toMatchObject({ attempts: 3, responseStatus: 200 });
  });

  it('gives up after the schedule, disables the endpoint and emails the owner', async () => {
    const endpointId = await addEndpoint('/fail/503');
    await api('POST', '/links', { url: 'https://example.com/down' });
    await eventually(async () => (await deliveriesOf(endpointId))[0]?.status === 'failed', 20_000);
    expect(receivedAt('/fail/503')).toHaveLength(3);
    const endpoint = await api('GET', `/webhooks/${endpointId}`);
    expect(endpoint.body.data).toMatchObject({ enabled: false, disabledReason: 'failing' });
    const mail = await dbOf(edge.deps)
      .select()
      .from(emailOutbox)
      .where(
        and(
          eq(emailOutbox.toAddress, tenant.user.email),
          eq(emailOutbox.subject, 'A webhook endpoint was disabled'),
        ),
      );
    expect(mail).toHaveLength(1);
    // A disabled endpoint gets nothing more.
    await api('POST', '/links', { url: 'https://example.com/after' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(receivedAt('/fail/503')).toHaveLength(3);
  });

  it('sends, from the cron sweep, an event committed without reaching the queue', {
    timeout: 150_000,
  }, async () => {
    const endpointId = await addEndpoint('/swept');
    // Node-side deps have no dispatch: like a process that died right after its commit.
    const link = await linksService.createShortLink(edge.deps, tenant.scope, testActor, {
      url: 'https://example.com/swept',
      passQuery: true,
      active: true,
    });
    await new Promise((r) => setTimeout(r, 1500));
    expect(receivedAt('/swept')).toHaveLength(0);
    expect((await deliveriesOf(endpointId))[0]).toMatchObject({ status: 'pending', attempts: 0 });
    // The run's database is shared: other tests leave undispatched deliveries behind, and one sweep
    // takes the oldest 500. Date ours back, as if it had waited since long before them, so this sweep
    // is the one that sends it.
    await dbOf(edge.deps)
      .update(webhookDeliveries)
      .set({ nextAttemptAt: new Date('2026-01-01T00:00:00Z') })
      .where(eq(webhookDeliveries.endpointId, endpointId));
    await edge.scheduled('* * * * *', new Date(Date.now() + 2 * 60_000));
    await eventually(async () => receivedAt('/swept').length > 0, 60_000);
    expect(receivedAt('/swept')).toHaveLength(1);
    expect(JSON.parse(receivedAt('/swept')[0]!.body).data.id).toBe(link.id);
    await eventually(async () => (await deliveriesOf(endpointId))[0]?.status === 'succeeded', 30_000);
  });
});
