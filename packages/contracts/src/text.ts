import { z } from '@hono/zod-openapi';

/** Whether `text` has C0 control characters or DEL (names and titles must not). */
export function hasControlCharacters(text: string, allowNewlines = false): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (allowNewlines && (code === 0x0a || code === 0x0d || code === 0x09)) continue;
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** A one-line text (names, titles, labels): trimmed, bounded, no control characters. */
export function singleLine(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !hasControlCharacters(s), { message: 'must not contain control characters' });
}

/** A multi-line text (bio, Markdown): newlines and tabs allowed, other control characters not. */
export function multiLine(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !hasControlCharacters(s, true), { message: 'must not contain control characters' });
}
