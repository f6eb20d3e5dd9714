import type { SubmissionResult } from '@conform-to/react';
import { linkUrl, updateShortLinkInput } from '@mewayz/contracts';
import { fromZonedInput, zoneOfForm } from './time-zone.ts';

/** Fields of the short-link forms that only the transport reads (the contracts' schemas are strict). */
const transportFields = new Set(['timeZone', 'linkId']);
const timeFields = ['startsAt', 'expiresAt'] as const;

/**
 * The short-link form's fields as the contracts' schemas read them, in the browser and in the action
 * alike: schedule times (datetime-local, in the zone the form was shown in) become UTC instants, and
 * the transport's own fields are left out.
 */
export function linkFormData(form: FormData): FormData {
  const zone = zoneOfForm(form);
  const out = new FormData();
  for (const [key, value] of form.entries()) {
    if (transportFields.has(key)) continue;
    if ((timeFields as readonly string[]).includes(key) && typeof value === 'string') {
      const instant = fromZonedInput(value, zone);
      if (instant !== null) out.append(key, String(instant));
      continue;
    }
    out.append(key, value);
  }
  return out;
}

/**
 * A saved link's form: the API's update, with the destination required (an emptied field is a
 * mistake, not "keep the old one"); the other fields left empty clear what they hold.
 */
export const editShortLinkForm = updateShortLinkInput.safeExtend({ url: linkUrl });

/** The reply shows the times as they were typed, not as the UTC instants the schema read. */
export function withTypedTimes(result: SubmissionResult<string[]>, form: FormData) {
  if (!result.initialValue) return result;
  const initialValue = { ...result.initialValue };
  for (const key of timeFields) if (form.has(key)) initialValue[key] = String(form.get(key));
  return { ...result, initialValue };
}
