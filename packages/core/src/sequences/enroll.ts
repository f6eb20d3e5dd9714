import { delayMinutes } from '@mewayz/contracts';
import { contactTags, emailSequenceEnrollments, emailSequenceSteps, emailSequences } from '@mewayz/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import { newId } from '../ids.ts';
import type { TenantScope } from '../tenancy/scope.ts';

/** Whether a consent change should enter the contact into signup sequences; imports pass `false`. */
export interface EnrollOption {
  enrollSequences?: boolean;
}

export function addMinutes(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * 60_000);
}

/**
 * A contact just became subscribed by its own signup (a form, a confirmation, the API): it enters every
 * active signup sequence whose filters it meets, in the caller's transaction, so a rolled-back signup
 * enrolls no one. INSERT IGNORE on the unique key (organization, sequence, contact) makes it once per
 * contact per sequence, however often they subscribe again. Returns how many sequences it entered.
 */
export async function enrollOnSubscribe(
  tx: TenantScope,
  contact: { id: string; source: string },
  at: Date,
): Promise<number> {
  const sequences = await tx.list(
    emailSequences,
    and(eq(emailSequences.trigger, 'signup'), eq(emailSequences.active, true)),
  );
  let entered = 0;
  for (const sequence of sequences) {
    if (sequence.triggerSource && sequence.triggerSource !== contact.source) continue;
    if (
      sequence.triggerTag &&
      !(await tx.first(
        contactTags,
        and(eq(contactTags.contactId, contact.id), eq(contactTags.tag, sequence.triggerTag)),
      ))
    )
      continue;
    const first = await tx.first(emailSequenceSteps, eq(emailSequenceSteps.sequenceId, sequence.id), {
      orderBy: asc(emailSequenceSteps.position),
    });
    entered += await tx.insertIgnore(emailSequenceEnrollments, {
      id: newId('sequenceEnrollment'),
      sequenceId: sequence.id,
      contactId: contact.id,
      lastStepAt: at,
      nextDueAt: first ? addMinutes(at, delayMinutes(first.delayValue, first.delayUnit)) : at,
      enrolledAt: at,
    });
  }
  return entered;
}
