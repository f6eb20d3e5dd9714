import { moneyInputExample } from '@mewayz/contracts';
import type { FieldErrors } from '../lib/forms.server.ts';
import { BLANK_ROWS, DATA_PREFIX, type FieldSpec, moneyText } from '../lib/section-form.ts';
import { Checkbox, cx, Field, Select, TextArea } from './ui.tsx';

type Data = Record<string, unknown>;

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * One section's fields, rendered from its kind's form description. Names carry the data path
 * (`d.items.0.title`); errors come back under the same path, so each sits next to its field. Ids are
 * prefixed by the section so a page of open sections has no clashes.
 */
export function SectionFields({
  idPrefix,
  fields,
  data,
  errors,
}: {
  idPrefix: string;
  fields: FieldSpec[];
  data: Data;
  errors: FieldErrors;
}) {
  return <FieldList idPrefix={idPrefix} fields={fields} data={data} errors={errors} path="" />;
}

function FieldList(props: {
  idPrefix: string;
  fields: FieldSpec[];
  data: Data;
  errors: FieldErrors;
  path: string;
}) {
  return (
    <div className="grid gap-4">
      {props.fields.map((f) => (
        <OneField key={f.key} {...props} field={f} />
      ))}
    </div>
  );
}

function OneField({
  idPrefix,
  field: f,
  data,
  errors,
  path,
}: {
  idPrefix: string;
  field: FieldSpec;
  data: Data;
  errors: FieldErrors;
  path: string;
}) {
  const at = `${path}${f.key}`;
  const name = `${DATA_PREFIX}${at}`;
  const id = `${idPrefix}-${at.replaceAll('.', '-')}`;
  const error = errors[at];
  const value = data[f.key];
  switch (f.type) {
    case 'text':
    case 'url':
      return (
        <Field
          id={id}
          name={name}
          label={f.optional ? `${f.label} (optional)` : f.label}
          defaultValue={str(value)}
          error={error}
          hint={f.hint}
          inputMode={f.type === 'url' ? 'url' : undefined}
          autoCapitalize={f.type === 'url' ? 'none' : undefined}
          spellCheck={f.type === 'url' ? false : undefined}
        />
      );
    case 'textarea':
      return (
        <TextArea
          id={id}
          name={name}
          label={f.optional ? `${f.label} (optional)` : f.label}
          defaultValue={str(value)}
          rows={f.rows ?? 3}
          error={error}
          hint={f.hint}
        />
      );
    case 'select':
      return (
        <Select
          id={id}
          name={name}
          label={f.label}
          defaultValue={str(value) || f.options[0]?.[0]}
          error={error}
        >
          {f.options.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </Select>
      );
    case 'checkbox':
      return <Checkbox id={id} name={name} label={f.label} defaultChecked={value === true} />;
    case 'lines':
      return (
        <TextArea
          id={id}
          name={name}
          label={f.label}
          defaultValue={Array.isArray(value) ? value.map(str).join('\n') : ''}
          rows={3}
          error={error ?? firstNested(errors, at)}
          hint={f.hint}
        />
      );
    case 'money': {
      const currency = str(data[f.currencyKey]) || 'USD';
      return (
        <Field
          id={id}
          name={name}
          label={f.label}
          defaultValue={moneyText(value, currency)}
          inputMode="decimal"
          placeholder={moneyInputExample(currency)}
          error={error}
        />
      );
    }
    case 'group': {
      const inner = (value && typeof value === 'object' ? value : {}) as Data;
      return (
        <fieldset className="rounded-lg border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-800">
            {f.optional ? `${f.label} (optional: leave empty for none)` : f.label}
          </legend>
          <FieldList idPrefix={idPrefix} fields={f.fields} data={inner} errors={errors} path={`${at}.`} />
        </fieldset>
      );
    }
    case 'list': {
      const items = (Array.isArray(value) ? value : []) as Data[];
      const rows = [...items, ...Array.from({ length: items.length < f.max ? BLANK_ROWS : 0 }, () => ({}))];
      return (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-slate-800">{f.label}</legend>
          {error ? (
            <p className="text-sm text-red-700" role="alert">
              {error}
            </p>
          ) : null}
          {rows.map((item, i) => {
            const isNew = i >= items.length;
            return (
              <div
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the list; a save re-renders them all.
                key={i}
                className={cx(
                  'rounded-lg border p-3',
                  isNew ? 'border-dashed border-slate-300' : 'border-slate-200',
                )}
                data-item={i}
              >
                <div className="mb-2 flex items-center justify-between gap-2">
                  <span className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
                    {isNew ? `New ${f.itemLabel.toLowerCase()} (fill in to add)` : `${f.itemLabel} ${i + 1}`}
                  </span>
                  {isNew ? null : (
                    <Checkbox id={`${id}-${i}-remove`} name={`${name}.${i}._remove`} label="Remove" />
                  )}
                </div>
                <FieldList
                  idPrefix={idPrefix}
                  fields={f.fields}
                  data={item}
                  errors={errors}
                  path={`${at}.${i}.`}
                />
              </div>
            );
          })}
        </fieldset>
      );
    }
  }
}

/** The first error under a path (a list of lines reports per line). */
function firstNested(errors: FieldErrors, at: string): string | undefined {
  const key = Object.keys(errors).find((k) => k.startsWith(`${at}.`));
  return key ? errors[key] : undefined;
}
