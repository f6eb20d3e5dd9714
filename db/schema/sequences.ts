import { boolean, index, int, mysqlEnum, mysqlTable, uniqueIndex, varchar } from 'drizzle-orm/mysql-core';
import { createdAt, idColumn, instant, orgColumn, updatedAt } from './columns.ts';

/**
 * Email sequences (automations): a series of template emails with delays that a contact enters once
 * when a trigger fires. Only the `signup` trigger exists today; each organization has one sequence
 * with the key `welcome`, and the key leaves room for more. A step's send is a `campaign_sends` row
 * whose campaign id is the step's id, so opens, clicks, unsubscribes, bounces and complaints go through
 * the campaigns' tracking tokens and provider webhooks unchanged (see core `sequences/`).
 */
export const sequenceTriggerValues = ['signup'] as const;
export const sequenceDelayUnitValues = ['minutes', 'hours', 'days'] as const;
export const sequenceEnrollmentStatusValues = ['active', 'completed', 'stopped'] as const;

export const emailSequences = mysqlTable(
  'email_sequences',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    /** `welcome` for the signup sequence; unique per organization so a raced first read creates one. */
    key: varchar('key', { length: 40 }).notNull(),
    name: varchar('name', { length: 120 }).notNull(),
    trigger: mysqlEnum('trigger', sequenceTriggerValues).notNull().default('signup'),
    /** Only contacts that came this way enter (`signup_form`, `api`); null: any. */
    triggerSource: varchar('trigger_source', { length: 32 }),
    /** Only contacts carrying this tag when they subscribe enter; null: any. */
    triggerTag: varchar('trigger_tag', { length: 64 }),
    active: boolean('active').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('email_sequences_org_key_uq').on(t.organizationId, t.key)],
);

/** One email of a sequence, sent `delay` after the previous one (the first: after entering). */
export const emailSequenceSteps = mysqlTable(
  'email_sequence_steps',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    sequenceId: varchar('sequence_id', { length: 40 }).notNull(),
    position: int('position').notNull(),
    templateId: varchar('template_id', { length: 40 }).notNull(),
    delayValue: int('delay_value').notNull(),
    delayUnit: mysqlEnum('delay_unit', sequenceDelayUnitValues).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('email_sequence_steps_org_seq_idx').on(t.organizationId, t.sequenceId, t.position)],
);

/**
 * A contact in a sequence. The unique key (organization, sequence, contact) lets a contact enter a
 * sequence once, ever: entering is an INSERT IGNORE. `next_position` and `next_due_at` say what goes
 * next and when; a sender claims the row (a conditional update of `claim_token`) before it sends.
 */
export const emailSequenceEnrollments = mysqlTable(
  'email_sequence_enrollments',
  {
    id: idColumn().primaryKey(),
    organizationId: orgColumn(),
    sequenceId: varchar('sequence_id', { length: 40 }).notNull(),
    contactId: varchar('contact_id', { length: 40 }).notNull(),
    status: mysqlEnum('status', sequenceEnrollmentStatusValues).notNull().default('active'),
    nextPosition: int('next_position').notNull().default(0),
    /** When the previous step went (or the contact entered): the next step's delay counts from here. */
    lastStepAt: instant('last_step_at').notNull(),
    nextDueAt: instant('next_due_at'),
    claimToken: varchar('claim_token', { length: 40 }),
    claimedAt: instant('claimed_at'),
    attempts: int('attempts').notNull().default(0),
    stopReason: varchar('stop_reason', { length: 120 }),
    enrolledAt: instant('enrolled_at').notNull(),
    finishedAt: instant('finished_at'),
  },
  (t) => [
    uniqueIndex('email_sequence_enrollments_uq').on(t.organizationId, t.sequenceId, t.contactId),
    index('email_sequence_enrollments_org_status_idx').on(t.organizationId, t.sequenceId, t.status),
    // The cron finds due enrollments of every organization.
    index('email_sequence_enrollments_due_idx').on(t.status, t.nextDueAt),
  ],
);
