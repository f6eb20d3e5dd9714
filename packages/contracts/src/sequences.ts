import { z } from '@hono/zod-openapi';
import { tagSchema } from './crm.ts';
import { countOut, instantOut, listOut, textOut } from './fields.ts';
import { idSchema } from './ids.ts';
import { hasSomeField, NOTHING_TO_CHANGE } from './messages.ts';
import { singleLine } from './text.ts';

/**
 * Email sequences (automations): emails from templates with a delay before each, which a contact
 * receives once after entering the sequence (today: on subscribing through a signup form or the API).
 */

export const MAX_SEQUENCE_STEPS = 10;
export const sequenceDelayUnits = ['minutes', 'hours', 'days'] as const;
export type SequenceDelayUnit = (typeof sequenceDelayUnits)[number];
/** Where a contact came from, as `contacts.source` records it; the trigger may require one. */
export const sequenceTriggerSources = ['signup_form', 'api'] as const;

/** At most 90 days between two emails: a welcome that waits longer is a campaign. */
export const MAX_SEQUENCE_DELAY_MINUTES = 90 * 24 * 60;
const minutesPer: Record<SequenceDelayUnit, number> = { minutes: 1, hours: 60, days: 24 * 60 };
export function delayMinutes(value: number, unit: SequenceDelayUnit): number {
  return value * minutesPer[unit];
}

export const sequenceStepStatsSchema = z
  .object({
    sent: countOut,
    opens: countOut.openapi({ description: 'Recipients who opened, machine opens excluded.' }),
    clicks: countOut,
    skipped: countOut.openapi({
      description: 'Contacts who left before this step (unsubscribed, bounced, complained).',
    }),
  })
  .openapi('SequenceStepStats');

export const sequenceStepSchema = z
  .object({
    id: idSchema('sequenceStep'),
    position: countOut,
    templateId: idSchema('emailTemplate'),
    delayValue: countOut,
    delayUnit: z.enum(sequenceDelayUnits),
    stats: sequenceStepStatsSchema,
  })
  .openapi('SequenceStep');

export const sequenceSchema = z
  .object({
    id: idSchema('sequence'),
    key: textOut(40),
    name: textOut(120),
    trigger: z.enum(['signup']),
    triggerSource: z.enum(sequenceTriggerSources).nullable(),
    triggerTag: textOut(64).nullable(),
    active: z.boolean(),
    steps: z.array(sequenceStepSchema).max(MAX_SEQUENCE_STEPS),
    enrollments: z
      .object({ active: countOut, completed: countOut, stopped: countOut })
      .openapi('SequenceEnrollmentCounts'),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .openapi('Sequence');

export const updateSequenceInput = z
  .object({
    name: singleLine(1, 120, { field: 'name' }),
    triggerSource: z.enum(sequenceTriggerSources).nullable(),
    triggerTag: tagSchema.nullable(),
  })
  .partial()
  .strict()
  .refine(hasSomeField, { error: NOTHING_TO_CHANGE })
  .openapi('UpdateSequence', { minProperties: 1 });
export type UpdateSequenceInput = z.input<typeof updateSequenceInput>;

export const sequenceStepInput = z
  .object({
    /** A step that exists keeps its id (and its counts); one without an id is new. */
    id: idSchema('sequenceStep').optional(),
    templateId: idSchema('emailTemplate'),
    delayValue: z
      .number({ error: 'Enter a whole number' })
      .int({ error: 'Enter a whole number' })
      .min(0, { error: 'Enter 0 or more' })
      .max(MAX_SEQUENCE_DELAY_MINUTES, { error: 'Use at most 90 days' })
      .openapi({ type: 'integer', format: 'int32', minimum: 0, maximum: MAX_SEQUENCE_DELAY_MINUTES }),
    delayUnit: z.enum(sequenceDelayUnits, { error: 'Choose minutes, hours or days' }),
  })
  .strict()
  .refine((s) => delayMinutes(s.delayValue, s.delayUnit) <= MAX_SEQUENCE_DELAY_MINUTES, {
    error: 'Use at most 90 days',
    path: ['delayValue'],
  })
  .openapi('SequenceStepInput');

/** The whole list of steps, in order: a step left out is removed, the order is the list's. */
export const updateSequenceStepsInput = z
  .object({
    steps: z
      .array(sequenceStepInput)
      .max(MAX_SEQUENCE_STEPS, { error: `Use at most ${MAX_SEQUENCE_STEPS} steps` }),
  })
  .strict()
  .openapi('UpdateSequenceSteps');
export type UpdateSequenceStepsInput = z.input<typeof updateSequenceStepsInput>;

export const sequenceMemberSchema = z
  .object({
    contactId: idSchema('contact'),
    email: textOut(254),
    status: z.enum(['active', 'completed', 'stopped']),
    stepsSent: countOut,
    nextDueAt: instantOut.nullable(),
    enrolledAt: instantOut,
  })
  .openapi('SequenceMember');

export const MAX_SEQUENCE_MEMBERS = 50;
export const sequencesOut = listOut(sequenceSchema, 20);
export const sequenceMembersOut = listOut(sequenceMemberSchema, MAX_SEQUENCE_MEMBERS);
