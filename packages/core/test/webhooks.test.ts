import {
  email,
  forTenant,
  type IdentityDeps,
  linksService,
  signOne,
  verifyWebhook,
  webhooksService,
} from '@mewayz/core';
import { attemptDelivery, dbOf, dueDeliveries, sweepGraceMs, withDb } from '@mewayz/core/admin';
import { auditLog, emailOutbox, webhookDeliveries, webhookMessages } from '@mewayz/db/schema';
import { startWebhookReceiver } from '@mewayz/devstack/webhook-receiver';
import {
  createTenant,
  failInsertsInto,
  identityDeps,
  nodeDeps,
  type Tenant,
  testActor,
} from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const { defaultRetrySchedule, nextRetryDelay, scheduleSpanSeconds, webhookUrlProblem } = webhooksService;

describe('Standard Webhooks signatures', () => {
  it('reproduce the specification’s test vector', async () => {
    // From the Standard Webhooks specification and its reference libraries.
    const sig = await signOne(
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      1614265330,
      '{"test": 2432232314}',
    );
    expect(sig).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('verify any of several signatures, and refuse a stale timestamp or a changed body', async () => {
    const secret = webhooksService.newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const other = webhooksService.newWebhookSecret();
    const now = 1_800_000_000;
    const h = await webhooksService.signedHeaders([other, secret], 'msg_x', now, '{"a":1}');
    expect(h['webhook-signature'].split(' ')).toHaveLength(2);
    const headers = new Headers(h);
    expect(await verifyWebhook(secret, headers, '{"a":1}', now)).toEqual({ ok: true });
    expect(await verifyWebhook(other, headers, '{"a":1}', now)).toEqual({ ok: true });
    expect((await verifyWebhook(secret, headers, '{"a":2}', now)).ok).toBe(false);
    expect((await verifyWebhook(secret, headers, '{"a":1}', now + 301)).ok).toBe(false);
  });
});

describe('retry schedule', () => {
  it('is Standard Webhooks’ exponential schedule over about a day, then gives up', () => {
    expect(defaultRetrySchedule).toEqual([5, 300, 1800, 7200, 18_000, 36_000, 50_400]);
    expect(nextRetryDelay(defaultRetrySchedule, 1)).toBe(5);
    expect(nextRetryDelay(defaultRetrySchedule, 7)).toBe(50_400);
    expect(nextRetryDelay(defaultRetrySchedule, 8)).toBeNull();
    const hours = scheduleSpanSeconds(defaultRetrySchedule) / 3600;
    expect(hours).toBeGreaterThan(24);
    expect(hours).toBeLessThan(32);
  });
});

describe('endpoint URLs', () => {
  it('refuse private, loopback and non-https targets in production, allow them locally', () => {
    for (const url of [
      'http://example.com/hook',
      'https://127.0.0.1/hook',
      'https://10.1.2.3/',
      'https://192.168.0.1/',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/',
      'https://[::ffff:7f00:1]/',
      'https://localhost/',
      'https://printer.local/',
      'https://0x7f.1/',
      'https://2130706433/',
      'https://intranet/',
      'https://example.com:8443/',
    ])
      expect(webhookUrlProblem(url, false), url).not.toBeNull();
    expect(webhookUrlProblem('https://hooks.example.com/in?x=1', false)).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:3902/hook', true)).toBeNull();
    expect(webhookUrlProblem('ftp://127.0.0.1/', true)).not.toBeNull();
  });
});

/** Deps with a clock the test moves, local URLs allowed and a short schedule. */
function clockDeps(base: IdentityDeps, schedule: number[] = [5, 60]) {
  let offsetMs = 0;
  const deps: IdentityDeps = {
    ...base,
    now: () => new Date(Date.now() + offsetMs),
    webhooks: { allowPrivateUrls: true, timeoutMs: 2000, retrySchedule: schedule },
  };
  return { deps, advance: (ms: number) => (offsetMs += ms) };
}

describe('webhook outbox and delivery (MariaDB, a real receiver)', { timeout: 60_000 }, () => {
  const base = identityDeps(nodeDeps());
  const secrets = new Map<string, string[]>();
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let tenant: Tenant;

  beforeAll(async () => {
    receiver = await startWebhookReceiver({ port: 0, secretsFor: async (url) => secrets.get(url) ?? [] });
    tenant = await createTenant(base, 'Webhooks org');
  });
  afterAll(() => receiver?.close());

  async function endpoint(deps: IdentityDeps, path: string, eventTypes = ['link.created']) {
    const url = `${receiver.url}${path}`;
    const created = await webhooksService.createWebhookEndpoint(deps, tenant.scope, testActor, {
      url,
      eventTypes: eventTypes as never,
    });
    secrets.set(url, [created.secret]);
    return created;
  }

  const deliveriesOf = (endpointId: string) =>
    dbOf(base).select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));

  it('refuse a private URL unless the platform runs locally', async () => {
    await expect(
      webhooksService.createWebhookEndpoint(base, tenant.scope, testActor, {
        url: 'http://127.0.0.1:3902/x',
        eventTypes: ['link.created'],
      }),
    ).rejects.toMatchObject({ status: 422, details: [{ path: 'url' }] });
  });

  it('records the event in the change’s transaction: a failed change leaves no message', async () => {
    const { deps } = clockDeps(base);
    const ep = await endpoint(deps, '/rollback');
    const crashing = withDb(deps, failInsertsInto(dbOf(deps), auditLog));
    await expect(
      linksService.createShortLink(crashing, forTenant(dbOf(crashing), tenant.scope.orgId), testActor, {
        url: 'https://example.com/never',
        passQuery: true,
        active: true,
      }),
    ).rejects.toThrow('injected');
    expect(await deliveriesOf(ep.id)).toHaveLength(0);
    await webhooksService.deleteWebhookEndpoint(deps, tenant.scope, testActor, ep.id);
  });

  it('recovers a commit whose enqueue never happened (sweep), delivers exactly once, signed', async () => {
    const { deps } = clockDeps(base);
    const ep = await endpoint(deps, '/sweep');
    // The process "crashes" between commit and enqueue: the dispatch throws.
    const crashingDispatch = {
      ...deps,
      webhooks: {
        ...deps.webhooks!,
        dispatch: async () => {
          throw new Error('crash after commit');
        },
      },
    };
    const link = await linksService.createShortLink(crashingDispatch, tenant.scope, testActor, {
      url: 'https://example.com/swept',
      passQuery: true,
      active: true,
    });
    const [row] = await deliveriesOf(ep.id);
    expect(row).toMatchObject({ status: 'pending', attempts: 0, eventType: 'link.created' });
    // Not picked up while the after-commit dispatch may still be on its way; picked up after the grace.
    expect(await dueDeliveries(deps, new Date(), 1_000_000)).not.toContain(row!.id);
    // No limit: the run's shared database holds other tests' undispatched deliveries, older than ours.
    const due = await dueDeliveries(deps, new Date(Date.now() + sweepGraceMs + 1000), 1_000_000);
    expect(due).toContain(row!.id);

    expect(await attemptDelivery(deps, row!.id)).toEqual({ kind: 'succeeded', status: 200 });
    // A redelivered queue message of the same delivery does nothing.
    expect(await attemptDelivery(deps, row!.id)).toEqual({ kind: 'skipped' });
    const got = receiver.received.filter((r) => r.path === '/sweep');
    expect(got).toHaveLength(1);
    expect(got[0]!.verification).toBe('valid');
    const [msg] = await dbOf(base)
      .select()
      .from(webhookMessages)
      .where(eq(webhookMessages.id, row!.messageId));
    expect(got[0]!.webhookId).toBe(msg!.id);
    const body = JSON.parse(got[0]!.body);
    expect(body).toMatchObject({
      type: 'link.created',
      data: { id: link.id, url: 'https://example.com/swept' },
    });
    expect(new Date(body.timestamp).getTime()).toBeGreaterThan(0);
    const [done] = await deliveriesOf(ep.id);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 1, responseStatus: 200 });
    expect(done!.responseExcerpt).toContain('received');
    expect(done!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('signs with the old secret too for 24 h after a rotation', async () => {
    const { deps, advance } = clockDeps(base);
    const ep = await endpoint(deps, '/rotate', ['link.updated']);
    const link = await linksService.createShortLink(deps, tenant.scope, testActor, {
      url: 'https://example.com/r',
      passQuery: true,
      active: true,
    });
    const rotated = await webhooksService.rotateWebhookSecret(deps, tenant.scope, testActor, ep.id);
    expect(rotated.secret).not.toBe(ep.secret);
    expect(rotated.previousSecretExpiresAt).not.toBeNull();
    const url = `${receiver.url}/rotate`;
    secrets.set(url, [ep.secret]); // a receiver that still knows only the old secret
    await linksService.updateShortLink(deps, tenant.scope, testActor, link.id, { title: 'one' });
    const [first] = await deliveriesOf(ep.id);
    expect((await attemptDelivery(deps, first!.id)).kind).toBe('succeeded');
    let got = receiver.received.find((r) => r.path === '/rotate')!;
    expect(got).toMatchObject({ verification: 'valid', signatures: 2 });
    // A day later only the new secret signs (checked at the moved clock's time: the receiver's is real).
    advance(24 * 3600 * 1000 + 1000);
    await linksService.updateShortLink(deps, tenant.scope, testActor, link.id, { title: 'two' });
    const second = (await deliveriesOf(ep.id)).find((d) => d.id !== first!.id)!;
    await attemptDelivery(deps, second.id);
    got = receiver.received.find((r) => r.path === '/rotate')!;
    expect(got.signatures).toBe(1);
    const at = Number(got.timestamp);
    const headers = new Headers({
      'webhook-id': got.webhookId!,
      'webhook-timestamp': got.timestamp!,
      'webhook-signature': got.signature!,
    });
    expect(await verifyWebhook(rotated.secret, headers, got.body, at)).toEqual({ ok: true });
    expect((await verifyWebhook(ep.secret, headers, got.body, at)).ok).toBe(false);
  });

  it('retries with backoff, gives up after the schedule, disables the endpoint and mails the owner', async () => {
    const { deps, advance } = clockDeps(base, [5, 60]);
    const ep = await endpoint(deps, '/fail/500');
    await linksService.createShortLink(deps, tenant.scope, testActor, {
      url: 'https://example.com/failing',
      passQuery: true,
      active: true,
    });
    const [row] = await deliveriesOf(ep.id);
    expect(await attemptDelivery(deps, row!.id)).toEqual({ kind: 'retry', delaySeconds: 5, status: 500 });
    // Not due yet: an early (duplicate) message does not attempt it.
    expect(await attemptDelivery(deps, row!.id)).toEqual({ kind: 'skipped' });
    advance(5000);
    expect(await attemptDelivery(deps, row!.id)).toEqual({ kind: 'retry', delaySeconds: 60, status: 500 });
    advance(60_000);
    expect(await attemptDelivery(deps, row!.id)).toEqual({
      kind: 'failed',
      status: 500,
      endpointDisabled: true,
    });
    const [failed] = await deliveriesOf(ep.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3, responseStatus: 500 });
    const view = await webhooksService.getWebhookEndpoint(deps, tenant.scope, ep.id);
    expect(view).toMatchObject({ enabled: false, disabledReason: 'failing' });
    const mail = await dbOf(base)
      .select()
      .from(emailOutbox)
      .where(
        and(
          eq(emailOutbox.toAddress, tenant.user.email),
          eq(emailOutbox.subject, 'A webhook endpoint was disabled'),
        ),
      );
    expect(mail).toHaveLength(1);
    expect(mail[0]!.textBody).toContain('/fail/500');
    expect(email).toBeDefined();

    // Events after that are not sent to it; a manual redelivery is refused until it is enabled again.
    await expect(
      webhooksService.redeliverWebhook(deps, tenant.scope, testActor, ep.id, row!.id),
    ).rejects.toMatchObject({ status: 409 });
    await webhooksService.updateWebhookEndpoint(deps, tenant.scope, testActor, ep.id, {
      enabled: true,
      url: `${receiver.url}/fixed`,
    });
    secrets.set(`${receiver.url}/fixed`, [ep.secret]);
    const again = await webhooksService.redeliverWebhook(deps, tenant.scope, testActor, ep.id, row!.id);
    expect(again).toMatchObject({ status: 'pending', redeliveryOf: row!.id });
    expect((await attemptDelivery(deps, again.id)).kind).toBe('succeeded');
    const got = receiver.received.find((r) => r.path === '/fixed')!;
    expect(got.webhookId).toBe(row!.messageId);
    const log = await webhooksService.listWebhookDeliveries(deps, tenant.scope, ep.id, {
      page: 1,
      perPage: 10,
    });
    expect(log.items.map((d) => d.status).sort()).toEqual(['failed', 'succeeded']);
  });

  it('keeps another organization out of an endpoint and its deliveries', async () => {
    const { deps } = clockDeps(base);
    const ep = await endpoint(deps, '/mine');
    const other = await createTenant(base, 'Other org');
    await expect(webhooksService.getWebhookEndpoint(deps, other.scope, ep.id)).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      webhooksService.listWebhookDeliveries(deps, other.scope, ep.id, { page: 1, perPage: 5 }),
    ).rejects.toMatchObject({ status: 404 });
    expect(
      (await webhooksService.listWebhookEndpoints(deps, other.scope, { page: 1, perPage: 50 })).total,
    ).toBe(0);
  });
});
