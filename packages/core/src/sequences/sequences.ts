import {
  delayMinutes,
  type UpdateSequenceInput,
  type UpdateSequenceStepsInput,
  updateSequenceInput,
  updateSequenceStepsInput,
} from '@mewayz/contracts';
import {
  campaignSends,
  contacts,
  emailSequenceEnrollments,
  emailSequenceSteps,
  emailSequences,
  emailTemplates,
} from '@mewayz/db/schema';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { readSenderSettings } from '../campaigns/sender-settings.ts';
import { parseInput } from '../commerce/shared.ts';
import { isDuplicateKey } from '../data/mysql-errors.ts';
import type { Actor, CoreDeps } from '../deps.ts';
import { NotFound, ValidationFailed } from '../errors.ts';
import { assertId, newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';

type SequenceRow = typeof emailSequences.$inferSelect;
type StepRow = typeof emailSequenceSteps.$inferSelect;

export const WELCOME_KEY = 'welcome';

/**
 * The organization's welcome sequence, created (inactive, no steps) the first time anyone looks: every
 * organization has one without a migration writing rows for all of them. A raced first read meets the
 * unique key and reads the winner's row.
 */
export async function ensureWelcomeSequence(scope: TenantScope): Promise<SequenceRow> {
  const existing = await scope.first(emailSequences, eq(emailSequences.key, WELCOME_KEY));
  if (existing) return existing;
  try {
    await scope.insert(emailSequences, { id: newId('sequence'), key: WELCOME_KEY, name: 'Welcome sequence' });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  return (await scope.first(emailSequences, eq(emailSequences.key, WELCOME_KEY)))!;
}

export async function loadSequence(scope: TenantScope, sequenceId: string): Promise<SequenceRow> {
  assertId('sequence', sequenceId, 'Sequence');
  const row = await scope.first(emailSequences, eq(emailSequences.id, sequenceId));
  if (!row) throw new NotFound('Sequence');
  return row;
}

function stepsOf(scope: TenantScope, sequenceId: string) {
  return scope.list(emailSequenceSteps, eq(emailSequenceSteps.sequenceId, sequenceId), {
    orderBy: asc(emailSequenceSteps.position),
  });
}

/** The sequence with its steps, each step's results (its `campaign_sends` rows) and who is in it. */
async function view(scope: TenantScope, row: SequenceRow) {
  const steps = await stepsOf(scope, row.id);
  const ids = steps.map((s) => s.id);
  const [stats, enrolled] = await Promise.all([
    ids.length
      ? scope.aggregate(
          campaignSends,
          {
            stepId: campaignSends.campaignId,
            sent: sql<number>`sum(${campaignSends.status} = 'sent')`,
            opens: sql<number>`sum(${campaignSends.openedAt} is not null)`,
            clicks: sql<number>`sum(${campaignSends.clickedAt} is not null)`,
            skipped: sql<number>`sum(${campaignSends.status} = 'canceled')`,
          },
          inArray(campaignSends.campaignId, ids),
          { groupBy: [campaignSends.campaignId] },
        )
      : [],
    scope.aggregate(
      emailSequenceEnrollments,
      { status: emailSequenceEnrollments.status, n: sql<number>`count(*)` },
      eq(emailSequenceEnrollments.sequenceId, row.id),
      { groupBy: [emailSequenceEnrollments.status] },
    ),
  ]);
  const byStep = new Map(stats.map((s) => [s.stepId, s]));
  const counts = { active: 0, completed: 0, stopped: 0 };
  for (const e of enrolled) counts[e.status] = Number(e.n);
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    trigger: row.trigger,
    triggerSource: row.triggerSource as 'signup_form' | 'api' | null,
    triggerTag: row.triggerTag,
    active: row.active,
    steps: steps.map((s) => {
      const st = byStep.get(s.id);
      return {
        id: s.id,
        position: s.position,
        templateId: s.templateId,
        delayValue: s.delayValue,
        delayUnit: s.delayUnit,
        stats: {
          sent: Number(st?.sent ?? 0),
          opens: Number(st?.opens ?? 0),
          clicks: Number(st?.clicks ?? 0),
          skipped: Number(st?.skipped ?? 0),
        },
      };
    }),
    enrollments: counts,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type SequenceView = Awaited<ReturnType<typeof view>>;

export async function listSequences(_deps: CoreDeps, scope: TenantScope) {
  await ensureWelcomeSequence(scope);
  const rows = await scope.list(emailSequences, undefined, { orderBy: asc(emailSequences.id) });
  return Promise.all(rows.map((r) => view(scope, r)));
}

export async function getSequence(_deps: CoreDeps, scope: TenantScope, sequenceId: string) {
  return view(scope, await loadSequence(scope, sequenceId));
}

export async function updateSequence(
  _deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  sequenceId: string,
  input: UpdateSequenceInput,
) {
  const data = parseInput(updateSequenceInput, input, 'sequence');
  const row = await loadSequence(scope, sequenceId);
  await scope.transaction(async (tx) => {
    await tx.update(emailSequences, data, eq(emailSequences.id, row.id));
    await recordAudit(tx, actor, {
      action: 'email_sequence.updated',
      targetType: 'email_sequence',
      targetId: row.id,
      metadata: { fields: Object.keys(data) },
    });
  });
  return getSequence(_deps, scope, row.id);
}

/**
 * Replace the steps with the given list, in its order: listed ids keep their row (and results), new
 * entries get one, unlisted steps go. Contacts part-way keep their place by position, and their next
 * email's time is worked out again from the new delays, so a shortened delay is honoured at once.
 * Templates must be the organization's own (another's answers 422 like a missing one).
 */
export async function updateSequenceSteps(
  _deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  sequenceId: string,
  input: UpdateSequenceStepsInput,
) {
  const data = parseInput(updateSequenceStepsInput, input, 'steps');
  const row = await loadSequence(scope, sequenceId);
  const current = await stepsOf(scope, row.id);
  const known = new Set(current.map((s) => s.id));
  const problems: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  data.steps.forEach((s, i) => {
    if (s.id && (!known.has(s.id) || seen.has(s.id)))
      problems.push({ path: `steps.${i}.id`, message: 'Not a step of this sequence' });
    if (s.id) seen.add(s.id);
  });
  const templateIds = [...new Set(data.steps.map((s) => s.templateId))];
  const templates = templateIds.length
    ? await scope.list(emailTemplates, inArray(emailTemplates.id, templateIds))
    : [];
  const owned = new Set(templates.map((t) => t.id));
  data.steps.forEach((s, i) => {
    if (!owned.has(s.templateId))
      problems.push({ path: `steps.${i}.templateId`, message: 'Choose one of your templates' });
  });
  if (problems.length) throw new ValidationFailed('The steps are not valid.', problems);
  await scope.transaction(async (tx) => {
    const keep = new Set(data.steps.flatMap((s) => (s.id ? [s.id] : [])));
    const gone = current.filter((s) => !keep.has(s.id)).map((s) => s.id);
    if (gone.length) await tx.hardDelete(emailSequenceSteps, inArray(emailSequenceSteps.id, gone));
    const placed: Pick<StepRow, 'position' | 'delayValue' | 'delayUnit'>[] = [];
    for (const [position, s] of data.steps.entries()) {
      const values = { position, templateId: s.templateId, delayValue: s.delayValue, delayUnit: s.delayUnit };
      if (s.id) await tx.update(emailSequenceSteps, values, eq(emailSequenceSteps.id, s.id));
      else await tx.insert(emailSequenceSteps, { id: newId('sequenceStep'), sequenceId: row.id, ...values });
      placed.push(values);
    }
    await rescheduleEnrollments(tx, row.id, placed);
    await recordAudit(tx, actor, {
      action: 'email_sequence.steps_updated',
      targetType: 'email_sequence',
      targetId: row.id,
      metadata: { steps: data.steps.length },
    });
  });
  return getSequence(_deps, scope, row.id);
}

/** drizzle's `set()` takes SQL for a column; the scope's patch type only names plain values. */
const sqlValue = (expr: SQL) => expr as unknown as Date;

/** Active enrollments' next time from the delay of the step now at their position (one update per step). */
async function rescheduleEnrollments(
  tx: TenantScope,
  sequenceId: string,
  steps: Pick<StepRow, 'position' | 'delayValue' | 'delayUnit'>[],
) {
  const active = and(
    eq(emailSequenceEnrollments.sequenceId, sequenceId),
    eq(emailSequenceEnrollments.status, 'active'),
  );
  for (const s of steps) {
    const minutes = delayMinutes(s.delayValue, s.delayUnit);
    await tx.update(
      emailSequenceEnrollments,
      {
        nextDueAt: sqlValue(
          sql`date_add(${emailSequenceEnrollments.lastStepAt}, interval ${minutes} minute)`,
        ),
      },
      and(active, eq(emailSequenceEnrollments.nextPosition, s.position)),
    );
  }
  // Past the last step now: due at once, and the cron completes them.
  await tx.update(
    emailSequenceEnrollments,
    { nextDueAt: sqlValue(sql`${emailSequenceEnrollments.lastStepAt}`) },
    and(active, sql`${emailSequenceEnrollments.nextPosition} >= ${steps.length}`),
  );
}

/**
 * Turn the sequence on or off. On needs a step and the postal address every footer prints; off stops
 * new entries and holds everyone's next email until it is on again.
 */
export async function setSequenceActive(
  _deps: CoreDeps,
  scope: TenantScope,
  actor: Actor,
  sequenceId: string,
  active: boolean,
) {
  const row = await loadSequence(scope, sequenceId);
  if (active) {
    const problems: { path: string; message: string }[] = [];
    if ((await stepsOf(scope, row.id)).length === 0)
      problems.push({ path: 'steps', message: 'Add at least one email first' });
    if (!(await readSenderSettings(scope))?.postalAddress)
      problems.push({
        path: 'postalAddress',
        message: 'Set your postal address in the email settings first',
      });
    if (problems.length) throw new ValidationFailed('The sequence cannot be turned on yet.', problems);
  }
  await scope.transaction(async (tx) => {
    await tx.update(emailSequences, { active }, eq(emailSequences.id, row.id));
    await recordAudit(tx, actor, {
      action: active ? 'email_sequence.activated' : 'email_sequence.deactivated',
      targetType: 'email_sequence',
      targetId: row.id,
    });
  });
  return getSequence(_deps, scope, row.id);
}

/** The newest contacts who entered the sequence, with how far they got. */
export async function listSequenceMembers(
  _deps: CoreDeps,
  scope: TenantScope,
  sequenceId: string,
  limit = 50,
) {
  const row = await loadSequence(scope, sequenceId);
  const enrollments = await scope.list(
    emailSequenceEnrollments,
    eq(emailSequenceEnrollments.sequenceId, row.id),
    {
      orderBy: desc(emailSequenceEnrollments.id),
      limit,
    },
  );
  const people = enrollments.length
    ? await scope.list(
        contacts,
        inArray(
          contacts.id,
          enrollments.map((e) => e.contactId),
        ),
      )
    : [];
  const emailOf = new Map(people.map((p) => [p.id, p.email]));
  return enrollments.flatMap((e) => {
    const email = emailOf.get(e.contactId);
    if (!email) return [];
    return [
      {
        contactId: e.contactId,
        email,
        status: e.status,
        stepsSent: e.nextPosition,
        nextDueAt: e.status === 'active' && e.nextDueAt ? e.nextDueAt.toISOString() : null,
        enrolledAt: e.enrolledAt.toISOString(),
      },
    ];
  });
}
