import type { FieldMetadata } from '@conform-to/react';
import { countryName, everywhereElse } from '@mewayz/contracts';
import { FormField, FormSelect } from '../form.tsx';

type Row = FieldMetadata<
  { country?: string; amount?: string } | undefined,
  Record<string, unknown>,
  string[]
>;

/**
 * A physical product's shipping prices: one row per destination, "Everywhere else" for the rest of
 * the platform's countries. Blank rows come with the page, so rates can be added without JavaScript;
 * a row left blank is no rate, and no rows at all means free shipping.
 */
export function ShippingRates({
  rows,
  error,
  shipsTo,
  priceHint,
}: {
  rows: Row[];
  error?: string;
  shipsTo: readonly string[];
  priceHint: string;
}) {
  const named = [...shipsTo].map((c) => ({ value: c, label: countryName(c) }));
  named.sort((a, b) => a.label.localeCompare(b.label, 'en'));
  return (
    <fieldset className="min-w-0 space-y-3 border-t border-slate-100 pt-5">
      <legend className="float-left text-sm font-semibold text-slate-900">Shipping</legend>
      <p className="clear-left text-xs text-slate-600">
        {error ? (
          <span className="font-medium text-red-700">{error}</span>
        ) : (
          'A price per order for each destination; buyers choose theirs before paying. No rates: free shipping to every country you sell in.'
        )}
      </p>
      <div className="space-y-2">
        {rows.map((row, i) => {
          const cells = row.getFieldset();
          const saved = cells.country.initialValue;
          const options = [
            { value: '', label: 'No rate' },
            { value: everywhereElse, label: countryName(everywhereElse) },
            ...(saved && saved !== everywhereElse && !shipsTo.includes(saved)
              ? [{ value: saved, label: countryName(saved) }]
              : []),
            ...named,
          ];
          return (
            <div key={row.key} className="grid grid-cols-2 gap-2" data-testid="shipping-rate">
              <FormSelect meta={cells.country} label={`Destination ${i + 1}`} options={options} />
              <FormField
                meta={cells.amount}
                label={`Price ${i + 1}`}
                inputMode="decimal"
                hint={i === 0 ? priceHint : undefined}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
