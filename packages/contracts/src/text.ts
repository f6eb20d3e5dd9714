import { z } from '@hono/zod-openapi';
import { say } from './messages.ts';

/** Whether `text` has C0 control characters or DEL (names and titles must not). */
export function hasControlCharacters(text: string, allowNewlines = false): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (allowNewlines && (code === 0x0a || code === 0x0d || code === 0x09)) continue;
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** No C0 control characters or DEL: what one-line texts are held to (as an OpenAPI pattern). */
export const oneLinePattern = '^[^\\u0000-\\u001F\\u007F]*$';
/** Newlines and tabs allowed, other control characters not: multi-line texts. */
export const multiLinePattern = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$';

/** How a text field is named in its messages: "Enter a title", "Enter your name". */
export interface FieldLabel {
  field: string;
  personal?: boolean;
}

function boundedText(min: number, max: number, allowNewlines: boolean, label?: FieldLabel) {
  const required = label ? say.required(label.field, label.personal) : undefined;
  let s = z.string(required ? { error: required } : undefined).trim();
  // One message per problem: an empty required field says "Enter …" and nothing else.
  if (min > 0) s = s.min(min, { error: min === 1 && required ? required : say.tooShort(min), abort: true });
  return s
    .max(max, { error: say.tooLong(max), abort: true })
    .refine((v) => !hasControlCharacters(v, allowNewlines), { error: say.controlCharacters })
    .openapi({
      maxLength: max,
      pattern: allowNewlines ? multiLinePattern : oneLinePattern,
      ...(min > 0 ? { minLength: min } : {}),
    });
}

/** A one-line text (names, titles, labels): trimmed, bounded, no control characters. */
export function singleLine(min: number, max: number, label?: FieldLabel) {
  return boundedText(min, max, false, label);
}

/** A multi-line text (bio, Markdown): newlines and tabs allowed, other control characters not. */
export function multiLine(min: number, max: number, label?: FieldLabel) {
  return boundedText(min, max, true, label);
}

/** `2.4 MB`, `50 MB`, `830 KB`, `12 bytes`: a file's size as creators and students read it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
