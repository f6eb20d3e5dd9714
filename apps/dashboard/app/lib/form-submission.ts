import { parseWithZod } from '@conform-to/zod/v4';
import type { z } from 'zod';

/**
 * The fields a schema is about: transport fields (`_csrf`, `_intent`, `_next`) are dropped so the
 * contracts' strict schemas do not reject them; Conform's own `__intent__` stays.
 */
export function schemaFields(formData: FormData): FormData {
  const out = new FormData();
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('_') && !key.startsWith('__')) continue;
    out.append(key, value);
  }
  return out;
}

/**
 * Parse a submitted form with a zod schema through Conform: the same call runs in the action (the
 * authority) and in the browser (hints before submitting). Empty fields count as missing, so a
 * blank required field gets the schema's "missing" message rather than a length error.
 */
export function parseSubmission<S extends z.ZodType>(formData: FormData, schema: S) {
  return parseWithZod(schemaFields(formData), { schema });
}
