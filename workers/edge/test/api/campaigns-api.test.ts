import { crmService } from '@mewayz/core';
import { createTenant, type EdgeHarness, startEdge, type Tenant, testActor } from '@mewayz/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './helpers.ts';

let edge: EdgeHarness;
let t: Tenant;
// Two Workers with MJML bundled start slowly on a loaded machine.
beforeAll(async () => {
  edge = await startEdge({
    edgeVars: { API_RATE_LIMIT_PER_IP: '100000', API_RATE_LIMIT_PER_TOKEN: '100000' },
  });
  t = await createTenant(edge.deps, 'Campaigns org');
}, 180_000);
afterAll(() => edge?.dispose());

const mjml =
  '<mjml><mj-body><mj-section><mj-column><mj-text>Hi {{ first_name | "there" }}</mj-text><mj-button href="https://example.com/a">Go</mj-button></mj-column></mj-section></mj-body></mjml>';

function expectCoded(
  res: { status: number; body: { success?: boolean; error?: { code?: string } } },
  label: string,
) {
  expect(res.status, label).toBeGreaterThanOrEqual(400);
  expect(res.status, label).toBeLessThan(500);
  expect(res.body?.success, label).toBe(false);
  expect(res.body?.error?.code, label).toMatch(/^[a-z_]+$/);
}

describe('campaigns over the API', () => {
  it('goes from settings to a template, a preview, a campaign, its audience count and its results', async () => {
    for (let i = 0; i < 3; i++)
      await crmService.createContact(edge.deps, t.scope, testActor, {
        email: `api-${i}-${t.scope.orgId.slice(-6)}@example.test`,
        name: `Api${i}`,
        tags: ['api-fans'],
      });
    const template = await call(edge, 'POST', '/templates', {
      token: t.token,
      body: { name: 'Welcome', subject: 'Hi {{ first_name }}', mjml },
    });
    expect(template.status, template.text).toBe(201);
    const preview = await call(edge, 'POST', '/templates/preview', {
      token: t.token,
      body: { mjml, subject: 'Hi {{ first_name }}' },
    });
    expect(preview.body.data.subject).toBe('Hi Ada');
    expect(preview.body.data.html).toContain('Hi Ada');
    expect(preview.body.data.text).toContain('Your postal address');
    const audience = { type: 'tags', tags: ['api-fans'] };
    const count = await call(edge, 'POST', '/campaigns/audience-count', { token: t.token, body: audience });
    expect(count.body.data.count).toBe(3);
    const campaign = await call(edge, 'POST', '/campaigns', {
      token: t.token,
      body: {
        name: 'Launch',
        templateId: template.body.data.id,
        audience,
        subject: 'Launch',
        fromName: 'Alice',
      },
    });
    expect(campaign.status, campaign.text).toBe(201);
    const id = campaign.body.data.id;
    const refused = await call(edge, 'POST', `/campaigns/${id}/send`, { token: t.token });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details[0].path).toBe('postalAddress');
    const settings = await call(edge, 'PUT', '/email-settings', {
      token: t.token,
      body: { postalAddress: '1 Main St\nSpringfield' },
    });
    expect(settings.status, settings.text).toBe(200);
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const scheduled = await call(edge, 'POST', `/campaigns/${id}/schedule`, {
      token: t.token,
      body: { at: inAWeek },
    });
    expect(scheduled.body.data).toMatchObject({
      status: 'scheduled',
      scheduledAt: new Date(inAWeek).toISOString(),
    });
    expect((await call(edge, 'POST', `/campaigns/${id}/pause`, { token: t.token })).body.data.status).toBe(
      'paused',
    );
    expect((await call(edge, 'POST', `/campaigns/${id}/resume`, { token: t.token })).body.data.status).toBe(
      'scheduled',
    );
    expect((await call(edge, 'DELETE', `/campaigns/${id}`, { token: t.token })).status).toBe(409);
    // The scheduled campaign will compile its template when it starts: the template stays.
    const templatePath = `/templates/${template.body.data.id}`;
    const inUse = await call(edge, 'DELETE', templatePath, { token: t.token });
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.code).toBe('template_in_use');
    expect(inUse.body.error.details).toEqual([{ path: 'campaigns', message: id, code: 'scheduled' }]);
    expect((await call(edge, 'GET', templatePath, { token: t.token })).status).toBe(200);
    const stats = await call(edge, 'GET', `/campaigns/${id}/stats`, { token: t.token });
    expect(stats.body.data).toMatchObject({ recipients: 0, sent: 0, opens: 0 });
    expect((await call(edge, 'POST', `/campaigns/${id}/cancel`, { token: t.token })).body.data.status).toBe(
      'canceled',
    );
    expect((await call(edge, 'POST', `/campaigns/${id}/resume`, { token: t.token })).status).toBe(409);
    // Canceled, it reads its template no more.
    expect((await call(edge, 'DELETE', templatePath, { token: t.token })).status).toBe(200);
    expect((await call(edge, 'GET', templatePath, { token: t.token })).status).toBe(404);
  });

  it('answers hostile input with coded 4xx answers, never a 500', async () => {
    const template = await call(edge, 'POST', '/templates', {
      token: t.token,
      body: { name: 'T', subject: 'S', mjml },
    });
    const templateId = template.body.data.id;
    const base = {
      name: 'C',
      templateId,
      audience: { type: 'tags', tags: ['x'] },
      subject: 'S',
      fromName: 'A',
    };
    const created = await call(edge, 'POST', '/campaigns', { token: t.token, body: base });
    const id = created.body.data.id;
    const cases: [string, string, unknown][] = [
      ['POST', '/templates', { name: 'T', subject: 'S', mjml: '<p>not mjml</p>' }],
      ['POST', '/templates', { name: 'T', subject: 'S', mjml: `<mjml>${'x'.repeat(61_000)}</mjml>` }],
      ['POST', '/templates', { name: 'T', subject: 'S\u0000', mjml }],
      ['POST', '/templates', { name: ['T'], subject: 'S', mjml }],
      ['POST', '/templates', { name: 'T', subject: 'S', mjml, extra: true }],
      ['POST', '/templates', '{"name":'],
      ['POST', '/templates', null],
      ['POST', '/templates/preview', { mjml: 12 }],
      ['POST', `/templates/${templateId}/test`, { to: 'not an email' }],
      ['POST', `/templates/${templateId}/test`, { to: 'a@example.test\r\nBcc: x@example.test' }],
      ['POST', '/campaigns', { ...base, audience: { type: 'tags', tags: [] } }],
      [
        'POST',
        '/campaigns',
        { ...base, audience: { type: 'tags', tags: Array.from({ length: 500 }, (_, i) => `t${i}`) } },
      ],
      ['POST', '/campaigns', { ...base, audience: { type: 'segment', segmentId: 'seg_nope' } }],
      ['POST', '/campaigns', { ...base, audience: { type: 'sql', where: '1=1' } }],
      ['POST', '/campaigns', { ...base, templateId: 'etpl_01jd3v6w0m8x9y2z3a4b5c6d7e' }],
      ['POST', '/campaigns', { ...base, replyTo: 'x' }],
      ['POST', '/campaigns', { ...base, fromName: 'A'.repeat(500) }],
      ['POST', '/campaigns/audience-count', { type: 'tags', tags: ['<script>'] }],
      ['PATCH', `/campaigns/${id}`, { status: 'sent' }],
      ['POST', `/campaigns/${id}/schedule`, { at: 'tomorrow' }],
      ['POST', `/campaigns/${id}/schedule`, { at: '1999-01-01T00:00:00Z' }],
      ['POST', `/campaigns/${id}/schedule`, { at: '2999-01-01T00:00:00Z' }],
      ['POST', `/campaigns/${id}/schedule`, {}],
      ['POST', '/campaigns/cmp_nope/send', undefined],
      ['PUT', '/email-settings', { postalAddress: '' }],
      ['PUT', '/email-settings', { postalAddress: 'x'.repeat(600) }],
      ['PUT', '/email-settings', { postalAddress: '1 Main St', replyTo: 'nope' }],
      ['GET', '/campaigns?per_page=100000', undefined],
      ['GET', '/templates?page=-1', undefined],
    ];
    for (const [method, path, body] of cases) {
      const res = await call(edge, method, path, { token: t.token, body });
      expectCoded(res, `${method} ${path} ${JSON.stringify(body)?.slice(0, 80)}`);
    }
    // Merge values are escaped: a name with markup never reaches the HTML as markup.
    const preview = await call(edge, 'POST', '/templates/preview', {
      token: t.token,
      body: {
        mjml: mjml.replace('{{ first_name | "there" }}', '{{ nickname | "<img src=x onerror=alert(1)>" }}'),
      },
    });
    expect(preview.status).toBe(200);
    expect(preview.body.data.html).not.toContain('<img src=x');
    expect(preview.body.data.html).toContain('&lt;img src=x');
  });
});
