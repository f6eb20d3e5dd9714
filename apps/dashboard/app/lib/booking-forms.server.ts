import {
  type AvailabilityInput,
  availabilitySchema,
  type CreateServiceInput,
  createServiceInput,
  MAX_OVERRIDES,
  MAX_WINDOWS_PER_DAY,
} from '@mewayz/contracts';
import { readPrice } from './courses.server.ts';
import { type FieldErrors, parseWith } from './forms.server.ts';

/**
 * The bookings forms as the browser posts them, turned into the contracts' inputs. The contracts
 * stay the one validation; these functions only translate fields (major-unit prices, `HH:MM` times,
 * one form row per window) and map the contracts' error paths back to the rows they came from.
 */

type Parsed<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors };

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
/** A number field; empty is missing (the contract says so), junk stays NaN for the contract to refuse. */
const num = (form: FormData, name: string) =>
  text(form, name) === '' ? undefined : Number(text(form, name));

/** The service form (create and edit post the same fields). */
export function serviceInputOf(form: FormData): Parsed<CreateServiceInput> {
  const price = readPrice(form);
  const maxPerDay = text(form, 'maxPerDay');
  const parsed = parseWith(createServiceInput, {
    name: text(form, 'name'),
    slug: text(form, 'slug'),
    description: String(form.get('description') ?? ''),
    durationMinutes: num(form, 'durationMinutes'),
    price: price.ok ? price.price : 0,
    currency: text(form, 'currency') || 'USD',
    bufferMinutes: num(form, 'bufferMinutes') ?? 0,
    minNoticeMinutes: num(form, 'minNoticeHours') === undefined ? 0 : num(form, 'minNoticeHours')! * 60,
    maxPerDay: maxPerDay === '' ? null : Number(maxPerDay),
    maxDaysAhead: num(form, 'maxDaysAhead'),
    cancelNoticeHours: num(form, 'cancelNoticeHours'),
    locationKind: text(form, 'locationKind'),
    locationDetail: text(form, 'locationDetail'),
    active: form.get('active') === 'on',
  });
  const fieldErrors: FieldErrors = parsed.ok ? {} : { ...parsed.fieldErrors };
  if (!price.ok) fieldErrors.price = price.fieldErrors.price!;
  // The form asks for hours; the contract counts minutes.
  if (fieldErrors.minNoticeMinutes) fieldErrors.minNoticeHours = 'Use whole hours, at most 1440';
  if (!parsed.ok || Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  return { ok: true, data: parsed.data };
}

/** `HH:MM` → minutes after midnight; an end of 00:00 is midnight at the end of the day. */
export function minuteOf(value: string, end = false): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!m) return null;
  const minute = Number(m[1]) * 60 + Number(m[2]);
  return end && minute === 0 ? 1440 : minute;
}

/** Rows a form may post per weekday and overrides in all: beyond these, fields are ignored. */
export const weeklyRows = MAX_WINDOWS_PER_DAY;
export const overrideRows = MAX_OVERRIDES;

type Window = { start: number; end: number };

/**
 * One time range of the form: both times or neither (a blank row is no row). Errors go on the row's
 * fields under `prefix`.
 */
function windowOfRow(form: FormData, prefix: string, errors: FieldErrors): Window | null | 'blank' {
  const start = text(form, `${prefix}.start`);
  const end = text(form, `${prefix}.end`);
  if (start === '' && end === '') return 'blank';
  const s = minuteOf(start);
  const e = minuteOf(end, true);
  if (s === null) errors[`${prefix}.start`] = start === '' ? 'Give both times' : 'Use a time like 09:00';
  if (e === null) errors[`${prefix}.end`] = end === '' ? 'Give both times' : 'Use a time like 17:00';
  return s === null || e === null ? null : { start: s, end: e };
}

/**
 * The availability form: `timeZone`; `weekly.<day>.<row>.start|end` (Monday = 0); and override rows
 * `overrides.<row>.date|start|end` — rows of one date are that date's windows, a date without times
 * is a day off.
 */
export function availabilityInputOf(form: FormData): Parsed<AvailabilityInput> {
  const errors: FieldErrors = {};
  // Where each window of the input came from, to put the contract's errors on the right row.
  const rowOfPath = new Map<string, string>();
  const weekly: Window[][] = [];
  for (let day = 0; day < 7; day++) {
    const windows: Window[] = [];
    for (let row = 0; row < weeklyRows; row++) {
      const prefix = `weekly.${day}.${row}`;
      const w = windowOfRow(form, prefix, errors);
      if (w === 'blank' || w === null) continue;
      rowOfPath.set(`weekly.${day}.${windows.length}`, prefix);
      windows.push(w);
    }
    weekly.push(windows);
  }
  const byDate = new Map<string, { windows: Window[]; rows: string[] }>();
  const rowCount = Math.min(Number(form.get('overrideRows') ?? 0) || 0, overrideRows + 1);
  for (let row = 0; row < rowCount; row++) {
    const prefix = `overrides.${row}`;
    const date = text(form, `${prefix}.date`);
    const w = windowOfRow(form, prefix, errors);
    if (date === '') {
      if (w !== 'blank') errors[`${prefix}.date`] = 'Choose the date these hours are for';
      continue;
    }
    const entry = byDate.get(date) ?? { windows: [], rows: [] };
    entry.rows.push(prefix);
    if (w !== 'blank' && w !== null) {
      rowOfPath.set(
        `overrides.${[...byDate.keys(), date].indexOf(date)}.windows.${entry.windows.length}`,
        prefix,
      );
      entry.windows.push(w);
    }
    byDate.set(date, entry);
  }
  const overrides = [...byDate.entries()].map(([date, { windows }]) => ({ date, windows }));
  const dateRows = [...byDate.values()].map((e) => e.rows[0]!);
  const parsed = parseWith(availabilitySchema, { timeZone: text(form, 'timeZone'), weekly, overrides });
  if (!parsed.ok)
    for (const [path, message] of Object.entries(parsed.fieldErrors)) {
      const window = /^((?:weekly\.\d+)|(?:overrides\.\d+\.windows))\.(\d+)(?:\.(start|end))?$/.exec(path);
      const date = /^overrides\.(\d+)\.date$/.exec(path);
      const key = window
        ? `${rowOfPath.get(`${window[1]}.${window[2]}`) ?? window[1]}.${window[3] ?? 'end'}`
        : date
          ? `${dateRows[Number(date[1])]}.date`
          : path.startsWith('overrides')
            ? 'overrides'
            : path;
      errors[key] ??= message;
    }
  if (!parsed.ok || Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  return { ok: true, data: parsed.data };
}
