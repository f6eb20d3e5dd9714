import { campaignSends, contactInteractions, emailOutbox, emailSequenceEnrollments } from '@mewayz/db/schema';
import { createTestOrg, failureOf, nodeDeps } from '@mewayz/testing';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applyProviderEvent, recordEngagement, unsubscribeByToken } from '../campaigns/engagement.ts';
import { updateSenderSettings } from '../campaigns/sender-settings.ts';
import type { SendingDeps } from '../campaigns/sending.ts';
import { campaignSettingsOf } from '../campaigns/settings.ts';
import { createTemplate, deleteTemplate, getTemplate } from '../campaigns/templates.ts';
import { verifyTracking } from '../campaigns/tracking-tokens.ts';
import { createContact, deleteContact, subscribeContact, upsertContact } from '../crm/contacts.ts';
import { confirmSignup } from '../crm/signup-confirmation.ts';
import { dbOf } from '../data/db-handle.ts';
import { EmailSendFailed } from '../email/elastic-email.ts';
import type { EmailMessage, Mailer } from '../email/mailer.ts';
import { outboxMailer } from '../email/outbox.ts';
import { newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';
import { runSequenceCron } from './sending.ts';
import {
  ensureWelcomeSequence,
  getSequence,
  listSequenceMembers,
  setSequenceActive,
  updateSequenceSteps,
} from './sequences.ts';

const base = nodeDeps();
const settings = campaignSettingsOf(
  { EMAIL_TRACKING_SECRET: 'test-tracking-secret-0123456789', CAMPAIGN_RATE_PER_MINUTE: 100_000 },
  base.config,
);
const actor = { userId: null, requestId: 'req_test' };
const mjml = (line: string) =>
  `<mjml><mj-body><mj-section><mj-column><mj-text>${line}, {{ first_name | "friend" }}</mj-text><mj-button href="https://example.com/start">Start</mj-button></mj-column></mj-section></mj-body></mjml>`;

// Each test runs the cron for its own organization only (other test files share the database and run
// their own crons), on a clock of its own, years apart.
const own = (scope: TenantScope) => ({ organizationId: scope.orgId });
function clockAt(iso: string) {
  const clock = { at: new Date(iso) };
  const advance = (minutes: number) => {
    clock.at = new Date(clock.at.getTime() + minutes * 60_000);
    return clock.at;
  };
  return { clock, advance, now: () => clock.at };
}

function depsWith(now: () => Date, mailer: Mailer = outboxMailer(dbOf(base))): SendingDeps {
  return { ...base, now, mailer, campaigns: settings };
}

/** An organization with a postal address, two templates and an active welcome sequence of two steps. */
async function readySequence(
  deps: SendingDeps,
  steps = [
    { delayValue: 10, delayUnit: 'minutes' as const },
    { delayValue: 2, delayUnit: 'days' as const },
  ],
) {
  const scope = await createTestOrg(deps);
  await updateSenderSettings(deps, scope, actor, { postalAddress: '1 Main St', fromName: 'Alice' });
  const templates: { id: string }[] = [];
  for (const [i] of steps.entries())
    templates.push(
      await createTemplate(deps, scope, actor, {
        name: `W${i + 1}`,
        subject: `Welcome ${i + 1}`,
        mjml: mjml(`Hello ${i + 1}`),
      }),
    );
  const sequence = await ensureWelcomeSequence(scope);
  await updateSequenceSteps(deps, scope, actor, sequence.id, {
    steps: steps.map((s, i) => ({ ...s, templateId: templates[i]!.id })),
  });
  await setSequenceActive(deps, scope, actor, sequence.id, true);
  return { scope, sequenceId: sequence.id };
}

const outboxOf = (scope: TenantScope) =>
  dbOf(base).select().from(emailOutbox).where(eq(emailOutbox.organizationId, scope.orgId));
const enrollmentsOf = (scope: TenantScope) => scope.list(emailSequenceEnrollments);
const signup = (deps: SendingDeps, scope: TenantScope, email: string) =>
  subscribeContact(deps, scope, { email, siteId: newId('site'), blockId: newId('block') });

describe('entering the welcome sequence', () => {
  it('enters on a signup, on confirmation only under double opt-in, never on import, once per contact', async () => {
    const { now } = clockAt('2033-01-01T00:00:00Z');
    const deps = depsWith(now);
    const { scope } = await readySequence(deps);

    await signup(deps, scope, 'new@example.test');
    expect(await enrollmentsOf(scope)).toHaveLength(1);
    // Again, and after leaving and coming back: still one enrollment.
    await signup(deps, scope, 'NEW@example.test');
    await upsertContact(deps, scope, actor, { email: 'new@example.test', consentStatus: 'unsubscribed' });
    await signup(deps, scope, 'new@example.test');
    expect(await enrollmentsOf(scope)).toHaveLength(1);

    // Imports (and the dashboard) decide not to enroll; the API's create and upsert do.
    await createContact(deps, scope, actor, { email: 'imported@example.test' }, 'import');
    expect(await enrollmentsOf(scope)).toHaveLength(1);
    await createContact(deps, scope, actor, { email: 'api@example.test' }, 'api', { enrollSequences: true });
    await upsertContact(
      deps,
      scope,
      actor,
      { email: 'later@example.test', consentStatus: 'pending' },
      'api',
      {
        enrollSequences: true,
      },
    );
    expect(await enrollmentsOf(scope)).toHaveLength(2);
    await upsertContact(
      deps,
      scope,
      actor,
      { email: 'later@example.test', consentStatus: 'subscribed' },
      'api',
      {
        enrollSequences: true,
      },
    );
    expect(await enrollmentsOf(scope)).toHaveLength(3);

    // Double opt-in: nothing at signup, the enrollment comes with the confirmation.
    await updateSenderSettings(deps, scope, actor, { postalAddress: '1 Main St', doubleOptIn: true });
    const pending = await signup(deps, scope, 'careful@example.test');
    expect(await enrollmentsOf(scope)).toHaveLength(3);
    await confirmSignup(deps, {
      organizationId: scope.orgId,
      campaignId: newId('site'),
      contactId: pending.confirm!.contactId,
    });
    await confirmSignup(deps, {
      organizationId: scope.orgId,
      campaignId: newId('site'),
      contactId: pending.confirm!.contactId,
    });
    expect(await enrollmentsOf(scope)).toHaveLength(4);
    expect(
      (await listSequenceMembers(deps, scope, (await ensureWelcomeSequence(scope)).id)).map((m) => m.email),
    ).toContain('careful@example.test');
  });

  it('does not enroll while the sequence is off, and cannot be turned on without steps or an address', async () => {
    const { now } = clockAt('2033-06-01T00:00:00Z');
    const deps = depsWith(now);
    const scope = await createTestOrg(deps);
    const sequence = await ensureWelcomeSequence(scope);
    expect(await failureOf(setSequenceActive(deps, scope, actor, sequence.id, true))).toEqual([
      422,
      'validation_failed',
      'steps',
    ]);
    await signup(deps, scope, 'early@example.test');
    expect(await enrollmentsOf(scope)).toHaveLength(0);
    const other = await createTestOrg(deps);
    const foreign = await createTemplate(deps, other, actor, { name: 'X', subject: 'X', mjml: mjml('X') });
    expect(
      await failureOf(
        updateSequenceSteps(deps, scope, actor, sequence.id, {
          steps: [{ templateId: foreign.id, delayValue: 0, delayUnit: 'minutes' }],
        }),
      ),
    ).toEqual([422, 'validation_failed', 'steps.0.templateId']);
    expect((await failureOf(getSequence(deps, other, sequence.id)))[0]).toBe(404);
  });

  it('keeps a template a step sends, even while the sequence is off, until the step takes another', async () => {
    const { now } = clockAt('2033-06-02T00:00:00Z');
    const deps = depsWith(now);
    const { scope, sequenceId } = await readySequence(deps);
    await setSequenceActive(deps, scope, actor, sequenceId, false);
    const [first, second] = (await getSequence(deps, scope, sequenceId)).steps;
    const refused = await deleteTemplate(deps, scope, actor, second!.templateId).catch((e) => e);
    expect([refused.status, refused.code, refused.message]).toEqual([
      409,
      'template_in_use',
      '“W2” is used by email 2 of “Welcome sequence”. Give that step another template first.',
    ]);
    await updateSequenceSteps(deps, scope, actor, sequenceId, {
      steps: [{ templateId: first!.templateId, delayValue: 0, delayUnit: 'minutes' }],
    });
    await deleteTemplate(deps, scope, actor, second!.templateId);
    expect((await failureOf(getTemplate(deps, scope, second!.templateId)))[0]).toBe(404);
  });
});

describe('sending the steps', () => {
  it('honours each delay and sends every step once, on the timeline', async () => {
    const { now, advance } = clockAt('2034-01-01T00:00:00Z');
    const deps = depsWith(now);
    const { scope, sequenceId } = await readySequence(deps);
    await signup(deps, scope, 'ann@example.test');

    await runSequenceCron(deps, advance(9), undefined, own(scope));
    expect(await outboxOf(scope)).toHaveLength(0);
    await runSequenceCron(deps, advance(1), undefined, own(scope));
    let mail = await outboxOf(scope);
    expect(mail.map((m) => m.subject)).toEqual(['Welcome 1']);
    expect(mail[0]!.textBody).toContain('Hello 1, friend');
    expect(mail[0]!.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(mail[0]!.htmlBody).toContain('/e/o/');
    await runSequenceCron(deps, advance(24 * 60), undefined, own(scope));
    expect(await outboxOf(scope)).toHaveLength(1);
    await runSequenceCron(deps, advance(24 * 60 - 1), undefined, own(scope));
    expect(await outboxOf(scope)).toHaveLength(1);
    await runSequenceCron(deps, advance(1), undefined, own(scope));
    await runSequenceCron(deps, advance(60), undefined, own(scope));
    mail = await outboxOf(scope);
    expect(mail.map((m) => m.subject)).toEqual(['Welcome 1', 'Welcome 2']);
    const [enrollment] = await enrollmentsOf(scope);
    expect(enrollment).toMatchObject({ status: 'completed', nextPosition: 2 });
    const timeline = await scope.list(contactInteractions, eq(contactInteractions.kind, 'email_sent'));
    expect(timeline.map((t) => t.summary)).toEqual([
      'Welcome sequence: email 1 sent',
      'Welcome sequence: email 2 sent',
    ]);
    const view = await getSequence(deps, scope, sequenceId);
    expect(view.steps.map((s) => s.stats.sent)).toEqual([1, 1]);
    expect(view.enrollments).toEqual({ active: 0, completed: 1, stopped: 0 });
  });

  it('sends each step once when two runs overlap and a send fails and is retried once', async () => {
    const { now, advance } = clockAt('2035-01-01T00:00:00Z');
    const outbox = outboxMailer(dbOf(base));
    const calls: string[] = [];
    let failed = false;
    const slowAndFlaky: Mailer = {
      idempotent: true,
      async send(m: EmailMessage) {
        calls.push(m.to);
        // Slow enough that both runs are in flight together.
        await new Promise((r) => setTimeout(r, 40));
        if (!failed && m.to === 'b@example.test') {
          failed = true;
          throw new EmailSendFailed('HTTP 503');
        }
        return outbox.send(m);
      },
    };
    const deps = depsWith(now, slowAndFlaky);
    const { scope, sequenceId } = await readySequence(deps, [{ delayValue: 0, delayUnit: 'minutes' }]);
    for (const email of ['a@example.test', 'b@example.test', 'c@example.test'])
      await signup(deps, scope, email);
    const at = advance(1);
    const [one, two] = await Promise.all([
      runSequenceCron(deps, at, undefined, own(scope)),
      runSequenceCron(deps, at, undefined, own(scope)),
    ]);
    // b's failure released its claim: the other run (or the next) may take it again, once.
    expect(one.retry + two.retry).toBe(1);
    await Promise.all([
      runSequenceCron(deps, advance(1), undefined, own(scope)),
      runSequenceCron(deps, now(), undefined, own(scope)),
    ]);
    await runSequenceCron(deps, advance(1), undefined, own(scope));
    const mine = calls.filter((to) => to.endsWith('@example.test'));
    expect(mine.sort()).toEqual(['a@example.test', 'b@example.test', 'b@example.test', 'c@example.test']);
    expect((await outboxOf(scope)).map((m) => m.toAddress).sort()).toEqual([
      'a@example.test',
      'b@example.test',
      'c@example.test',
    ]);
    expect((await getSequence(deps, scope, sequenceId)).steps[0]!.stats.sent).toBe(3);
  });

  it('stops for a contact who unsubscribed, bounced or was erased, and counts opens like campaigns', async () => {
    const { now, advance } = clockAt('2036-01-01T00:00:00Z');
    const deps = depsWith(now);
    const { scope, sequenceId } = await readySequence(deps);
    await signup(deps, scope, 'stay@example.test');
    await signup(deps, scope, 'leave@example.test');
    await signup(deps, scope, 'erase@example.test');
    await signup(deps, scope, 'bounce@example.test');
    await runSequenceCron(deps, advance(10), undefined, own(scope));
    const first = await outboxOf(scope);
    expect(first).toHaveLength(4);

    const token = (to: string, kind: string) =>
      new RegExp(`/e/${kind}/([A-Za-z0-9_.-]+)`).exec(first.find((m) => m.toAddress === to)!.htmlBody!)![1]!;
    const open = (await verifyTracking(
      settings.trackingSecret,
      token('stay@example.test', 'o').replace(/\.gif$/, ''),
      'open',
    ))!;
    await recordEngagement(deps, open, {
      userAgent: 'Mozilla/5.0 (Macintosh) AppleWebKit/605 Version/17 Safari/605',
      ip: '203.0.113.9',
      at: advance(30),
    });
    const unsub = (await verifyTracking(
      settings.trackingSecret,
      token('leave@example.test', 'u'),
      'unsubscribe',
    ))!;
    await unsubscribeByToken(deps, unsub, now());
    const bounced = first.find((m) => m.toAddress === 'bounce@example.test')!;
    // The provider's webhook names the step as the campaign (the email's tags), like any campaign email.
    const step1 = (await getSequence(deps, scope, sequenceId)).steps[0]!.id;
    const [bouncedSend] = await dbOf(base)
      .select()
      .from(campaignSends)
      .where(and(eq(campaignSends.campaignId, step1), eq(campaignSends.email, bounced.toAddress)));
    expect(
      await applyProviderEvent(deps, {
        type: 'bounce',
        organizationId: scope.orgId,
        campaignId: step1,
        contactId: bouncedSend!.contactId,
        at: now(),
      }),
    ).toEqual({ applied: true });
    const [gone] = await dbOf(base)
      .select()
      .from(campaignSends)
      .where(
        and(eq(campaignSends.organizationId, scope.orgId), eq(campaignSends.email, 'erase@example.test')),
      );
    await deleteContact(deps, scope, actor, gone!.contactId);

    await runSequenceCron(deps, advance(2 * 24 * 60), undefined, own(scope));
    const second = (await outboxOf(scope)).filter((m) => m.subject === 'Welcome 2');
    expect(second.map((m) => m.toAddress)).toEqual(['stay@example.test']);
    const byEmail = new Map(
      (await listSequenceMembers(deps, scope, sequenceId)).map((m) => [m.email, m.status]),
    );
    expect(Object.fromEntries(byEmail)).toEqual({
      'stay@example.test': 'completed',
      'leave@example.test': 'stopped',
      'bounce@example.test': 'stopped',
    });
    const view = await getSequence(deps, scope, sequenceId);
    expect(view.steps.map((s) => s.stats)).toEqual([
      { sent: 4, opens: 1, clicks: 0, skipped: 0 },
      { sent: 1, opens: 0, clicks: 0, skipped: 2 },
    ]);
  });

  it('takes over a claim a dead run left behind, and the provider key keeps it one email', async () => {
    const { now, advance } = clockAt('2037-01-01T00:00:00Z');
    const deps = depsWith(now);
    const { scope } = await readySequence(deps, [{ delayValue: 0, delayUnit: 'minutes' }]);
    await signup(deps, scope, 'dead@example.test');
    // A run claimed the enrollment and handed the email to the provider, then its Worker died.
    await runSequenceCron(deps, advance(1), undefined, own(scope));
    expect(await outboxOf(scope)).toHaveLength(1);
    const [enrollment] = await enrollmentsOf(scope);
    await scope.update(
      emailSequenceEnrollments,
      { status: 'active', nextPosition: 0, claimToken: 'bat_dead', claimedAt: now(), nextDueAt: now() },
      eq(emailSequenceEnrollments.id, enrollment!.id),
    );
    await scope.update(campaignSends, { status: 'sending' }, eq(campaignSends.email, 'dead@example.test'));
    await runSequenceCron(deps, advance(2), undefined, own(scope));
    expect((await enrollmentsOf(scope))[0]!.claimToken).toBe('bat_dead');
    await runSequenceCron(deps, advance(4), undefined, own(scope));
    expect((await enrollmentsOf(scope))[0]!.status).toBe('completed');
    expect(await outboxOf(scope)).toHaveLength(1);
  });
});
