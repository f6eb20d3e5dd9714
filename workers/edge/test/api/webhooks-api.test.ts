import { createTenant, type EdgeHarness, startEdge, type Tenant } from '@mewayz/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './helpers.ts';

/** /api/v1/webhooks as an integrator uses it, and what hostile input gets (a coded 4xx, never a 5xx). */
let edge: EdgeHarness;
let tenant: Tenant;

beforeAll(async () => {
  // Production rules for URLs: no WEBHOOK_ALLOW_PRIVATE_URLS.
  edge = await startEdge({
    edgeVars: { API_RATE_LIMIT_PER_TOKEN: '100000', API_RATE_LIMIT_PER_IP: '100000' },
  });
  tenant = await createTenant(edge.deps, 'Webhooks API org');
});
afterAll(() => edge?.dispose());

const hook = { url: 'https://hooks.example.com/in', eventTypes: ['link.created', 'site.published'] };

describe('/api/v1/webhooks', { timeout: 60_000 }, () => {
  it('lists the event types with what they mean', async () => {
    const res = await call(edge, 'GET', '/webhooks/event-types', { token: tenant.token });
    expect(res.status).toBe(200);
    expect(res.body.data.map((t: { type: string }) => t.type)).toEqual([
      'site.published',
      'link.created',
      'link.updated',
      'link.deleted',
      'contact.created',
      'form.submitted',
      'member.joined',
      'order.paid',
      'order.refunded',
      'order.fulfilled',
    ]);
    expect(res.body.data[0].description).toMatch(/published/);
  });

  it('shows the secret once: on creation and on rotation, never in reads', async () => {
    const created = await call(edge, 'POST', '/webhooks', { token: tenant.token, body: hook });
    expect(created.status, created.text).toBe(201);
    const { id, secret } = created.body.data;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(created.body.data).toMatchObject({
      enabled: true,
      eventTypes: hook.eventTypes,
      previousSecretExpiresAt: null,
    });
    const got = await call(edge, 'GET', `/webhooks/${id}`, { token: tenant.token });
    const list = await call(edge, 'GET', '/webhooks', { token: tenant.token });
    for (const r of [got, list]) {
      expect(r.status).toBe(200);
      expect(r.text).not.toContain(secret);
      expect(r.text).not.toContain('whsec_');
    }
    expect(list.body.meta.pagination.total).toBeGreaterThanOrEqual(1);
    const rotated = await call(edge, 'POST', `/webhooks/${id}/rotate-secret`, { token: tenant.token });
    expect(rotated.status, rotated.text).toBe(200);
    expect(rotated.body.data.secret).toMatch(/^whsec_/);
    expect(rotated.body.data.secret).not.toBe(secret);
    expect(new Date(rotated.body.data.previousSecretExpiresAt).getTime()).toBeGreaterThan(
      Date.now() + 23 * 3600_000,
    );

    const disabled = await call(edge, 'PATCH', `/webhooks/${id}`, {
      token: tenant.token,
      body: { enabled: false },
    });
    expect(disabled.body.data).toMatchObject({ enabled: false, disabledReason: 'manual' });
    const deleted = await call(edge, 'DELETE', `/webhooks/${id}`, { token: tenant.token });
    expect(deleted.status).toBe(200);
    expect((await call(edge, 'GET', `/webhooks/${id}`, { token: tenant.token })).status).toBe(404);
  });

  it('logs deliveries of the events an endpoint chose, and redelivers one on request', async () => {
    const { id } = (await call(edge, 'POST', '/webhooks', { token: tenant.token, body: hook })).body.data;
    await call(edge, 'POST', '/links', { token: tenant.token, body: { url: 'https://example.com/logged' } });
    const log = await call(edge, 'GET', `/webhooks/${id}/deliveries`, { token: tenant.token });
    expect(log.status).toBe(200);
    expect(log.body.data).toHaveLength(1);
    const [delivery] = log.body.data;
    expect(delivery).toMatchObject({ endpointId: id, eventType: 'link.created', redeliveryOf: null });
    expect(delivery.messageId).toMatch(/^msg_/);
    const again = await call(edge, 'POST', `/webhooks/${id}/deliveries/${delivery.id}/redeliver`, {
      token: tenant.token,
    });
    expect(again.status, again.text).toBe(202);
    expect(again.body.data).toMatchObject({ messageId: delivery.messageId, redeliveryOf: delivery.id });
    // A delivery of another endpoint through this endpoint's path is not found.
    const other = (await call(edge, 'POST', '/webhooks', { token: tenant.token, body: hook })).body.data.id;
    const crossed = await call(edge, 'POST', `/webhooks/${other}/deliveries/${delivery.id}/redeliver`, {
      token: tenant.token,
    });
    expect(crossed.status).toBe(404);
  });
});

describe('hostile input to /api/v1/webhooks', { timeout: 60_000 }, () => {
  const refusals: [string, unknown, number][] = [
    ['a private address', { ...hook, url: 'https://127.0.0.1/x' }, 422],
    ['a cloud metadata address', { ...hook, url: 'https://169.254.169.254/latest' }, 422],
    ['localhost', { ...hook, url: 'https://localhost:8443/' }, 422],
    ['plain http', { ...hook, url: 'http://hooks.example.com/' }, 422],
    ['javascript:', { ...hook, url: 'javascript:alert(1)' }, 422],
    ['credentials in the URL', { ...hook, url: 'https://user:pw@hooks.example.com/' }, 422],
    ['an unknown event type', { ...hook, eventTypes: ['site.exploded'] }, 422],
    ['no event type', { ...hook, eventTypes: [] }, 422],
    ['event types that are not a list', { ...hook, eventTypes: 'link.created' }, 422],
    ['an unknown field', { ...hook, secret: 'whsec_mine' }, 422],
    ['an organization id', { ...hook, organizationId: 'org_01jd3v6w0m8x9y2z3a4b5c6d7e' }, 422],
    ['a URL of 5000 characters', { ...hook, url: `https://example.com/${'a'.repeat(5000)}` }, 422],
    ['a body over 64 KiB', { ...hook, description: 'x'.repeat(70_000) }, 413],
    ['not JSON', '{"url":', 400],
  ];
  it.each(refusals)('refuses %s with a coded 4xx in the envelope', async (_what, body, status) => {
    const res = await call(edge, 'POST', '/webhooks', { token: tenant.token, body });
    expect(res.status, res.text).toBe(status);
    expect(res.body.success).toBe(false);
    expect(res.body.error.code).toBeTruthy();
  });

  it('answers 404 to wrong, malformed or other-kind ids', async () => {
    for (const path of [
      '/webhooks/whk_01jd3v6w0m8x9y2z3a4b5c6d7e',
      '/webhooks/WHK_01JD3V6W0M8X9Y2Z3A4B5C6D7E',
      '/webhooks/lnk_01jd3v6w0m8x9y2z3a4b5c6d7e',
      "/webhooks/'%20OR%201=1",
      '/webhooks/whk_01jd3v6w0m8x9y2z3a4b5c6d7e/deliveries',
    ]) {
      const res = await call(edge, 'GET', path, { token: tenant.token });
      expect(res.status, path).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    const { id } = (await call(edge, 'POST', '/webhooks', { token: tenant.token, body: hook })).body.data;
    const res = await call(
      edge,
      'POST',
      `/webhooks/${id}/deliveries/dlv_01jd3v6w0m8x9y2z3a4b5c6d7e/redeliver`,
      {
        token: tenant.token,
      },
    );
    expect(res.status).toBe(404);
    const patch = await call(edge, 'PATCH', `/webhooks/${id}`, {
      token: tenant.token,
      body: { url: 'https://10.0.0.1/' },
    });
    expect(patch.status).toBe(422);
    expect(patch.body.error.details[0]).toMatchObject({ path: 'url' });
  });
});
