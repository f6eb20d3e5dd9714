import { contactImports, contacts, emailSuppressions } from '@mewayz/db/schema';
import { createTestOrg, failureOf, nodeDeps, withContactFields } from '@mewayz/testing';
import { eq } from 'drizzle-orm';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAudience } from '../../campaigns/audience.ts';
import type { CoreDeps } from '../../deps.ts';
import { newId } from '../../ids.ts';
import type { MediaBucket } from '../../media/bucket.ts';
import type { TenantScope } from '../../tenancy/scope.ts';
import { createContact, getContact, listContacts, subscribeContact } from '../contacts.ts';
import {
  type ContactImportMessage,
  cancelContactImport,
  contactImportErrorsCsv,
  getContactImport,
  listContactImportErrors,
  previewContactImport,
  startContactImport,
  uploadContactImport,
} from './contact-import.ts';
import { applyContactImportChunk } from './import-chunk.ts';
import { IMPORT_MAX_REQUEUES, sweepStalledImports } from './stall-sweep.ts';

const actor = { userId: null, requestId: 'req_test' };
let mf: Miniflare;
let deps: CoreDeps;
let queued: ContactImportMessage[];

beforeAll(async () => {
  // Miniflare's R2 simulator: the real bucket API, in memory for the run.
  mf = new Miniflare({ modules: true, script: 'export default {}', r2Buckets: ['MEDIA'] });
  const bucket = (await mf.getR2Bucket('MEDIA')) as unknown as MediaBucket;
  queued = [];
  deps = { ...nodeDeps(), media: bucket, contactImports: { enqueue: async (m) => void queued.push(m) } };
});
afterAll(() => mf?.dispose());

const bytes = (text: string) => new TextEncoder().encode(text);

const withFields = (scope: TenantScope) => withContactFields(deps, scope);

/** Upload, start with the guessed mapping (or `mapping`), then apply chunks the way the consumer does. */
async function runImport(
  scope: TenantScope,
  csv: string,
  opts: { consent?: boolean; mapping?: string[]; chunkRows?: number } = {},
) {
  const draft = await uploadContactImport(
    deps,
    scope,
    actor,
    { name: 'people.csv', bytes: bytes(csv) },
    opts.chunkRows,
  );
  const preview = await previewContactImport(deps, scope, draft.id);
  await startContactImport(deps, scope, actor, draft.id, {
    mapping: opts.mapping ?? preview.guess,
    consent: opts.consent ?? false,
  });
  const message = { organizationId: scope.orgId, importId: draft.id };
  for (let i = 0; i < 1000; i++) {
    const r = await applyContactImportChunk(deps, message);
    if (r.finished) break;
  }
  return getContactImport(deps, scope, draft.id);
}

async function byEmail(scope: TenantScope, email: string) {
  const row = await scope.first(contacts, eq(contacts.email, email));
  return row ? getContact(deps, scope, row.id) : null;
}

describe('contact import: the file', () => {
  it('refuses what is not a CSV it can read, with typed errors', async () => {
    const scope = await createTestOrg(deps);
    const up = (name: string, data: Uint8Array) =>
      failureOf(uploadContactImport(deps, scope, actor, { name, bytes: data }));
    expect(await up('people.xlsx', bytes('email\na@example.test'))).toEqual([422, 'not_csv', undefined]);
    // An Excel workbook renamed .csv: a zip full of NULs.
    expect(await up('people.csv', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]))).toEqual([
      422,
      'not_csv',
      undefined,
    ]);
    expect(await up('people.csv', new Uint8Array([0x65, 0xff, 0xfe, 0x0a]))).toEqual([
      422,
      'not_csv',
      undefined,
    ]);
    expect(await up('people.csv', bytes('email\n"a@example.test\n'))).toEqual([422, 'not_csv', undefined]);
    expect(await up('people.csv', bytes('email\r\n'))).toEqual([422, 'not_csv', undefined]);
    const tooMany = `email\n${'a@example.test\n'.repeat(100_001)}`;
    expect(await up('people.csv', bytes(tooMany))).toEqual([413, 'import_too_large', undefined]);
    expect(await scope.count(contactImports)).toBe(0);
  });

  it('guesses the mapping from the header and refuses a mapping without an email column', async () => {
    const scope = await createTestOrg(deps);
    await withFields(scope);
    const draft = await uploadContactImport(deps, scope, actor, {
      name: 'people.csv',
      bytes: bytes('E-mail,Full Name,Plan,Tags,Notes,seats\na@example.test,Ann,pro,vip,hello,3\n'),
    });
    expect(draft.status).toBe('draft');
    const preview = await previewContactImport(deps, scope, draft.id);
    expect(preview.guess).toEqual(['email', 'name', 'field:plan', 'tags', 'ignore', 'field:seats']);
    expect(preview.sample).toEqual([['a@example.test', 'Ann', 'pro', 'vip', 'hello', '3']]);
    const start = (mapping: string[]) =>
      failureOf(startContactImport(deps, scope, actor, draft.id, { mapping, consent: false }));
    expect(await start(['name', 'ignore', 'ignore', 'ignore', 'ignore', 'ignore'])).toEqual([
      422,
      'validation_failed',
      'email_unmapped',
    ]);
    expect(await start(['email', 'email', 'ignore', 'ignore', 'ignore', 'ignore'])).toEqual([
      422,
      'validation_failed',
      'mapping_repeated',
    ]);
    expect(await start(['email', 'field:nope', 'ignore', 'ignore', 'ignore', 'ignore'])).toEqual([
      422,
      'validation_failed',
      'unknown_field',
    ]);
    expect(await start(['email'])).toEqual([422, 'validation_failed', 'mapping_length']);
    // Still a draft: nothing was queued by the refusals, and a start after one start is a 409.
    expect(queued.filter((m) => m.importId === draft.id)).toEqual([]);
    await startContactImport(deps, scope, actor, draft.id, { mapping: preview.guess, consent: false });
    expect(queued.filter((m) => m.importId === draft.id)).toHaveLength(1);
    expect((await start(preview.guess))[0]).toBe(409);
    expect(queued.filter((m) => m.importId === draft.id)).toHaveLength(1);
  });
});

describe('contact import: applying rows', () => {
  it('maps columns, dedupes by email (last row wins, empty cells never clear), reports bad rows', async () => {
    const scope = await createTestOrg(deps);
    await withFields(scope);
    await createContact(deps, scope, actor, {
      email: 'ann@example.test',
      name: 'Ann Original',
      company: 'Old Co',
      consentStatus: 'unsubscribed',
      tags: ['existing'],
      fields: { plan: 'free' },
    });
    const csv = [
      'Email,Name,Company,Plan,Seats,Birthday,Tags',
      'ANN@Example.test,,New Co,pro,,,vip;early', // row 2: existing, name cell empty
      'bob@example.test,Bob,,free,2,1990-05-01,', // row 3
      'not-an-email,X,,,,,', // row 4: bad email
      'cat@example.test,Cat,,gold,,,', // row 5: not a choice
      'dan@example.test,Dan,,,many,,', // row 6: not a number
      'eve@example.test,Eve,,,,1990-02-30,', // row 7: not a day
      ',NoEmail,,,,,', // row 8
      'fay@example.test,Fay,,,,,,extra', // row 9: a cell too many
      'Bob@example.test,Robert,Bobco,,,,"a,b"', // row 10: Bob again, later cells win
      'gus@example.test,"Gus, Jr.",,,,,', // row 11
    ].join('\r\n');
    const done = await runImport(scope, csv, { chunkRows: 4 });
    expect(done).toMatchObject({
      status: 'done',
      totalRows: 10,
      processed: 10,
      created: 2,
      updated: 1,
      duplicates: 1,
      failed: 6,
    });

    const ann = await byEmail(scope, 'ann@example.test');
    expect(ann).toMatchObject({ name: 'Ann Original', company: 'New Co', consentStatus: 'unsubscribed' });
    expect(ann!.tags.sort()).toEqual(['early', 'existing', 'vip']);
    expect(ann!.fields).toEqual({ plan: 'pro' });
    const bob = await byEmail(scope, 'bob@example.test');
    expect(bob).toMatchObject({
      name: 'Robert',
      company: 'Bobco',
      source: 'import',
      // Imported without consent: never asked, not "said no".
      consentStatus: 'not_subscribed',
    });
    expect(bob!.fields).toEqual({ plan: 'free', seats: 2, birthday: '1990-05-01' });
    expect(bob!.tags.sort()).toEqual(['a', 'b']);
    expect((await byEmail(scope, 'gus@example.test'))!.name).toBe('Gus, Jr.');
    for (const e of ['cat@example.test', 'dan@example.test', 'eve@example.test', 'fay@example.test'])
      expect(await byEmail(scope, e)).toBeNull();
    expect((await listContacts(deps, scope, { per_page: 50 })).total).toBe(3);

    const errors = await listContactImportErrors(deps, scope, done.id);
    expect(errors.map((e) => [e.row, e.email])).toEqual([
      [4, 'not-an-email'],
      [5, 'cat@example.test'],
      [6, 'dan@example.test'],
      [7, 'eve@example.test'],
      [8, null],
      [9, 'fay@example.test'],
    ]);
    expect(errors[1]!.reason).toMatch(/Plan: Choose one of: free, pro/);
    expect(errors[2]!.reason).toMatch(/Seats: Use a number/);
    expect(errors[4]!.reason).toBe('No email');
    const csvReport = await contactImportErrorsCsv(deps, scope, done.id);
    expect(csvReport.split('\r\n')[0]).toBe('row,email,reason');
    expect(csvReport).toContain('5,cat@example.test,"Plan: Choose one of: free, pro"');
  });

  it('counts a repeated email in a later chunk as a duplicate, not an update', async () => {
    const scope = await createTestOrg(deps);
    const csv = 'email,name\na@example.test,A\nb@example.test,B\na@example.test,A2\n';
    const done = await runImport(scope, csv, { chunkRows: 2 });
    expect(done).toMatchObject({ created: 2, updated: 0, duplicates: 1, failed: 0 });
    expect((await byEmail(scope, 'a@example.test'))!.name).toBe('A2');
  });

  it('subscribes new contacts only with consent, and never a suppressed or unsubscribed address', async () => {
    const scope = await createTestOrg(deps);
    await createContact(deps, scope, actor, { email: 'gone@example.test', consentStatus: 'unsubscribed' });
    await scope.insert(emailSuppressions, { email: 'bounced@example.test', reason: 'bounced' });
    await scope.insert(emailSuppressions, { email: 'left@example.test', reason: 'unsubscribed' });
    const csv = 'email\nnew@example.test\ngone@example.test\nbounced@example.test\nleft@example.test\n';
    const done = await runImport(scope, csv, { consent: true });
    expect(done).toMatchObject({ created: 3, updated: 1 });
    expect((await byEmail(scope, 'new@example.test'))!.consentStatus).toBe('subscribed');
    expect((await byEmail(scope, 'gone@example.test'))!.consentStatus).toBe('unsubscribed');
    expect((await byEmail(scope, 'bounced@example.test'))!.consentStatus).toBe('bounced');
    expect((await byEmail(scope, 'left@example.test'))!.consentStatus).toBe('unsubscribed');

    const other = await createTestOrg(deps);
    await runImport(other, 'email\nnew@example.test\nleft@example.test\n');
    expect((await byEmail(other, 'new@example.test'))!.consentStatus).toBe('not_subscribed');
    // Suppressions are per organization: the first one's list says nothing about this one's contacts.
    expect((await byEmail(other, 'left@example.test'))!.consentStatus).toBe('not_subscribed');
  });

  it('a never-asked contact gets no campaign, and subscribes by signing up on a site', async () => {
    const scope = await createTestOrg(deps);
    await runImport(scope, 'email,tags\nquiet@example.test,vip\n');
    const quiet = (await byEmail(scope, 'quiet@example.test'))!;
    expect(quiet.consentStatus).toBe('not_subscribed');
    expect(
      (await listContacts(deps, scope, { per_page: 50, consent: 'not_subscribed' })).items.map(
        (c) => c.email,
      ),
    ).toEqual(['quiet@example.test']);
    expect((await listContacts(deps, scope, { per_page: 50, consent: 'unsubscribed' })).total).toBe(0);
    const vips = { type: 'tags' as const, tags: ['vip'] };
    expect(await countAudience(scope, vips, new Date())).toBe(0);
    expect(
      await subscribeContact(deps, scope, {
        email: 'quiet@example.test',
        siteId: newId('site'),
        blockId: newId('block'),
      }),
    ).toEqual({ contact: 'existing', confirm: null });
    const after = (await byEmail(scope, 'quiet@example.test'))!;
    expect(after).toMatchObject({ consentStatus: 'subscribed', consentMethod: 'signup_form' });
    expect(await countAudience(scope, vips, new Date())).toBe(1);
  });
});

describe('contact import: exactly once under redelivery', () => {
  const csv = `email,name\n${Array.from({ length: 30 }, (_, i) => `p${i}@example.test,P${i}`).join('\n')}\n`;

  async function started(scope: TenantScope) {
    const draft = await uploadContactImport(deps, scope, actor, { name: 'p.csv', bytes: bytes(csv) }, 10);
    await startContactImport(deps, scope, actor, draft.id, { mapping: ['email', 'name'], consent: false });
    return { organizationId: scope.orgId, importId: draft.id };
  }

  it('applies a chunk once when the same message is delivered twice at the same time', async () => {
    const scope = await createTestOrg(deps);
    const message = await started(scope);
    const [a, b] = await Promise.all([
      applyContactImportChunk(deps, message),
      applyContactImportChunk(deps, message),
    ]);
    expect([a.applied, b.applied].sort()).toEqual([false, true]);
    expect(await getContactImport(deps, scope, message.importId)).toMatchObject({
      processed: 10,
      created: 10,
      status: 'running',
    });
    expect(await scope.count(contacts)).toBe(10);
    // A late redelivery of a finished import changes nothing.
    while (!(await applyContactImportChunk(deps, message)).finished);
    const again = await applyContactImportChunk(deps, message);
    expect(again).toMatchObject({ applied: false, finished: true });
    expect(await getContactImport(deps, scope, message.importId)).toMatchObject({
      processed: 30,
      created: 30,
      status: 'done',
    });
    expect(await scope.count(contacts)).toBe(30);
  });

  it('rolls a chunk that fails midway back whole, and its retry counts it once', async () => {
    const scope = await createTestOrg(deps);
    const message = await started(scope);
    await applyContactImportChunk(deps, message);
    const crash = applyContactImportChunk(deps, message, {
      beforeCommit: async () => {
        throw new Error('worker evicted');
      },
    });
    await expect(crash).rejects.toThrow('worker evicted');
    expect(await getContactImport(deps, scope, message.importId)).toMatchObject({
      processed: 10,
      created: 10,
    });
    expect(await scope.count(contacts)).toBe(10);
    const retried = await applyContactImportChunk(deps, message);
    expect(retried).toMatchObject({ applied: true, rows: 10 });
    expect(await getContactImport(deps, scope, message.importId)).toMatchObject({
      processed: 20,
      created: 20,
    });
    expect(await scope.count(contacts)).toBe(20);
  });

  it('stops at a cancel between chunks, keeping what was applied', async () => {
    const scope = await createTestOrg(deps);
    const message = await started(scope);
    await applyContactImportChunk(deps, message);
    await scope.update(contactImports, { status: 'cancelled' }, eq(contactImports.id, message.importId));
    expect(await applyContactImportChunk(deps, message)).toMatchObject({ applied: false, finished: true });
    expect(await scope.count(contacts)).toBe(10);
  });
});

describe('contact import: the files in R2', () => {
  const csv = `email\n${Array.from({ length: 25 }, (_, i) => `f${i}@example.test`).join('\n')}\n`;
  const keysOf = async (importId: string, scope: TenantScope) => {
    const bucket = (await mf.getR2Bucket('MEDIA')) as unknown as {
      list(o: { prefix: string }): Promise<{ objects: { key: string }[] }>;
    };
    return (await bucket.list({ prefix: `imports/${scope.orgId}/${importId}/` })).objects.map((o) => o.key);
  };
  const upload = (scope: TenantScope) =>
    uploadContactImport(deps, scope, actor, { name: 'f.csv', bytes: bytes(csv) }, 10);

  it('are deleted when the last chunk is applied, and a late redelivery is harmless', async () => {
    const scope = await createTestOrg(deps);
    const draft = await upload(scope);
    // The source and three chunks of 10, 10 and 5 rows.
    expect(await keysOf(draft.id, scope)).toHaveLength(4);
    await startContactImport(deps, scope, actor, draft.id, { mapping: ['email'], consent: false });
    const message = { organizationId: scope.orgId, importId: draft.id };
    await applyContactImportChunk(deps, message);
    expect(await keysOf(draft.id, scope)).toHaveLength(4);
    while (!(await applyContactImportChunk(deps, message)).finished);
    expect(await keysOf(draft.id, scope)).toEqual([]);
    expect(await applyContactImportChunk(deps, message)).toMatchObject({ applied: false, finished: true });
    expect(await getContactImport(deps, scope, draft.id)).toMatchObject({ status: 'done', created: 25 });
  });

  it('are deleted when a draft or a running import is cancelled, which stays cancelled', async () => {
    const scope = await createTestOrg(deps);
    const draft = await upload(scope);
    await cancelContactImport(deps, scope, actor, draft.id);
    expect(await keysOf(draft.id, scope)).toEqual([]);

    const running = await upload(scope);
    await startContactImport(deps, scope, actor, running.id, { mapping: ['email'], consent: false });
    const message = { organizationId: scope.orgId, importId: running.id };
    await applyContactImportChunk(deps, message);
    await cancelContactImport(deps, scope, actor, running.id);
    expect(await keysOf(running.id, scope)).toEqual([]);
    // The chain's next message finds it cancelled: nothing more applied, and it does not turn failed.
    expect(await applyContactImportChunk(deps, message)).toMatchObject({ applied: false, finished: true });
    expect(await getContactImport(deps, scope, running.id)).toMatchObject({
      status: 'cancelled',
      processed: 10,
    });
  });
});

describe('contact import: the stall sweep', () => {
  const csv = `email\n${Array.from({ length: 20 }, (_, i) => `s${i}@example.test`).join('\n')}\n`;
  const stallFor = (scope: TenantScope, importId: string, minutes: number) =>
    scope.update(
      contactImports,
      { updatedAt: new Date(Date.now() - minutes * 60_000) },
      eq(contactImports.id, importId),
    );

  it('re-sends a lost message once per stall, leaves moving imports alone, then gives up', async () => {
    const scope = await createTestOrg(deps);
    const draft = await uploadContactImport(deps, scope, actor, { name: 's.csv', bytes: bytes(csv) }, 10);
    await startContactImport(deps, scope, actor, draft.id, { mapping: ['email'], consent: false });
    const moving = await uploadContactImport(deps, scope, actor, { name: 'm.csv', bytes: bytes(csv) }, 10);
    await startContactImport(deps, scope, actor, moving.id, { mapping: ['email'], consent: false });
    const only = { organizationId: scope.orgId };
    const sent: ContactImportMessage[] = [];
    const sweep = () => sweepStalledImports(deps, new Date(), async (m) => void sent.push(m), only);

    // Its message was lost 11 minutes ago; the other one moved a minute ago.
    await stallFor(scope, draft.id, 11);
    await stallFor(scope, moving.id, 1);
    // Two overlapping cron runs: one message between them.
    const [a, b] = await Promise.all([sweep(), sweep()]);
    expect(a.requeued + b.requeued).toBe(1);
    expect(sent).toEqual([{ organizationId: scope.orgId, importId: draft.id }]);
    // The claim restarted the stall window: the next run re-sends nothing.
    expect(await sweep()).toEqual({ requeued: 0, failed: 0 });
    // The re-sent message carries the import on from its cursor.
    await applyContactImportChunk(deps, sent[0]!);
    expect(await getContactImport(deps, scope, draft.id)).toMatchObject({ processed: 10, status: 'running' });

    // It stalls again and again: re-sent up to the limit, then failed, its files deleted.
    for (let i = 2; i <= IMPORT_MAX_REQUEUES; i++) {
      await stallFor(scope, draft.id, 11);
      expect(await sweep()).toEqual({ requeued: 1, failed: 0 });
    }
    await stallFor(scope, draft.id, 11);
    expect(await sweep()).toEqual({ requeued: 0, failed: 1 });
    expect(sent).toHaveLength(IMPORT_MAX_REQUEUES);
    const failed = await getContactImport(deps, scope, draft.id);
    expect(failed).toMatchObject({ status: 'failed', processed: 10 });
    expect(await scope.count(contacts)).toBe(10);
    expect(await applyContactImportChunk(deps, sent[0]!)).toMatchObject({ applied: false, finished: true });
    const bucket = (await mf.getR2Bucket('MEDIA')) as unknown as {
      list(o: { prefix: string }): Promise<{ objects: unknown[] }>;
    };
    expect((await bucket.list({ prefix: `imports/${scope.orgId}/${draft.id}/` })).objects).toEqual([]);
    // A failed import is swept no more; the moving one was never touched.
    await stallFor(scope, draft.id, 60);
    expect(await sweep()).toEqual({ requeued: 0, failed: 0 });
    expect(await getContactImport(deps, scope, moving.id)).toMatchObject({ status: 'queued', processed: 0 });
  });
});
