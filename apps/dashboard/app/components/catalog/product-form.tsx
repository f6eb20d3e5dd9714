import type { SubmissionResult } from '@conform-to/react';
import { catalogSlugFrom, moneyInputExample, type ProductKind } from '@mewayz/contracts';
import { Link } from '@remix-run/react';
import { type ReactNode, useMemo, useState } from 'react';
import { downloadExtensions, formatBytes, MAX_DOWNLOAD_BYTES } from '../../lib/catalog/download-file.ts';
import { productFormSchema } from '../../lib/catalog/forms.ts';
import { AiAssist, AiAssistForm } from '../ai-assist.tsx';
import {
  FormCheckbox,
  FormChoices,
  FormField,
  FormSelect,
  FormTextArea,
  MewayzForm,
  useMewayzForm,
} from '../form.tsx';
import { Button } from '../ui.tsx';
import { SkuField, StockField } from './fields.tsx';
import { ShippingRates } from './shipping-rates.tsx';

/** A titled group of the details form. */
function Section({ title, hint, children }: { title: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <div className="space-y-4 border-t border-slate-100 pt-5 first:border-t-0 first:pt-0">
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
        {hint ? <p className="mt-0.5 text-xs text-slate-600">{hint}</p> : null}
      </div>
      {children}
    </div>
  );
}

export interface ProductFormProps {
  kind: ProductKind;
  mode: 'create' | 'edit';
  defaultValue: Record<string, unknown>;
  lastResult?: SubmissionResult<string[]>;
  categories: { id: string; label: string }[];
  currencies: readonly string[];
  /** The platform's shipping countries: the destinations a physical product's rates may name. */
  shipsTo?: readonly string[];
  /** A digital product's stored file. */
  file?: { name: string; size: string | null } | null;
  /** A physical product with variants keeps its stock per variant. */
  hasVariants?: boolean;
  readOnly?: boolean;
}

/**
 * A product's details (everything but images and variants), for creating one of a kind and for
 * editing it. Prices are typed in the currency's major units; the hint follows the chosen currency.
 * Without JavaScript it is a plain form and the action answers with the same messages.
 */
export function ProductForm({
  kind,
  mode,
  defaultValue,
  lastResult,
  categories,
  currencies,
  shipsTo = [],
  file,
  hasVariants,
  readOnly,
}: ProductFormProps) {
  const schema = useMemo(() => productFormSchema(kind), [kind]);
  const [form, fields] = useMewayzForm(schema, { id: 'product', lastResult, defaultValue });
  const seo = fields.seo.getFieldset();
  const download = fields.download.getFieldset();
  const currency = (fields.currency.value as string | undefined) ?? String(defaultValue.currency ?? 'USD');
  const priceHint = `In ${currency}, like ${moneyInputExample(currency)}.`;
  // A new product's slug follows its name until the creator edits the slug itself.
  const [slugEdited, setSlugEdited] = useState(false);
  const followName = mode === 'create' && !slugEdited;
  return (
    <>
      <MewayzForm
        form={form}
        intent={mode === 'edit' ? 'save' : undefined}
        encType={kind === 'digital' ? 'multipart/form-data' : undefined}
      >
        {mode === 'create' ? <input type="hidden" name="kind" value={kind} /> : null}
        <fieldset disabled={readOnly} className="min-w-0 space-y-6">
          <Section title="Basics">
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField
                meta={fields.name}
                label="Name"
                placeholder="Studio Tee"
                onChange={
                  followName
                    ? (e) =>
                        form.update({
                          name: fields.slug.name,
                          value: catalogSlugFrom(e.currentTarget.value, ''),
                        })
                    : undefined
                }
              />
              <FormField
                meta={fields.slug}
                label="Slug"
                placeholder="studio-tee"
                autoCapitalize="none"
                spellCheck={false}
                onChange={() => setSlugEdited(true)}
                hint={
                  mode === 'create'
                    ? 'The product’s address in your store. Made from the name unless you change it.'
                    : 'The product’s address in your store. Changing it breaks links shared so far.'
                }
              />
            </div>
            <FormTextArea
              meta={fields.description}
              label="Description"
              rows={5}
              hint="Markdown: **bold**, *italic*, lists with - and links as [text](https://…)."
            />
            {readOnly ? null : (
              <AiAssist
                task="product_description"
                title="Write the description with AI"
                targetId={fields.description.id}
                defaultBrief={String(defaultValue.name ?? '')}
                current={typeof defaultValue.description === 'string' ? defaultValue.description : null}
                formId={aiFormId}
              />
            )}
          </Section>

          <Section
            title={kind === 'pay_what_you_want' ? 'Price: buyers choose' : 'Price'}
            hint={
              kind === 'pay_what_you_want'
                ? 'Buyers pay at least the minimum; the suggestion is pre-filled.'
                : undefined
            }
          >
            <div className="grid gap-4 sm:grid-cols-3">
              <FormSelect
                meta={fields.currency}
                label="Currency"
                options={currencies.map((c) => ({ value: c, label: c }))}
              />
              {kind === 'pay_what_you_want' ? (
                <>
                  <FormField
                    meta={fields.minPrice}
                    label="Minimum price"
                    inputMode="decimal"
                    hint={priceHint}
                  />
                  <FormField
                    meta={fields.suggestedPrice}
                    label="Suggested price (optional)"
                    inputMode="decimal"
                    hint={priceHint}
                  />
                </>
              ) : (
                <>
                  <FormField
                    meta={fields.price}
                    label="Price"
                    inputMode="decimal"
                    hint={
                      hasVariants ? `${priceHint} Variants without a price of their own use it.` : priceHint
                    }
                  />
                  <FormField
                    meta={fields.compareAtPrice}
                    label="Compare-at price (optional)"
                    inputMode="decimal"
                    hint="The “was” price, shown struck through. Higher than the price."
                  />
                </>
              )}
            </div>
          </Section>

          <Section title="Inventory">
            <div className="grid gap-4 sm:grid-cols-2">
              <SkuField meta={fields.sku} hint="Your own stock-keeping code, unique in this workspace." />
              {kind === 'physical' ? (
                hasVariants ? (
                  <p className="self-center text-sm text-slate-600">Stock is counted per variant, below.</p>
                ) : (
                  <StockField meta={fields.stock} hint="Items on hand. Empty: sold without counting." />
                )
              ) : null}
            </div>
            <FormCheckbox meta={fields.active} label="Active: on sale in your store" />
          </Section>

          {kind === 'physical' ? (
            <ShippingRates
              rows={fields.shipping.getFieldList()}
              error={fields.shipping.errors?.[0]}
              shipsTo={shipsTo}
              priceHint={priceHint}
            />
          ) : null}

          {kind === 'digital' ? (
            <Section
              title="Download"
              hint="Buyers get an expiring link to this file after paying; it is never public."
            >
              <p className="text-sm text-slate-700" data-testid="product-file">
                {file ? (
                  <>
                    Current file: <span className="font-medium break-all text-slate-900">{file.name}</span>
                    {file.size ? ` · ${file.size}` : ' · not found in storage'}
                  </>
                ) : (
                  'No file yet: upload the one buyers get.'
                )}
              </p>
              <FormField
                meta={fields.file as never}
                label={file ? 'Replace the file' : 'File'}
                type="file"
                accept={downloadExtensions.map((e) => `.${e}`).join(',')}
                hint={`ZIP, PDF, EPUB, audio, video, images, fonts or documents, up to ${formatBytes(MAX_DOWNLOAD_BYTES)}.`}
              />
              {file && mode === 'edit' ? (
                <FormCheckbox meta={fields.removeFile} label="Remove the file" />
              ) : null}
              <div className="grid gap-4 sm:grid-cols-2">
                <FormField
                  meta={download.downloadLimit as never}
                  label="Downloads per purchase"
                  type="number"
                  min={1}
                  max={100}
                  inputMode="numeric"
                  hint="How often one buyer may download it (1–100)."
                />
                <FormField
                  meta={download.linkExpiryHours as never}
                  label="Link valid for (hours)"
                  type="number"
                  min={1}
                  max={720}
                  inputMode="numeric"
                  hint="From the purchase, 1 to 720 hours (30 days)."
                />
              </div>
            </Section>
          ) : null}

          <Section title="Categories">
            {categories.length ? (
              <FormChoices
                meta={fields.categoryIds}
                legend="Show in"
                type="checkbox"
                columns="sm:grid-cols-2 lg:grid-cols-3"
                options={categories.map((c) => ({ value: c.id, label: c.label }))}
              />
            ) : (
              <p className="text-sm text-slate-600">
                No categories yet.{' '}
                <Link to="/products/categories" className="font-semibold text-indigo-700 hover:underline">
                  Create some
                </Link>{' '}
                to group your products.
              </p>
            )}
          </Section>

          <Section title="Search engines" hint="Empty fields use the name and the start of the description.">
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField meta={seo.title} label="SEO title (optional)" maxLength={70} />
              <FormField meta={seo.description} label="SEO description (optional)" maxLength={200} />
            </div>
            <FormCheckbox meta={seo.noindex} label="Hide from search engines (noindex)" />
          </Section>

          {readOnly ? null : (
            <div className="border-t border-slate-100 pt-5">
              <Button type="submit" intent={mode === 'edit' ? 'save' : undefined}>
                {mode === 'edit' ? 'Save product' : 'Create product'}
              </Button>
            </div>
          )}
        </fieldset>
      </MewayzForm>
      {readOnly ? null : <AiAssistForm id={aiFormId} />}
    </>
  );
}

/** The AI assist's own form: its controls sit inside the product form, which it cannot nest in. */
const aiFormId = 'ai-product-description';
