import { createWebhookEndpointInput, webhookEventTypeSchema } from '@mewayz/contracts';
import { webhooksService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { FormChoices, FormField, MewayzForm, useMewayzForm } from '../components/form.tsx';
import { SecretOnce } from '../components/secret-once.tsx';
import { ActionForm, Alert, Badge, Button, Card, EmptyState, PageHeader } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { appErrorToResult, replyWithAppError } from '../lib/forms.server.ts';
import { revalidateUnlessActionHasPage } from '../lib/fresh-page.ts';
import { type OrgContext, requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Webhooks · Mewayz' }];

/** The contract's endpoint input as the form sends it: no event ticked until the creator picks one. */
const createSchema = createWebhookEndpointInput.extend({
  eventTypes: z
    .array(webhookEventTypeSchema, { error: 'Choose at least one event' })
    .min(1, 'Choose at least one event')
    .max(webhookEventTypeSchema.options.length),
  enabled: z.boolean().default(true),
});

const deliveriesShown = 5;

async function webhooksPage(ctx: OrgContext, deps: ReturnType<typeof depsOf>) {
  const { items, total } = await webhooksService.listWebhookEndpoints(deps, ctx.scope, {
    page: 1,
    perPage: 50,
  });
  const endpoints = await Promise.all(
    items.map(async (e) => ({
      ...e,
      deliveries: (
        await webhooksService.listWebhookDeliveries(deps, ctx.scope, e.id, {
          page: 1,
          perPage: deliveriesShown,
        })
      ).items,
    })),
  );
  return {
    endpoints,
    total,
    eventTypes: webhooksService.listWebhookEventTypes(),
    canManage: ctx.can('webhooks.manage'),
  };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'webhooks.view');
  return webhooksPage(ctx, depsOf(context));
}

export const shouldRevalidate = revalidateUnlessActionHasPage;

const messages: Record<string, string> = {
  enable: 'Endpoint enabled.',
  disable: 'Endpoint disabled: nothing is sent to it until you enable it.',
  delete: 'Endpoint removed.',
  redeliver: 'Redelivery queued.',
};

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps, intent } = await workspaceAction(request, context, 'webhooks.manage');
  const endpointId = String(form.get('endpointId') ?? '');
  if (intent === 'create') {
    const submission = parseSubmission(form, createSchema);
    if (submission.status !== 'success')
      return data({ ok: false as const, intent, result: submission.reply(), message: '' }, { status: 400 });
    try {
      const created = await webhooksService.createWebhookEndpoint(
        deps,
        ctx.scope,
        ctx.actor,
        submission.value,
      );
      return data({
        ok: true as const,
        intent,
        result: submission.reply({ resetForm: true }),
        message: `Endpoint added. It receives ${created.eventTypes.join(', ')}.`,
        secret: created.secret,
        page: await webhooksPage(ctx, deps),
      });
    } catch (err) {
      return data(
        { ok: false as const, intent, result: replyWithAppError(submission, err), message: '' },
        { status: 400 },
      );
    }
  }
  let secret: string | undefined;
  try {
    if (intent === 'rotate') {
      secret = (await webhooksService.rotateWebhookSecret(deps, ctx.scope, ctx.actor, endpointId)).secret;
    } else if (intent === 'enable' || intent === 'disable') {
      await webhooksService.updateWebhookEndpoint(deps, ctx.scope, ctx.actor, endpointId, {
        enabled: intent === 'enable',
      });
    } else if (intent === 'delete') {
      await webhooksService.deleteWebhookEndpoint(deps, ctx.scope, ctx.actor, endpointId);
    } else if (intent === 'redeliver') {
      await webhooksService.redeliverWebhook(
        deps,
        ctx.scope,
        ctx.actor,
        endpointId,
        String(form.get('deliveryId') ?? ''),
      );
    } else {
      throw new Response('Unknown action.', { status: 400 });
    }
  } catch (err) {
    if (err instanceof Response) throw err;
    return appErrorToResult(err, { intent });
  }
  return data({
    ok: true as const,
    intent,
    message: secret ? 'Secret rotated. The old one also signs for 24 hours.' : (messages[intent] ?? 'Done.'),
    secret,
    page: await webhooksPage(ctx, deps),
  });
}

type ActionResult = {
  ok: boolean;
  intent: string;
  message: string;
  result?: import('@conform-to/react').SubmissionResult<string[]>;
  secret?: string;
  page?: Awaited<ReturnType<typeof loader>>;
};

function statusTone(status: string, code: number | null) {
  if (status === 'succeeded') return 'green' as const;
  if (status === 'failed' || (code !== null && code >= 400)) return 'red' as const;
  if (status === 'pending' || status === 'sending') return 'amber' as const;
  return 'slate' as const;
}

export default function Webhooks() {
  const loaded = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>() as ActionResult | undefined;
  // The action answers with the page as it is now: shown on its first paint, no second round trip.
  const d = r?.page ?? loaded;
  const [form, fields] = useMewayzForm(createSchema, {
    id: 'create-webhook',
    lastResult: r?.intent === 'create' ? r.result : undefined,
  });
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Signed HTTP callbacks to your own systems when something happens in this workspace (Standard Webhooks)."
      />
      <div className="space-y-6">
        {r?.message ? <Alert tone={r.ok ? 'success' : 'error'}>{r.message}</Alert> : null}
        {r?.ok && r.secret ? (
          <SecretOnce secret={r.secret} what="signing secret" testId="webhook-secret" />
        ) : null}
        {d.canManage ? (
          <Card title="Add an endpoint">
            <MewayzForm form={form} intent="create" className="space-y-4">
              <div className="grid gap-4 sm:grid-cols-2">
                <FormField
                  meta={fields.url}
                  label="Endpoint URL"
                  placeholder="https://example.com/webhooks"
                />
                <FormField meta={fields.description} label="Description (optional)" placeholder="CRM sync" />
              </div>
              <FormChoices
                meta={fields.eventTypes}
                legend="Events"
                hint="What this endpoint receives. Each message is signed with the endpoint’s secret."
                type="checkbox"
                columns="sm:grid-cols-2"
                options={d.eventTypes.map((t) => ({
                  value: t.type,
                  label: t.type,
                  description: t.description,
                }))}
              />
              <Button type="submit" intent="create">
                Add endpoint
              </Button>
            </MewayzForm>
          </Card>
        ) : null}
        {d.total === 0 ? (
          <Card title="Endpoints">
            <EmptyState title="No endpoints yet">
              Add one to receive site, link, contact and member events as they happen.
            </EmptyState>
          </Card>
        ) : (
          d.endpoints.map((e) => (
            <Card key={e.id} title={e.description || 'Endpoint'}>
              <div className="space-y-4" data-testid="webhook-endpoint">
                <div className="flex flex-wrap items-center gap-2">
                  <code className="min-w-0 font-mono text-sm break-all text-slate-900">{e.url}</code>
                  {e.enabled ? (
                    <Badge tone="green">enabled</Badge>
                  ) : (
                    <Badge tone={e.disabledReason === 'failing' ? 'red' : 'slate'}>
                      {e.disabledReason === 'failing' ? 'disabled: kept failing' : 'disabled'}
                    </Badge>
                  )}
                  {e.previousSecretExpiresAt ? (
                    <Badge tone="amber">
                      old secret valid until {e.previousSecretExpiresAt.slice(0, 16).replace('T', ' ')} UTC
                    </Badge>
                  ) : null}
                </div>
                <p className="text-xs text-slate-600">{e.eventTypes.join(' · ')}</p>
                {d.canManage ? (
                  <div className="flex flex-wrap gap-2">
                    {(['enabled', 'rotate', 'delete'] as const).map((what) => {
                      const intent = what === 'enabled' ? (e.enabled ? 'disable' : 'enable') : what;
                      const label = {
                        enable: 'Enable',
                        disable: 'Disable',
                        rotate: 'Rotate secret',
                        delete: 'Remove',
                      }[intent];
                      return (
                        <ActionForm key={what} intent={intent}>
                          <input type="hidden" name="endpointId" value={e.id} />
                          <Button
                            type="submit"
                            size="sm"
                            variant={intent === 'delete' ? 'danger' : 'secondary'}
                            intent={intent}
                            aria-label={`${label} ${e.url}`}
                          >
                            {label}
                          </Button>
                        </ActionForm>
                      );
                    })}
                  </div>
                ) : null}
                <div>
                  <h3 className="text-sm font-semibold text-slate-900">Recent deliveries</h3>
                  {e.deliveries.length === 0 ? (
                    <p className="mt-1 text-sm text-slate-600">Nothing sent yet.</p>
                  ) : (
                    <ul className="mt-2 divide-y divide-slate-100" data-testid="webhook-deliveries">
                      {e.deliveries.map((dl) => (
                        <li key={dl.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm">
                          <Badge tone={statusTone(dl.status, dl.responseStatus)}>
                            {dl.responseStatus ?? '—'} {dl.status}
                          </Badge>
                          <span className="font-medium text-slate-900">{dl.eventType}</span>
                          <span className="text-xs text-slate-600">
                            {dl.attempts} {dl.attempts === 1 ? 'attempt' : 'attempts'}
                            {dl.durationMs !== null ? ` · ${dl.durationMs} ms` : ''}
                            {dl.lastAttemptAt
                              ? ` · ${dl.lastAttemptAt.slice(0, 16).replace('T', ' ')} UTC`
                              : ''}
                            {dl.error ? ` · ${dl.error}` : ''}
                          </span>
                          {d.canManage && e.enabled ? (
                            <ActionForm intent="redeliver" className="ml-auto">
                              <input type="hidden" name="endpointId" value={e.id} />
                              <input type="hidden" name="deliveryId" value={dl.id} />
                              <Button type="submit" size="sm" variant="secondary" intent="redeliver">
                                Redeliver
                              </Button>
                            </ActionForm>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </div>
            </Card>
          ))
        )}
      </div>
    </>
  );
}
