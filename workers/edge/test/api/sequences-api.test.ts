import { dbOf } from '@mewayz/core/admin';
import { emailOutbox } from '@mewayz/db/schema';
import { createTenant, type EdgeHarness, nodeDeps, startEdge, type Tenant } from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './helpers.ts';

let edge: EdgeHarness;
let t: Tenant;
// Two Workers with MJML bundled start slowly on a loaded machine.
beforeAll(async () => {
  t = await createTenant(nodeDeps(), 'Sequences org');
  // The cron runs a day ahead here: it must not start other files' campaigns or publish their posts.
  edge = await startEdge({
    edgeVars: { API_RATE_LIMIT_PER_IP: '100000', API_RATE_LIMIT_PER_TOKEN: '100000' },
    jobsVars: { CRON_ORGANIZATION: t.organization.id },
  });
}, 180_000);
afterAll(() => edge?.dispose());

const mjml = (n: number) =>
  `<mjml><mj-body><mj-section><mj-column><mj-text>Welcome ${n}, {{ first_name | "friend" }}</mj-text></mj-column></mj-section></mj-body></mjml>`;

describe('the welcome sequence over the API, sent by the jobs Worker’s cron in workerd', () => {
  it('is set up, refuses bad input with codes, enrolls an API subscriber once and sends each step on time', async () => {
    const list = await call(edge, 'GET', '/sequences', { token: t.token });
    expect(list.status, list.text).toBe(200);
    expect(list.body.data).toHaveLength(1);
    const welcome = list.body.data[0];
    expect(welcome).toMatchObject({ key: 'welcome', active: false, steps: [] });
    const id = welcome.id as string;

    const early = await call(edge, 'POST', `/sequences/${id}/activate`, { token: t.token });
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe('validation_failed');
    const badUnit = await call(edge, 'PUT', `/sequences/${id}/steps`, {
      token: t.token,
      body: { steps: [{ templateId: 'etpl_01jd3v6w0m8x9y2z3a4b5c6d7e', delayValue: 1, delayUnit: 'weeks' }] },
    });
    expect(badUnit.status).toBe(422);
    expect(badUnit.body.error.code).toBe('validation_failed');
    expect((await call(edge, 'GET', '/sequences/sqn_nope', { token: t.token })).status).toBe(404);

    const templates = [];
    for (const n of [1, 2]) {
      const res = await call(edge, 'POST', '/templates', {
        token: t.token,
        body: { name: `Welcome ${n}`, subject: `Welcome ${n}`, mjml: mjml(n) },
      });
      expect(res.status, res.text).toBe(201);
      templates.push(res.body.data.id as string);
    }
    const steps = await call(edge, 'PUT', `/sequences/${id}/steps`, {
      token: t.token,
      body: {
        steps: [
          { templateId: templates[0], delayValue: 0, delayUnit: 'minutes' },
          { templateId: templates[1], delayValue: 1, delayUnit: 'days' },
        ],
      },
    });
    expect(steps.status, steps.text).toBe(200);
    expect(steps.body.data.steps.map((s: { position: number }) => s.position)).toEqual([0, 1]);
    await call(edge, 'PUT', '/email-settings', { token: t.token, body: { postalAddress: '1 Main St' } });
    const on = await call(edge, 'POST', `/sequences/${id}/activate`, { token: t.token });
    expect(on.status, on.text).toBe(200);
    expect(on.body.data.active).toBe(true);

    const email = `sub-${t.scope.orgId.slice(-8)}@example.test`;
    for (let i = 0; i < 2; i++) {
      const res = await call(edge, 'PUT', '/contacts', { token: t.token, body: { email, name: 'Ann Lee' } });
      expect(res.status, res.text).toBeLessThan(300);
    }
    const mails = () =>
      dbOf(edge.deps).select().from(emailOutbox).where(eq(emailOutbox.organizationId, t.scope.orgId));
    const start = Date.now();
    await edge.scheduled('* * * * *', new Date(start + 60_000));
    await edge.scheduled('* * * * *', new Date(start + 2 * 60_000));
    expect((await mails()).map((m) => [m.toAddress, m.subject])).toEqual([[email, 'Welcome 1']]);
    expect((await mails())[0]!.textBody).toContain('Welcome 1, Ann');
    await edge.scheduled('* * * * *', new Date(start + 24 * 3_600_000 + 2 * 60_000));
    expect((await mails()).map((m) => m.subject)).toEqual(['Welcome 1', 'Welcome 2']);

    const after = await call(edge, 'GET', `/sequences/${id}`, { token: t.token });
    expect(after.body.data.steps.map((s: { stats: { sent: number } }) => s.stats.sent)).toEqual([1, 1]);
    expect(after.body.data.enrollments).toEqual({ active: 0, completed: 1, stopped: 0 });
    const members = await call(edge, 'GET', `/sequences/${id}/members`, { token: t.token });
    expect(members.body.data).toMatchObject([{ email, status: 'completed', stepsSent: 2 }]);
    const off = await call(edge, 'POST', `/sequences/${id}/deactivate`, { token: t.token });
    expect(off.body.data.active).toBe(false);
  });
});
