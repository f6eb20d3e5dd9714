import { createTenant, startEdge, type EdgeHarness } from '@mewayz/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';

let edge: EdgeHarness;
beforeAll(async () => {
  edge = await startEdge();
});
afterAll(() => edge?.dispose());

it('smoke', async () => {
  const t = await createTenant(edge.deps);
  const r = await edge.fetch('http://mewayz.localhost/api/v1/me', { headers: { authorization: `Bearer ${t.token}` } });
  console.log(r.status, [...r.headers], await r.text());
  const r2 = await edge.fetch('http://mewayz.localhost/api/v1/sites', { method: 'POST', headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ slug: 'smoke-' + Date.now(), name: 'S' }) });
  console.log(r2.status, await r2.text());
  const r3 = await edge.fetch('http://mewayz.localhost/api/v1/openapi.json');
  console.log(r3.status, (await r3.text()).slice(0, 300));
  const r4 = await edge.fetch('http://mewayz.localhost/api/v1/nope');
  console.log(r4.status, await r4.text());
  expect(r.status).toBe(200);
});
