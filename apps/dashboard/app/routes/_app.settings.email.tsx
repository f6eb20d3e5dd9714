import type { SubmissionResult } from '@conform-to/react';
import { emailSenderSettingsInput } from '@mewayz/contracts';
import { campaignsService, SendingDomainUnverified, sendingDomainsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import {
  FormCheckbox,
  FormField,
  FormSelect,
  FormTextArea,
  MewayzForm,
  useMewayzForm,
} from '../components/form.tsx';
import { Alert, Button, Card, PageHeader } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { replyWithAppError } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Email settings · Mewayz' }];

/**
 * The API's input, except that an unticked box is a "no" (a form sends nothing for it), and the From
 * address is picked as a mailbox name on one of the verified domains (empty domain: the platform's).
 */
const settingsSchema = emailSenderSettingsInput
  .omit({ fromAddress: true })
  .extend({
    doubleOptIn: z.boolean().default(false),
    fromDomain: z.string().trim().max(253).optional(),
    fromLocal: z
      .string()
      .trim()
      .max(64, { error: 'At most 64 characters' })
      .regex(/^[A-Za-z0-9._+-]+$/, { error: 'Letters, digits, dots, dashes and plus signs only' })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.fromDomain && !v.fromLocal)
      ctx.addIssue({
        code: 'custom',
        path: ['fromLocal'],
        message: 'Enter the part before the @, like news',
      });
  });

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.view');
  const deps = depsOf(context);
  const [settings, domains] = await Promise.all([
    campaignsService.getSenderSettings(deps, ctx.scope),
    sendingDomainsService.listSendingDomains(deps, ctx.scope, { page: 1, perPage: 100 }),
  ]);
  return {
    settings,
    verifiedDomains: domains.items.filter((d) => d.status === 'verified').map((d) => d.domain),
    canManage: ctx.can('crm.manage'),
  };
}

type ActionResult = { ok: boolean; message: string; result: SubmissionResult<string[]> };

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps } = await workspaceAction(request, context, 'crm.manage');
  const submission = parseSubmission(form, settingsSchema);
  if (submission.status !== 'success')
    return data<ActionResult>({ ok: false, message: '', result: submission.reply() }, { status: 400 });
  const { fromDomain, fromLocal, ...rest } = submission.value;
  const fromAddress = fromDomain ? `${fromLocal}@${fromDomain}` : null;
  try {
    const saved = await campaignsService.updateSenderSettings(deps, ctx.scope, ctx.actor, {
      ...rest,
      fromAddress,
    });
    return data<ActionResult>({
      ok: true,
      message: saved.doubleOptIn
        ? 'Saved. New signups now confirm their address by email before they get campaigns.'
        : 'Saved.',
      result: submission.reply(),
    });
  } catch (err) {
    // The form picks the domain; core names the whole address.
    const result =
      err instanceof SendingDomainUnverified
        ? submission.reply({ fieldErrors: { fromDomain: [err.details[0]!.message] } })
        : replyWithAppError(submission, err);
    return data<ActionResult>({ ok: false, message: '', result }, { status: 400 });
  }
}

export default function EmailSettings() {
  const { settings, verifiedDomains, canManage } = useLoaderData<typeof loader>();
  const [savedLocal, savedDomain] = settings.fromAddress ? settings.fromAddress.split('@') : ['', ''];
  const done = useActionData<typeof action>();
  const [form, fields] = useMewayzForm(settingsSchema, {
    lastResult: done?.result,
    defaultValue: {
      postalAddress: settings.postalAddress,
      fromName: settings.fromName ?? '',
      replyTo: settings.replyTo ?? '',
      fromLocal: savedLocal,
      fromDomain: savedDomain,
      doubleOptIn: settings.doubleOptIn ? 'on' : undefined,
    },
  });
  return (
    <>
      <PageHeader
        title="Email settings"
        description="Who your campaigns come from, and how people join your list."
      />
      {done?.ok ? <Alert tone="success">{done.message}</Alert> : null}
      <Card>
        <MewayzForm form={form} className="space-y-5">
          <fieldset disabled={!canManage} className="space-y-5">
            <FormTextArea
              meta={fields.postalAddress}
              label="Postal address"
              rows={3}
              hint="Printed in the footer of every campaign, as anti-spam laws ask."
            />
            <FormField
              meta={fields.fromName}
              label="From name"
              hint="Shown as the sender, e.g. Alice Rivera."
            />
            <fieldset className="space-y-3" data-testid="from-address">
              <legend className="text-sm font-medium text-slate-900">From address</legend>
              <div className="grid gap-3 sm:grid-cols-[minmax(0,12rem)_minmax(0,1fr)] sm:items-start">
                <FormField meta={fields.fromLocal} label="Mailbox" placeholder="news" autoCapitalize="none" />
                <FormSelect
                  meta={fields.fromDomain}
                  label="Domain"
                  options={[
                    { value: '', label: 'Mewayz’s address (no setup)' },
                    ...verifiedDomains.map((d) => ({ value: d, label: `@${d}` })),
                  ]}
                />
              </div>
              {settings.fromAddress && !verifiedDomains.includes(savedDomain!) ? (
                <p className="text-sm text-red-700">
                  {settings.fromAddress} is saved, but its domain is no longer verified: your email comes from
                  Mewayz’s address until it is.
                </p>
              ) : null}
              <p className="text-sm text-slate-600">
                {verifiedDomains.length
                  ? 'Your campaigns come from this address. '
                  : 'Your campaigns come from Mewayz’s address under your name until you verify a domain of your own. '}
                <Link to="/settings/email/domains" className="font-semibold text-indigo-700 hover:underline">
                  Sending domains
                </Link>
              </p>
            </fieldset>
            <FormField
              meta={fields.replyTo}
              label="Reply-to address"
              type="email"
              hint="Where replies to your campaigns go."
            />
            <div>
              <FormCheckbox
                meta={fields.doubleOptIn}
                label="Ask new subscribers to confirm by email (double opt-in)"
              />
              <p className="mt-1 text-sm text-slate-600">
                People who sign up on your site get an email with a confirmation button, and receive campaigns
                only once they press it. Recommended in the EU and by most email providers.
              </p>
            </div>
            {canManage ? <Button type="submit">Save</Button> : null}
          </fieldset>
        </MewayzForm>
      </Card>
    </>
  );
}
