import { resetPasswordInput } from '@mewayz/contracts';
import { identity } from '@mewayz/core';
import type { ActionFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { useActionData, useSearchParams } from '@remix-run/react';
import { AuthLayout } from '../components/auth-layout.tsx';
import { FormField, MewayzForm, useMewayzForm } from '../components/form.tsx';
import { Button } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { replyWithAppError } from '../lib/forms.server.ts';
import { checkCsrf, clearSessionCookie, requestCtx } from '../lib/session.server.ts';

export const meta: MetaFunction = () => [{ title: 'Choose a new password · Mewayz' }];

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await checkCsrf(request, context, form);
  const deps = depsOf(context);
  const submission = parseSubmission(form, resetPasswordInput);
  if (submission.status !== 'success') return submission.reply({ hideFields: ['newPassword'] });
  try {
    await identity.resetPassword(
      deps,
      submission.value.token,
      submission.value.newPassword,
      requestCtx(request),
    );
  } catch (err) {
    return replyWithAppError(submission, err, { hideFields: ['newPassword'] });
  }
  return redirect('/sign-in?reset=1', { headers: { 'set-cookie': clearSessionCookie(deps) } });
}

export default function ResetPassword() {
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useMewayzForm(resetPasswordInput, { lastResult });
  const [params] = useSearchParams();
  return (
    <AuthLayout title="Choose a new password" subtitle="Every signed-in device will be signed out.">
      <MewayzForm form={form} className="space-y-5">
        <input type="hidden" name="token" value={params.get('token') ?? ''} />
        <FormField
          meta={fields.newPassword}
          label="New password"
          type="password"
          autoComplete="new-password"
          hint="10 characters or more."
        />
        <Button type="submit" className="w-full">
          Save new password
        </Button>
      </MewayzForm>
    </AuthLayout>
  );
}
