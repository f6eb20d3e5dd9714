/**
 * The dashboard's contact and custom-field forms → core's inputs. Only what the form holds goes into
 * the patch (a form without a tags input leaves the tags alone); a blank optional input clears its
 * value. Nothing is checked here: core parses with the contracts' schemas and its details come back
 * next to their fields (`email`, `fields.<key>`, `tags`).
 */
export function contactPatchFromForm(form: FormData, fieldKeys: string[]) {
  const patch: Record<string, unknown> = {};
  const text = (name: string) => String(form.get(name) ?? '').trim();
  if (form.has('email')) patch.email = text('email');
  for (const key of ['name', 'phone', 'company'] as const)
    if (form.has(key)) patch[key] = text(key) === '' ? null : text(key);
  if (form.has('tags')) patch.tags = splitList(text('tags'), /,/);
  const fields: Record<string, string | null> = {};
  for (const key of fieldKeys) {
    const name = `fields.${key}`;
    if (form.has(name)) fields[key] = text(name) === '' ? null : text(name);
  }
  if (Object.keys(fields).length) patch.fields = fields;
  return patch;
}

/** A field definition's choices are typed one per line. */
export function choicesFromForm(form: FormData): string[] | undefined {
  const raw = String(form.get('options') ?? '').trim();
  return raw === '' ? undefined : splitList(raw, /\r?\n/);
}

function splitList(raw: string, sep: RegExp): string[] {
  return raw
    .split(sep)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** What a failed form held, so the page shows it again rather than the saved values. */
export function typedValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (!key.startsWith('_') && typeof value === 'string') out[key] = value;
  return out;
}
