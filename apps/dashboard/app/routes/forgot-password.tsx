import { emailAddress } from '@mewayz/contracts';
import { identity } from '@mewayz/core';
import type { ActionFunctionArgs, MetaFunction } from '@remix-run/cloudflare';
import { Link, useActionData } from '@remix-run/react';
import { z } from 'zod';
import { AuthLayout, linkClass } from '../components/auth-layout.tsx';
import { ActionForm, Alert, Button, Field } from '../components/ui.tsx';
import { depsOf } from '../lib/env.server.ts';
import { fail, formToObject, parseWith } from '../lib/forms.server.ts';
import { checkCsrf } from '../lib/session.server.ts';

export const meta: MetaFunction = () => [{ title: 'Reset your password · Mewayz' }];

const schema = z.object({ email: emailAddress });

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await checkCsrf(request, context, form);
  const parsed = parseWith(schema, formToObject(form));
  if (!parsed.ok) return fail('Enter the email address of your account.', parsed.fieldErrors);
  // Same answer whether or not the account exists.
  await identity.requestPasswordReset(depsOf(context), parsed.data.email);
  return { ok: true as const, message: '', fieldErrors: {} as Record<string, string> };
}

export default function ForgotPassword() {
  const r = useActionData<typeof action>();
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
      {r?.ok ? (
        <Alert tone="success">
          If an account uses that address, a reset link is on its way. It works once, for one hour.
        </Alert>
      ) : (
        <ActionForm className="space-y-5" noValidate>
          {r?.message ? <Alert>{r.message}</Alert> : null}
          <Field
            label="Email"
            name="email"
            type="email"
            autoComplete="email"
            required
            error={r?.fieldErrors?.email}
          />
          <Button type="submit" className="w-full">
            Email me a reset link
          </Button>
        </ActionForm>
      )}
    </AuthLayout>
  );
}
