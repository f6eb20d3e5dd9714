import type { SubmissionResult } from '@conform-to/react';
import { moneyInputExample } from '@mewayz/contracts';
import { useMemo } from 'react';
import { maxAttributes, variantFormSchema } from '../../lib/catalog/forms.ts';
import { type CatalogResult, replyFor } from '../../lib/catalog/intent.ts';
import type { ProductEditorPage } from '../../lib/catalog/pages.server.ts';
import { FormField, MewayzForm, useMewayzForm } from '../form.tsx';
import { ActionForm, Badge, Button, Card } from '../ui.tsx';
import { SkuField, StockField } from './fields.tsx';
import { MoveButtons } from './move-buttons.tsx';

type Variant = ProductEditorPage['variants'][number];
type Defaults = Variant['defaults'];

/**
 * One variant's form, new or saved. Attributes are key/value rows: the saved ones and one empty row
 * to add another (two for a new variant); a row emptied is an attribute removed.
 */
function VariantForm({
  formId,
  intent,
  variantId,
  currency,
  productPrice,
  defaults,
  lastResult,
  submitLabel,
}: {
  formId: string;
  intent: 'addVariant' | 'updateVariant';
  variantId?: string;
  currency: string;
  productPrice: string;
  defaults?: Defaults;
  lastResult?: SubmissionResult<string[]>;
  submitLabel: string;
}) {
  const isNew = intent === 'addVariant';
  const schema = useMemo(() => variantFormSchema(currency, { priceRequired: !isNew }), [currency, isNew]);
  const saved = defaults?.attributes ?? [];
  const rows = Math.min(maxAttributes, Math.max(saved.length + 1, 2));
  const [form, fields] = useMewayzForm(schema, {
    id: formId,
    lastResult,
    defaultValue: {
      ...defaults,
      attributes: Array.from({ length: rows }, (_, i) => saved[i] ?? { key: '', value: '' }),
    },
  });
  const list = fields.attributes.getFieldList();
  const example = moneyInputExample(currency);
  return (
    <MewayzForm form={form} intent={intent} className="space-y-4">
      {variantId ? <input type="hidden" name="variantId" value={variantId} /> : null}
      <fieldset className="min-w-0">
        <legend className="text-sm font-medium text-slate-800">Attributes</legend>
        <p className="mt-0.5 text-xs text-slate-600">
          {fields.attributes.errors?.[0] ? (
            <span className="font-medium text-red-700" id={`${formId}-attributes-error`}>
              {fields.attributes.errors[0]}
            </span>
          ) : (
            'Like size = M or colour = Blue. Empty a row to drop it.'
          )}
        </p>
        <div className="mt-1 space-y-2">
          {list.map((row, i) => {
            const cells = row.getFieldset();
            return (
              <div key={row.key} className="grid grid-cols-2 gap-2">
                <FormField
                  meta={cells.key}
                  label={`Attribute ${i + 1} name`}
                  placeholder={saved.length ? undefined : i === 0 ? 'size' : 'colour'}
                  className="[&>label]:sr-only"
                />
                <FormField
                  meta={cells.value}
                  label={`Attribute ${i + 1} value`}
                  placeholder={saved.length ? undefined : i === 0 ? 'M' : 'Blue'}
                  className="[&>label]:sr-only"
                />
              </div>
            );
          })}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          meta={fields.name}
          label="Name (optional)"
          placeholder="M / Blue"
          hint="Empty: made from the values."
        />
        <SkuField meta={fields.sku} />
        <FormField
          meta={fields.price}
          label={isNew ? 'Price (optional)' : 'Price'}
          inputMode="decimal"
          hint={isNew ? `Empty: the product’s ${productPrice}.` : `In ${currency}, like ${example}.`}
        />
        <FormField
          meta={fields.compareAtPrice}
          label="Compare-at price (optional)"
          inputMode="decimal"
          hint={`In ${currency}, higher than the price.`}
        />
        <StockField meta={fields.stock} hint="Empty: sold without counting." />
      </div>
      <Button type="submit" size="sm" intent={intent}>
        {submitLabel}
      </Button>
    </MewayzForm>
  );
}

function stockBadge(stock: number | null) {
  if (stock === null) return <Badge>not counted</Badge>;
  if (stock === 0) return <Badge tone="red">sold out</Badge>;
  return <Badge tone="green">{stock} in stock</Badge>;
}

/** A physical product's variants: their details, order, edits and removal, and a form for a new one. */
export function ProductVariants({
  variants,
  currency,
  productPrice,
  canManage,
  result,
}: {
  variants: Variant[];
  currency: string;
  productPrice: string;
  canManage: boolean;
  result?: CatalogResult;
}) {
  const addReply = replyFor(result, 'addVariant', 'new');
  return (
    <Card
      id="variants"
      title="Variants"
      description="Sizes, colours or editions, each with its own price, SKU and stock, in the order buyers see them."
    >
      <div className="space-y-5">
        {variants.length === 0 ? (
          <p className="text-sm text-slate-600">No variants: the product is sold as one item.</p>
        ) : (
          <ol className="divide-y divide-slate-100" aria-label="Variants in order">
            {variants.map((v, i) => {
              const editReply = replyFor(result, 'updateVariant', v.id);
              return (
                <li key={v.id} className="py-3 first:pt-0" data-testid="product-variant">
                  <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
                    <div className="min-w-0 flex-1 basis-48">
                      <p className="font-medium break-words text-slate-900">{v.name}</p>
                      <p className="text-xs text-slate-600">
                        {v.attributes.map(([k, val]) => `${k}: ${val}`).join(' · ')}
                        {v.sku ? ` · SKU ${v.sku}` : ''}
                      </p>
                    </div>
                    <p className="text-sm tabular-nums text-slate-900">
                      {v.price}
                      {v.compareAtPrice ? (
                        <s className="ml-1.5 text-slate-600">
                          <span className="sr-only">was </span>
                          {v.compareAtPrice}
                        </s>
                      ) : null}
                    </p>
                    {stockBadge(v.stock)}
                    {canManage ? (
                      <MoveButtons
                        intent="moveVariant"
                        idField="variantId"
                        id={v.id}
                        name={v.name}
                        index={i}
                        count={variants.length}
                      />
                    ) : null}
                  </div>
                  {canManage ? (
                    <details className="group mt-2" open={editReply?.status === 'error'}>
                      <summary className="cursor-pointer text-sm font-medium text-indigo-700 hover:underline">
                        Edit<span className="sr-only"> {v.name}</span>
                      </summary>
                      <div className="mt-3 space-y-4 rounded-lg bg-slate-50 p-4">
                        <VariantForm
                          key={`${v.id}:${JSON.stringify(v.defaults)}`}
                          formId={`variant-${v.id}`}
                          intent="updateVariant"
                          variantId={v.id}
                          currency={currency}
                          productPrice={productPrice}
                          defaults={v.defaults}
                          lastResult={editReply}
                          submitLabel="Save variant"
                        />
                        <ActionForm intent="removeVariant" className="border-t border-slate-200 pt-4">
                          <input type="hidden" name="variantId" value={v.id} />
                          <Button type="submit" size="sm" variant="danger" intent="removeVariant">
                            Remove {v.name}
                          </Button>
                        </ActionForm>
                      </div>
                    </details>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
        {canManage ? (
          <details
            id="add-variant"
            className="rounded-lg ring-1 ring-slate-200"
            // Open for the first variant, and after adding one, for the next.
            open={variants.length === 0 || result?.intent === 'addVariant'}
          >
            <summary className="cursor-pointer px-4 py-3 text-sm font-semibold text-slate-900">
              Add a variant
            </summary>
            <div className="border-t border-slate-100 p-4">
              <VariantForm
                formId="new-variant"
                intent="addVariant"
                currency={currency}
                productPrice={productPrice}
                lastResult={addReply}
                submitLabel="Add variant"
              />
            </div>
          </details>
        ) : null}
      </div>
    </Card>
  );
}
