import { z } from '@hono/zod-openapi';
import { MAX_URL_LENGTH } from './safe-url.ts';
import { multiLinePattern, oneLinePattern } from './text.ts';

/**
 * Building blocks of the API's *answers*, bounded and typed the way the data is stored, so the OpenAPI
 * document tells client generators (and the OWASP lint) what to expect: lengths, formats, ranges.
 */

/** A one-line text of at most `max` characters. */
export function textOut(max: number, multiLine = false) {
  return z.string().openapi({ maxLength: max, pattern: multiLine ? multiLinePattern : oneLinePattern });
}

/** An instant as ISO 8601 in UTC (`2026-11-29T10:30:00.000Z`). */
export const instantOut = z
  .string()
  .openapi({ format: 'date-time', maxLength: 30, example: '2026-11-29T10:30:00.000Z' });

/** A day (`2026-11-29`). */
export const dayOut = z.string().openapi({ format: 'date', maxLength: 10, example: '2026-11-29' });

/** A normalised URL. */
export const urlOut = z
  .string()
  .openapi({ format: 'uri', maxLength: MAX_URL_LENGTH, example: 'https://example.com/shop' });

/** An email address. */
export const emailOut = z.string().openapi({ format: 'email', maxLength: 254, example: 'alice@example.com' });

/** A host name (`alice.mewayz.com`, `links.example.com`). */
export const hostnameOut = z
  .string()
  .openapi({ format: 'hostname', maxLength: 253, example: 'links.example.com' });

/** A non-negative count (views, positions, totals). */
export const countOut = z
  .number()
  .int()
  .min(0)
  .max(Number.MAX_SAFE_INTEGER)
  .openapi({ format: 'int64', example: 42 });

/** Pagination numbers and other small integers with a known range. */
export function intIn(min: number, max: number) {
  return z
    .number()
    .int()
    .min(min)
    .max(max)
    .openapi({ format: max > 2_147_483_647 ? 'int64' : 'int32' });
}

/** A list of at most `max` items. */
export function listOut<T extends z.ZodType>(item: T, max: number) {
  return z.array(item).max(max);
}
