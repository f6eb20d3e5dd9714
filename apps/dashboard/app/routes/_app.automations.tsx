import { sequenceDelayUnits } from '@mewayz/contracts';
import { sequencesService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
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
} from '../components/ui.tsx';
import { automationsPage, stepsFromForm } from '../lib/automations.server.ts';
import { depsOf } from '../lib/env.server.ts';
import { appErrorToResult } from '../lib/forms.server.ts';
import { revalidateUnlessActionHasPage } from '../lib/fresh-page.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Automations · Mewayz' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.view');
  return automationsPage(ctx, depsOf(context));
}

export const shouldRevalidate = revalidateUnlessActionHasPage;

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'crm.manage');
  // The workspace's own welcome sequence: the form names no sequence, so it cannot name another's.
  const [sequence] = await sequencesService.listSequences(deps, ctx.scope);
  let message: string;
  try {
    if (intent === 'save') {
      const page = await automationsPage(ctx, deps);
      const steps = stepsFromForm(form, page.templates[0]?.id);
      await sequencesService.updateSequenceSteps(deps, ctx.scope, ctx.actor, sequence!.id, { steps });
      message = 'Steps saved.';
    } else if (intent === 'on' || intent === 'off') {
      await sequencesService.setSequenceActive(deps, ctx.scope, ctx.actor, sequence!.id, intent === 'on');
      message =
        intent === 'on'
          ? 'The welcome sequence is on: new subscribers get its emails.'
          : 'The welcome sequence is off: nobody new enters it, and pending emails wait.';
    } else {
      throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    if (err instanceof Response) throw err;
    return appErrorToResult(err, { intent });
  }
  return data({ ok: true as const, intent, message, page: await automationsPage(ctx, deps) });
}

const unitLabels: Record<(typeof sequenceDelayUnits)[number], string> = {
  minutes: 'minutes',
  hours: 'hours',
  days: 'days',
};
const statusTone = { active: 'indigo', completed: 'green', stopped: 'slate' } as const;

function when(iso: string | null) {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
}

export default function Automations() {
  const loaded = useLoaderData<typeof loader>();
  const done = useActionData<typeof action>();
  const { sequence, templates, members, hasPostalAddress, canManage } =
    done && 'page' in done && done.page ? done.page : loaded;
  const errors = done && !done.ok ? done.fieldErrors : {};
  const stepError = (i: number, field: string) => errors[`steps.${i}.${field}`];
  return (
    <>
      <PageHeader
        title="Automations"
        description="A welcome sequence: emails that go out on their own after someone subscribes on your site or through the API."
        actions={
          canManage ? (
            <ActionForm intent={sequence.active ? 'off' : 'on'}>
              <Button
                variant={sequence.active ? 'secondary' : 'primary'}
                intent={sequence.active ? 'off' : 'on'}
              >
                {sequence.active ? 'Turn off' : 'Turn on'}
              </Button>
            </ActionForm>
          ) : null
        }
      />
      <div className="space-y-6">
        {done?.ok ? <Alert tone="success">{done.message}</Alert> : null}
        {done && !done.ok ? <Alert>{done.message}</Alert> : null}
        {!hasPostalAddress ? (
          <Alert tone="info">
            Add your postal address in <Link to="/settings/email">Email settings</Link> before turning the
            sequence on: every email’s footer shows it.
          </Alert>
        ) : null}
        <Card
          title={
            <span className="flex flex-wrap items-center gap-2">
              {sequence.name}
              <Badge tone={sequence.active ? 'green' : 'slate'}>{sequence.active ? 'On' : 'Off'}</Badge>
            </span>
          }
          description="Each email goes out its delay after the one before; the first, its delay after the person subscribes (after they confirm, with double opt-in). Someone who unsubscribes, bounces or complains gets no more of it."
        >
          {templates.length === 0 ? (
            <EmptyState title="No email templates yet">
              Create templates through the API (<code>POST /api/v1/templates</code>), then pick them here.
            </EmptyState>
          ) : (
            <ActionForm intent="save" className="space-y-4" aria-label="Sequence steps">
              {sequence.steps.length === 0 ? (
                <p className="text-sm text-slate-600">No emails yet: add the first one.</p>
              ) : null}
              <ol className="space-y-3">
                {sequence.steps.map((step, i) => (
                  <li
                    key={step.id}
                    className="rounded-lg p-4 ring-1 ring-slate-200"
                    data-testid="sequence-step"
                  >
                    <input type="hidden" name="stepId" value={step.id} />
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <h3 className="text-sm font-semibold text-slate-900">Email {i + 1}</h3>
                      <p className="text-xs text-slate-600" data-testid="step-stats">
                        {step.stats.sent} sent · {step.stats.opens} opened · {step.stats.clicks} clicked
                        {step.stats.skipped ? ` · ${step.stats.skipped} skipped` : ''}
                      </p>
                    </div>
                    <fieldset
                      disabled={!canManage}
                      className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-[1fr_7rem_8rem]"
                    >
                      <Select
                        label="Template"
                        name="templateId"
                        id={`step-${i}-template`}
                        className="col-span-2 sm:col-span-1"
                        defaultValue={step.templateId}
                        error={stepError(i, 'templateId')}
                      >
                        {templates.map((t) => (
                          <option key={t.id} value={t.id}>
                            {t.name}
                          </option>
                        ))}
                      </Select>
                      <Field
                        label={i === 0 ? 'Wait' : 'Then wait'}
                        name="delayValue"
                        id={`step-${i}-delay`}
                        inputMode="numeric"
                        defaultValue={String(step.delayValue)}
                        error={stepError(i, 'delayValue')}
                      />
                      <Select
                        label="Unit"
                        name="delayUnit"
                        id={`step-${i}-unit`}
                        defaultValue={step.delayUnit}
                        error={stepError(i, 'delayUnit')}
                      >
                        {sequenceDelayUnits.map((u) => (
                          <option key={u} value={u}>
                            {unitLabels[u]}
                          </option>
                        ))}
                      </Select>
                    </fieldset>
                    {canManage ? (
                      <div className="mt-3 flex flex-wrap gap-2">
                        <Button variant="secondary" size="sm" name="op" value={`up:${i}`} disabled={i === 0}>
                          Move up
                        </Button>
                        <Button
                          variant="secondary"
                          size="sm"
                          name="op"
                          value={`down:${i}`}
                          disabled={i === sequence.steps.length - 1}
                        >
                          Move down
                        </Button>
                        <Button variant="danger" size="sm" name="op" value={`remove:${i}`}>
                          Remove
                        </Button>
                      </div>
                    ) : null}
                  </li>
                ))}
              </ol>
              {canManage ? (
                <div className="flex flex-wrap gap-2">
                  <Button name="op" value="save">
                    Save steps
                  </Button>
                  <Button variant="secondary" name="op" value="add" disabled={sequence.steps.length >= 10}>
                    Add email
                  </Button>
                </div>
              ) : null}
            </ActionForm>
          )}
        </Card>
        <Card
          title="Who is in it"
          description={`${sequence.enrollments.active} getting emails · ${sequence.enrollments.completed} finished · ${sequence.enrollments.stopped} stopped`}
        >
          {members.length === 0 ? (
            <p className="text-sm text-slate-600">
              Nobody yet: people enter when they subscribe while it is on.
            </p>
          ) : (
            <ul className="divide-y divide-slate-100" aria-label="Contacts in the sequence">
              {members.map((m) => (
                <li
                  key={m.contactId}
                  className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2.5"
                >
                  <Link
                    to={`/contacts/${m.contactId}`}
                    className="min-w-0 truncate text-sm font-medium text-indigo-700 hover:underline"
                  >
                    {m.email}
                  </Link>
                  <span className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                    <Badge tone={statusTone[m.status]}>{m.status}</Badge>
                    {m.stepsSent} sent
                    {m.nextDueAt ? ` · next ${when(m.nextDueAt)} UTC` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
