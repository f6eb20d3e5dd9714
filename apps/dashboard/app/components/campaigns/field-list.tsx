import type { ReactNode } from 'react';
import { Field } from '../ui.tsx';

export interface FieldSpec {
  name: string;
  label: string;
  maxLength: number;
  required?: boolean;
  type?: 'text' | 'email';
  hint?: ReactNode;
}

/** Text fields from their specs, filled from `values` and with their errors: the forms here share several. */
export function FieldList({
  specs,
  values,
  errors,
}: {
  specs: FieldSpec[];
  /** The form's values by field name (a template's, a campaign's). */
  values: object;
  errors: Record<string, string>;
}) {
  return (
    <>
      {specs.map((f) => (
        <Field
          key={f.name}
          label={f.label}
          name={f.name}
          type={f.type ?? 'text'}
          required={f.required}
          maxLength={f.maxLength}
          defaultValue={String((values as Record<string, unknown>)[f.name] ?? '')}
          error={errors[f.name]}
          hint={f.hint}
        />
      ))}
    </>
  );
}

/** What a reader sees in the inbox list: a template's defaults, a campaign's own. */
export const inboxFields: FieldSpec[] = [
  {
    name: 'subject',
    label: 'Subject',
    required: true,
    maxLength: 200,
    hint: 'Merge fields work here: {{ first_name | "friend" }}',
  },
  {
    name: 'previewText',
    label: 'Preview text',
    maxLength: 200,
    hint: 'The line inboxes show after the subject.',
  },
];
