import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { nodeDeps, uniqueEmail } from '@mewayz/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../data/db-handle.ts';
import { createMailer } from './create-mailer.ts';
import { EmailSendFailed, elasticEmailMailer } from './elastic-email.ts';
import { listOutbox, listOutboxPage, outboxMailer } from './outbox.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

/** A local stand-in for Elastic Email's v4 API: records requests, answers like the real one. */
const seen: Seen[] = [];
const server = createServer((req, res) => {
  let raw = '';
  req.on('data', (c) => {
    raw += c;
  });
  req.on('end', () => {
    const body = JSON.parse(raw || '{}');
    seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
    if (req.headers['x-elasticemail-apikey'] !== 'test-key') {
      res
        .writeHead(401, { 'content-type': 'application/json' })
        .end(JSON.stringify({ Error: 'Access denied' }));
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ TransactionID: 'tx-1', MessageID: 'msg-1' }));
  });
});
let baseUrl = '';

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('Elastic Email v4 adapter', () => {
  it('posts a transactional email with the key header and both bodies', async () => {
    const mailer = elasticEmailMailer({ apiKey: 'test-key', from: 'Mewayz <no-reply@mewayz.test>', baseUrl });
    const sent = await mailer.send({
      to: 'ann@example.test',
      subject: 'Hello',
      text: 'Plain',
      html: '<p>Rich</p>',
    });
    expect(sent).toMatchObject({ provider: 'elastic', providerMessageId: 'msg-1' });
    const req = seen.at(-1)!;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/v4/emails/transactional');
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.body).toEqual({
      Recipients: { To: ['ann@example.test'] },
      Content: {
        From: 'Mewayz <no-reply@mewayz.test>',
        Subject: 'Hello',
        Body: [
          { ContentType: 'HTML', Charset: 'utf-8', Content: '<p>Rich</p>' },
          { ContentType: 'PlainText', Charset: 'utf-8', Content: 'Plain' },
        ],
      },
    });
  });

  it('fails loudly on an error answer', async () => {
    const mailer = elasticEmailMailer({ apiKey: 'wrong', from: 'x@mewayz.test', baseUrl });
    await expect(mailer.send({ to: 'a@example.test', subject: 's', text: 't' })).rejects.toBeInstanceOf(
      EmailSendFailed,
    );
  });
});

describe('dev outbox', () => {
  it('stores messages and lists them newest first', async () => {
    const deps = nodeDeps();
    const to = uniqueEmail();
    const mailer = outboxMailer(dbOf(deps));
    await mailer.send({ to, subject: 'first', text: 'one' });
    await mailer.send({ to, subject: 'second', text: 'two', html: '<b>two</b>' });
    const list = await listOutbox(dbOf(deps), { to });
    expect(list.map((m) => m.subject)).toEqual(['second', 'first']);
    expect(list[0]).toMatchObject({ provider: 'outbox', html: '<b>two</b>', text: 'two' });
  });
});

describe('dev outbox pages', () => {
  it('pages by a fixed size with the total, and filters by part of the recipient', async () => {
    const deps = nodeDeps();
    const mailer = outboxMailer(dbOf(deps));
    const tag = Math.random().toString(36).slice(2, 8);
    for (let i = 0; i < 7; i++)
      await mailer.send({ to: `page-${tag}-${i}@example.test`, subject: `n${i}`, text: 't' });
    const first = await listOutboxPage(deps, { to: `page-${tag}`, page: 1, perPage: 5 });
    expect(first.total).toBe(7);
    expect(first.items.map((m) => m.subject)).toEqual(['n6', 'n5', 'n4', 'n3', 'n2']);
    const second = await listOutboxPage(deps, { to: `PAGE-${tag}`, page: 2, perPage: 5 });
    expect(second.items.map((m) => m.subject)).toEqual(['n1', 'n0']);
    expect((await listOutboxPage(deps, { to: `page-${tag}-3@`, page: 1, perPage: 5 })).total).toBe(1);
    // Wildcards in the filter are literal characters.
    expect((await listOutboxPage(deps, { to: `page_${tag}`, page: 1, perPage: 5 })).total).toBe(0);
    expect((await listOutboxPage(deps, { page: 1, perPage: 5 })).total).toBeGreaterThanOrEqual(7);
  });
});

describe('createMailer', () => {
  it('picks the outbox by default and Elastic Email when configured with a key', async () => {
    const deps = nodeDeps();
    const to = uniqueEmail();
    expect(
      (
        await createMailer(dbOf(deps), { provider: 'outbox', from: 'x@mewayz.test' }).send({
          to,
          subject: 's',
          text: 't',
        })
      ).provider,
    ).toBe('outbox');
    expect(() => createMailer(dbOf(deps), { provider: 'elastic', from: 'x@mewayz.test' })).toThrow(
      /ELASTIC_EMAIL_API_KEY/,
    );
    const elastic = createMailer(dbOf(deps), {
      provider: 'elastic',
      from: 'x@mewayz.test',
      elasticApiKey: 'test-key',
      elasticBaseUrl: baseUrl,
    });
    expect((await elastic.send({ to, subject: 's', text: 't' })).provider).toBe('elastic');
    expect(await listOutbox(dbOf(deps), { to })).toHaveLength(1);
  });
});
