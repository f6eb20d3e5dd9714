import { useFetcher } from '@remix-run/react';
import { type FormEvent, useEffect, useRef } from 'react';
import type { action as previewAction } from '../../routes/campaigns.templates.preview.tsx';
import { ActionForm, Alert, Button, Card, Field, TextArea } from '../ui.tsx';
import { FieldList, inboxFields } from './field-list.tsx';

export interface TemplatePreview {
  html: string;
  text: string;
  subject: string;
  warnings: string[];
}

export interface TemplateValues {
  name: string;
  subject: string;
  previewText: string;
  mjml: string;
}

/** What core fills in per contact; custom fields join by their key. */
const builtInFields = [
  ['first_name', 'First word of the name'],
  ['last_name', 'The rest of the name'],
  ['name', 'Full name'],
  ['email', 'Email address'],
  ['company', 'Company'],
] as const;

const PREVIEW_DELAY_MS = 400;

/**
 * The template form with its live preview: every change posts the form, debounced, to the preview
 * route, and the rendered HTML replaces the frame's `srcdoc`. The frame is sandboxed without scripts
 * or same-origin, so nothing in a template runs in the dashboard. Without JavaScript, the "Preview"
 * button posts to the page's own action, which answers with the same rendering.
 */
export function TemplateEditor({
  values,
  preview,
  errors,
  message,
  customFields,
  canManage,
}: {
  values: TemplateValues;
  preview: TemplatePreview | null;
  errors: Record<string, string>;
  message?: string;
  customFields: { key: string; label: string }[];
  canManage: boolean;
}) {
  const live = useFetcher<typeof previewAction>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const onInput = (e: FormEvent<HTMLFormElement>) => {
    const form = e.currentTarget;
    clearTimeout(timer.current);
    timer.current = setTimeout(
      () => live.submit(form, { method: 'post', action: '/campaigns/templates/preview' }),
      PREVIEW_DELAY_MS,
    );
  };
  const answer = live.data as { ok?: boolean; preview?: TemplatePreview; message?: string } | undefined;
  // While the MJML is half-typed and does not render, the last rendering stays in view.
  const lastGood = useRef<TemplatePreview | null>(null);
  if (answer?.ok) lastGood.current = answer.preview!;
  const shown = lastGood.current ?? preview;
  const liveProblem = answer && !answer.ok ? answer.message : undefined;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title="Template">
        {message ? (
          <div className="mb-4">
            <Alert>{message}</Alert>
          </div>
        ) : null}
        <ActionForm onInput={onInput} className="space-y-4" aria-label="Template">
          <fieldset disabled={!canManage} className="min-w-0 space-y-4">
            <Field
              label="Name"
              name="name"
              required
              maxLength={120}
              defaultValue={values.name}
              error={errors.name}
            />
            <FieldList specs={inboxFields} values={values} errors={errors} />
            <TextArea
              label="Body (MJML)"
              name="mjml"
              required
              rows={16}
              spellCheck={false}
              defaultValue={values.mjml}
              error={errors.mjml}
              className="[&_textarea]:font-mono"
              hint={
                <>
                  Responsive email markup: <code>&lt;mj-section&gt;</code>, <code>&lt;mj-column&gt;</code>,{' '}
                  <code>&lt;mj-text&gt;</code>, <code>&lt;mj-button href=…&gt;</code>,{' '}
                  <code>&lt;mj-image&gt;</code>. The footer with your postal address and the unsubscribe link
                  is added to every email.
                </>
              }
            />
          </fieldset>
          <div className="flex flex-wrap gap-3">
            {canManage ? (
              <Button type="submit" name="_intent" value="save">
                Save template
              </Button>
            ) : null}
            <Button type="submit" name="_intent" value="preview" variant="secondary">
              Preview
            </Button>
          </div>
        </ActionForm>
        <MergeFieldHelp customFields={customFields} />
      </Card>
      <Card title="Preview" description="With a sample contact, Ada Lovelace of Analytical Engines.">
        <div aria-live="polite" className="space-y-3">
          {liveProblem ? <Alert>{liveProblem}</Alert> : null}
          {shown ? (
            <>
              <p className="text-sm break-words text-slate-800">
                <span className="font-medium">Subject:</span>{' '}
                <span data-testid="preview-subject">{shown.subject}</span>
              </p>
              {shown.warnings.length ? (
                <Alert tone="info">
                  MJML warnings: {shown.warnings.slice(0, 3).join(' · ')}
                  {shown.warnings.length > 3 ? ` (and ${shown.warnings.length - 3} more)` : ''}
                </Alert>
              ) : null}
              <iframe
                title="Email preview"
                sandbox=""
                srcDoc={shown.html}
                className="h-[560px] w-full rounded-lg bg-white ring-1 ring-slate-200"
              />
              <details className="rounded-lg ring-1 ring-slate-200" open>
                <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-800">
                  Plain-text part
                </summary>
                <pre
                  data-testid="preview-text"
                  className="max-h-64 overflow-auto border-t border-slate-100 px-3 py-2 text-xs whitespace-pre-wrap break-words text-slate-700"
                >
                  {shown.text}
                </pre>
              </details>
            </>
          ) : (
            <p className="text-sm text-slate-600">The preview shows here once the MJML renders.</p>
          )}
        </div>
      </Card>
    </div>
  );
}

function MergeFieldHelp({ customFields }: { customFields: { key: string; label: string }[] }) {
  const fields = [...builtInFields, ...customFields.map((f) => [f.key, f.label] as const)];
  return (
    <details className="mt-6 rounded-lg bg-slate-50 px-4 py-3 text-sm text-slate-700 ring-1 ring-slate-200">
      <summary className="cursor-pointer font-medium text-slate-900">Merge fields</summary>
      <p className="mt-2">
        Write <code className="font-mono">{'{{ first_name }}'}</code> where the contact’s value goes, or{' '}
        <code className="font-mono">{'{{ first_name | "there" }}'}</code> to say “there” when a contact has
        none. They work in the subject too.
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {fields.map(([key, label]) => (
          <div key={key} className="contents">
            <dt>
              <code className="font-mono text-xs">{key}</code>
            </dt>
            <dd className="text-slate-600">{label}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
