import type { Submission } from '@conform-to/react';
import { AppError, NotFound } from '@mewayz/core';
import { replyWithAppError } from '../../forms.server.ts';
import type { CatalogOutcome } from '../intent.ts';

/** The item of the product (image, variant) the form names in `field`, or 404 like a missing one. */
export function namedIn<T extends { id: string }>(
  items: readonly T[],
  form: FormData,
  field: string,
  what: string,
): T {
  const id = String(form.get(field) ?? '');
  const item = items.find((i) => i.id === id);
  if (!item) throw new NotFound(what);
  return item;
}

/** Core's summary of a refusal (its details go next to the fields). */
export function messageOf(err: unknown): string {
  return err instanceof AppError ? err.message : 'Something went wrong.';
}

/**
 * Run a form's change in core: its refusal (a taken SKU, a compare-at price below the price) comes
 * back next to the fields with what was typed; NotFound and Forbidden are the 404 and 403 pages.
 */
export async function attempt(
  submission: Submission<unknown>,
  targetId: string | undefined,
  run: () => Promise<CatalogOutcome>,
): Promise<CatalogOutcome> {
  try {
    return await run();
  } catch (err) {
    return { ok: false, message: messageOf(err), targetId, result: replyWithAppError(submission, err) };
  }
}
