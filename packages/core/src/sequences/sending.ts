import { delayMinutes } from '@mewayz/contracts';
import {
  campaignSends,
  contacts,
  emailSequenceEnrollments,
  emailSequenceSteps,
  emailSequences,
  emailSuppressions,
  emailTemplates,
  organizations,
} from '@mewayz/db/schema';
import { and, asc, eq, isNull, lt, lte, or } from 'drizzle-orm';
import { contactMergeValues } from '../campaigns/merge-fields.ts';
import { personalize } from '../campaigns/personalize.ts';
import { customValues, MAX_SEND_ATTEMPTS, mayReceive, sendFailure } from '../campaigns/recipients.ts';
import { type CompiledEmail, compileEmail } from '../campaigns/render.ts';
import { readSenderSettings } from '../campaigns/sender-settings.ts';
import type { SendingDeps } from '../campaigns/sending.ts';
import { addInteraction } from '../crm/timeline.ts';
import { dbOf } from '../data/db-handle.ts';
import { newId } from '../ids.ts';
import { trustOrgId } from '../tenancy/org-id.ts';
import { forTenant, type TenantScope } from '../tenancy/scope.ts';
import { addMinutes } from './enroll.ts';

/**
 * Sequence emails are sent by the minute cron itself, a small batch per run, rather than through a
 * queue: a welcome email is owed to one contact at a time (signups trickle in, unlike a campaign's
 * thousands at once), each send needs its own claim anyway, and the cron already sends booking
 * reminders the same way. What a queue would add — fan-out across consumers — is not needed at this
 * volume; what it would cost is a fourth binding in every Worker config and a second path to test.
 */
export const SEQUENCE_BATCH = 50;
/** A claim older than this was interrupted (the Worker died mid-send); the next run may take it over. */
export const STALE_SEQUENCE_CLAIM_MS = 5 * 60_000;
/** When the footer's postal address is missing, the email waits this long before trying again. */
const HOLD_MS = 60 * 60_000;

// A type, not an interface: the cron logs it as a record of fields.
export type SequenceRun = {
  sent: number;
  /** Enrollments that ended without an email: the contact left (unsubscribed, bounced, erased …). */
  stopped: number;
  completed: number;
  /** Sends that failed and go again next run. */
  retry: number;
  failed: number;
  /** Claimed by an overlapping run, or nothing due any more. */
  busy: number;
};

type Outcome = keyof SequenceRun;
type EnrollmentRow = typeof emailSequenceEnrollments.$inferSelect;

/**
 * The cron's pass: due enrollments of active sequences in every organization, oldest first. Each is
 * claimed by a conditional update (a fresh token where no live claim is) before anything is sent, so
 * two overlapping runs never send the same step; the step's `campaign_sends` row (primary key
 * organization + step + contact) is the second guard, and the provider's idempotency key
 * `<step>:<contact>` the third, for a send whose answer was lost.
 */
export async function runSequenceCron(
  deps: SendingDeps,
  now: Date,
  limit = SEQUENCE_BATCH,
  /** One organization's enrollments only (an operator's run for one workspace; tests sharing a database). */
  only?: { organizationId: string },
): Promise<SequenceRun> {
  const e = emailSequenceEnrollments;
  const due = await dbOf(deps)
    .select({ id: e.id, organizationId: e.organizationId })
    .from(e)
    .innerJoin(
      emailSequences,
      and(
        eq(emailSequences.organizationId, e.organizationId),
        eq(emailSequences.id, e.sequenceId),
        eq(emailSequences.active, true),
      ),
    )
    .where(
      and(
        eq(e.status, 'active'),
        lte(e.nextDueAt, now),
        claimable(now),
        only ? eq(e.organizationId, only.organizationId) : undefined,
      ),
    )
    .orderBy(asc(e.nextDueAt))
    .limit(limit);
  const run: SequenceRun = { sent: 0, stopped: 0, completed: 0, retry: 0, failed: 0, busy: 0 };
  const compiled = new Map<string, Promise<CompiledEmail>>();
  for (const row of due) {
    const outcome = await sendNextStep(deps, row.organizationId, row.id, now, compiled).catch((err) => {
      deps.log.error('sequence step crashed', { error: err, enrollment_id: row.id });
      return 'retry' as const;
    });
    run[outcome]++;
  }
  return run;
}

function claimable(now: Date) {
  const e = emailSequenceEnrollments;
  return or(isNull(e.claimToken), lt(e.claimedAt, new Date(now.getTime() - STALE_SEQUENCE_CLAIM_MS)));
}

/** Send the enrollment's next step if it is due, under a claim; what happened is the result. */
export async function sendNextStep(
  deps: SendingDeps,
  organizationId: string,
  enrollmentId: string,
  now: Date,
  compiled: Map<string, Promise<CompiledEmail>> = new Map(),
): Promise<Outcome> {
  const scope = forTenant(dbOf(deps), trustOrgId(organizationId));
  const e = emailSequenceEnrollments;
  const token = newId('batch');
  const claimed = await scope.update(
    e,
    { claimToken: token, claimedAt: now },
    and(eq(e.id, enrollmentId), eq(e.status, 'active'), lte(e.nextDueAt, now), claimable(now)),
  );
  if (claimed === 0) return 'busy';
  const mine = and(eq(e.id, enrollmentId), eq(e.claimToken, token));
  const release = (patch: Partial<EnrollmentRow> = {}) =>
    scope.update(e, { claimToken: null, claimedAt: null, ...patch }, mine);
  const enrollment = (await scope.first(e, eq(e.id, enrollmentId)))!;
  const sequence = await scope.first(emailSequences, eq(emailSequences.id, enrollment.sequenceId));
  if (!sequence?.active) {
    await release();
    return 'busy';
  }
  const steps = await scope.list(emailSequenceSteps, eq(emailSequenceSteps.sequenceId, sequence.id), {
    orderBy: asc(emailSequenceSteps.position),
  });
  const step = steps[enrollment.nextPosition];
  if (!step) {
    await release({ status: 'completed', finishedAt: now, nextDueAt: null });
    return 'completed';
  }
  const dueAt = addMinutes(enrollment.lastStepAt, delayMinutes(step.delayValue, step.delayUnit));
  if (dueAt > now) {
    // The delay grew since this time was worked out: wait for the new one.
    await release({ nextDueAt: dueAt });
    return 'busy';
  }
  const advance = (tx: TenantScope) => {
    const next = steps[enrollment.nextPosition + 1];
    return tx.update(
      e,
      next
        ? {
            nextPosition: enrollment.nextPosition + 1,
            lastStepAt: now,
            nextDueAt: addMinutes(now, delayMinutes(next.delayValue, next.delayUnit)),
            claimToken: null,
            claimedAt: null,
            attempts: 0,
          }
        : {
            nextPosition: enrollment.nextPosition + 1,
            lastStepAt: now,
            status: 'completed',
            finishedAt: now,
            nextDueAt: null,
            claimToken: null,
            claimedAt: null,
          },
      mine,
    );
  };
  const person = await scope.first(contacts, eq(contacts.id, enrollment.contactId));
  const suppressed = person
    ? await scope.first(emailSuppressions, eq(emailSuppressions.email, person.email))
    : null;
  if (!person || !mayReceive(person, new Set(suppressed ? [suppressed.email] : []))) {
    // The contact left (or was erased): no more of this sequence, ever — it was entered once.
    const reason = !person
      ? 'erased'
      : suppressed && person.consentStatus === 'subscribed'
        ? 'suppressed'
        : person.consentStatus;
    await scope.transaction(async (tx) => {
      if (person)
        await tx.insertIgnore(campaignSends, {
          campaignId: step.id,
          contactId: person.id,
          email: person.email,
          status: 'canceled',
          error: `contact ${reason}`,
        });
      await tx.update(
        e,
        { status: 'stopped', stopReason: reason, finishedAt: now, nextDueAt: null, claimToken: null },
        mine,
      );
    });
    return 'stopped';
  }
  const sendKey = and(eq(campaignSends.campaignId, step.id), eq(campaignSends.contactId, person.id));
  const inserted = await scope.insertIgnore(campaignSends, {
    campaignId: step.id,
    contactId: person.id,
    email: person.email,
    status: 'sending',
    attempts: 1,
    claimToken: token,
    claimedAt: now,
  });
  if (!inserted) {
    const existing = (await scope.first(campaignSends, sendKey))!;
    if (existing.status === 'sent' || existing.status === 'canceled' || existing.status === 'failed') {
      // Settled by an earlier claim (e.g. a step moved under this position): never a second copy.
      await advance(scope);
      return 'busy';
    }
    if (existing.status === 'sending' && !deps.mailer.idempotent) {
      // An interrupted send may have gone out, and this provider cannot dedupe: do not risk two.
      await scope.update(campaignSends, { status: 'failed', error: 'interrupted; outcome unknown' }, sendKey);
      await release({ status: 'stopped', stopReason: 'send interrupted', finishedAt: now, nextDueAt: null });
      return 'failed';
    }
    // The enrollment's claim is held, so nobody else writes this row now.
    await scope.update(
      campaignSends,
      { status: 'sending', claimToken: token, claimedAt: now, attempts: existing.attempts + 1 },
      sendKey,
    );
  }
  const sender = await readSenderSettings(scope);
  const template = await scope.first(emailTemplates, eq(emailTemplates.id, step.templateId));
  if (!sender?.postalAddress || !template) {
    await scope.update(
      campaignSends,
      { status: 'pending', claimToken: null, error: 'template or postal address missing' },
      sendKey,
    );
    await release({ nextDueAt: new Date(now.getTime() + HOLD_MS) });
    deps.log.warn('sequence step held: template or postal address missing', { step_id: step.id });
    return 'retry';
  }
  const cacheKey = `${template.id}|${template.updatedAt.getTime()}|${sender.postalAddress}`;
  let body = compiled.get(cacheKey);
  if (!body) {
    body = compileEmail(template.mjml, {
      previewText: template.previewText,
      postalAddress: sender.postalAddress,
    });
    compiled.set(cacheKey, body);
  }
  const custom = await customValues(scope, [person.id]);
  const message = await personalize(
    deps.campaigns!,
    {
      subject: template.subject,
      fromName: sender.fromName ?? (await organizationName(deps, scope.orgId)),
      replyTo: sender.replyTo,
      html: (await body).html,
      text: (await body).text,
    },
    {
      organizationId: scope.orgId,
      campaignId: step.id,
      contactId: person.id,
      email: person.email,
      values: contactMergeValues(person, custom.get(person.id)),
    },
  );
  try {
    await deps.mailer.send(message);
  } catch (err) {
    const attempts = (await scope.first(campaignSends, sendKey))?.attempts ?? MAX_SEND_ATTEMPTS;
    const { error, retryable } = sendFailure(err, deps.mailer, attempts);
    if (retryable) {
      await scope.update(campaignSends, { status: 'pending', claimToken: null, error }, sendKey);
      await release();
      return 'retry';
    }
    await scope.update(campaignSends, { status: 'failed', error }, sendKey);
    await release({ status: 'stopped', stopReason: 'send failed', finishedAt: now, nextDueAt: null });
    return 'failed';
  }
  await scope.transaction(async (tx) => {
    await tx.update(campaignSends, { status: 'sent', sentAt: now, error: null }, sendKey);
    await addInteraction(tx, {
      contactId: person.id,
      kind: 'email_sent',
      summary: `${sequence.name}: email ${enrollment.nextPosition + 1} sent`.slice(0, 300),
      refId: step.id,
      occurredAt: now,
    });
    await advance(tx);
  });
  return 'sent';
}

async function organizationName(deps: SendingDeps, orgId: string): Promise<string> {
  const [org] = await dbOf(deps)
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  return org?.name ?? 'Mewayz';
}
