import { contacts, emailSuppressions } from '@mewayz/db/schema';
import { createTestOrg, nodeDeps } from '@mewayz/testing';
import { describe, expect, it } from 'vitest';
import { audienceWhere } from '../campaigns/audience.ts';
import { updateSenderSettings } from '../campaigns/sender-settings.ts';
import { verifyTracking } from '../campaigns/tracking-tokens.ts';
import type { EmailMessage, Mailer } from '../email/mailer.ts';
import { newId } from '../ids.ts';
import { createContact, getContact, subscribeContact, updateContact } from './contacts.ts';
import { confirmSignup, sendSignupConfirmation } from './signup-confirmation.ts';

const actor = { userId: null, requestId: 'req_test' };
const secret = 'test-confirm-secret-0123456789';

function recordingMailer() {
  const sent: EmailMessage[] = [];
  const mailer: Mailer = {
    send: async (m) => {
      sent.push(m);
      return { id: `m${sent.length}` } as never;
    },
  };
  return { sent, deps: { ...nodeDeps(), mailer } };
}

const tokenIn = (m: EmailMessage) => /\/subscribe\/confirm\/([A-Za-z0-9_.-]+)/.exec(m.text ?? '')![1]!;

describe('double opt-in', () => {
  it('keeps a signup pending, out of every audience, until the emailed link confirms it', async () => {
    const { sent, deps } = recordingMailer();
    const scope = await createTestOrg(deps);
    await updateSenderSettings(deps, scope, actor, { postalAddress: '1 Main St', doubleOptIn: true });
    const siteId = newId('site');
    const signup = () =>
      subscribeContact(deps, scope, { email: 'New@Example.test', siteId, blockId: newId('block') });

    const first = await signup();
    expect(first.contact).toBe('created');
    expect(first.confirm?.email).toBe('new@example.test');
    const contact = await getContact(deps, scope, first.confirm!.contactId);
    expect(contact.consentStatus).toBe('pending');
    // A campaign's audience takes subscribed contacts only.
    await updateContact(deps, scope, actor, contact.id, { tags: ['fans'] });
    const audience = async () =>
      scope.count(contacts, await audienceWhere(scope, { type: 'tags', tags: ['fans'] }, new Date()));
    expect(await audience()).toBe(0);

    const opts = { ...first.confirm!, siteId, siteName: 'Clay & Co', origin: 'http://alice.test', secret };
    expect(await sendSignupConfirmation(deps, scope, opts)).toBe(true);
    // Typed again within 10 minutes: still one email.
    expect((await signup()).confirm).not.toBeNull();
    expect(await sendSignupConfirmation(deps, scope, opts)).toBe(false);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toBe('Confirm your subscription to Clay & Co');
    expect(sent[0]!.html).toContain('Clay &amp; Co');

    const claims = (await verifyTracking(secret, tokenIn(sent[0]!), 'confirm'))!;
    expect(claims).toMatchObject({ organizationId: scope.orgId, campaignId: siteId, contactId: contact.id });
    // A token of another kind, or altered, is no confirmation.
    expect(await verifyTracking(secret, tokenIn(sent[0]!), 'unsubscribe')).toBeNull();
    expect(await confirmSignup(deps, claims)).toEqual({ confirmed: true });
    const confirmed = await getContact(deps, scope, contact.id);
    expect([confirmed.consentStatus, confirmed.consentMethod]).toEqual(['subscribed', 'double_opt_in']);
    expect(await audience()).toBe(1);
    expect(await confirmSignup(deps, claims)).toEqual({ confirmed: true });
    // Signing up again once subscribed asks nothing more.
    expect((await signup()).confirm).toBeNull();
  });

  it('lifts an unsubscribe only through the link, and never a bounce', async () => {
    const { deps } = recordingMailer();
    const scope = await createTestOrg(deps);
    await updateSenderSettings(deps, scope, actor, { postalAddress: '1 Main St', doubleOptIn: true });
    const siteId = newId('site');
    const left = await createContact(deps, scope, actor, { email: 'left@example.test' });
    await updateContact(deps, scope, actor, left.id, { consentStatus: 'unsubscribed' });
    await scope.insert(emailSuppressions, { email: 'left@example.test', reason: 'unsubscribed' });
    const again = await subscribeContact(deps, scope, { email: 'left@example.test', siteId, blockId: 'b' });
    // The form alone changes nothing: anyone could type the address.
    expect(again).toEqual({
      contact: 'existing',
      confirm: { contactId: left.id, email: 'left@example.test' },
    });
    expect((await getContact(deps, scope, left.id)).consentStatus).toBe('unsubscribed');
    await confirmSignup(deps, { organizationId: scope.orgId, campaignId: siteId, contactId: left.id });
    expect((await getContact(deps, scope, left.id)).consentStatus).toBe('subscribed');
    expect(await scope.count(emailSuppressions)).toBe(0);

    const bounced = await createContact(deps, scope, actor, { email: 'gone@example.test' });
    await updateContact(deps, scope, actor, bounced.id, { consentStatus: 'bounced' });
    expect(
      (await subscribeContact(deps, scope, { email: 'gone@example.test', siteId, blockId: 'b' })).confirm,
    ).toBeNull();
    const res = await confirmSignup(deps, {
      organizationId: scope.orgId,
      campaignId: siteId,
      contactId: bounced.id,
    });
    expect(res).toEqual({ confirmed: false });
    expect((await getContact(deps, scope, bounced.id)).consentStatus).toBe('bounced');

    // Never asked (imported without consent): with double opt-in on, the form asks, the link subscribes.
    const quiet = await createContact(deps, scope, actor, {
      email: 'quiet@example.test',
      consentStatus: 'not_subscribed',
    });
    const asked = await subscribeContact(deps, scope, { email: 'quiet@example.test', siteId, blockId: 'b' });
    expect(asked.confirm).toEqual({ contactId: quiet.id, email: 'quiet@example.test' });
    expect((await getContact(deps, scope, quiet.id)).consentStatus).toBe('not_subscribed');
    expect(
      await confirmSignup(deps, { organizationId: scope.orgId, campaignId: siteId, contactId: quiet.id }),
    ).toEqual({ confirmed: true });
    expect((await getContact(deps, scope, quiet.id)).consentStatus).toBe('subscribed');
  });

  it('subscribes at once while double opt-in is off (the default)', async () => {
    const { deps } = recordingMailer();
    const scope = await createTestOrg(deps);
    const out = await subscribeContact(deps, scope, {
      email: 'a@example.test',
      siteId: newId('site'),
      blockId: 'b',
    });
    expect(out.confirm).toBeNull();
    const [row] = await scope.list(contacts);
    expect(row?.consentStatus).toBe('subscribed');
  });

  it('asks an address that unsubscribed itself to confirm also with double opt-in off', async () => {
    const { deps } = recordingMailer();
    const scope = await createTestOrg(deps);
    const siteId = newId('site');
    const left = await createContact(deps, scope, actor, { email: 'left@example.test' });
    await updateContact(deps, scope, actor, left.id, { consentStatus: 'unsubscribed' });
    await scope.insert(emailSuppressions, { email: 'left@example.test', reason: 'unsubscribed' });
    // Before, the form marked it subscribed while the suppression still kept every send away.
    const again = await subscribeContact(deps, scope, { email: 'Left@example.test', siteId, blockId: 'b' });
    expect(again.confirm).toEqual({ contactId: left.id, email: 'left@example.test' });
    expect((await getContact(deps, scope, left.id)).consentStatus).toBe('unsubscribed');
    await confirmSignup(deps, { organizationId: scope.orgId, campaignId: siteId, contactId: left.id });
    expect((await getContact(deps, scope, left.id)).consentStatus).toBe('subscribed');
    expect(await scope.count(emailSuppressions)).toBe(0);

    // Unsubscribed without being on the list (e.g. imported without consent): the form is consent enough.
    const imported = await createContact(deps, scope, actor, { email: 'imp@example.test' });
    await updateContact(deps, scope, actor, imported.id, { consentStatus: 'unsubscribed' });
    const signup = await subscribeContact(deps, scope, { email: 'imp@example.test', siteId, blockId: 'b' });
    expect(signup.confirm).toBeNull();
    expect((await getContact(deps, scope, imported.id)).consentStatus).toBe('subscribed');
  });
});
