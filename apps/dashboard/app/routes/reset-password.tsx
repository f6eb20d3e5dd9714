import { resetPasswordInput } from '@mewayz/contracts';
import { identity } from '@mewayz/core';
import type { ActionFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { redirect } from '@remix-run/cloudflare';
import { useActionData, useSearchParams } from '@remix-run/react';
import { AuthLayout } from '../components/auth-layout.tsx';
import { ActionForm, Alert, Button, Field } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { type ActionFailure, appErrorToResult, fail, formToObject, parseWith } from '../lib/forms.server.ts';
import { checkCsrf, clearSessionCookie, requestCtx } from '../lib/session.server.ts';

export const meta: MetaFunction = () => [{ title: 'Choose a new password · Mewayz' }];

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await checkCsrf(request, context, form);
  const deps = depsOf(context);
  const parsed = parseWith(resetPasswordInput, formToObject(form));
  if (!parsed.ok) return fail('Check the highlighted fields.', parsed.fieldErrors);
  try {
    await identity.resetPassword(deps, parsed.data.token, parsed.data.newPassword, requestCtx(request));
  } catch (err) {
    return appErrorToResult(err);
  }
  return redirect('/sign-in?reset=1', { headers: { 'set-cookie': clearSessionCookie(deps) } });
}

export default function ResetPassword() {
  const r = useActionData<ActionFailure>();
  const [params] = useSearchParams();
  return (
    <AuthLayout title="Choose a new password" subtitle="Every signed-in device will be signed out.">
      <ActionForm className="space-y-5" noValidate>
        {r?.message ? <Alert>{r.message}</Alert> : null}
        <input type="hidden" name="token" value={params.get('token') ?? ''} />
        <Field
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          error={r?.fieldErrors?.newPassword}
          hint="At least 10 characters."
        />
        <Button type="submit" className="w-full">
          Save new password
        </Button>
      </ActionForm>
    </AuthLayout>
  );
}
