import { moneyInputExample } from '@mewayz/contracts';
import { type ReactNode, useState } from 'react';
import type { FieldErrors } from '../lib/forms.server.ts';
import {
  BLANK_ROWS,
  type Choices,
  DATA_PREFIX,
  type FieldSpec,
  moneyText,
  ORDER_SUFFIX,
  POSITION_FIELD,
} from '../lib/section-form.ts';
import { DragHandle } from './block-row.tsx';
import { SortableList } from './sortable-list.tsx';
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
  choices = noChoices,
}: {
  idPrefix: string;
  fields: FieldSpec[];
  data: Data;
  errors: FieldErrors;
  /** Options of `choice` fields (the workspace's categories and courses). */
  choices?: Choices;
}) {
  return (
    <FieldList idPrefix={idPrefix} fields={fields} data={data} errors={errors} path="" choices={choices} />
  );
}

const noChoices: Choices = { categories: [], courses: [] };

function FieldList(props: {
  idPrefix: string;
  fields: FieldSpec[];
  data: Data;
  errors: FieldErrors;
  path: string;
  choices: Choices;
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
  choices,
}: {
  idPrefix: string;
  field: FieldSpec;
  data: Data;
  errors: FieldErrors;
  path: string;
  choices: Choices;
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
    case 'choice': {
      const options = choices[f.source];
      const current = str(value);
      // A category or course removed since keeps its place rather than silently becoming "none".
      const gone = current !== '' && !options.some(([v]) => v === current);
      return (
        <Select id={id} name={name} label={f.label} defaultValue={current} error={error}>
          <option value="">{f.none}</option>
          {options.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
          {gone ? <option value={current}>No longer available</option> : null}
        </Select>
      );
    }
    case 'count':
      return (
        <Select
          id={id}
          name={name}
          label={f.label}
          defaultValue={typeof value === 'number' ? String(value) : '1'}
          error={error}
        >
          {Array.from({ length: f.max }, (_, n) => String(n + 1)).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      );
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
          <FieldList
            idPrefix={idPrefix}
            fields={f.fields}
            data={inner}
            errors={errors}
            path={`${at}.`}
            choices={choices}
          />
        </fieldset>
      );
    }
    case 'list':
      return (
        <ItemList
          choices={choices}
          // A saved (or refused) section comes back with its rows in their new order: start afresh.
          key={JSON.stringify(value ?? null)}
          idPrefix={idPrefix}
          field={f}
          items={(Array.isArray(value) ? value : []) as Data[]}
          errors={errors}
          at={at}
          name={name}
          id={id}
        />
      );
  }
}

type ListSpec = Extract<FieldSpec, { type: 'list' }>;

/**
 * A section's ordered items (cards, FAQ entries…). Rows keep their form index in their field names;
 * their order on screen goes in `d.<list>._order`, so dragging a row by its handle (or Alt+↑/↓ on
 * it) only reorders, and "Save section" keeps the order with the rest of the form. Without
 * JavaScript each row has a "Position" select instead, read on the same save. No extra submit
 * button: Enter in a field still saves the section.
 */
function ItemList({
  choices,
  idPrefix,
  field: f,
  items,
  errors,
  at,
  name,
  id,
}: {
  choices: Choices;
  idPrefix: string;
  field: ListSpec;
  items: Data[];
  errors: FieldErrors;
  at: string;
  name: string;
  id: string;
}) {
  const error = errors[at];
  const ids = items.map((_, i) => String(i));
  const [order, setOrder] = useState(ids);
  const blanks = Array.from({ length: items.length < f.max ? BLANK_ROWS : 0 }, (_, b) => items.length + b);
  const label = (position: number) => `${f.itemLabel} ${position + 1}`;
  // How a moved row is read out: by its own words where it has some ("Question “Pricing?”").
  const named = (i: number) => {
    const words = f.fields.map((x) => items[i]?.[x.key]).find((v) => typeof v === 'string' && v.trim());
    return typeof words === 'string' ? `${f.itemLabel} “${words.trim().slice(0, 40)}”` : label(i);
  };
  const row = (i: number, position: number, isNew: boolean, withoutJs = false, grip?: ReactNode) => (
    <>
      <div className="mb-2 flex flex-wrap items-center gap-2">
        {grip}
        <span className="flex-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">
          {isNew ? `New ${f.itemLabel.toLowerCase()} (fill in to add)` : label(position)}
        </span>
        {isNew ? null : (
          <>
            {withoutJs ? (
              <label className="flex items-center gap-1 text-sm text-slate-700">
                Position
                <select
                  name={`${name}.${i}.${POSITION_FIELD}`}
                  aria-label={`Position of ${label(position)}`}
                  defaultValue={String(position + 1)}
                  className="rounded-md border-0 py-1 pr-7 pl-2 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600"
                >
                  {items.map((_, p) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the options are the positions themselves.
                    <option key={p} value={p + 1}>
                      {p + 1}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <Checkbox id={`${id}-${i}-remove`} name={`${name}.${i}._remove`} label="Remove" />
          </>
        )}
      </div>
      <FieldList
        idPrefix={idPrefix}
        fields={f.fields}
        data={items[i] ?? {}}
        errors={errors}
        path={`${at}.${i}.`}
        choices={choices}
      />
    </>
  );
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">{f.label}</legend>
      {error ? (
        <p className="text-sm text-red-700" role="alert">
          {error}
        </p>
      ) : null}
      {/* Only once moved: without it the server reads the rows' "Position" selects (no JavaScript). */}
      {order.join() !== ids.join() ? (
        <input type="hidden" name={`${name}${ORDER_SUFFIX}`} value={order.join(',')} />
      ) : null}
      <SortableList
        className="space-y-3"
        aria-label={f.label}
        ids={ids}
        enabled={items.length > 1}
        labelOf={(rowId) => named(Number(rowId))}
        handleIdOf={(rowId) => `${id}-${rowId}-grip`}
        commit={(next) => setOrder(next)}
        renderItem={({ id: rowId, index: position, count, sortable, step }) => {
          const i = Number(rowId);
          return (
            <li
              key={rowId}
              ref={sortable?.setNodeRef}
              style={sortable?.style}
              className={cx(
                'rounded-lg border border-slate-200 bg-white p-3',
                sortable?.isDragging && 'relative z-10 shadow-lg ring-2 ring-indigo-400',
              )}
              data-item={i}
            >
              {row(
                i,
                position,
                false,
                !sortable && items.length > 1,
                sortable ? (
                  <DragHandle
                    id={`${id}-${rowId}-grip`}
                    label={`Reorder ${named(i)} (position ${position + 1} of ${count}). Drag, or press Alt+Arrow Up or Down.`}
                    sortable={sortable}
                    onStep={step}
                  />
                ) : null,
              )}
            </li>
          );
        }}
      />
      {blanks.map((i) => (
        <div key={i} className="rounded-lg border border-dashed border-slate-300 p-3" data-item={i}>
          {row(i, i, true)}
        </div>
      ))}
    </fieldset>
  );
}

/** The first error under a path (a list of lines reports per line). */
function firstNested(errors: FieldErrors, at: string): string | undefined {
  const key = Object.keys(errors).find((k) => k.startsWith(`${at}.`));
  return key ? errors[key] : undefined;
}
