import type { SegmentCondition } from '@mewayz/contracts';

/**
 * The segment builder's form → a segment filter. Each blank input adds no condition; what the inputs
 * hold is checked by the contracts' schema in core (a bad value answers next to the form, never a 500).
 * Used by the live count and by saving alike, so both see the same filter.
 */
export function filterFromForm(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const days = (name: string) => (text(name) === '' ? null : Number(text(name)));
  const conditions: unknown[] = [];
  const add = (c: Record<string, unknown>) => conditions.push(c);
  if (text('hasTag')) add({ type: 'tag', op: 'has', tag: text('hasTag') });
  if (text('notTag')) add({ type: 'tag', op: 'not_has', tag: text('notTag') });
  if (text('consent')) add({ type: 'consent', op: 'is', value: text('consent') });
  if (text('source')) add({ type: 'source', op: 'is', value: text('source') });
  if (text('boughtProductId')) add({ type: 'bought_product', productId: text('boughtProductId') });
  if (days('signedUpWithin') !== null) add({ type: 'signed_up_within', days: days('signedUpWithin') });
  if (days('noActivityFor') !== null) add({ type: 'no_activity_for', days: days('noActivityFor') });
  if (text('fieldKey')) {
    const op = text('fieldOp') || 'eq';
    // Typed in as text; core reads it by the field's type (numeric text for a number field).
    add({
      type: 'field',
      key: text('fieldKey'),
      op,
      ...(op === 'is_set' || op === 'not_set' ? {} : { value: text('fieldValue') }),
    });
  }
  return {
    match: (text('match') === 'any' ? 'any' : 'all') as 'any' | 'all',
    conditions: conditions as SegmentCondition[],
  };
}
