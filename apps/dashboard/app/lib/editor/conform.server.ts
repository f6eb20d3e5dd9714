import type { SubmissionResult } from '@conform-to/react';
import { AppError } from '@mewayz/core';
import type { IntentOutcome } from './intent.ts';

/**
 * A copy of the form with only the named fields (and `rewrite`n values): the shared schemas are
 * strict, so the transport's own fields (`_csrf`, `_intent`, files, checkboxes read apart) stay out.
 */
export function pickForm(
  form: FormData,
  keep: (name: string) => boolean,
  rewrite: Record<string, string | null> = {},
): FormData {
  const out = new FormData();
  for (const [k, v] of form.entries())
    if (keep(k) && typeof v === 'string' && !(k in rewrite)) out.append(k, v);
  for (const [k, v] of Object.entries(rewrite)) if (v !== null) out.set(k, v);
  return out;
}

/** A failed outcome with errors next to the named fields (Conform's shape: name → messages). */
export function fieldFailure(
  message: string,
  fieldErrors: Record<string, string | string[]>,
  formErrors: string[] = [],
): IntentOutcome {
  const error: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(fieldErrors)) error[k] = Array.isArray(v) ? v : [v];
  if (formErrors.length) error[''] = formErrors;
  const submission: SubmissionResult<string[]> = { status: 'error', error };
  const full = formErrors.length ? `${message} ${formErrors.join(' ')}` : message;
  return { ok: false, message: full, submission };
}

/**
 * The core's validation and conflict errors as field errors (their detail paths are the form's field
 * names); anything else is rethrown for the route's error mapping (404, 403, 500).
 */
export function appErrorOutcome(err: unknown, prefix = ''): IntentOutcome {
  if (!(err instanceof AppError) || err.status === 404 || err.status === 403) throw err;
  const fieldErrors: Record<string, string[]> = {};
  const formErrors: string[] = [];
  for (const d of err.details) {
    const name = `${prefix}${d.path}`;
    if (d.path) fieldErrors[name] = [...(fieldErrors[name] ?? []), d.message];
    else formErrors.push(d.message);
  }
  return fieldFailure(err.message, fieldErrors, formErrors);
}
