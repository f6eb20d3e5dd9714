import type { Submission, SubmissionResult } from '@conform-to/react';
import { AppError } from '@mewayz/core';
import { data } from '@remix-run/cloudflare';
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

export interface ActionFailure {
  ok: false;
  intent?: string;
  message: string;
  fieldErrors: FieldErrors;
  /** What the form held, shown again so nothing typed is lost (a no-JS post re-renders the page). */
  values?: Record<string, string>;
  /** Which row's form failed, on a page with one form per row. */
  targetId?: string;
}

/** Parse with a shared zod schema; failures become field errors keyed by the dotted path. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.output<S> } | { ok: false; fieldErrors: FieldErrors } {
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, data: r.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of r.error.issues) {
    const path = issue.path.map(String).join('.') || '_form';
    fieldErrors[path] ??= issue.message;
  }
  return { ok: false, fieldErrors };
}

export function fail(
  message: string,
  fieldErrors: FieldErrors = {},
  extra: Partial<ActionFailure> = {},
  status = 422,
) {
  // A form-level problem (no field to show it next to) goes into the message.
  const full = fieldErrors._form ? `${message} ${fieldErrors._form}` : message;
  return data<ActionFailure>({ ok: false, message: full, fieldErrors, ...extra }, { status });
}

/**
 * Map the core's typed errors: validation/conflict details → field errors next to the fields;
 * NotFound → 404 page; Forbidden → 403 page; anything unexpected is rethrown (500 page).
 */
export function appErrorToResult(err: unknown, extra: Partial<ActionFailure> = {}, prefix = '') {
  if (!(err instanceof AppError)) throw err;
  if (err.status === 404) throw new Response(err.message, { status: 404 });
  if (err.status === 403) throw new Response(err.message, { status: 403 });
  const fieldErrors: FieldErrors = {};
  for (const d of err.details) {
    const key = d.path.startsWith(prefix) ? d.path.slice(prefix.length) : d.path;
    fieldErrors[key || '_form'] ??= d.message;
  }
  return fail(err.message, fieldErrors, extra, err.status);
}

export function intentOf(form: FormData): string {
  return String(form.get('_intent') ?? '');
}

/** What an action answers for a Conform form: its intent (one page may hold several forms) and the reply. */
export interface FormReply<Extra = object> {
  intent: string;
  result: SubmissionResult<string[]>;
  ok: boolean;
  message?: string;
  extra?: Extra;
}

/**
 * The reply to a submission that passed the schema but that core refused: the error's details go
 * next to their fields, its message above the form. NotFound and Forbidden become their pages, and
 * anything that is not an AppError is rethrown (500 page), as in `appErrorToResult`.
 */
export function replyWithAppError(
  submission: Submission<unknown>,
  err: unknown,
  opts: { hideFields?: string[]; prefix?: string } = {},
): SubmissionResult<string[]> {
  if (!(err instanceof AppError)) throw err;
  if (err.status === 404) throw new Response(err.message, { status: 404 });
  if (err.status === 403) throw new Response(err.message, { status: 403 });
  const fieldErrors: Record<string, string[]> = {};
  const prefix = opts.prefix ?? '';
  for (const d of err.details) {
    const key = d.path.startsWith(prefix) ? d.path.slice(prefix.length) : d.path;
    if (key) fieldErrors[key] = [...(fieldErrors[key] ?? []), d.message];
  }
  // One message per problem: next to its field when it has one, else above the form.
  const formErrors = Object.keys(fieldErrors).length ? [] : [err.message];
  return submission.reply({ formErrors, fieldErrors, hideFields: opts.hideFields });
}

/** A loader whose core errors become their pages (another workspace's id is a 404, never a 500). */
export function withAppErrors<A, R>(load: (args: A) => Promise<R>): (args: A) => Promise<R> {
  return async (args) => {
    try {
      return await load(args);
    } catch (err) {
      if (err instanceof Response) throw err;
      return appErrorToResult(err) as never;
    }
  };
}
