import { ActionForm, Button, Checkbox, Field, Select, TextArea } from '../ui.tsx';

export interface ServiceFormValues {
  name: string;
  slug: string;
  description: string;
  durationMinutes: number;
  /** Major units as typed; empty when free. */
  price: string;
  currency: string;
  bufferMinutes: number;
  minNoticeHours: number;
  maxPerDay: number | null;
  maxDaysAhead: number;
  cancelNoticeHours: number;
  locationKind: 'video' | 'phone' | 'in_person';
  locationDetail: string;
  active: boolean;
}

export const newServiceValues: ServiceFormValues = {
  name: '',
  slug: '',
  description: '',
  durationMinutes: 30,
  price: '',
  currency: 'USD',
  bufferMinutes: 0,
  minNoticeHours: 1,
  maxPerDay: null,
  maxDaysAhead: 60,
  cancelNoticeHours: 24,
  locationKind: 'video',
  locationDetail: '',
  active: true,
};

const locationChoices = [
  ['video', 'Video call'],
  ['phone', 'Phone call'],
  ['in_person', 'In person'],
] as const;

/**
 * A bookable service's fields, for creating and editing. Errors are the contract's messages, next to
 * their fields; what was typed stays (the form is not reset on a refusal).
 */
export function ServiceForm({
  values,
  errors = {},
  currencies,
  intent,
  submitLabel,
  readOnly,
}: {
  values: ServiceFormValues;
  errors?: Record<string, string>;
  currencies: readonly string[];
  intent?: string;
  submitLabel: string;
  readOnly?: boolean;
}) {
  return (
    <ActionForm intent={intent} className="space-y-5" aria-label="Service" noValidate>
      <fieldset disabled={readOnly} className="space-y-5">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Name"
            name="name"
            required
            maxLength={120}
            defaultValue={values.name}
            error={errors.name}
          />
          <Field
            label="Address on your site"
            name="slug"
            required
            maxLength={100}
            defaultValue={values.slug}
            error={errors.slug}
            hint="Visitors book at /book/<address>: lowercase letters, digits and dashes."
          />
        </div>
        <TextArea
          label="Description"
          name="description"
          rows={3}
          maxLength={2000}
          defaultValue={values.description}
          error={errors.description}
        />
        <div className="grid gap-4 sm:grid-cols-3">
          <Field
            label="Duration (minutes)"
            name="durationMinutes"
            type="number"
            min={5}
            max={480}
            step={5}
            required
            defaultValue={values.durationMinutes}
            error={errors.durationMinutes}
          />
          <Field
            label="Buffer after (minutes)"
            name="bufferMinutes"
            type="number"
            min={0}
            max={240}
            step={5}
            defaultValue={values.bufferMinutes}
            error={errors.bufferMinutes}
            hint="Kept free after each call."
          />
          <Field
            label="Minimum notice (hours)"
            name="minNoticeHours"
            type="number"
            min={0}
            max={1440}
            defaultValue={values.minNoticeHours}
            error={errors.minNoticeHours}
          />
          <Field
            label="At most per day"
            name="maxPerDay"
            type="number"
            min={1}
            max={100}
            defaultValue={values.maxPerDay ?? ''}
            error={errors.maxPerDay}
            hint="Empty: no limit."
          />
          <Field
            label="Bookable days ahead"
            name="maxDaysAhead"
            type="number"
            min={1}
            max={365}
            required
            defaultValue={values.maxDaysAhead}
            error={errors.maxDaysAhead}
          />
          <Field
            label="Buyer may cancel until (hours before)"
            name="cancelNoticeHours"
            type="number"
            min={0}
            max={720}
            required
            defaultValue={values.cancelNoticeHours}
            error={errors.cancelNoticeHours}
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Price"
            name="price"
            inputMode="decimal"
            defaultValue={values.price}
            error={errors.price}
            hint="Like 49.00. Empty: a free call."
          />
          <Select label="Currency" name="currency" defaultValue={values.currency} error={errors.currency}>
            {currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <Select
            label="Where"
            name="locationKind"
            defaultValue={values.locationKind}
            error={errors.locationKind}
          >
            {locationChoices.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
          <Field
            label="Link, number or address"
            name="locationDetail"
            maxLength={500}
            defaultValue={values.locationDetail}
            error={errors.locationDetail}
            hint="Sent only to the buyer, in the confirmation."
            className="sm:col-span-2"
          />
        </div>
        <Checkbox label="Active: visitors can book it" name="active" defaultChecked={values.active} />
      </fieldset>
      {readOnly ? null : (
        <Button type="submit" intent={intent}>
          {submitLabel}
        </Button>
      )}
    </ActionForm>
  );
}
