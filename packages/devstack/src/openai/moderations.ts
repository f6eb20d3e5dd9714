import { randomBytes } from 'node:crypto';
import type { Fault } from './faults.ts';
import { invalidRequest } from './openai-error.ts';

/**
 * `POST /v1/moderations`: flags an input that contains one of a few unmistakable words (or the
 * magic word `standin:flag`), or every input while a queued `flagged` fault is pending.
 */
const categories = [
  'harassment',
  'harassment/threatening',
  'hate',
  'hate/threatening',
  'illicit',
  'illicit/violent',
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'sexual',
  'sexual/minors',
  'violence',
  'violence/graphic',
] as const;

const flaggedWords: Record<string, (typeof categories)[number]> = {
  'standin:flag': 'harassment',
  kill: 'violence',
  murder: 'violence',
  genocide: 'hate',
};

export function moderate(body: Record<string, unknown>, fault: Fault | null) {
  const input = body.input;
  const texts = typeof input === 'string' ? [input] : Array.isArray(input) ? input : null;
  if (!texts || texts.some((t) => typeof t !== 'string' && (typeof t !== 'object' || t === null)))
    throw invalidRequest('input: a string or an array of strings', 'input');
  return {
    id: `modr-${randomBytes(12).toString('hex')}`,
    model: typeof body.model === 'string' ? body.model : 'omni-moderation-latest',
    results: texts.map((t) => {
      const text = (typeof t === 'string' ? t : String((t as { text?: unknown }).text ?? '')).toLowerCase();
      const hit = fault
        ? 'harassment'
        : Object.entries(flaggedWords).find(([w]) => new RegExp(`(^|\\W)${w}(\\W|$)`).test(text))?.[1];
      return {
        flagged: Boolean(hit),
        categories: Object.fromEntries(categories.map((c) => [c, c === hit])),
        category_scores: Object.fromEntries(categories.map((c) => [c, c === hit ? 0.97 : 0.0001])),
        category_applied_input_types: Object.fromEntries(categories.map((c) => [c, ['text']])),
      };
    }),
  };
}
