import {
  type FieldMetadata,
  type FormMetadata,
  getCollectionProps,
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type SubmissionResult,
  useForm,
} from '@conform-to/react';
import { getZodConstraint } from '@conform-to/zod/v4';
import { Form } from '@remix-run/react';
import type { ComponentProps, ReactNode } from 'react';
import type { z } from 'zod';
import { parseSubmission } from '../lib/form-submission.ts';
import { Alert, Checkbox, CsrfInput, Field, Select, TextArea } from './ui.tsx';

/**
 * A Conform form driven by one zod schema: the browser checks it on blur and as you fix a field
 * (the schema's own messages), the action checks it again with `parseSubmission` and answers with
 * `submission.reply()`, passed back here as `lastResult`. Without JavaScript the form posts as
 * usual and the reply renders the same messages on the server.
 */
export function useMewayzForm<S extends z.ZodType>(
  schema: S,
  opts: {
    /** Stable id: required when a page has several forms, so their fields' ids do not clash. */
    id?: string;
    lastResult?: SubmissionResult<string[]> | null;
    defaultValue?: Record<string, unknown>;
    /**
     * When the browser first checks a field: on blur (default), or only on submit for a form whose
     * fields stand in for each other (leaving one empty to use another is not a mistake yet).
     */
    validateOn?: 'onBlur' | 'onSubmit';
    /**
     * The form's fields as the schema reads them, when the two differ (times typed in the creator's
     * zone, say): the action must read the submission through the same function.
     */
    prepare?: (formData: FormData) => FormData;
  } = {},
) {
  // biome-ignore lint/suspicious/noExplicitAny: Conform's shape constraint; the fields keep the schema's keys.
  return useForm<z.input<S> & Record<string, any>, z.output<S>>({
    id: opts.id,
    lastResult: opts.lastResult,
    defaultValue: opts.defaultValue as never,
    constraint: getZodConstraint(schema),
    shouldValidate: opts.validateOn ?? 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseSubmission(opts.prepare ? opts.prepare(formData) : formData, schema),
  });
}

/**
 * The `<Form method="post">` of a Conform form, with the CSRF field, an optional `_intent` and the
 * form-level error (a refusal that belongs to no field) above the fields.
 */
export function MewayzForm({
  form,
  intent,
  className,
  action,
  encType,
  children,
}: {
  // biome-ignore lint/suspicious/noExplicitAny: any schema's form; only its props and errors are read.
  form: FormMetadata<any, string[]>;
  intent?: string;
  className?: string;
  action?: string;
  /** `multipart/form-data` for a form with a file field. */
  encType?: 'multipart/form-data';
  children: ReactNode;
}) {
  const formError = form.errors?.[0];
  return (
    <Form method="post" action={action} encType={encType} className={className} {...getFormProps(form)}>
      <CsrfInput />
      {intent ? <input type="hidden" name="_intent" value={intent} /> : null}
      {formError ? <Alert>{formError}</Alert> : null}
      {children}
    </Form>
  );
}

/** The first problem only: one message per field, the most basic one (missing before too short). */
export function firstError(meta: { errors?: string[] }): string | undefined {
  return meta.errors?.[0];
}

type InputType =
  | 'text'
  | 'email'
  | 'password'
  | 'date'
  | 'datetime-local'
  | 'url'
  | 'search'
  | 'tel'
  | 'number'
  | 'file';

/**
 * A labelled input wired to a Conform field. The hint says the rule before anything is typed; once
 * there is an error the error takes its place, so the two never say the same thing twice.
 */
export function FormField({
  meta,
  label,
  type = 'text',
  hint,
  ...rest
}: {
  /** A text field; nullable ones (an API's "clear this") too, since an empty input sends nothing. */
  meta: FieldMetadata<string | null | undefined, Record<string, unknown>, string[]>;
  label: string;
  type?: InputType;
  hint?: ReactNode;
} & Omit<ComponentProps<'input'>, 'name' | 'type' | 'defaultValue' | 'form'>) {
  const { key, ...props } = getInputProps(meta, { type, ariaAttributes: false });
  const error = firstError(meta);
  return <Field key={key} label={label} {...props} {...rest} error={error} hint={error ? undefined : hint} />;
}

/** A labelled textarea wired to a Conform field; the hint gives way to the error, as in `FormField`. */
export function FormTextArea({
  meta,
  label,
  hint,
  ...rest
}: {
  meta: FieldMetadata<string | null | undefined, Record<string, unknown>, string[]>;
  label: string;
  hint?: ReactNode;
} & Omit<ComponentProps<'textarea'>, 'name' | 'defaultValue' | 'form'>) {
  const { key, ...props } = getTextareaProps(meta, { ariaAttributes: false });
  const error = firstError(meta);
  return (
    <TextArea key={key} label={label} {...props} {...rest} error={error} hint={error ? undefined : hint} />
  );
}

/** A checkbox wired to a Conform boolean field (ticked sends "on"; unticked sends nothing). */
export function FormCheckbox({
  meta,
  label,
}: {
  // biome-ignore lint/suspicious/noExplicitAny: a boolean field, whatever its schema's input type.
  meta: FieldMetadata<any, Record<string, unknown>, string[]>;
  label: string;
}) {
  const { key, ...props } = getInputProps(meta, { type: 'checkbox', ariaAttributes: false });
  return <Checkbox key={key} label={label} {...props} />;
}

export interface Choice {
  value: string;
  label: string;
  /** Short help under the option; `code` in backticks shows as code (the API docs share these texts). */
  description?: string;
}

/** Text whose `backticked` parts are code, as the contracts write API names in descriptions. */
export function TextWithCode({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, i) =>
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, never reordered.
          <code key={i} className="rounded bg-slate-100 px-1 font-mono text-[0.7rem] text-slate-700">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** A select wired to a Conform field; the chosen option's description, when options have them, shows below. */
export function FormSelect({
  meta,
  label,
  options,
  className,
}: {
  meta: FieldMetadata<string | undefined, Record<string, unknown>, string[]>;
  label: string;
  options: Choice[];
  className?: string;
}) {
  const { key, ...props } = getSelectProps(meta, { ariaAttributes: false });
  return (
    <Select key={key} label={label} {...props} error={firstError(meta)} className={className}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </Select>
  );
}

/**
 * A group of checkboxes (several values) or radio buttons (one value), each with a label and a
 * short description, under a legend; one error for the group, under the legend.
 */
export function FormChoices({
  meta,
  legend,
  type,
  options,
  hint,
  className,
  columns = 'sm:grid-cols-2',
}: {
  // biome-ignore lint/suspicious/noExplicitAny: a string or a list of strings.
  meta: FieldMetadata<any, Record<string, unknown>, string[]>;
  legend: string;
  type: 'checkbox' | 'radio';
  options: Choice[];
  hint?: ReactNode;
  className?: string;
  columns?: string;
}) {
  const error = firstError(meta);
  const errorId = `${meta.id}-error`;
  const hintId = `${meta.id}-hint`;
  const controls = getCollectionProps(meta, {
    type,
    options: options.map((o) => o.value),
    ariaAttributes: false,
  });
  return (
    <fieldset
      className={className}
      aria-describedby={[error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined}
    >
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && !error ? (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <div className={`mt-2 grid gap-2 ${columns}`}>
        {controls.map(({ key, required: _required, ...props }, i) => {
          const option = options[i]!;
          return (
            <label
              key={key}
              htmlFor={props.id}
              className="flex min-w-0 items-start gap-2.5 rounded-lg px-3 py-2 ring-1 ring-slate-200 has-[:checked]:bg-indigo-50 has-[:checked]:ring-indigo-300"
            >
              <input
                {...props}
                aria-invalid={error ? true : undefined}
                className="mt-0.5 size-4 shrink-0 border-slate-300 text-indigo-600"
              />
              <span className="min-w-0">
                <span className="block text-sm font-medium text-slate-900">{option.label}</span>
                {option.description ? (
                  <span className="block text-xs text-slate-600">
                    <TextWithCode text={option.description} />
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
