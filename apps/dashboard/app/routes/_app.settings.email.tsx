import type { SubmissionResult } from '@conform-to/react';
import { emailSenderSettingsInput } from '@mewayz/contracts';
import { campaignsService } from '@mewayz/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { data } from '@remix-run/cloudflare';
import { useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { FormCheckbox, FormField, FormTextArea, MewayzForm, useMewayzForm } from '../components/form.tsx';
import { Alert, Button, Card, PageHeader } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { replyWithAppError } from '../lib/forms.server.ts';
import { requireOrg, requirePermission, workspaceAction } from '../lib/tenant.server.ts';

export const meta: MetaFunction = () => [{ title: 'Email settings · Mewayz' }];

/** The API's input, except that an unticked box is a "no": a form sends nothing for it. */
const settingsSchema = emailSenderSettingsInput.extend({ doubleOptIn: z.boolean().default(false) });

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requireOrg(request, context);
  requirePermission(ctx, 'crm.view');
  return {
    settings: await campaignsService.getSenderSettings(depsOf(context), ctx.scope),
    canManage: ctx.can('crm.manage'),
  };
}

type ActionResult = { ok: boolean; message: string; result: SubmissionResult<string[]> };

export async function action({ request, context }: ActionFunctionArgs) {
  const { form, ctx, deps } = await workspaceAction(request, context, 'crm.manage');
  const submission = parseSubmission(form, settingsSchema);
  if (submission.status !== 'success')
    return data<ActionResult>({ ok: false, message: '', result: submission.reply() }, { status: 400 });
  try {
    const saved = await campaignsService.updateSenderSettings(deps, ctx.scope, ctx.actor, submission.value);
    return data<ActionResult>({
      ok: true,
      message: saved.doubleOptIn
        ? 'Saved. New signups now confirm their address by email before they get campaigns.'
        : 'Saved.',
      result: submission.reply(),
    });
  } catch (err) {
    return data<ActionResult>(
      { ok: false, message: '', result: replyWithAppError(submission, err) },
      { status: 400 },
    );
  }
}

export default function EmailSettings() {
  const { settings, canManage } = useLoaderData<typeof loader>();
  const done = useActionData<typeof action>();
  const [form, fields] = useMewayzForm(settingsSchema, {
    lastResult: done?.result,
    defaultValue: {
      postalAddress: settings.postalAddress,
      fromName: settings.fromName ?? '',
      replyTo: settings.replyTo ?? '',
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
