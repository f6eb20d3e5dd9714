import { emailOutbox, sendingDomains } from '@mewayz/db/schema';
import { createTenant, createTestOrg, failureOf, identityDeps, nodeDeps, uniqueEmail } from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getSenderSettings, updateSenderSettings } from '../campaigns/sender-settings.ts';
import { fromBase64, utf8 } from '../crypto/encoding.ts';
import { dbOf } from '../data/db-handle.ts';
import { fakeResolver, setFakeCnameRecord, setFakeTxtRecords } from '../domains/resolvers.ts';
import { resendMailer } from '../email/resend.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { mergeSpf } from './checks.ts';
import { senderAddressOf } from './from-address.ts';
import { recheckSendingDomains } from './recheck.ts';
import {
  addSendingDomain,
  getSendingDomain,
  listSendingDomains,
  removeSendingDomain,
  type SendingDomainView,
  verifySendingDomain,
} from './service.ts';

const deps = identityDeps(nodeDeps());
const actor = { userId: null, requestId: 'req_test' };
const resolver = fakeResolver(deps.redis);
const cronDeps = { ...deps, resolver };
const domainName = () => `mail-${Math.random().toString(36).slice(2, 10)}.example.com`;
const record = (d: SendingDomainView, kind: string) => d.records.find((r) => r.kind === kind)!;

/** Publish every record the domain asks for, as the creator would at their DNS provider. */
async function publishAll(d: SendingDomainView) {
  for (const r of d.records)
    if (r.type === 'TXT') await setFakeTxtRecords(deps.redis, r.name, [r.value]);
    else await setFakeCnameRecord(deps.redis, r.name, [`${r.value.toUpperCase()}.`]);
}

async function verifiedDomain(scope: TenantScope) {
  const d = await addSendingDomain(deps, scope, actor, { domain: domainName() });
  await publishAll(d);
  const v = await verifySendingDomain(deps, scope, actor, d.id, resolver);
  expect(v.status).toBe('verified');
  return v;
}

describe('sending domains', () => {
  it('produces SPF, DKIM (a fresh RSA-2048 key, private half sealed), DMARC and return-path records', async () => {
    const scope = await createTestOrg(deps);
    const name = domainName();
    const d = await addSendingDomain(deps, scope, actor, { domain: `${name.toUpperCase()}.` });
    expect(d).toMatchObject({ domain: name, status: 'pending', lastCheckedAt: null });
    expect(d.records.map((r) => [r.kind, r.type, r.name, r.status])).toEqual([
      ['spf', 'TXT', name, 'unchecked'],
      [
        'dkim',
        'TXT',
        expect.stringMatching(new RegExp(`^mwz[0-9a-f]{8}\\._domainkey\\.${name}$`)),
        'unchecked',
      ],
      ['dmarc', 'TXT', `_dmarc.${name}`, 'unchecked'],
      ['return_path', 'CNAME', `bounces.${name}`, 'unchecked'],
    ]);
    expect(record(d, 'spf').value).toBe('v=spf1 include:_spf.mewayz.localhost ~all');
    expect(record(d, 'dmarc').value).toBe('v=DMARC1; p=none; rua=mailto:dmarc-reports@mewayz.localhost');
    expect(record(d, 'return_path').value).toBe('bounces.mewayz.localhost');
    const publicKey = /^v=DKIM1; k=rsa; p=([A-Za-z0-9+/=]+)$/.exec(record(d, 'dkim').value)![1]!;

    const [row] = await dbOf(deps).select().from(sendingDomains).where(eq(sendingDomains.id, d.id));
    expect(row!.dkimPrivateKey).not.toContain('MII');
    const pkcs8 = fromBase64(await deps.secrets.decrypt(row!.dkimPrivateKey));
    const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
    const priv = await crypto.subtle.importKey('pkcs8', pkcs8, algorithm, false, ['sign']);
    const pub = await crypto.subtle.importKey('spki', fromBase64(publicKey), algorithm, false, ['verify']);
    expect((pub.algorithm as { modulusLength: number }).modulusLength).toBe(2048);
    const signature = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', priv, utf8.encode('mail'));
    expect(await crypto.subtle.verify('RSASSA-PKCS1-v1_5', pub, signature, utf8.encode('mail'))).toBe(true);

    // Unique per workspace; another workspace may name it (it cannot publish this one's key).
    expect(await failureOf(addSendingDomain(deps, scope, actor, { domain: name }))).toEqual([
      409,
      'conflict',
      'domain_taken',
    ]);
    const other = await createTestOrg(deps);
    expect((await addSendingDomain(deps, other, actor, { domain: name })).domain).toBe(name);
  });

  it('refuses IP addresses, the platform’s own domain and names that are not registrable', async () => {
    const scope = await createTestOrg(deps);
    for (const bad of [
      '127.0.0.1',
      '10.0.0.8',
      '[::1]',
      'mewayz.localhost',
      'mail.mewayz.localhost',
      'localhost',
      'nodot',
      'a/b.example.com',
      'x@y.example.com',
      '_dmarc.example.com',
      ' ',
    ])
      expect(await failureOf(addSendingDomain(deps, scope, actor, { domain: bad })), bad).toEqual([
        422,
        'validation_failed',
        'domain',
      ]);
    expect((await listSendingDomains(deps, scope, { page: 1, perPage: 10 })).total).toBe(0);
  });

  it('checks each record on its own and shows what it found', async () => {
    const scope = await createTestOrg(deps);
    const d = await addSendingDomain(deps, scope, actor, { domain: domainName() });
    const none = await verifySendingDomain(deps, scope, actor, d.id, resolver);
    expect(none.status).toBe('failed');
    expect(none.records.map((r) => [r.kind, r.status, r.found])).toEqual([
      ['spf', 'failed', null],
      ['dkim', 'failed', null],
      ['dmarc', 'failed', null],
      ['return_path', 'failed', null],
    ]);

    // An SPF record of another service: ours is merged into it rather than added as a second one.
    const spf = record(d, 'spf');
    await setFakeTxtRecords(deps.redis, spf.name, ['v=spf1 include:_spf.google.com ~all', 'google-site=1']);
    const theirs = await verifySendingDomain(deps, scope, actor, d.id, resolver);
    expect(record(theirs, 'spf')).toMatchObject({
      status: 'failed',
      found: 'v=spf1 include:_spf.google.com ~all',
      value: 'v=spf1 include:_spf.google.com include:_spf.mewayz.localhost ~all',
    });
    // Adding ours as a second record is flagged: receivers treat two SPF records as an error.
    await setFakeTxtRecords(deps.redis, spf.name, ['v=spf1 include:_spf.google.com ~all', spf.value]);
    const twice = await verifySendingDomain(deps, scope, actor, d.id, resolver);
    expect(record(twice, 'spf').status).toBe('failed');
    expect(record(twice, 'spf').problem).toMatch(/2 SPF records/);
    await setFakeTxtRecords(deps.redis, spf.name, [record(theirs, 'spf').value]);

    // DKIM as a provider splits it (spaces inside p=); a different key fails.
    const dkim = record(d, 'dkim');
    const key = dkim.value.split('p=')[1]!;
    await setFakeTxtRecords(deps.redis, dkim.name, [
      `v=DKIM1; k=rsa; p=${key.slice(0, 200)} ${key.slice(200)}`,
    ]);
    // DMARC with the creator's own enforcing policy is accepted; one without a policy is not.
    const dmarc = record(d, 'dmarc');
    await setFakeTxtRecords(deps.redis, dmarc.name, ['v=DMARC1; rua=mailto:x@example.com']);
    await setFakeCnameRecord(deps.redis, record(d, 'return_path').name, ['elsewhere.example.net.']);
    const partly = await verifySendingDomain(deps, scope, actor, d.id, resolver);
    expect(partly.records.map((r) => [r.kind, r.status])).toEqual([
      ['spf', 'ok'],
      ['dkim', 'ok'],
      ['dmarc', 'failed'],
      ['return_path', 'failed'],
    ]);
    expect(partly.status).toBe('failed');
    expect(record(partly, 'return_path')).toMatchObject({ found: 'elsewhere.example.net' });

    await setFakeTxtRecords(deps.redis, dmarc.name, ['v=DMARC1; p=reject; pct=100']);
    await setFakeCnameRecord(deps.redis, record(d, 'return_path').name, ['Bounces.Mewayz.Localhost.']);
    const all = await verifySendingDomain(deps, scope, actor, d.id, resolver);
    expect(all.status).toBe('verified');
    expect(all.verifiedAt).not.toBeNull();
    expect(all.records.every((r) => r.status === 'ok')).toBe(true);

    await setFakeTxtRecords(deps.redis, dkim.name, [
      'v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwrong',
    ]);
    const wrongKey = await verifySendingDomain(deps, scope, actor, d.id, resolver);
    expect(record(wrongKey, 'dkim')).toMatchObject({
      status: 'failed',
      problem: expect.stringMatching(/different key/),
    });
    expect(wrongKey).toMatchObject({ status: 'failed', verifiedAt: null });
  });

  it('merges an include into SPF records before their all or redirect, once', () => {
    expect(mergeSpf('v=spf1 mx -all', 'a.example')).toBe('v=spf1 mx include:a.example -all');
    expect(mergeSpf('v=spf1 redirect=_spf.b.example', 'a.example')).toBe(
      'v=spf1 include:a.example redirect=_spf.b.example',
    );
    expect(mergeSpf('v=spf1 ip4:192.0.2.1', 'a.example')).toBe('v=spf1 ip4:192.0.2.1 include:a.example');
    expect(mergeSpf('v=spf1 include:a.example ~all', 'a.example')).toBe('v=spf1 include:a.example ~all');
  });

  it('re-checks daily from the cron: a removed record flips the status, stops its use and tells the owners', async () => {
    const tenant = await createTenant(deps);
    const d = await verifiedDomain(tenant.scope);
    const from = `news@${d.domain}`;
    await updateSenderSettings(deps, tenant.scope, actor, {
      postalAddress: '1 Main St, Springfield',
      fromAddress: from,
    });
    expect(await senderAddressOf(tenant.scope)).toBe(from);

    // Checked recently: not due yet.
    await recheckSendingDomains(cronDeps, new Date(), 1000);
    expect((await getSendingDomain(deps, tenant.scope, d.id)).lastCheckedAt).toBe(d.lastCheckedAt);

    await setFakeTxtRecords(deps.redis, record(d, 'dkim').name, []);
    await dbOf(deps)
      .update(sendingDomains)
      .set({ lastCheckedAt: new Date('2000-01-01T00:00:00Z') })
      .where(eq(sendingDomains.id, d.id));
    const run = await recheckSendingDomains(cronDeps, new Date(), 1);
    expect(run).toMatchObject({ checked: 1, lost: 1 });
    const after = await getSendingDomain(deps, tenant.scope, d.id);
    expect(after.status).toBe('failed');
    expect(after.records.map((r) => r.status)).toEqual(['ok', 'failed', 'ok', 'ok']);
    expect(await senderAddressOf(tenant.scope)).toBeNull();
    const mail = await dbOf(deps)
      .select()
      .from(emailOutbox)
      .where(
        and(eq(emailOutbox.toAddress, tenant.user.email), eq(emailOutbox.organizationId, tenant.scope.orgId)),
      );
    expect(mail.map((m) => m.subject)).toEqual([`${d.domain} is no longer verified for sending`]);
    expect(mail[0]!.textBody).toContain('DKIM');

    // The record back: the next day's check verifies it again, without another email.
    await publishAll(d);
    await dbOf(deps)
      .update(sendingDomains)
      .set({ lastCheckedAt: new Date('2000-01-01T00:00:00Z') })
      .where(eq(sendingDomains.id, d.id));
    expect(await recheckSendingDomains(cronDeps, new Date(), 1)).toMatchObject({
      checked: 1,
      regained: 1,
      lost: 0,
    });
    expect(await senderAddressOf(tenant.scope)).toBe(from);
  });

  it('refuses a From address outside the verified sending domains; without one the platform’s address is used', async () => {
    const scope = await createTestOrg(deps);
    const settings = {
      postalAddress: '1 Main St, Springfield',
      fromName: 'Alice',
      replyTo: 'alice@example.com',
    };
    await updateSenderSettings(deps, scope, actor, settings);
    expect(await senderAddressOf(scope)).toBeNull();

    const pending = await addSendingDomain(deps, scope, actor, { domain: domainName() });
    const refuse = (fromAddress: string) =>
      failureOf(updateSenderSettings(deps, scope, actor, { ...settings, fromAddress }));
    expect(await refuse(`hello@${pending.domain}`)).toEqual([
      422,
      'sending_domain_unverified',
      'sending_domain_unverified',
    ]);
    expect(await refuse('hello@gmail.com')).toEqual([
      422,
      'sending_domain_unverified',
      'sending_domain_unverified',
    ]);
    const others = await verifiedDomain(await createTestOrg(deps));
    expect(await refuse(`hello@${others.domain}`)).toEqual([
      422,
      'sending_domain_unverified',
      'sending_domain_unverified',
    ]);
    expect((await getSenderSettings(deps, scope)).fromAddress).toBeNull();

    const mine = await verifiedDomain(scope);
    const saved = await updateSenderSettings(deps, scope, actor, {
      ...settings,
      fromAddress: `Hello@${mine.domain}`,
    });
    expect(saved).toMatchObject({ fromAddress: `hello@${mine.domain}`, fromName: 'Alice' });
    // Left out: unchanged (clients of the API before sending domains keep working).
    expect((await updateSenderSettings(deps, scope, actor, settings)).fromAddress).toBe(
      `hello@${mine.domain}`,
    );
    expect(await senderAddressOf(scope)).toBe(`hello@${mine.domain}`);

    // The provider gets the organization's address under its name, else the platform's as before.
    const bodies: { from: string; reply_to?: string }[] = [];
    const mailer = resendMailer({
      apiKey: 're_test',
      from: 'Mewayz <no-reply@mewayz.localhost>',
      fetch: (async (_url: string, init: RequestInit) => {
        bodies.push(JSON.parse(String(init.body)));
        return new Response('{"id":"x"}');
      }) as typeof fetch,
    });
    const message = {
      to: uniqueEmail(),
      subject: 's',
      text: 't',
      fromName: 'Alice',
      replyTo: 'alice@example.com',
    };
    await mailer.send({ ...message, fromAddress: await senderAddressOf(scope) });
    await mailer.send(message);
    expect(bodies.map((b) => [b.from, b.reply_to])).toEqual([
      [`"Alice" <hello@${mine.domain}>`, 'alice@example.com'],
      ['"Alice" <no-reply@mewayz.localhost>', 'alice@example.com'],
    ]);

    // Removing the domain clears the address with it.
    await removeSendingDomain(deps, scope, actor, mine.id);
    expect((await getSenderSettings(deps, scope)).fromAddress).toBeNull();
  });

  it('keeps each workspace to its own domains', async () => {
    const a = await createTestOrg(deps);
    const b = await createTestOrg(deps);
    const d = await addSendingDomain(deps, a, actor, { domain: domainName() });
    for (const attempt of [
      () => getSendingDomain(deps, b, d.id),
      () => verifySendingDomain(deps, b, actor, d.id, resolver),
      () => removeSendingDomain(deps, b, actor, d.id),
      () => getSendingDomain(deps, a, d.id.toUpperCase()),
    ])
      expect(await failureOf(attempt())).toEqual([404, 'not_found', undefined]);
    expect((await listSendingDomains(deps, b, { page: 1, perPage: 10 })).items).toEqual([]);
    expect((await getSendingDomain(deps, a, d.id)).status).toBe('pending');
  });
});
