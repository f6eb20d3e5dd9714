import { Link, useFetcher } from '@remix-run/react';
import { type ReactNode, useEffect, useState } from 'react';
import type { WizardValues } from '../../lib/campaign-forms.ts';
import type { action as countAction } from '../../routes/campaigns.audience-count.tsx';
import { ActionForm, Alert, Button, Card, cx, Field, Select, TimeZoneInput } from '../ui.tsx';
import { FieldList, type FieldSpec, inboxFields } from './field-list.tsx';

interface Choices {
  templates: { id: string; name: string; subject: string; previewText: string }[];
  segments: { id: string; name: string }[];
  tags: string[];
  sender: { postalAddress: string };
}

const formId = 'campaign-wizard';

const senderFields: FieldSpec[] = [
  { name: 'fromName', label: 'From name', required: true, maxLength: 80 },
  {
    name: 'replyTo',
    label: 'Reply-to address',
    type: 'email',
    maxLength: 254,
    hint: 'Optional: where replies go.',
  },
];

/** One numbered part of the wizard. */
function Step({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0 border-t border-slate-100 pt-5 first:border-0 first:pt-0">
      <legend className="flex items-center gap-2 text-base font-semibold text-slate-900">
        <span className="grid size-6 place-items-center rounded-full bg-indigo-100 text-xs text-indigo-800">
          {n}
        </span>
        {title}
      </legend>
      <div className="mt-4 space-y-4">{children}</div>
    </fieldset>
  );
}

function Radio({
  name,
  value,
  checked,
  onChange,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: (v: string) => void;
  children: ReactNode;
}) {
  return (
    <label className="flex min-w-0 items-center gap-2.5 rounded-lg px-3 py-2 text-sm text-slate-900 ring-1 ring-slate-200 has-[:checked]:bg-indigo-50 has-[:checked]:ring-indigo-300">
      <input
        type="radio"
        name={name}
        value={value}
        defaultChecked={checked}
        onChange={() => onChange(value)}
        className="size-4 shrink-0 border-slate-300 text-indigo-600"
      />
      {children}
    </label>
  );
}

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="mt-1 text-xs font-medium text-red-700">
      {error}
    </p>
  ) : null;
}

/**
 * The campaign wizard: one form in numbered steps (audience, content, sender, when), so it works
 * without JavaScript; with it, the recipient count follows the audience as it changes, and picking
 * a template brings its subject and preview text into empty fields.
 */
export function CampaignWizard({
  choices,
  zone,
  values,
  errors,
  message,
  editing,
}: {
  choices: Choices;
  zone: string;
  values: WizardValues;
  errors: Record<string, string>;
  message?: string;
  /**
   * Editing a saved campaign (posts intent `save`). A scheduled one is not offered "Save as draft":
   * it stays scheduled, at the time shown, or goes now.
   */
  editing?: { status: 'draft' | 'scheduled' };
}) {
  const [audienceType, setAudienceType] = useState(values.audienceType);
  const [when, setWhen] = useState(values.when);
  // ActionForm takes no ref (React 18): the form is found by its id.
  const formOf = () => document.getElementById(formId) as HTMLFormElement | null;
  const counter = useFetcher<typeof countAction>();
  const recount = () => {
    const form = formOf();
    if (form) counter.submit(form, { method: 'post', action: '/campaigns/audience-count' });
  };
  // Parts hidden by the radio buttons stay visible until scripts run, so the form works without them.
  const [hydrated, setHydrated] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: count the audience as first shown, once.
  useEffect(() => {
    setHydrated(true);
    recount();
  }, []);
  const count = counter.data as { ok?: boolean; count?: number; message?: string } | undefined;
  const pickTemplate = (id: string) => {
    const t = choices.templates.find((x) => x.id === id);
    const form = formOf();
    if (!t || !form) return;
    for (const [name, value] of [
      ['subject', t.subject],
      ['previewText', t.previewText],
    ] as const) {
      const input = form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
      if (input && input.value.trim() === '') input.value = value;
    }
  };
  return (
    <Card>
      {message ? (
        <div className="mb-5">
          <Alert>{message}</Alert>
        </div>
      ) : null}
      <ActionForm
        id={formId}
        intent={editing ? 'save' : 'create'}
        aria-label={editing ? 'Edit campaign' : 'New campaign'}
        className="space-y-6"
        onChange={(e) => {
          const { name } = e.target as unknown as { name?: string };
          if (name === 'audienceType' || name === 'segmentId' || name === 'tags') recount();
        }}
      >
        <Field
          label="Campaign name"
          name="name"
          required
          maxLength={120}
          defaultValue={values.name}
          error={errors.name}
          hint="For you; readers never see it."
        />
        <Step n={1} title="Audience">
          <div className="grid gap-2 sm:grid-cols-2" role="radiogroup" aria-label="Send to">
            <Radio
              name="audienceType"
              value="tags"
              checked={audienceType === 'tags'}
              onChange={setAudienceType}
            >
              Contacts with a tag
            </Radio>
            <Radio
              name="audienceType"
              value="segment"
              checked={audienceType === 'segment'}
              onChange={setAudienceType}
            >
              A saved segment
            </Radio>
          </div>
          <div className={cx(hydrated && audienceType !== 'segment' && 'hidden')}>
            {choices.segments.length ? (
              <Select
                label="Segment"
                name="segmentId"
                defaultValue={values.segmentId}
                error={errors.segmentId}
              >
                {choices.segments.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </Select>
            ) : (
              <p className="text-sm text-slate-600">
                No segments yet: <Link to="/contacts/segments">save one</Link> or send to a tag.
              </p>
            )}
          </div>
          <fieldset
            className={cx('min-w-0', hydrated && audienceType !== 'tags' && 'hidden')}
            aria-describedby={errors.tags ? 'tags-error' : undefined}
          >
            <legend className="text-sm font-medium text-slate-800">Any of these tags</legend>
            {choices.tags.length ? (
              <div className="mt-2 flex flex-wrap gap-2">
                {choices.tags.map((t) => (
                  <label
                    key={t}
                    className="flex items-center gap-2 rounded-full px-3 py-1 text-sm ring-1 ring-slate-200 has-[:checked]:bg-indigo-50 has-[:checked]:ring-indigo-300"
                  >
                    <input
                      type="checkbox"
                      name="tags"
                      value={t}
                      defaultChecked={values.tags.includes(t)}
                      className="size-4 rounded border-slate-300 text-indigo-600"
                    />
                    <span className="break-all">{t}</span>
                  </label>
                ))}
              </div>
            ) : (
              <p className="mt-1 text-sm text-slate-600">No contact has a tag yet.</p>
            )}
            <FieldError id="tags-error" error={errors.tags} />
          </fieldset>
          <p className="text-sm font-medium text-slate-800" aria-live="polite" data-testid="audience-count">
            {count
              ? count.ok
                ? `${count.count?.toLocaleString('en-US')} contact${count.count === 1 ? '' : 's'} will get it (subscribed, not suppressed).`
                : `Not counted: ${count.message}`
              : ''}
          </p>
        </Step>
        <Step n={2} title="Content">
          {choices.templates.length ? (
            <Select
              label="Template"
              name="templateId"
              defaultValue={values.templateId}
              error={errors.templateId}
              onChange={(e) => pickTemplate(e.currentTarget.value)}
            >
              {choices.templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </Select>
          ) : (
            <Alert tone="info">
              No templates yet. <Link to="/campaigns/templates/new">Write one first</Link>.
            </Alert>
          )}
          <FieldList specs={inboxFields} values={values} errors={errors} />
        </Step>
        <Step n={3} title="Sender">
          <div className="grid gap-4 sm:grid-cols-2">
            <FieldList specs={senderFields} values={values} errors={errors} />
          </div>
        </Step>
        <Step n={4} title="When">
          <div className="grid gap-2 sm:grid-cols-3" role="radiogroup" aria-label="When to send">
            <Radio name="when" value="now" checked={when === 'now'} onChange={setWhen}>
              Send now
            </Radio>
            <Radio name="when" value="later" checked={when === 'later'} onChange={setWhen}>
              Schedule
            </Radio>
            {editing?.status === 'scheduled' ? null : (
              <Radio name="when" value="draft" checked={when === 'draft'} onChange={setWhen}>
                {editing ? 'Keep as draft' : 'Save as draft'}
              </Radio>
            )}
          </div>
          <FieldError id="when-error" error={errors.when} />
          {errors.when && !choices.sender.postalAddress ? (
            <p className="text-sm">
              <Link to="/settings/email" className="font-semibold text-indigo-700 hover:underline">
                Open Email settings
              </Link>
            </p>
          ) : null}
          <div className={cx(hydrated && when !== 'later' && 'hidden')}>
            <TimeZoneInput zone={zone} />
            <Field
              label="Send at"
              name="at"
              type="datetime-local"
              defaultValue={values.at}
              error={errors.at}
              hint={`Your time zone: ${zone}.`}
              className="sm:max-w-xs"
            />
          </div>
        </Step>
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-5">
          <Button type="submit" intent={editing ? 'save' : 'create'}>
            {submitLabel(hydrated, when, Boolean(editing))}
          </Button>
        </div>
      </ActionForm>
    </Card>
  );
}

/** The button says what it will do, once scripts know which "when" is picked. */
function submitLabel(hydrated: boolean, when: string, editing: boolean): string {
  const verb = editing ? 'Save' : 'Create';
  if (!hydrated) return editing ? 'Save campaign' : 'Create campaign';
  if (when === 'now') return `${verb} and send now`;
  if (when === 'later') return `${verb} and schedule`;
  return 'Save draft';
}
