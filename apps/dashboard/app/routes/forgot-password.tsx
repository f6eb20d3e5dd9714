import { emailAddress } from '@mewayz/contracts';
import { identity } from '@mewayz/core';
import type { ActionFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { Link, useActionData } from '@remix-run/react';
import { z } from 'zod';
import { AuthLayout, linkClass } from '../components/auth-layout.tsx';
import { FormField, MewayzForm, useMewayzForm } from '../components/form.tsx';
import { Alert, Button } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { parseSubmission } from '../lib/form-submission.ts';
import { checkCsrf } from '../lib/session.server.ts';

export const meta: MetaFunction = () => [{ title: 'Reset your password · Mewayz' }];

const schema = z.object({ email: emailAddress });

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await checkCsrf(request, context, form);
  const submission = parseSubmission(form, schema);
  if (submission.status !== 'success') return { sent: false, result: submission.reply() };
  // Same answer whether or not the account exists.
  await identity.requestPasswordReset(depsOf(context), submission.value.email);
  return { sent: true, result: submission.reply() };
}

export default function ForgotPassword() {
  const r = useActionData<typeof action>();
  const [form, fields] = useMewayzForm(schema, { lastResult: r?.result });
  return (
    <AuthLayout
      title="Reset your password"
      subtitle="We will email you a link to choose a new one."
      footer={
        <Link to="/sign-in" className={linkClass}>
          Back to sign in
        </Link>
      }
    >
      {r?.sent ? (
        <Alert tone="success">
          If an account uses that address, a reset link is on its way. It works once, for one hour.
        </Alert>
      ) : (
        <MewayzForm form={form} className="space-y-5">
          <FormField meta={fields.email} label="Email" type="email" autoComplete="email" />
          <Button type="submit" className="w-full">
            Email me a reset link
          </Button>
        </MewayzForm>
      )}
    </AuthLayout>
  );
}
