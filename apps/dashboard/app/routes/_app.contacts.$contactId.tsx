import type { ConsentStatus } from '@mewayz/contracts';
import { crmService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { ConsentBadge } from '../components/consent.tsx';
import {
  ActionForm,
  Alert,
  Badge,
  Button,
  Card,
  Field,
  PageHeader,
  Select,
  TextArea,
} from '../components/ui.tsx';
import { contactPatchFromForm, typedValues } from '../lib/contact-form.ts';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult, fail } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [
  { title: `${d?.contact.name ?? d?.contact.email ?? 'Contact'} · Mewayz` },
];

async function notFoundAs404<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (err) {
    if ((err as { status?: number }).status === 404)
      throw new Response('Contact not found.', { status: 404 });
    throw err;
  }
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.view');
  const deps = depsOf(context);
  const { contact, timeline } = await notFoundAs404(
    crmService.getContactWithTimeline(deps, ctx.scope, params.contactId ?? ''),
  );
  const fields = await crmService.listContactFields(deps, ctx.scope);
  return {
    contact,
    timeline,
    fields: fields.map((f) => ({
      key: f.key,
      label: f.label,
      type: f.type,
      options: f.options,
      value: contact.fields[f.key] ?? null,
    })),
    canManage: ctx.can('crm.manage'),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'crm.manage');
  const id = params.contactId ?? '';
  try {
    switch (intent) {
      case 'note':
        await crmService.addContactNote(deps, ctx.scope, ctx.actor, id, {
          body: String(form.get('body') ?? ''),
        });
        return { ok: true as const, intent, message: 'Note added.' };
      case 'edit': {
        const defs = await crmService.listContactFields(deps, ctx.scope);
        const patch = contactPatchFromForm(
          form,
          defs.map((d) => d.key),
        );
        await crmService.updateContact(deps, ctx.scope, ctx.actor, id, patch, 'dashboard');
        return { ok: true as const, intent, message: 'Details saved.' };
      }
      case 'erase':
        if (form.get('confirm') !== 'on')
          return fail('Tick the box to confirm the erasure.', { confirm: 'Confirm the erasure' }, { intent });
        await crmService.deleteContact(deps, ctx.scope, ctx.actor, id);
        return redirect('/contacts', 303);
      default:
        throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    return appErrorToResult(err, { intent, ...(intent === 'edit' ? { values: typedValues(form) } : {}) });
  }
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;
type Reply =
  | {
      ok?: boolean;
      intent?: string;
      message?: string;
      fieldErrors?: Record<string, string>;
      values?: Record<string, string>;
    }
  | undefined;

/** The first error under a path (`tags` also answers for `tags.2`, one bad tag of the list). */
function errorAt(errors: Record<string, string> | undefined, path: string) {
  if (!errors) return undefined;
  return errors[path] ?? Object.entries(errors).find(([k]) => k.startsWith(`${path}.`))?.[1];
}

/**
 * The details form: the contact's own fields, its tags and one input per custom field, of the field's
 * kind. Consent is not here: it changes through the contact's own actions (signup, unsubscribe link).
 */
function EditDetails({
  contact,
  fields,
  r,
}: {
  contact: Loaded['contact'];
  fields: Loaded['fields'];
  r: Reply;
}) {
  const failed = r?.intent === 'edit' && r.ok === false;
  const saved: Record<string, string> = {
    email: contact.email,
    name: contact.name ?? '',
    phone: contact.phone ?? '',
    company: contact.company ?? '',
    tags: contact.tags.join(', '),
    ...Object.fromEntries(fields.map((f) => [`fields.${f.key}`, f.value === null ? '' : String(f.value)])),
  };
  // After a refused save the page shows what was typed, not what is stored.
  const value = (name: string) => (failed && r?.values ? (r.values[name] ?? '') : saved[name]);
  const err = (path: string) => (r?.intent === 'edit' ? errorAt(r.fieldErrors, path) : undefined);
  return (
    <details className="mt-6 border-t border-slate-100 pt-4" open={failed || undefined}>
      <summary className="cursor-pointer text-sm font-semibold text-indigo-700">Edit details</summary>
      {/* Remounted when the stored values change, so a saved form shows what core kept (tags lower-cased). */}
      <ActionForm
        key={JSON.stringify(saved)}
        intent="edit"
        className="mt-4 flex flex-col gap-4"
        aria-label="Edit details"
      >
        {failed && r?.message ? <Alert>{r.message}</Alert> : null}
        <Field
          label="Email"
          name="email"
          type="email"
          required
          defaultValue={value('email')}
          error={err('email')}
        />
        <Field label="Name" name="name" maxLength={120} defaultValue={value('name')} error={err('name')} />
        <Field label="Phone" name="phone" type="tel" defaultValue={value('phone')} error={err('phone')} />
        <Field
          label="Company"
          name="company"
          maxLength={120}
          defaultValue={value('company')}
          error={err('company')}
        />
        <Field
          label="Tags"
          name="tags"
          hint="Separate tags with commas."
          defaultValue={value('tags')}
          error={err('tags')}
        />
        {fields.map((f) => {
          const name = `fields.${f.key}`;
          if (f.type === 'choice')
            return (
              <Select key={f.key} label={f.label} name={name} defaultValue={value(name)} error={err(name)}>
                <option value="">—</option>
                {(f.options ?? []).map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </Select>
            );
          return (
            <Field
              key={f.key}
              label={f.label}
              name={name}
              type={f.type === 'number' ? 'number' : f.type === 'date' ? 'date' : 'text'}
              step={f.type === 'number' ? 'any' : undefined}
              defaultValue={value(name)}
              error={err(name)}
            />
          );
        })}
        {r?.intent === 'edit' && r.ok ? <Alert tone="success">{r.message}</Alert> : null}
        <div>
          <Button type="submit">Save details</Button>
        </div>
      </ActionForm>
    </details>
  );
}

const kindLabel: Record<string, string> = {
  signup: 'Signup',
  order: 'Order',
  note: 'Note',
  created: 'Added',
  edited: 'Edited',
};

export default function ContactPage() {
  const { contact, timeline, fields, canManage } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as Reply;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link to="/contacts" className="font-semibold text-indigo-700 hover:underline">
          ← Contacts
        </Link>
      </p>
      <PageHeader
        title={contact.name ?? contact.email}
        description={contact.name ? contact.email : undefined}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <Card>
          <h2 className="text-base font-semibold text-slate-900">Details</h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">Consent</dt>
            <dd>
              <ConsentBadge status={contact.consentStatus as ConsentStatus} />
              {contact.consentChangedAt ? (
                <span className="mt-1 block text-xs text-slate-600">
                  since {contact.consentChangedAt.slice(0, 10)} via {contact.consentMethod ?? 'unknown'}
                </span>
              ) : null}
            </dd>
            <dt className="text-slate-600">Source</dt>
            <dd className="text-slate-900">{contact.source.replace('_', ' ')}</dd>
            {contact.phone ? (
              <>
                <dt className="text-slate-600">Phone</dt>
                <dd className="text-slate-900">{contact.phone}</dd>
              </>
            ) : null}
            {contact.company ? (
              <>
                <dt className="text-slate-600">Company</dt>
                <dd className="text-slate-900">{contact.company}</dd>
              </>
            ) : null}
            <dt className="text-slate-600">Score</dt>
            <dd className="tabular-nums text-slate-900">{contact.score}</dd>
            {fields.map((f) => (
              <div key={f.key} className="contents">
                <dt className="text-slate-600">{f.label}</dt>
                <dd className="break-words text-slate-900">{f.value ?? '—'}</dd>
              </div>
            ))}
            <dt className="text-slate-600">Tags</dt>
            <dd className="flex flex-wrap gap-1.5">
              {contact.tags.length
                ? contact.tags.map((t) => (
                    <Badge key={t} tone="indigo">
                      {t}
                    </Badge>
                  ))
                : '—'}
            </dd>
          </dl>
          {canManage ? <EditDetails contact={contact} fields={fields} r={r} /> : null}
          <div className="mt-6 flex flex-wrap gap-3 border-t border-slate-100 pt-4">
            <a
              href={`/contacts/${contact.id}/export.json`}
              className="rounded-lg px-3 py-2 text-sm font-semibold text-indigo-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
            >
              Export data (JSON)
            </a>
            {canManage ? (
              <ActionForm
                intent="erase"
                className="flex flex-wrap items-center gap-3"
                aria-label="Erase contact"
              >
                <label className="flex items-center gap-2 text-sm text-slate-700">
                  <input
                    type="checkbox"
                    name="confirm"
                    required
                    className="size-4 rounded border-slate-300"
                  />
                  Erase for good, with its timeline
                </label>
                <Button type="submit" variant="danger">
                  Erase contact
                </Button>
              </ActionForm>
            ) : null}
          </div>
        </Card>
        <Card>
          <h2 className="text-base font-semibold text-slate-900">Timeline</h2>
          {canManage ? (
            <ActionForm
              intent="note"
              resetOnSuccess
              className="mt-3 flex flex-col gap-3"
              aria-label="Add a note"
            >
              <TextArea
                label="Note"
                name="body"
                rows={3}
                required
                maxLength={5000}
                error={r?.intent === 'note' ? r.fieldErrors?.body : undefined}
              />
              {r?.intent === 'note' && r.ok ? <Alert tone="success">{r.message}</Alert> : null}
              <div>
                <Button type="submit">Add note</Button>
              </div>
            </ActionForm>
          ) : null}
          <ol className="mt-6 space-y-4" aria-label="Timeline">
            {timeline.map((e) => (
              <li key={e.id} className="border-l-2 border-slate-200 pl-4" data-kind={e.kind}>
                <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                  <Badge tone={e.kind === 'order' ? 'green' : e.kind === 'note' ? 'amber' : 'slate'}>
                    {kindLabel[e.kind] ?? e.kind}
                  </Badge>
                  <time dateTime={e.occurredAt}>{e.occurredAt.replace('T', ' ').slice(0, 16)} UTC</time>
                  {e.kind === 'order' && e.refId ? (
                    <Link to={`/orders/${e.refId}`} className="font-semibold text-indigo-700 hover:underline">
                      View order
                    </Link>
                  ) : null}
                </p>
                {/* A note shows whole (its summary is its first line); other entries their summary. */}
                <p className="mt-1 whitespace-pre-line break-words text-sm text-slate-900">
                  {e.kind === 'note' && e.body ? e.body : e.summary}
                </p>
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </>
  );
}
