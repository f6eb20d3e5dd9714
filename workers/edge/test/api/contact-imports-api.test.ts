import { crmService } from '@mewayz/core';
import {
  createTenant,
  type EdgeHarness,
  edgeTestVars,
  eventually,
  startEdge,
  type Tenant,
} from '@mewayz/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './helpers.ts';

/**
 * /api/v1/contacts/imports run through the real Workers in workerd: the API stores the file in R2 and
 * queues it, the jobs Worker's `contact-imports` consumer applies it chunk by chunk, each delivery
 * sending the next. Duplicate messages (as a queue's at-least-once delivery makes) change no count.
 */
let edge: EdgeHarness;
let tenant: Tenant;

beforeAll(async () => {
  edge = await startEdge({
    edgeVars: { API_RATE_LIMIT_PER_TOKEN: '100000', API_RATE_LIMIT_PER_IP: '100000' },
  });
  tenant = await createTenant(edge.deps, 'Import API org');
});
afterAll(() => edge?.dispose());

const send = (method: string, path: string, body?: unknown) =>
  call(edge, method, path, { token: tenant.token, body });

async function finished(id: string) {
  let last: Record<string, unknown> = {};
  await eventually(async () => {
    last = (await send('GET', `/contacts/imports/${id}`)).body.data;
    return last.status === 'done';
  }, 60_000);
  return last;
}

describe('/api/v1/contacts/imports', { timeout: 120_000 }, () => {
  it('imports 2,100 rows in three chunks through the jobs queue, exactly once despite duplicate messages', async () => {
    const rows = Array.from({ length: 2100 }, (_, i) => `p${i}@x.test,P${i},vip`);
    rows[10] = 'broken-email,Broken,';
    rows[2000] = 'p5@x.test,Five again,late';
    const csv = `Email,Name,Tags\r\n${rows.join('\r\n')}\r\n`;
    const res = await send('POST', '/contacts/imports', { fileName: 'people.csv', csv, consent: true });
    expect(res.status, res.text).toBe(202);
    const id = res.body.data.id as string;
    expect(res.body.data).toMatchObject({
      status: 'queued',
      totalRows: 2100,
      mapping: ['email', 'name', 'tags'],
    });
    // Redeliveries: the same message three more times, while the first chain runs.
    const secret = edgeTestVars().INTERNAL_SECRET!;
    for (let i = 0; i < 3; i++) {
      const dup = await edge.fetch('http://mewayz.localhost/__internal/contact-imports', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-internal-secret': secret },
        body: JSON.stringify({ organizationId: tenant.scope.orgId, importId: id }),
      });
      expect(dup.status).toBe(200);
    }
    const done = await finished(id);
    expect(done).toMatchObject({ processed: 2100, created: 2098, updated: 0, duplicates: 1, failed: 1 });
    const scope = tenant.scope;
    const list = await crmService.listContacts(edge.deps, scope, { per_page: 1, tag: 'late' });
    expect(list.items[0]).toMatchObject({
      email: 'p5@x.test',
      name: 'Five again',
      consentStatus: 'subscribed',
    });
    expect((await crmService.listContacts(edge.deps, scope, { per_page: 1, tag: 'vip' })).total).toBe(2098);

    const errors = await send('GET', `/contacts/imports/${id}/errors`);
    expect(errors.status).toBe(200);
    expect(errors.body.data).toEqual([
      { row: 12, email: 'broken-email', reason: expect.stringMatching(/email/i) },
    ]);
  });

  it('answers bad input with a coded 4xx, never a 5xx', async () => {
    const bad = async (body: unknown, status: number, code: string) => {
      const res = await send('POST', '/contacts/imports', body);
      expect(res.status, res.text).toBe(status);
      expect(res.body.error.code).toBe(code);
    };
    await bad({ csv: 'name\nAnn\n' }, 422, 'validation_failed');
    await bad({ csv: 'email\n"open\n' }, 422, 'not_csv');
    await bad({ csv: 'email\n' }, 422, 'not_csv');
    await bad({ csv: 'email,name\na@example.test,A\n', mapping: ['email'] }, 422, 'validation_failed');
    await bad({ csv: 'email\na@example.test\n', mapping: ['email'], extra: 1 }, 422, 'validation_failed');
    await bad({ csv: `email\n${'a@example.test\n'.repeat(6000)}` }, 413, 'payload_too_large');
    expect((await send('GET', '/contacts/imports/cimp_00000000000000000000000000')).status).toBe(404);
    expect((await send('GET', '/contacts/imports/nope/errors')).status).toBe(404);
  });
});
