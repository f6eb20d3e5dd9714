import { contactFieldTypes } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import {
  ActionForm,
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  Field,
  PageHeader,
  Select,
  TextArea,
} from '../components/ui.tsx';
import { choicesFromForm, typedValues } from '../lib/contact-form.ts';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult, fail } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Custom fields · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.view');
  const fields = await crmService.listContactFields(depsOf(context), ctx.scope);
  return { fields, canManage: ctx.can('crm.manage') };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'crm.manage');
  const fieldId = String(form.get('fieldId') ?? '');
  const extra = { intent, targetId: fieldId || undefined, values: typedValues(form) };
  try {
    switch (intent) {
      case 'create': {
        const field = await crmService.createContactField(deps, ctx.scope, ctx.actor, {
          key: String(form.get('key') ?? '').trim(),
          label: String(form.get('label') ?? ''),
          type: String(form.get('type') ?? '') as (typeof contactFieldTypes)[number],
          options: choicesFromForm(form),
        });
        return { ok: true as const, intent, message: `Field “${field.label}” added.` };
      }
      case 'update': {
        // A field without choices posts none: only its label changes.
        const options = form.has('options') ? (choicesFromForm(form) ?? []) : undefined;
        const field = await crmService.updateContactField(deps, ctx.scope, ctx.actor, fieldId, {
          label: String(form.get('label') ?? ''),
          ...(options ? { options } : {}),
        });
        return { ok: true as const, intent, targetId: fieldId, message: `Field “${field.label}” saved.` };
      }
      case 'delete':
        if (form.get('confirm') !== 'on')
          return fail('Tick the box to confirm the deletion.', { confirm: 'Confirm the deletion' }, extra);
        await crmService.deleteContactField(deps, ctx.scope, ctx.actor, fieldId);
        return { ok: true as const, intent, message: 'Field deleted, with every contact’s value of it.' };
      default:
        throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    return appErrorToResult(err, extra);
  }
}

type Reply =
  | {
      ok?: boolean;
      intent?: string;
      message?: string;
      targetId?: string;
      fieldErrors?: Record<string, string>;
      values?: Record<string, string>;
    }
  | undefined;
type FieldView = ReturnType<typeof useLoaderData<typeof loader>>['fields'][number];

const kindLabel: Record<string, string> = { text: 'Text', number: 'Number', date: 'Date', choice: 'Choice' };

/** The reply when it is about this form (one page holds the new-field form and one form per field). */
function replyFor(r: Reply, intent: string, targetId?: string) {
  if (r?.intent !== intent || (targetId !== undefined && r.targetId !== targetId)) return undefined;
  const failed = r.ok === false;
  return {
    ok: r.ok === true,
    failed,
    message: r.message,
    error: (path: string) => r.fieldErrors?.[path] ?? r.fieldErrors?.[`${path}.0`],
    // After a refused save the form shows what was typed, not what is stored.
    value: (name: string, saved: string) => (failed && r.values ? (r.values[name] ?? '') : saved),
  };
}

function NewField({ r }: { r: Reply }) {
  const mine = replyFor(r, 'create');
  const value = (name: string, saved = '') => mine?.value(name, saved) ?? saved;
  return (
    <Card className="mb-6">
      <h2 className="text-base font-semibold text-slate-900">New field</h2>
      <ActionForm
        intent="create"
        resetOnSuccess
        className="mt-4 grid gap-4 sm:grid-cols-2"
        aria-label="New field"
      >
        <Field
          label="Label"
          name="label"
          required
          maxLength={80}
          defaultValue={value('label')}
          error={mine?.error('label')}
        />
        <Field
          label="Key"
          name="key"
          required
          maxLength={40}
          hint="How imports and the API name it: lower-case letters, digits and underscores, like plan."
          defaultValue={value('key')}
          error={mine?.error('key')}
        />
        <Select label="Kind" name="type" defaultValue={value('type', 'text')} error={mine?.error('type')}>
          {contactFieldTypes.map((t) => (
            <option key={t} value={t}>
              {kindLabel[t]}
            </option>
          ))}
        </Select>
        <TextArea
          label="Choices"
          name="options"
          rows={3}
          hint="For a choice field: one choice per line."
          defaultValue={value('options')}
          error={mine?.error('options')}
        />
        {mine?.failed && mine.message ? (
          <div className="sm:col-span-2">
            <Alert>{mine.message}</Alert>
          </div>
        ) : null}
        {mine?.ok ? (
          <div className="sm:col-span-2">
            <Alert tone="success">{mine.message}</Alert>
          </div>
        ) : null}
        <div>
          <Button type="submit">Add field</Button>
        </div>
      </ActionForm>
    </Card>
  );
}

function FieldRow({ field: f, r, canManage }: { field: FieldView; r: Reply; canManage: boolean }) {
  const edit = replyFor(r, 'update', f.id);
  const del = replyFor(r, 'delete', f.id);
  const choices = (f.options ?? []).join('\n');
  return (
    <li className="py-4" data-field={f.key}>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-semibold text-slate-900">{f.label}</span>
        <code className="text-xs text-slate-600">{f.key}</code>
        <Badge tone="slate">{kindLabel[f.type] ?? f.type}</Badge>
      </p>
      {f.options ? <p className="mt-1 break-words text-sm text-slate-600">{f.options.join(' · ')}</p> : null}
      {canManage ? (
        <div className="mt-3 grid gap-4 lg:grid-cols-[2fr_1fr]">
          <ActionForm
            key={`${f.label}\n${choices}`}
            intent="update"
            className="grid gap-3 sm:grid-cols-2 sm:items-start"
            aria-label={`Edit ${f.label}`}
          >
            <input type="hidden" name="fieldId" value={f.id} />
            <Field
              id={`label-${f.id}`}
              label="Label"
              name="label"
              required
              maxLength={80}
              defaultValue={edit?.value('label', f.label) ?? f.label}
              error={edit?.error('label')}
            />
            {f.type === 'choice' ? (
              <TextArea
                id={`options-${f.id}`}
                label="Choices"
                name="options"
                rows={3}
                hint="One per line."
                defaultValue={edit?.value('options', choices) ?? choices}
                error={edit?.error('options')}
              />
            ) : null}
            {edit?.ok ? (
              <div className="sm:col-span-2">
                <Alert tone="success">{edit.message}</Alert>
              </div>
            ) : null}
            <div className="sm:col-span-2">
              <Button type="submit" variant="secondary" size="sm">
                Save field
              </Button>
            </div>
          </ActionForm>
          <ActionForm
            intent="delete"
            className="flex flex-col items-start gap-2"
            aria-label={`Delete ${f.label}`}
          >
            <input type="hidden" name="fieldId" value={f.id} />
            <label className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" name="confirm" required className="size-4 rounded border-slate-300" />
              Delete, with every contact’s value
            </label>
            {del?.failed ? <p className="text-sm text-red-700">{del.message}</p> : null}
            <Button type="submit" variant="danger" size="sm">
              Delete field
            </Button>
          </ActionForm>
        </div>
      ) : null}
    </li>
  );
}

export default function ContactFields() {
  const { fields, canManage } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as Reply;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link to="/contacts" className="font-semibold text-indigo-700 hover:underline">
          ← Contacts
        </Link>
      </p>
      <PageHeader
        title="Custom fields"
        description="What you keep about each contact beyond the basics. A field’s key and kind stay once made; its label and choices may change."
      />
      {canManage ? <NewField r={r} /> : null}
      {r?.intent === 'delete' && r.ok ? (
        <div className="mb-4">
          <Alert tone="success">{r.message}</Alert>
        </div>
      ) : null}
      <Card>
        {fields.length === 0 ? (
          <EmptyState title="No custom fields yet">
            Add one above; each contact then has a value for it.
          </EmptyState>
        ) : (
          <ul className="-my-4 divide-y divide-slate-100" aria-label="Custom fields">
            {fields.map((f) => (
              <FieldRow key={f.id} field={f} r={r} canManage={canManage} />
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
